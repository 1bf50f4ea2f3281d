#include "notedialog.h"

#include "service/appservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

NoteDialog::NoteDialog(const QDate &date, const QStringList &subjects, const QString &subject, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add a note"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(date, this);
    m_date->setCalendarPopup(true);
    m_date->setDateRange(AppService::firstNoteDate(), AppService::lastNoteDate());
    m_subject = new QComboBox(this);
    m_subject->addItem(tr("The whole project"), QString());
    for (const QString &s : subjects)
        m_subject->addItem(s, s);
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(subject)));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("What happened, e.g. “Posted on Hacker News”"));
    m_text->setMaxLength(500); // Notes::kMaxTextLength: the service says so too
    m_text->setMinimumWidth(360);
    form->addRow(tr("Day:"), m_date);
    form->addRow(tr("Belongs to:"), m_subject);
    form->addRow(tr("Note:"), m_text);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Add note"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_save->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not accept(): the dialog stays until the note is stored, or says why it was not.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_text->text().trimmed().isEmpty())
            emit submitted();
    });
}

void NoteDialog::setEditing(qint64 id, const QString &text)
{
    m_id = id;
    m_text->setText(text);
    setWindowTitle(tr("Change note"));
    m_save->setText(tr("Save"));
}

QDate NoteDialog::date() const
{
    return m_date->date();
}

QString NoteDialog::subject() const
{
    return m_subject->currentData().toString();
}

QString NoteDialog::text() const
{
    return m_text->text();
}

void NoteDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace insights
