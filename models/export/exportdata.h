#pragma once

#include "models/domain/annotation.h"
#include "models/domain/document.h"
#include "models/domain/section.h"
#include "models/domain/segment.h"
#include "models/domain/tag.h"
#include "models/export/exportrequest.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bitext {

// One document of an export with everything the formats print about it.
struct ExportDocument
{
    Document document;
    QList<Segment> segments;
    QList<Section> sections; // in order; Segment::sectionOrdinal indexes them
    QStringList speakers; // in order of first appearance
    QString note; // the document's own note (Markdown), may be empty
    // The document's text of each side: the segments' side texts joined with "\n".
    // Positions of quotes (TextPositionSelector, REFI-QDA selections) count code
    // points into these strings.
    QString zhText;
    QString enText;
    // The document's audio or video (absolute), empty for none: Web Annotation and
    // REFI-QDA point at it with the quotes' times.
    QString mediaFile;

    const QString &text(Side side) const { return side == Side::Zh ? zhText : enText; }
};

// One annotated quote, resolved for printing.
struct ExportQuote
{
    Annotation annotation;
    int documentIndex = -1; // into ExportData::documents
    QString speaker; // speaker of the first segment, may be empty
    QString zh; // the quote (its own side) or the aligned passage (other side)
    QString en; // empty on the other side when the request leaves translations out
    QList<Tag> tags; // with paths, in codebook order
    QString note; // Markdown, may be empty
    int start = -1; // code points into ExportDocument::text(side); -1 when orphaned
    int end = -1;
    // When the quote is spoken: its first segment's start to its last segment's end (or
    // the next segment's start; none when neither is known); none when its first segment
    // has no time.
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;

    bool hasPosition() const { return start >= 0 && end >= start; }
    bool hasTimes() const { return startMs.has_value(); }
    const QString &quoteText() const { return annotation.side == Side::Zh ? zh : en; }
};

// A heading of the export with its quotes: a document, or a tag.
struct ExportGroup
{
    QString title;
    QColor color; // the tag's colour when grouped by tag
    int documentIndex = -1; // when grouped by document
    QList<int> quotes; // into ExportData::quotes
};

// Everything an exporter needs, gathered from the library in one pass so the
// exporters never touch the database.
struct ExportData
{
    ExportRequest request;
    QList<ExportDocument> documents;
    QList<ExportQuote> quotes;
    QList<ExportGroup> groups;
    QList<Tag> tags; // the whole codebook, parents before children
    QStringList usedTagPaths; // tags used by the exported quotes, sorted
    QDateTime exportedAt; // UTC

    // A one-document export grouped by document is titled by its document, once: its
    // one group needs no heading of its own.
    bool groupsHaveHeadings() const { return documents.size() != 1 || request.grouping == ExportGrouping::ByTag; }
};

} // namespace bitext
