#include "tests/support/codedtext.h"

#include "models/annotate/anchor.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext::test {

qint64 addTextDocument(Library &library, const QString &title, const QList<QPair<QString, QString>> &texts)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("plain");
    for (const auto &text : texts) {
        Segment s;
        s.zh = text.first;
        s.en = text.second;
        p.segments << s;
    }
    return library.documents().insert(p);
}

qint64 codeRange(Library &library, qint64 documentId, Side side, const QString &author, const QList<qint64> &tags,
    int startRow, int start, int endRow, int end)
{
    const SideText text(library.documents().segments(documentId), side);
    Annotation a = Anchor::create(text, documentId, {startRow, start}, {endRow, end});
    a.author = author;
    a.tagIds = tags;
    a.color = TagRepository::paletteColor(0);
    return library.annotations().create(a);
}

WorkedExample::WorkedExample(Library &library)
{
    document = addTextDocument(library, QStringLiteral("Hundred"), {{text(), QString()}});
    risk = library.tags().ensurePath(QStringLiteral("Risk"));
    codeRange(library, document, Side::Zh, QStringLiteral("Ana"), {risk}, 0, 0, 0, 40);
    codeRange(library, document, Side::Zh, QStringLiteral("Ben"), {risk}, 0, 20, 0, 60);
}

QString WorkedExample::text()
{
    return QString(100, QChar(0x5B57)); // 字 × 100
}

} // namespace bitext::test
