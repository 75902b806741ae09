#include "ui/reader/readerfonts.h"

#include <QApplication>
#include <QtMath>

namespace bitext::ui {

ReaderFonts::ReaderFonts(int zoomStep) : m_zoomStep(qBound(kMinZoom, zoomStep, kMaxZoom))
{
    const QFont ui = QApplication::font();
    // Reading text is a little larger than the interface; each zoom step is 10%.
    const qreal base = (ui.pointSizeF() > 0 ? ui.pointSizeF() : 10.0) * 1.2 * qPow(1.1, m_zoomStep);

    m_en = ui;
    m_en.setPointSizeF(base);
    m_en.setHintingPreference(QFont::PreferNoHinting);

    // Simplified Chinese glyph forms first; Traditional text renders with SC forms too,
    // which readers of both accept, while a JP-first fallback would look foreign.
    m_zh = QFont(QStringLiteral("Noto Sans CJK SC"));
    m_zh.setFamilies(QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                 QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK TC"),
                                 ui.family()});
    m_zh.setPointSizeF(base);
    m_zh.setHintingPreference(QFont::PreferNoHinting);

    m_speaker = ui;
    m_speaker.setPointSizeF(base * 0.86);
    m_speaker.setWeight(QFont::DemiBold);

    m_time = ui;
    m_time.setPointSizeF(base * 0.8);
    m_time.setStyleHint(QFont::Monospace);

    m_heading = m_zh;
    m_heading.setPointSizeF(base * 1.1);
    m_heading.setWeight(QFont::Bold);
}

} // namespace bitext::ui
