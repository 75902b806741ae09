#pragma once

#include <QString>

#include <optional>

namespace bitext {

enum class Side { Zh, En };

inline QString sideName(Side side)
{
    return side == Side::Zh ? QStringLiteral("zh") : QStringLiteral("en");
}
std::optional<Side> sideFromName(const QString &name);

// One aligned unit of a document: its Chinese and English text side by side.
struct Segment
{
    qint64 id = 0;
    qint64 documentId = 0;
    int ordinal = 0; // 0-based position in the document
    int sectionOrdinal = -1; // index into the document's sections, -1 for none
    qint64 speakerId = 0; // 0 when no speaker is known
    QString speaker; // speaker name, filled on read
    QString zh;
    QString en;
    QString zhOriginal; // text before clean-up, empty when unchanged
    QString enOriginal;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    int sourceLine = 0; // 1-based line in the source file
    // How sure an aligner was of this pairing, 0..1; none when the source or a person
    // paired the two sides (models/align). Low values are listed for review.
    std::optional<double> confidence;
    // A person marked one side as deliberately left untranslated (a 1-0 pair that is
    // right as it is, not a gap to fill or a pairing to review).
    bool untranslated = false;

    const QString &text(Side side) const { return side == Side::Zh ? zh : en; }
};

} // namespace bitext
