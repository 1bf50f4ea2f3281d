#pragma once
// The write path's helper for large batches (MetricStore::writeRows): a second thread serialises
// the rows' metadata to JSON ahead of the statements that store them, so the machine's two cores
// share a batch (JSON was a quarter of the write time).
#include "batch.h"
#include "compactjson.h"

#include <QByteArray>
#include <atomic>
#include <thread>
#include <vector>

namespace insights {

class MetadataAhead final {
public:
    // Smaller batches serialise in place: a thread costs more than they do.
    static constexpr qsizetype kParallelFrom = 4096;

    explicit MetadataAhead(const QList<MetricRow> &rows) : m_rows(rows)
    {
        if (rows.size() < kParallelFrom)
            return;
        m_texts.resize(rows.size());
        m_worker = std::thread([this] {
            for (qsizetype i = 0; i < m_rows.size() && !m_stop.load(std::memory_order_relaxed); ++i) {
                if (!m_rows[i].metadata.isEmpty())
                    m_texts[size_t(i)] = compactJson(m_rows[i].metadata);
                m_ready.store(i + 1, std::memory_order_release);
            }
        });
    }
    ~MetadataAhead()
    {
        m_stop = true;
        if (m_worker.joinable())
            m_worker.join();
    }
    MetadataAhead(const MetadataAhead &) = delete;
    MetadataAhead &operator=(const MetadataAhead &) = delete;

    // Row i's metadata text (the worker's, once it is there).
    QByteArray text(qsizetype i)
    {
        if (!m_worker.joinable())
            return compactJson(m_rows[i].metadata);
        while (m_ready.load(std::memory_order_acquire) <= i)
            std::this_thread::yield();
        return std::exchange(m_texts[size_t(i)], QByteArray());
    }

private:
    const QList<MetricRow> &m_rows;
    std::vector<QByteArray> m_texts;
    std::atomic<qsizetype> m_ready{0};
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace insights
