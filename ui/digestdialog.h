#pragma once
// "This week" on the Overview: the digest of the last complete week (core/digest) as the window
// shows it — the same content as `insights digest` — with Save to write it as a web page with the
// charts inside, or as Markdown. The digest is read in the service's reading thread and saved by
// a process of its own (AppService::writeDigest): the dialog never waits.
#include "util/daterange.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace insights {

class AppService;

class DigestDialog final : public QDialog {
    Q_OBJECT
public:
    DigestDialog(AppService &service, const DateRange &range, QWidget *parent = nullptr);

    DateRange range() const { return m_range; }
    QString text() const; // the digest as shown, once loaded
    bool isLoaded() const { return m_loaded; }
    // Writes the digest to `path` ("html" or "md"); saved() or the status line tells the outcome.
    void saveTo(const QString &path, const QString &format);
    QString statusText() const;

signals:
    void loaded();
    void saved(bool ok, const QString &message);

private:
    void save();

    AppService &m_service;
    DateRange m_range;
    QTextBrowser *m_text = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    bool m_loaded = false;
};

} // namespace insights
