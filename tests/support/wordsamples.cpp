#include "tests/support/wordsamples.h"

#include "models/annotate/anchor.h"
#include "models/annotate/sidetext.h"
#include "models/domain/parseddocument.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/speakerturns.h"
#include "tests/support/speakerturns.h"

#include <QColor>

namespace bitext::test {

WordSamples::WordSamples(Library &library)
{
    talk = insert(library, QStringLiteral("Talk"),
        {{QStringLiteral("Ana"), QStringLiteral("我们研究对齐。"), QStringLiteral("We study alignment.")},
            {QStringLiteral("Ben"), QStringLiteral("對齊很難，对齐很重要。"),
                QStringLiteral("Alignment is hard; alignment matters.")}});
    notes = insert(library, QStringLiteral("Notes"),
        {{QString(), QStringLiteral("价值观"), QStringLiteral("Values and alignment.")}});
    values = library.tags().ensurePath(QStringLiteral("Values"));
    const SideText text(library.documents().segments(talk), Side::Zh);
    const int at = int(text.text().indexOf(QStringLiteral("对齐很重要")));
    Annotation a = Anchor::createFromPositions(text, talk, at, at + 5);
    a.color = QColor(QStringLiteral("#ffe119"));
    a.author = QStringLiteral("Ana");
    a.tagIds = {values};
    library.annotations().create(a);
}

qint64 WordSamples::insert(Library &library, const QString &title, const QList<QStringList> &rows)
{
    return insertSpeakerTurns(library, title, rows);
}

} // namespace bitext::test
