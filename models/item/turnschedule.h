#pragma once

#include <QColor>
#include <QString>
#include <QVector>

namespace bitext {

class SegmentModel;

// When each segment is spoken: real times when the document has them, otherwise an
// estimate from text length at ordinary speaking rates. Grouped into turns and lanes
// (one per speaker) for the speaker timeline.
class TurnSchedule
{
public:
    // Ordinary speaking rates used when a document has no times.
    static constexpr double kHanPerSecond = 4.0;     // ~240 characters a minute
    static constexpr double kEnglishWordsPerSecond = 2.5; // ~150 words a minute

    struct Turn
    {
        int firstRow = 0;
        int lastRow = 0;
        int lane = 0;
        double start = 0; // seconds
        double end = 0;
    };
    struct Lane
    {
        qint64 speakerId = 0; // 0: segments without a speaker
        QString name;
        QColor color;
        double seconds = 0;
        double share = 0; // of all talk time, 0..1
    };

    void rebuild(const SegmentModel &model);

    const QVector<Turn> &turns() const { return m_turns; }
    const QVector<Lane> &lanes() const { return m_lanes; }
    double duration() const { return m_duration; }
    bool estimated() const { return m_estimated; }
    double rowStart(int row) const { return row >= 0 && row < m_start.size() ? m_start.at(row) : m_duration; }
    double rowEnd(int row) const { return row >= 0 && row < m_end.size() ? m_end.at(row) : m_duration; }
    // The row spoken at a time (the nearest one before it in a pause).
    int rowAt(double seconds) const;
    // The turn containing a row, or -1.
    int turnOfRow(int row) const;

    // Estimated seconds to say a text (Han characters plus Latin words).
    static double estimateSeconds(const QString &zh, const QString &en);

private:
    QVector<double> m_start;
    QVector<double> m_end;
    QVector<Turn> m_turns;
    QVector<int> m_turnOfRow;
    QVector<Lane> m_lanes;
    double m_duration = 0;
    bool m_estimated = true;
};

} // namespace bitext
