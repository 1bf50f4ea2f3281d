#pragma once
// The pieces every Settings page is made of, so they look alike: a heading and a sentence on
// what the page is for, then a form whose fields each carry a short help text right under them
// (not in a row of their own: rows of help far from their field are what made the old tabs gappy).
#include "config/config.h"

#include <QStringList>

class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace insights::pageform {

// Lays out `page` top to bottom (heading, introduction, the returned form) with the free space
// below, so short pages do not spread their rows apart.
QFormLayout *begin(QWidget *page, const QString &heading, const QString &intro);
// A sentence that explains: wrapped, plain text, in the muted colour.
QLabel *help(const QString &text, QWidget *parent);
// `field` (a widget or a layout) labelled `label`, with `helpText` right under it. Returns the
// help label (null without help text).
QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &helpText = {});
QLabel *addRow(QFormLayout *form, const QString &label, QLayout *field, const QString &helpText = {});
// A small list, one value per line.
QPlainTextEdit *listEdit(const QStringList &values, const QString &placeholder, QWidget *parent);
// The non-empty lines of `edit`, trimmed, each once.
QStringList lines(const QPlainTextEdit *edit);
// When one of `variables` is set, the environment wins: the field is read-only and says why.
// Returns whether it is.
bool lockIfFromEnvironment(QWidget *field, const Config &config, const QStringList &variables);
// An API's base address; empty means the default, which the placeholder shows.
QLineEdit *urlEdit(const Config &config, Api api, QWidget *parent);
// The typed address if it is usable (empty: the default), else the message for the user.
QString checkUrl(const QLineEdit *edit, Api api);

} // namespace insights::pageform
