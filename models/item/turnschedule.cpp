#include "models/item/turnschedule.h"

#include "models/item/segmentmodel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

namespace bitext {

double TurnSchedule::estimateSeconds(const QString &zh, const QString &en)
{
    // The English side is usually what was said; Chinese is the translation. Use
    // English when present, else Han characters (with Latin words inside Chinese text).
    const QString &text = en.trimmed().isEmpty() ? zh : en;
    int han = 0;
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && c.script() == QChar::Script_Han) {
            ++han;
            inWord = false;
        } else if (letter) {
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    // A short pause between segments keeps one-word turns visible.
    return 0.3 + han / kHanPerSecond + words / kEnglishWordsPerSecond;
}

void TurnSchedule::rebuild(const SegmentModel &model)
{
    const int rows = model.rowCount();
    m_start.resize(rows);
    m_end.resize(rows);
    m_turns.clear();
    m_turnOfRow.fill(-1, rows);
    m_lanes.clear();
    m_estimated = !model.hasTimes();

    double clock = 0;
    for (int row = 0; row < rows; ++row) {
        const Segment &s = model.segmentAt(row);
        double start = clock;
        double end = clock + estimateSeconds(s.zh, s.en);
        if (!m_estimated && s.startMs) {
            start = std::max(*s.startMs / 1000.0, 0.0);
            const Segment *next = row + 1 < rows ? &model.segmentAt(row + 1) : nullptr;
            if (s.endMs)
                end = std::max(*s.endMs / 1000.0, start);
            else if (next && next->startMs && *next->startMs / 1000.0 >= start)
                end = *next->startMs / 1000.0; // tapped starts: a segment lasts until the next begins
            else
                end = start + estimateSeconds(s.zh, s.en);
        }
        m_start[row] = start;
        m_end[row] = end;
        clock = std::max(clock, end);
    }
    m_duration = clock;

    QHash<qint64, int> laneOf;
    for (int row = 0; row < rows; ++row) {
        const Segment &s = model.segmentAt(row);
        auto lane = laneOf.constFind(s.speakerId);
        if (lane == laneOf.constEnd()) {
            Lane l;
            l.speakerId = s.speakerId;
            l.name = s.speakerId ? model.speakerName(s.speakerId)
                                 : QCoreApplication::translate("TurnSchedule", "No speaker");
            l.color = model.speakerColor(s.speakerId);
            lane = laneOf.insert(s.speakerId, int(m_lanes.size()));
            m_lanes << l;
        }
        m_lanes[*lane].seconds += m_end.at(row) - m_start.at(row);
        if (!m_turns.isEmpty() && m_turns.last().lane == *lane && m_turns.last().lastRow == row - 1
            && !model.isTurnStart(row)) {
            m_turns.last().lastRow = row;
            m_turns.last().end = std::max(m_turns.last().end, m_end.at(row));
        } else {
            m_turns << Turn{row, row, *lane, m_start.at(row), m_end.at(row)};
        }
        m_turnOfRow[row] = int(m_turns.size()) - 1;
    }
    double total = 0;
    for (const Lane &l : std::as_const(m_lanes))
        total += l.seconds;
    for (Lane &l : m_lanes)
        l.share = total > 0 ? l.seconds / total : 0;
    // Unassigned text goes last: it is the lane people want to empty.
    std::stable_partition(m_lanes.begin(), m_lanes.end(), [](const Lane &l) { return l.speakerId != 0; });
    if (!m_lanes.isEmpty() && m_lanes.last().speakerId == 0) {
        const int moved = int(m_lanes.size()) - 1;
        const int old = laneOf.value(0);
        for (Turn &t : m_turns) {
            if (t.lane == old)
                t.lane = moved;
            else if (t.lane > old)
                --t.lane;
        }
    }
}

int TurnSchedule::rowAt(double seconds) const
{
    if (m_start.isEmpty())
        return -1;
    // Starts are non-decreasing for estimated times; real times are in reading order too.
    const auto it = std::upper_bound(m_start.constBegin(), m_start.constEnd(), seconds);
    return std::max(0, int(it - m_start.constBegin()) - 1);
}

int TurnSchedule::turnOfRow(int row) const
{
    return row >= 0 && row < m_turnOfRow.size() ? m_turnOfRow.at(row) : -1;
}

} // namespace bitext
