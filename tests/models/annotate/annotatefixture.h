#pragma once

#include "models/annotate/anchor.h"
#include "models/domain/parseddocument.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

namespace bitext::test {

// A three-segment Chinese/English talk with two speakers.
inline qint64 insertTalk(Library &library, const QString &title = QStringLiteral("对齐访谈"))
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    p.document.sourceFile = title + QStringLiteral(".txt");
    p.document.languages = QStringList{QStringLiteral("zh"), QStringLiteral("en")};
    const QStringList zh{QStringLiteral("欢迎收听节目。"), QStringLiteral("我们今天讨论对齐问题。"), QStringLiteral("可扩展监督也很重要。")};
    const QStringList en{QStringLiteral("Welcome to the show."), QStringLiteral("Today we discuss alignment."),
                         QStringLiteral("Scalable oversight matters too.")};
    for (int i = 0; i < zh.size(); ++i) {
        Segment s;
        s.speaker = i == 1 ? QStringLiteral("Guest") : QStringLiteral("Host");
        s.zh = zh.at(i);
        s.en = en.at(i);
        p.segments << s;
    }
    return library.documents().insert(p);
}

// An unsaved annotation of the first occurrence of `quote` in segment `row`.
inline Annotation annotationOn(Library &library, qint64 documentId, int row, const QString &quote, Side side = Side::Zh)
{
    const SideText text(library.documents().segments(documentId), side);
    const int at = text.position(row, 0) + text.segmentText(row).indexOf(quote);
    return Anchor::createFromPositions(text, documentId, at, at + int(quote.size()));
}

} // namespace bitext::test
