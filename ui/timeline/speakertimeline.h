#pragma once

#include "models/domain/segment.h"
#include "models/item/turnschedule.h"

#include <QWidget>

namespace bitext {
class SegmentModel;
}

namespace bitext::ui {

// The speaker timeline: one lane per speaker (like ELAN's tiers) with a bar per turn,
// sized by real times or by estimated speaking time; the part on screen is marked, a
// click or drag jumps there, hovering names the speaker and the first words, and the
// legend gives each speaker's share of talk time.
class SpeakerTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakerTimeline(SegmentModel *model, QWidget *parent = nullptr);

    const TurnSchedule &schedule() const { return m_schedule; }
    SegmentModel *segmentModel() const { return m_model; }
    // Where a turn's bar is drawn (for tests and tooltips).
    QRect barRect(int turn) const;
    QRect lanesRect() const;
    // What hovering there shows: the speaker, the time and the turn's first words in both
    // languages, the reader's first language first. Empty away from a bar.
    QString toolTipAt(const QPoint &pos) const;
    void setPrimarySide(Side side) { m_primarySide = side; }
    // The turn holding the reader's current segment, or -1 (reported to screen readers).
    int currentTurn() const { return m_schedule.turnOfRow(m_currentRow); }

    // The media's playhead, in the schedule's seconds (negative hides it); moving it
    // repaints only the strips it leaves and enters.
    void setPlayhead(double seconds);
    double playhead() const { return m_playhead; }
    // The x of a time in the schedule's seconds, and the reverse (for tests and seeking).
    int xAtTime(double seconds) const { return xAt(seconds); }
    double timeAtX(int x) const { return timeAt(x); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setVisibleRows(int first, int last);
    void setCurrentRow(int row);

signals:
    // The user clicked or dragged to the segment at this row.
    void rowActivated(int row);
    // The same click as a time on the schedule (seconds), for seeking the media there.
    void timeClicked(double seconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    int legendWidth() const;
    int measureLegend() const;
    int laneHeight() const;
    double timeAt(int x) const;
    int xAt(double seconds) const;
    void jumpTo(int x);
    QColor laneColor(int lane) const;
    void paintLegend(QPainter &painter);
    void paintAxis(QPainter &painter);

    SegmentModel *m_model; // owned by the window, outlives the strip
    TurnSchedule m_schedule;
    int m_firstVisible = -1;
    int m_lastVisible = -1;
    int m_currentRow = -1;
    double m_playhead = -1;
    mutable int m_legendWidth = -1; // measured when first needed
    Side m_primarySide = Side::Zh;
};

} // namespace bitext::ui
