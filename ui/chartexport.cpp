#include "chartexport.h"

#include "chartfactory.h"

#include <QBuffer>
#include <QChart>
#include <QRegularExpression>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace insights {

namespace {

// Lays the chart out at `size` in a scene of its own and paints it.
void paint(const ChartData &data, QPainter &painter, const QSize &size, const QPalette &palette)
{
    QGraphicsScene scene;
    QChart *chart = ChartFactory::create(data, palette);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
}

} // namespace

QImage ChartExport::image(const ChartData &data, const QSize &size, qreal devicePixelRatio, const QPalette &palette)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    paint(data, painter, size, palette);
    painter.end();
    return image;
}

Status ChartExport::savePng(const ChartData &data, const QString &path, const QSize &size, qreal devicePixelRatio,
                            const QPalette &palette)
{
    const QImage img = image(data, size, devicePixelRatio, palette);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !img.save(&file, "PNG") || !file.commit())
        return makeError(tr("Cannot write %1: %2").arg(path, file.errorString()), Error::Kind::Storage);
    return Ok{};
}

Status ChartExport::saveSvg(const ChartData &data, const QString &path, const QSize &size, const QPalette &palette)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(data.title);
    svg.setDescription(tr("Insights chart, %1 to %2").arg(data.range.from.toString(Qt::ISODate), data.range.to.toString(Qt::ISODate)));
    QPainter painter(&svg);
    painter.fillRect(QRect(QPoint(0, 0), size), palette.color(QPalette::Base));
    paint(data, painter, size, palette);
    painter.end();
    // QSvgGenerator states the size in millimetres at its resolution, which viewers turn into
    // different pixel sizes; state it in pixels as asked.
    QByteArray bytes = buffer.data();
    static const QRegularExpression header(QStringLiteral("<svg([^>]*?) width=\"[^\"]*\" height=\"[^\"]*\""));
    const QString text = QString::fromUtf8(bytes);
    const auto match = header.match(text);
    if (match.hasMatch())
        bytes = QString(text.left(match.capturedStart()) + QStringLiteral("<svg%1 width=\"%2\" height=\"%3\"").arg(match.captured(1)).arg(size.width()).arg(size.height())
                        + text.mid(match.capturedEnd()))
                    .toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(tr("Cannot write %1: %2").arg(path, file.errorString()), Error::Kind::Storage);
    return Ok{};
}

Status ChartExport::save(const ChartData &data, const QString &path, const QSize &size, qreal devicePixelRatio,
                         const QPalette &palette)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(data, path, size, devicePixelRatio, palette);
    if (suffix == QLatin1String("svg"))
        return saveSvg(data, path, size, palette);
    return makeError(tr("%1: the file name must end in .png or .svg.").arg(path), Error::Kind::Config);
}

} // namespace insights
