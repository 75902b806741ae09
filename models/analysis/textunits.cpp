#include "models/analysis/textunits.h"

#include <QStringView>

#include <algorithm>

namespace bitext::TextUnits {

namespace {

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool isWordPart(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
        || QChar::category(c) == QChar::Mark_SpacingCombining;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

} // namespace

QVector<int> unitIndexes(const QString &text)
{
    const QVector<uint> points = text.toUcs4();
    QVector<int> units(points.size(), -1);
    int next = 0;
    bool inWord = false;
    for (int i = 0; i < points.size(); ++i) {
        const char32_t c = points.at(i);
        if (isHan(c)) {
            units[i] = next++;
            inWord = false;
        } else if (isWordPart(c)) {
            if (!inWord)
                ++next;
            units[i] = next - 1;
            inWord = true;
        } else if (inWord && isApostrophe(c) && i + 1 < points.size() && isWordPart(points.at(i + 1))
            && !isHan(points.at(i + 1))) {
            units[i] = next - 1; // "don't": the word goes on
        } else {
            inWord = false;
        }
    }
    return units;
}

int count(const QString &text)
{
    const QVector<int> units = unitIndexes(text);
    for (int i = units.size() - 1; i >= 0; --i) {
        if (units.at(i) >= 0)
            return units.at(i) + 1;
    }
    return 0;
}

int covered(const QString &text, const QVector<QPair<int, int>> &ranges)
{
    if (ranges.isEmpty())
        return 0;
    const QVector<int> units = unitIndexes(text);
    // Unit indexes rise along the text: the last one tells how many there are.
    const auto last = std::find_if(units.crbegin(), units.crend(), [](int unit) { return unit >= 0; });
    QVector<bool> coded(last == units.crend() ? 0 : *last + 1, false);
    for (const auto &range : ranges) {
        const int start = std::max(0, range.first);
        const int end = std::min(int(units.size()), range.second);
        for (int i = start; i < end; ++i) {
            if (units.at(i) >= 0)
                coded[units.at(i)] = true;
        }
    }
    return int(std::count(coded.cbegin(), coded.cend(), true));
}

} // namespace bitext::TextUnits
