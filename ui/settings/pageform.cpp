#include "pageform.h"

#include "config/validation.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace insights::pageform {

namespace {

// The field with its help text under it, as one cell of the form.
QWidget *withHelp(QWidget *field, QLayout *fieldLayout, QLabel *helpLabel, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(3);
    if (field)
        column->addWidget(field);
    if (fieldLayout)
        column->addLayout(fieldLayout);
    column->addWidget(helpLabel);
    return cell;
}

} // namespace

QFormLayout *begin(QWidget *page, const QString &heading, const QString &intro)
{
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(16, 12, 16, 12);
    column->setSpacing(6);
    auto *title = new QLabel(heading, page);
    QFont font = title->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    column->addWidget(title);
    if (!intro.isEmpty()) {
        auto *introduction = new QLabel(intro, page);
        introduction->setWordWrap(true);
        introduction->setTextFormat(Qt::PlainText);
        column->addWidget(introduction);
        column->addSpacing(6);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(12);
    column->addLayout(form);
    column->addStretch(1);
    return form;
}

QLabel *help(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &helpText)
{
    if (helpText.isEmpty()) {
        form->addRow(label, field);
        return nullptr;
    }
    QWidget *parent = form->parentWidget();
    QLabel *helpLabel = help(helpText, parent);
    form->addRow(label, withHelp(field, nullptr, helpLabel, parent));
    return helpLabel;
}

QLabel *addRow(QFormLayout *form, const QString &label, QLayout *field, const QString &helpText)
{
    if (helpText.isEmpty()) {
        form->addRow(label, field);
        return nullptr;
    }
    QWidget *parent = form->parentWidget();
    QLabel *helpLabel = help(helpText, parent);
    form->addRow(label, withHelp(nullptr, field, helpLabel, parent));
    return helpLabel;
}

QPlainTextEdit *listEdit(const QStringList &values, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(values.join(QLatin1Char('\n')), parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    // Four lines: enough to see that it is a list, small enough to leave room for the help.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (QString line : edit->toPlainText().split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.isEmpty() && !out.contains(line))
            out.append(line);
    }
    return out;
}

bool lockIfFromEnvironment(QWidget *field, const Config &config, const QStringList &variables)
{
    const QString variable = config.overridingVariable(variables);
    if (variable.isEmpty())
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setReadOnly(true);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->setReadOnly(true);
    field->setToolTip(QCoreApplication::translate("SettingsPage", "Set by %1 in the environment").arg(variable));
    return true;
}

QLineEdit *urlEdit(const Config &config, Api api, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(Config::defaultBaseUrl(api));
    if (auto url = config.baseUrl(api); url && url->toString() != Config::defaultBaseUrl(api))
        edit->setText(url->toString());
    lockIfFromEnvironment(edit, config, {Config::baseUrlVariable(api)});
    return edit;
}

QString checkUrl(const QLineEdit *edit, Api api)
{
    const QString url = edit->text().trimmed();
    if (url.isEmpty() || edit->isReadOnly())
        return {};
    auto checked = Validation::baseUrl(url, Config::defaultBaseUrl(api));
    return checked ? QString() : checked.errorMessage();
}

} // namespace insights::pageform
