#pragma once
// Adding or changing one of the user's notes: its day, what it belongs to (a subject or the whole
// project) and its text. Window-modal without exec(): the caller stores the note through the
// service when `submitted` comes, and closes the dialog or shows why it could not (the text is
// too long, the date out of range) with showError — the input stays as typed.
#include <QDate>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace insights {

class NoteDialog final : public QDialog {
    Q_OBJECT
public:
    // `subjects`: what a note may belong to besides the whole project; `subject` preselected.
    NoteDialog(const QDate &date, const QStringList &subjects, const QString &subject, QWidget *parent = nullptr);
    // Changing note `id` (its text is filled in); the title and button say so.
    void setEditing(qint64 id, const QString &text);

    qint64 noteId() const { return m_id; }
    QDate date() const;
    QString subject() const; // empty: the whole project
    QString text() const;
    QLineEdit *textField() const { return m_text; }
    QPushButton *saveButton() const { return m_save; }

    void showError(const QString &message);

signals:
    void submitted();

private:
    qint64 m_id = 0;
    QDateEdit *m_date = nullptr;
    QComboBox *m_subject = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace insights
