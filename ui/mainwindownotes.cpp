// MainWindow: the user's own notes — "Add a note…" on a chart's day and on the Overview (beside
// "This week…", the digest), and the
// Overview's list, where a note is changed or removed. The dialog stays open until the service has
// stored the note, or shows why it could not; every page is loaded again afterwards, since a note
// is drawn on every chart of its range.
#include "mainwindow.h"

#include "dashboardpage.h"
#include "digestdialog.h"
#include "notedialog.h"
#include "service/appservice.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace insights {

void MainWindow::connectNotes(DashboardPage *page)
{
    connect(page, &DashboardPage::noteRequested, this, [this, page](const QDate &day) { addNote(day, page->subject()); });
    connect(page, &DashboardPage::noteChangeRequested, this, &MainWindow::changeNote);
    connect(page, &DashboardPage::noteRemoveRequested, this, [this](qint64 id) {
        m_service->removeNote(id, this, [this](const Status &removed) {
            if (!removed)
                QMessageBox::warning(this, tr("Remove note"), removed.errorMessage());
            reloadPage();
        });
    });
    if (page->key() == QLatin1String("overview")) {
        // A row above the page with the button at its right, not a button across the page.
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(12, 6, 12, 0);
        layout->addStretch();
        auto *week = new QPushButton(tr("This week…"), row);
        week->setObjectName(QStringLiteral("thisWeekButton"));
        week->setToolTip(tr("The digest of the last complete week: every subject's figures, biggest days, new referrers, "
                            "releases, notes and alerts; save it as a web page."));
        layout->addWidget(week);
        connect(week, &QPushButton::clicked, this, &MainWindow::showDigest);
        auto *add = new QPushButton(tr("Add a note…"), row);
        add->setObjectName(QStringLiteral("addNoteButton"));
        layout->addWidget(add);
        connect(add, &QPushButton::clicked, this, [this] { addNote(QDate::currentDate(), QString()); });
        page->setHeaderWidget(row);
    }
}

QStringList MainWindow::noteSubjects() const
{
    // What a note may belong to: every subject a page shows (repositories, packages, sites).
    QStringList subjects;
    for (DashboardPage *p : m_pages)
        for (const QString &s : p->data().subjects)
            if (!subjects.contains(s) && p->key() != QLatin1String("reddit"))
                subjects.append(s);
    if (DashboardPage *overview = page(QStringLiteral("overview")))
        for (const CardData &card : overview->data().cards)
            if (!card.subject.isEmpty() && card.page != QLatin1String("reddit") && !subjects.contains(card.subject))
                subjects.append(card.subject);
    subjects.sort();
    return subjects;
}

void MainWindow::addNote(const QDate &day, const QString &subject)
{
    auto *dialog = new NoteDialog(day, noteSubjects(), subject, this);
    connect(dialog, &NoteDialog::submitted, this, [this, dialog] {
        m_service->addNote(dialog->date(), dialog->text(), dialog->subject(), dialog, [this, dialog](const Result<qint64> &added) {
            if (!added) {
                dialog->showError(added.errorMessage());
                return;
            }
            dialog->accept();
            reloadPage();
        });
    });
    openNoteDialog(dialog);
}

void MainWindow::changeNote(qint64 id, const QDate &date, const QString &subject, const QString &text)
{
    const QStringList subjects = noteSubjects();
    auto *dialog = new NoteDialog(date, subjects, subjects.contains(subject) ? subject : QString(), this);
    dialog->setEditing(id, text);
    connect(dialog, &NoteDialog::submitted, this, [this, dialog] {
        m_service->updateNote(dialog->noteId(), dialog->date(), dialog->text(), dialog->subject(), dialog,
                              [this, dialog](const Status &updated) {
                                  if (!updated) {
                                      dialog->showError(updated.errorMessage());
                                      return;
                                  }
                                  dialog->accept();
                                  reloadPage();
                              });
    });
    openNoteDialog(dialog);
}

NoteDialog *MainWindow::noteDialog() const
{
    return m_noteDialog.data();
}

void MainWindow::openNoteDialog(NoteDialog *dialog)
{
    if (m_noteDialog)
        m_noteDialog->close(); // one at a time
    m_noteDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
}

DigestDialog *MainWindow::digestDialog() const
{
    return m_digestDialog;
}

void MainWindow::showDigest()
{
    auto *dialog = new DigestDialog(*m_service, AppService::digestWeek(QDate::currentDate()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal); // no exec(): collection and the schedule go on
    m_digestDialog = dialog;
    dialog->show();
}

} // namespace insights
