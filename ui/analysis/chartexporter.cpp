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

// Lays the chart out at layout in a scene of its own, lets draw() paint that scene, and
// gives the chart back to no scene.
void withLaidOut(QChart *chart, const QSize &layout, const std::function<void(QGraphicsScene &scene)> &draw)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(layout)));
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

QSize ChartExporter::printSize(const QSize &layout)
{
    const QSize page(pixelsAt(kPageWidthMm, kPrintDpi), pixelsAt(kPageHeightMm, kPrintDpi));
    if (layout == layoutSize())
        return page;
    const double scale = double(page.width()) / layoutSize().width();
    return QSize(int(std::lround(layout.width() * scale)), int(std::lround(layout.height() * scale)));
}

QImage ChartExporter::render(QChart *chart, const QSize &pixels, const QSize &layout)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->backgroundBrush().color());
    withLaidOut(chart, layout, [&](QGraphicsScene &scene) {
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

void ChartExporter::writePng(QChart *chart, const QString &path, const QSize &layout)
{
    const QImage image = render(chart, printSize(layout), layout);
    saveAtomically(path, [&image](QIODevice &file) {
        if (!image.save(&file, "PNG"))
            throw Error(file.errorString().isEmpty()
                    ? QCoreApplication::translate("ChartExporter", "the image could not be encoded")
                    : file.errorString());
    });
}

void ChartExporter::writeSvg(QChart *chart, const QString &path, const QSize &layout)
{
    saveAtomically(path, [chart, layout](QIODevice &file) {
        const QSize &size = layout;
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(int(kLayoutDpi));
        generator.setTitle(chart->title());
        generator.setDescription(QCoreApplication::translate("ChartExporter", "A chart made with Bitext"));
        withLaidOut(chart, layout, [&](QGraphicsScene &scene) {
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
