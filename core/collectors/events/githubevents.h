#pragma once
// github_events (SPEC §1) from the public ClickHouse GitHub events dataset (API-NOTES §6): daily
// star events (WatchEvent "started"), a daily activity summary by event type, releases and forks.
// Each run re-reads the last three days (the dataset lags hours behind); a first run reads a
// year, --lookback-days N any window. Days after the dataset's newest event are gaps, not zeros;
// the newest loaded day is marked partial.
//
// Not yet: releases and forks from GitHub's REST API when a token is present (ClickHouse events
// are the only source so far).
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

class GitHubEvents final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(GitHubEvents)
public:
    static constexpr int kRereadDays = 3;
    static constexpr int kFirstRunDays = 365;

    QString key() const override { return QStringLiteral("github_events"); }
    int defaultIntervalHours() const override { return 24; }
    QStringList subjects(const Config &config) const override;
    QString howToConfigure() const override;
    Status prepare(CollectContext &context) override;
    Result<Batch> collect(CollectContext &context, const QString &subject) override;

private:
    QUrl m_url;
    QString m_user;
};

} // namespace insights
