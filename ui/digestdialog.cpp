#include "digestdialog.h"

#include "service/appservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace insights {

DigestDialog::DigestDialog(AppService &service, const DateRange &range, QWidget *parent)
    : QDialog(parent), m_service(service), m_range(range)
{
    const QLocale locale;
    setWindowTitle(tr("This week: %1 to %2").arg(locale.toString(range.from, QLocale::ShortFormat),
                                                 locale.toString(range.to, QLocale::ShortFormat)));
    resize(760, 680);
    auto *layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("digestText"));
    m_text->setOpenExternalLinks(false); // referrers and titles are text from servers: nothing opens
    m_text->setOpenLinks(false);
    m_text->setPlainText(tr("Reading the week…"));
    layout->addWidget(m_text, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("digestStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveDigest"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &DigestDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    service.loadDigest(range, this, [this](const Result<QString> &digest) {
        if (!digest) {
            m_text->setPlainText(digest.errorMessage());
        } else {
            m_text->setMarkdown(*digest); // Markdown: the digest escaped what servers and users wrote
            m_loaded = true;
            m_save->setEnabled(true);
        }
        emit loaded();
    });
}

QString DigestDialog::text() const
{
    return m_loaded ? m_text->toPlainText() : QString();
}

QString DigestDialog::statusText() const
{
    return m_status->text();
}

void DigestDialog::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    const QString html = tr("Web page with charts (*.html)"), markdown = tr("Markdown (*.md)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the digest"), QDir(folder).filePath(QStringLiteral("digest-%1.html").arg(m_range.from.toString(Qt::ISODate))),
        html + QStringLiteral(";;") + markdown, &filter);
    if (!path.isEmpty())
        saveTo(path, filter == markdown || path.endsWith(QLatin1String(".md")) ? QStringLiteral("md") : QStringLiteral("html"));
}

void DigestDialog::saveTo(const QString &path, const QString &format)
{
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_service.writeDigest(m_range, format, path, this, [this, path](const Status &written) {
        m_save->setEnabled(true);
        const QString message = written ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : written.errorMessage();
        m_status->setText(message);
        emit saved(written.ok(), message);
    });
}

} // namespace insights
