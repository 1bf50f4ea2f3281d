#pragma once
// The first thing a newcomer sees when nothing is tracked: one field for their repository, Start,
// and a quiet link to sample data. Start asks GitHub about the repository (no token needed) and
// ClickHouse for the PyPI packages that name it, then offers them ticked and the homepage's
// domain as a Plausible site (unticked: it needs a key); "Track and collect" saves the choice
// and the window starts the first collection. Nothing here waits: the service answers later.
#include "service/appservice.h" // DiscoveredRepository, TrackingChange: the service's answers

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace insights {

class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(AppService &service, QWidget *parent = nullptr);

    QLineEdit *repositoryEdit() const { return m_repo; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *trackButton() const { return m_track; }
    // The ticked choice of the second step.
    TrackingChange choice() const;
    // Back to the first step, the field empty (after leaving, or when shown again).
    void reset();

signals:
    // The user confirmed; the subjects are saved already (`added` lists what was new).
    void tracked(const insights::TrackingChange &added);
    void sampleRequested();

private:
    void start();
    void showDiscovered(const DiscoveredRepository &repo);
    void confirm();
    void setBusy(bool busy, const QString &message = {});

    AppService &m_service;
    QLineEdit *m_repo = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_found = nullptr;
    QLabel *m_foundTitle = nullptr;
    QVBoxLayout *m_choices = nullptr;
    QList<QCheckBox *> m_packageBoxes;
    QCheckBox *m_siteBox = nullptr;
    QPushButton *m_track = nullptr;
    DiscoveredRepository m_discovered;
    int m_serial = 0; // answers to an earlier Start are dropped
};

} // namespace insights
