#pragma once

#include "models/domain/parseddocument.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "tests/support/testsupport.h"

namespace bitext::test {

// One long talk with many annotated quotes: its PDF layout takes a while.
struct BigLibrary
{
    TemporaryLibrary lib;
    qint64 document = 0;
    int quotes = 0;

    explicit BigLibrary(int segments = 2000, int every = 2)
    {
        ParsedDocument p;
        p.document.title = QStringLiteral("A long talk");
        p.document.format = QStringLiteral("speaker-turns");
        for (int i = 0; i < segments; ++i) {
            Segment s;
            s.speaker = i % 3 ? QStringLiteral("Amanda Askell") : QStringLiteral("Host");
            s.zh = QStringLiteral("第%1句：我们认为对齐研究很重要，也很难。").arg(i + 1);
            s.en = QStringLiteral("Sentence %1: we think alignment research matters, and it is hard.").arg(i + 1);
            p.segments << s;
        }
        document = lib->documents().insert(p);
        const QList<Segment> stored = lib->documents().segments(document);
        Transaction all(lib->database());
        for (int i = 0; i < stored.size(); i += every) {
            Annotation a;
            a.documentId = document;
            a.side = Side::Zh;
            a.startSegmentId = a.endSegmentId = stored.at(i).id;
            a.startOffset = 0;
            a.endOffset = 6;
            a.quote = stored.at(i).zh.left(6);
            a.color = QColor(QStringLiteral("#f5d76e"));
            const qint64 id = lib->annotations().create(a);
            if (i % 10 == 0)
                lib->notes().setAnnotationNote(id, QStringLiteral("**Key** point %1").arg(i));
            ++quotes;
        }
        all.commit();
    }
};

} // namespace bitext::test
