#pragma once

#include "models/domain/segment.h"

#include <QFont>

namespace bitext::ui {

// The reader's fonts: one per script (Noto Sans CJK SC for Chinese, the UI's sans for
// English), scaled together by the zoom step (Ctrl +/-).
class ReaderFonts
{
public:
    static constexpr int kMinZoom = -5;
    static constexpr int kMaxZoom = 12;

    explicit ReaderFonts(int zoomStep = 0);

    int zoomStep() const { return m_zoomStep; }
    const QFont &text(Side side) const { return side == Side::Zh ? m_zh : m_en; }
    const QFont &speaker() const { return m_speaker; }
    const QFont &time() const { return m_time; }
    const QFont &heading() const { return m_heading; }

private:
    int m_zoomStep = 0;
    QFont m_zh;
    QFont m_en;
    QFont m_speaker;
    QFont m_time;
    QFont m_heading;
};

} // namespace bitext::ui
