#include "ui/annotate/highlightdecorator.h"

#include "models/core/error.h"
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QDebug>
#include <QPalette>
#include <QVariantAnimation>
#include <QWidget>

namespace bitext::ui {

namespace {

constexpr int kFlashMs = 1100;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)), float(a.greenF() * t + b.greenF() * (1 - t)),
                            float(a.blueF() * t + b.blueF() * (1 - t)));
}

Side otherSide(Side side)
{
    return side == Side::Zh ? Side::En : Side::Zh;
}

} // namespace

HighlightDecorator::HighlightDecorator(SegmentModel *segments, QWidget *paletteSource, QObject *parent)
    : QObject(parent), m_segments(segments), m_paletteSource(paletteSource), m_flash(new QVariantAnimation(this))
{
    m_flash->setDuration(kFlashMs);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_flashStrength = value.toReal();
        emit changed();
    });
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashId = 0;
        m_flashStrength = 0;
        emit changed();
    });
}

void HighlightDecorator::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

QList<Segment> HighlightDecorator::segments() const
{
    QList<Segment> segments;
    segments.reserve(m_segments->rowCount());
    for (int row = 0; row < m_segments->rowCount(); ++row)
        segments << m_segments->segmentAt(row);
    return segments;
}

void HighlightDecorator::fillColor(Annotation &a) const
{
    if (!a.color.isValid())
        a.color = a.tagIds.isEmpty() ? QColor() : m_tagColors.value(a.tagIds.first());
    if (!a.color.isValid())
        a.color = TagRepository::paletteColor(0);
}

void HighlightDecorator::reload()
{
    QList<Annotation> annotations;
    const qint64 documentId = m_segments->documentId();
    if (m_library && documentId) {
        try {
            annotations = m_library->annotations().list(documentId);
            m_tagColors.clear();
            const QList<Tag> tags = m_library->tags().list();
            for (const Tag &t : tags)
                m_tagColors.insert(t.id, t.color);
            for (Annotation &a : annotations)
                fillColor(a);
        } catch (const Error &error) {
            qWarning().noquote() << error.message();
            annotations.clear();
        }
    }
    m_index = HighlightIndex(m_library && documentId ? segments() : QList<Segment>(), annotations);
    emit changed();
}

void HighlightDecorator::refresh(const QList<qint64> &annotationIds)
{
    const qint64 documentId = m_segments->documentId();
    if (!m_library || !documentId || annotationIds.isEmpty())
        return;
    QList<Annotation> placed;
    QList<qint64> removed;
    try {
        for (qint64 id : annotationIds) {
            std::optional<Annotation> a = m_library->annotations().find(id);
            if (a && a->documentId == documentId) {
                fillColor(*a);
                placed << *a;
            } else {
                removed << id;
            }
        }
    } catch (const Error &error) {
        qWarning().noquote() << error.message();
        return;
    }
    m_index.update(segments(), placed, removed);
    emit changed();
}

bool HighlightDecorator::isDark() const
{
    return m_paletteSource->palette().color(QPalette::Base).lightness() < 128;
}

QColor HighlightDecorator::background(const QColor &color) const
{
    const QColor base = m_paletteSource->palette().color(QPalette::Base);
    // Pastel fills behind dark text; on a dark base a deep tint that keeps light text legible.
    return isDark() ? mix(color, base, 0.42) : mix(color, base, 0.8);
}

QVector<QTextLayout::FormatRange> HighlightDecorator::formats(int row, Side side) const
{
    QVector<QTextLayout::FormatRange> result;
    if (row < 0 || row >= m_segments->rowCount())
        return result;
    const int length = int(m_segments->segmentAt(row).text(side).size());
    const QList<HighlightIndex::Span> others = m_index.spans(row, otherSide(side));
    if (!others.isEmpty() && length > 0) {
        // The translation of a highlighted passage: a quiet hint, not a second highlight.
        QTextLayout::FormatRange marker;
        marker.start = 0;
        marker.length = length;
        marker.format.setUnderlineStyle(QTextCharFormat::DotLine);
        const QColor color = others.first().color;
        marker.format.setUnderlineColor(isDark() ? color : color.darker(160));
        result << marker;
    }
    const QPalette &palette = m_paletteSource->palette();
    const QList<HighlightIndex::Span> spans = m_index.spans(row, side);
    for (const HighlightIndex::Span &span : spans) {
        QTextLayout::FormatRange range;
        range.start = span.start;
        range.length = span.end - span.start;
        QColor fill = background(span.color);
        if (span.annotationId == m_flashId && m_flashStrength > 0) {
            fill = mix(palette.color(QPalette::Highlight), fill, m_flashStrength);
            if (m_flashStrength > 0.45)
                range.format.setForeground(palette.brush(QPalette::HighlightedText));
        }
        range.format.setBackground(fill);
        // A solid line under the fill tells a highlight from a find mark of similar hue.
        range.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        range.format.setUnderlineColor(isDark() ? span.color : span.color.darker(150));
        result << range;
    }
    return result;
}

qint64 HighlightDecorator::firstAnnotationInRow(int row) const
{
    for (Side side : {Side::Zh, Side::En}) {
        const QList<HighlightIndex::Span> spans = m_index.spans(row, side);
        if (!spans.isEmpty())
            return spans.first().annotationId;
    }
    return 0;
}

void HighlightDecorator::flash(qint64 annotationId)
{
    m_flash->stop();
    m_flashId = annotationId;
    m_flashStrength = 1;
    m_flash->start();
    emit changed();
}

} // namespace bitext::ui
