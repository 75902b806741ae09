#pragma once

#include <QColor>
#include <QIconEngine>
#include <QPixmapCache>

namespace bitext::ui {

// Renders one of Bitext's monochrome SVG icons with its `currentColor` strokes in the
// application palette's text colour (the disabled one for disabled buttons), and its
// accent bar (fill #f5c400) in an optional colour. Re-reads the palette on each paint, so
// the icon follows a switch between light and dark palettes.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &svgPath, const QColor &accent = QColor());

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QByteArray svgFor(QIcon::Mode mode) const;

    QString m_path;
    QColor m_accent;
    QByteArray m_svg;
};

} // namespace bitext::ui
