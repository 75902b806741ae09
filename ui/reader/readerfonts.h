#pragma once

#include "models/domain/segment.h"
#include "models/text/hanvariants.h"

#include <QFont>

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

// The reader's fonts: one per script (Noto Sans CJK SC for Simplified Chinese, TC for
// Traditional, the UI's sans for English, or the faces and size chosen in Preferences),
// scaled together by the zoom step (Ctrl +/-).
class ReaderFonts
{
public:
    static constexpr int kMinZoom = -5;
    static constexpr int kMaxZoom = 12;

    explicit ReaderFonts(int zoomStep = 0);

    int zoomStep() const { return m_zoomStep; }
    const QFont &text(Side side) const { return side == Side::Zh ? m_zh : m_en; }
    // The font for this text: Traditional Chinese gets Traditional glyph forms, and so
    // does text that could be either (引言) in a Traditional document.
    const QFont &text(Side side, const QString &text, bool traditionalDocument = false) const;
    const QFont &speaker() const { return m_speaker; }
    const QFont &time() const { return m_time; }
    const QFont &heading() const { return m_heading; }
    const QFont &heading(const QString &text, bool traditionalDocument = false) const;

    // The script of Chinese text (models/text/hanvariants has the rule); Unknown when
    // OpenCC's data are missing, so such text keeps the Simplified face.
    static ChineseScript chineseScript(const QString &text);
    // Whether a document is mostly Traditional: most of its first segments whose script
    // is known are (a sample, so a long document opens as fast).
    static bool isTraditionalDocument(const SegmentModel &model);

private:
    int m_zoomStep = 0;
    QFont m_zh;
    QFont m_zhTraditional;
    QFont m_en;
    QFont m_speaker;
    QFont m_time;
    QFont m_heading;
    QFont m_headingTraditional;

    static bool isTraditional(const QString &text, bool traditionalDocument);
};

} // namespace bitext::ui
