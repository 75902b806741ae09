#include "ui/timeline/speakertimeline.h"

#include "models/item/segmentmodel.h"
#include "models/text/script.h"
#include "ui/common/clocktext.h"
#include "ui/timeline/timelineaccessible.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace bitext::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kGap = 10;

// Text cut to a width with an ellipsis, between words where the cut falls inside a Latin
// word (Chinese may break after any character).
QString elideWords(const QString &text, const QFontMetrics &fm, int width)
{
    if (fm.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    int cut = int(fm.elidedText(text, Qt::ElideRight, width).size()) - 1; // without the "…"
    if (cut > 0 && cut < text.size() && text.at(cut).isLetterOrNumber() && text.at(cut - 1).isLetterOrNumber()
        && !isHan(text.at(cut).unicode())) {
        const int space = int(text.lastIndexOf(QLatin1Char(' '), cut));
        if (space > cut / 2)
            cut = space;
    }
    return text.left(cut).trimmed() + ellipsis;
}

int mouseX(const QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return int(event->position().x());
#else
    return event->pos().x();
#endif
}

} // namespace

SpeakerTimeline::SpeakerTimeline(SegmentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("speakerTimeline"));
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    TimelineAccessible::installFactory();
    connect(m_model, &QAbstractItemModel::modelReset, this, &SpeakerTimeline::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SpeakerTimeline::rebuild);
    rebuild();
}

void SpeakerTimeline::rebuild()
{
    m_schedule.rebuild(*m_model);
    m_legendWidth = -1; // other names
    updateGeometry();
    update();
}

void SpeakerTimeline::setVisibleRows(int first, int last)
{
    m_firstVisible = first;
    m_lastVisible = last;
    update();
}

void SpeakerTimeline::setCurrentRow(int row)
{
    const int before = currentTurn();
    m_currentRow = row;
    if (currentTurn() != before)
        TimelineAccessible::currentTurnChanged(this);
}

int SpeakerTimeline::laneHeight() const
{
    return qMax(14, fontMetrics().height() + 2);
}

int SpeakerTimeline::legendWidth() const
{
    // Every bar's place depends on it: measured once per set of names and font, not for
    // each of a long document's thousands of turns in every paint.
    if (m_legendWidth < 0)
        m_legendWidth = measureLegend();
    return m_legendWidth;
}

int SpeakerTimeline::measureLegend() const
{
    int width = 0;
    for (const TurnSchedule::Lane &lane : m_schedule.lanes())
        width = qMax(width, fontMetrics().horizontalAdvance(lane.name));
    // Swatch, name, and a fixed column for the share ("100%").
    // (+4: elidedText() needs a little slack over the measured advance.)
    return qMin(width + 4, 220) + fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 14 + 2 * kGap;
}

QRect SpeakerTimeline::lanesRect() const
{
    const int left = kPadding + legendWidth();
    const int lanes = int(m_schedule.lanes().size());
    return QRect(left, kPadding, qMax(10, width() - left - kPadding), lanes * laneHeight());
}

QSize SpeakerTimeline::sizeHint() const
{
    const int lanes = qMax(1, int(m_schedule.lanes().size()));
    return QSize(800, 2 * kPadding + lanes * laneHeight() + fontMetrics().height() + 4);
}

QSize SpeakerTimeline::minimumSizeHint() const
{
    // Every lane stays visible: a hidden speaker would make the shares misleading.
    return QSize(300, sizeHint().height());
}

double SpeakerTimeline::timeAt(int x) const
{
    const QRect r = lanesRect();
    return qBound(0.0, double(x - r.left()) / r.width(), 1.0) * m_schedule.duration();
}

int SpeakerTimeline::xAt(double seconds) const
{
    const QRect r = lanesRect();
    const double duration = m_schedule.duration() > 0 ? m_schedule.duration() : 1;
    return r.left() + int(seconds / duration * r.width());
}

QRect SpeakerTimeline::barRect(int turn) const
{
    const TurnSchedule::Turn &t = m_schedule.turns().at(turn);
    const int x1 = xAt(t.start);
    const int x2 = qMax(x1 + 1, xAt(t.end));
    const int top = lanesRect().top() + t.lane * laneHeight();
    return QRect(x1, top + 2, x2 - x1, laneHeight() - 4);
}

QColor SpeakerTimeline::laneColor(int lane) const
{
    QColor c = m_schedule.lanes().at(lane).color;
    if (!c.isValid())
        c = palette().color(QPalette::PlaceholderText);
    if (palette().color(QPalette::Window).lightness() < 128 && c.lightness() < 165)
        c.setHsl(c.hslHue(), c.hslSaturation(), 170);
    return c;
}

void SpeakerTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (m_schedule.lanes().isEmpty())
        return; // the window's empty state already says there is no document
    const QRect lanes = lanesRect();
    // Alternate lane backgrounds, like tiers.
    for (int i = 0; i < m_schedule.lanes().size(); ++i) {
        const QRect lane(lanes.left(), lanes.top() + i * laneHeight(), lanes.width(), laneHeight());
        painter.fillRect(lane, palette().color(i % 2 ? QPalette::AlternateBase : QPalette::Base));
    }
    const QVector<TurnSchedule::Turn> &turns = m_schedule.turns();
    for (int i = 0; i < turns.size(); ++i)
        painter.fillRect(barRect(i), laneColor(turns.at(i).lane));

    if (m_firstVisible >= 0) {
        const int x1 = xAt(m_schedule.rowStart(m_firstVisible));
        const int x2 = qMax(x1 + 3, xAt(m_schedule.rowEnd(m_lastVisible)));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(45);
        const QRect window(x1, lanes.top() - 2, x2 - x1, lanes.height() + 4);
        painter.fillRect(window, fill);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.drawRoundedRect(QRectF(window).adjusted(0.75, 0.75, -0.75, -0.75), 2, 2);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    if (m_playhead >= 0) {
        const int x = xAt(m_playhead);
        painter.fillRect(QRect(x - 1, lanes.top() - 3, 2, lanes.height() + 6), palette().color(QPalette::WindowText));
    }
    paintLegend(painter);
    paintAxis(painter);
}

void SpeakerTimeline::setPlayhead(double seconds)
{
    const int before = m_playhead >= 0 ? xAt(m_playhead) : -1;
    m_playhead = seconds;
    const int after = seconds >= 0 ? xAt(seconds) : -1;
    if (before == after)
        return;
    const QRect lanes = lanesRect();
    for (int x : {before, after}) {
        if (x >= 0)
            update(QRect(x - 2, lanes.top() - 4, 4, lanes.height() + 8));
    }
}

void SpeakerTimeline::paintLegend(QPainter &painter)
{
    const QFontMetrics fm = fontMetrics();
    const int shareWidth = fm.horizontalAdvance(QStringLiteral("100%"));
    const int nameWidth = legendWidth() - shareWidth - 14 - 2 * kGap;
    for (int i = 0; i < m_schedule.lanes().size(); ++i) {
        const TurnSchedule::Lane &lane = m_schedule.lanes().at(i);
        const int top = lanesRect().top() + i * laneHeight();
        const QRect swatch(kPadding, top + (laneHeight() - 10) / 2, 10, 10);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(laneColor(i));
        painter.drawEllipse(swatch);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect name(swatch.right() + 6, top, nameWidth, laneHeight());
        painter.drawText(name, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(lane.name, Qt::ElideRight, nameWidth));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRect share(name.right() + kGap, top, shareWidth, laneHeight());
        painter.drawText(share, Qt::AlignVCenter | Qt::AlignRight, QStringLiteral("%1%").arg(qRound(lane.share * 100)));
    }
}

void SpeakerTimeline::paintAxis(QPainter &painter)
{
    const QRect lanes = lanesRect();
    const int baseline = lanes.bottom() + 4 + fontMetrics().ascent();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int ticks = qMax(2, lanes.width() / 120);
    for (int i = 0; i <= ticks; ++i) {
        const double t = m_schedule.duration() * i / ticks;
        QString text = clockText(t);
        if (m_schedule.estimated() && i > 0)
            text = tr("≈%1").arg(text);
        const int x = xAt(t);
        const int w = fontMetrics().horizontalAdvance(text);
        const int left = i == 0 ? x : (i == ticks ? x - w : x - w / 2);
        painter.drawText(QPoint(left, baseline), text);
    }
}

void SpeakerTimeline::jumpTo(int x)
{
    const int row = m_schedule.rowAt(timeAt(x));
    if (row >= 0)
        emit rowActivated(row);
}

void SpeakerTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        jumpTo(mouseX(event));
        if (!m_schedule.lanes().isEmpty())
            emit timeClicked(timeAt(mouseX(event)));
    }
}

void SpeakerTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        jumpTo(mouseX(event));
}

QString SpeakerTimeline::toolTipAt(const QPoint &pos) const
{
    const QRect lanes = lanesRect();
    if (!lanes.contains(pos))
        return {};
    const int lane = (pos.y() - lanes.top()) / laneHeight();
    const double t = timeAt(pos.x());
    // Turns are in time order: find the one under the cursor in this lane, allowing a
    // few pixels of slack so thin bars can be hovered.
    const double slack = timeAt(pos.x() + 3) - t;
    const QVector<TurnSchedule::Turn> &turns = m_schedule.turns();
    auto it = std::lower_bound(turns.begin(), turns.end(), t - slack,
        [](const TurnSchedule::Turn &turn, double time) { return turn.end < time; });
    for (; it != turns.end() && it->start <= t + slack; ++it) {
        if (it->lane != lane)
            continue;
        const Segment &s = m_model->segmentAt(it->firstRow);
        const QString speaker = m_schedule.lanes().at(lane).name.toHtmlEscaped();
        QString text = tr("<b>%1</b> · %2").arg(speaker, clockText(it->start));
        // Both languages where both exist, the reader's first one first; each cut to about
        // two lines of a tooltip, at a word boundary in English.
        const QFontMetrics fm(QToolTip::font());
        const int width = fm.averageCharWidth() * 90;
        const Side second = m_primarySide == Side::Zh ? Side::En : Side::Zh;
        for (Side side : {m_primarySide, second}) {
            const QString words = s.text(side).simplified();
            if (!words.isEmpty())
                text += QStringLiteral("<br>") + elideWords(words, fm, width).toHtmlEscaped();
        }
        return text;
    }
    return {};
}

bool SpeakerTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void SpeakerTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_legendWidth = -1;
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

} // namespace bitext::ui
