#include "tests/support/speakerturns.h"

#include "models/domain/parseddocument.h"
#include "models/store/documentrepository.h"

namespace bitext::test {

qint64 insertSpeakerTurns(Library &library, const QString &title, const QList<QStringList> &turns)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    p.document.sourceFile = title + QStringLiteral(".txt");
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    for (const QStringList &turn : turns) {
        Segment s;
        s.speaker = turn.at(0);
        s.zh = turn.at(1);
        s.en = turn.at(2);
        p.segments << s;
    }
    return library.documents().insert(p);
}

} // namespace bitext::test
