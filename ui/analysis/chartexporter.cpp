#include "ui/analysis/chartexporter.h"

#include "models/core/error.h"
#include "models/export/atomicfile.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <functional>

namespace bitext::ui {

namespace {

constexpr double kLayoutDpi = 96;
constexpr double kMmPerInch = 25.4;

int pixelsAt(double mm, double dpi)
{
    return int(std::lround(mm / kMmPerInch * dpi));
}

// Lays the chart out at layoutSize() in a scene of its own, lets draw() paint that
// scene, and gives the chart back to no scene.
void withLaidOut(QChart *chart, const std::function<void(QGraphicsScene &scene)> &draw)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(ChartExporter::layoutSize())));
    scene.setSceneRect(chart->geometry());
    // The chart's layout (and the heat map's value labels that follow its plot area)
    // settles now, not at the next turn of the event loop.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    try {
        draw(scene);
    } catch (...) {
        scene.removeItem(chart); // the scene would delete it
        throw;
    }
    scene.removeItem(chart);
}

} // namespace

QSize ChartExporter::layoutSize()
{
    return QSize(pixelsAt(kPageWidthMm, kLayoutDpi), pixelsAt(kPageHeightMm, kLayoutDpi));
}

QSize ChartExporter::printSize()
{
    return QSize(pixelsAt(kPageWidthMm, kPrintDpi), pixelsAt(kPageHeightMm, kPrintDpi));
}

QImage ChartExporter::render(QChart *chart, const QSize &pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->backgroundBrush().color());
    withLaidOut(chart, [&](QGraphicsScene &scene) {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), scene.sceneRect(), Qt::IgnoreAspectRatio);
    });
    // Set after drawing: a 300 dpi device while drawing would make every point-sized
    // font three times larger on top of the scaling.
    const int dotsPerMeter = int(std::lround(kPrintDpi / kMmPerInch * 1000));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void ChartExporter::writePng(QChart *chart, const QString &path)
{
    const QImage image = render(chart, printSize());
    saveAtomically(path, [&image](QIODevice &file) {
        if (!image.save(&file, "PNG"))
            throw Error(file.errorString().isEmpty()
                    ? QCoreApplication::translate("ChartExporter", "the image could not be encoded")
                    : file.errorString());
    });
}

void ChartExporter::writeSvg(QChart *chart, const QString &path)
{
    saveAtomically(path, [chart](QIODevice &file) {
        const QSize size = layoutSize();
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(int(kLayoutDpi));
        generator.setTitle(chart->title());
        generator.setDescription(QCoreApplication::translate("ChartExporter", "A chart made with Bitext"));
        withLaidOut(chart, [&](QGraphicsScene &scene) {
            QPainter painter;
            if (!painter.begin(&generator))
                throw Error(file.errorString());
            painter.fillRect(QRect(QPoint(0, 0), size), chart->backgroundBrush());
            scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
            painter.end();
        });
    });
}

} // namespace bitext::ui
