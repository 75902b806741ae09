#include "ui/common/paletteiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace bitext::ui {

namespace {

// The accent colour as written in the SVG files: replaced by the one asked for.
const QByteArray kAccent = QByteArrayLiteral("#f5c400");

// The colour of the strokes: the text on buttons, or on a selected menu entry.
QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    return palette.color(QPalette::Active, mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
}

} // namespace

PaletteIconEngine::PaletteIconEngine(const QString &svgPath, const QColor &accent)
    : m_path(svgPath)
    , m_accent(accent)
{
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QByteArray PaletteIconEngine::svgFor(QIcon::Mode mode) const
{
    const QColor ink = inkFor(mode);
    QByteArray svg = m_svg;
    svg.replace("currentColor", ink.name().toLatin1());
    if (m_accent.isValid()) {
        QColor accent = m_accent;
        if (mode == QIcon::Disabled) {
            // Half way to the disabled ink: still the colour, visibly unavailable.
            accent.setRgbF((accent.redF() + ink.redF()) / 2, (accent.greenF() + ink.greenF()) / 2,
                (accent.blueF() + ink.blueF()) / 2);
        }
        svg.replace(kAccent, accent.name().toLatin1());
    }
    return svg;
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    QSvgRenderer renderer(svgFor(mode));
    renderer.render(painter, QRectF(rect));
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // Keyed by the colours in use, so a palette change draws anew.
    const QString cacheKey = QStringLiteral("bitext-icon:%1:%2x%3:%4:%5:%6")
                                 .arg(m_path)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(int(mode))
                                 .arg(inkFor(mode).name(), m_accent.isValid() ? m_accent.name() : QString());
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    pixmap = QPixmap(size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("BitextPaletteIconEngine");
}

} // namespace bitext::ui
