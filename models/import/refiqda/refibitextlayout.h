#pragma once

#include "models/domain/document.h"
#include "models/domain/section.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bitext {

// What REFI-QDA cannot say about a Bitext document and Bitext's own .qdpx export
// adds beside project.qde, in the entry bitext/documents.json, so that importing the
// export gives the documents back whole:
//
//   {"version": 1,
//    "codes": {GUID: "Parent/Child"},      // each Code's tag path (names may be made unique in the file)
//    "documents": [{
//      "sources": {"zh": GUID, "en": GUID},   // the TextSources of the two sides (either may be absent)
//      "title", "format", "source_file", "source_url", "date", "summary": strings,
//      "people", "keywords": [strings], "metadata": {...},
//      "sections": [{"title": string, "level": int}],
//      "segments": [{"zh": int, "en": int,        // code points of the segment's text on each side
//                    "speaker": string|null, "section": int|null,
//                    "start_ms": int|null, "end_ms": int|null}]}]}
//
// A side's source text is its segments' texts joined with "\n" (as exported), so the
// lengths cut it back into segments; other tools ignore the entry.
struct RefiBitextDocument
{
    struct Row
    {
        qint64 zh = 0;
        qint64 en = 0;
        QString speaker;
        int section = -1;
        std::optional<qint64> startMs;
        std::optional<qint64> endMs;
    };

    QString zhSource; // GUIDs, normalised
    QString enSource;
    Document document;
    QList<Section> sections;
    QList<Row> rows;
};

class RefiBitextLayout
{
    Q_DECLARE_TR_FUNCTIONS(RefiBitextLayout)

public:
    static const char *const kEntry; // "bitext/documents.json"

    QList<RefiBitextDocument> documents;
    QHash<QString, QString> codePaths; // code GUID -> tag path, whatever name the code got in the file

    // Throws Error "LABEL: reason" when the entry is not what Bitext writes.
    static RefiBitextLayout parse(const QByteArray &bytes, const QString &label);
};

} // namespace bitext
