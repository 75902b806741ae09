#include "app/cli/documentref.h"

#include "models/core/error.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace bitext::cli {

namespace {

// The translation context of these messages (a class, so lupdate files them under
// "DocumentRef", the context asked for at run time).
struct DocumentRef
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRef)
};

bool isNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}

bool isExact(const Document &d, const QString &reference)
{
    const auto same
        = [&](const QString &text) { return !text.isEmpty() && text.compare(reference, Qt::CaseInsensitive) == 0; };
    return same(d.title) || same(d.sourceFile) || same(QFileInfo(d.sourceFile).completeBaseName());
}

// A part of the text; a number only as a whole word, so "1" is not part of a hash
// like "1f521656" nor "3" of "CS153".
bool contains(const QString &text, const QString &reference)
{
    if (!isNumber(reference))
        return text.contains(reference, Qt::CaseInsensitive);
    const QRegularExpression whole(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(reference));
    return whole.match(text).hasMatch();
}

void add(QList<Document> &documents, const Document &document)
{
    for (const Document &d : std::as_const(documents)) {
        if (d.id == document.id)
            return;
    }
    documents << document;
}

QString describe(const Document &d, const QString &why)
{
    QString line = QStringLiteral("  #%1  %2").arg(d.id).arg(d.title);
    if (!d.sourceFile.isEmpty() && d.sourceFile != d.title)
        line += QStringLiteral(" (%1)").arg(d.sourceFile);
    return line + QStringLiteral("  [%1]").arg(why);
}

} // namespace

Document resolveDocument(Library &library, const QString &argument)
{
    const QString reference = argument.trimmed();
    if (reference.isEmpty())
        throw Error(DocumentRef::tr("DOC is empty: give a document id (#3), a title or a file name."));

    if (reference.startsWith(QLatin1Char('#'))) {
        const QString digits = reference.mid(1);
        if (!isNumber(digits))
            throw Error(DocumentRef::tr("'%1' is not a document id: #ID takes a number, as `bitext list` shows.")
                            .arg(reference));
        if (auto document = library.documents().find(digits.toLongLong()))
            return *document;
        throw Error(DocumentRef::tr("There is no document with id %1.").arg(digits.toLongLong()));
    }

    std::optional<Document> byId;
    if (isNumber(reference))
        byId = library.documents().find(reference.toLongLong());

    QList<Document> exact;
    QList<Document> partial;
    const QList<DocumentSummary> all = library.documents().list();
    for (const DocumentSummary &summary : all) {
        const Document &d = summary.document;
        if (isExact(d, reference))
            exact << d;
        else if (contains(d.title, reference) || contains(d.sourceFile, reference))
            partial << d;
    }
    // An exact title or file name outranks a part of one; an id is as good as either.
    QList<Document> candidates = exact.isEmpty() ? partial : exact;
    if (byId)
        add(candidates, *byId);
    if (candidates.size() == 1)
        return candidates.first();

    if (candidates.isEmpty()) {
        if (isNumber(reference))
            throw Error(DocumentRef::tr("There is no document with id %1, and no title or file name contains '%2'.")
                            .arg(reference.toLongLong())
                            .arg(reference));
        throw Error(DocumentRef::tr("No document matches '%1'.").arg(reference));
    }
    QStringList lines;
    for (const Document &d : std::as_const(candidates)) {
        const bool isId = byId && d.id == byId->id;
        lines << describe(d,
            isId                        ? DocumentRef::tr("id")
                : isExact(d, reference) ? DocumentRef::tr("title or file name")
                                        : DocumentRef::tr("part of the title or file name"));
    }
    throw Error(
        DocumentRef::tr("'%1' matches more than one document:\n%2\nUse #ID for a document id, or more of the title.")
            .arg(reference, lines.join(QLatin1Char('\n'))));
}

qint64 resolveTag(Library &library, const QString &reference)
{
    if (const auto tag = library.tags().findByPath(reference))
        return tag->id;
    bool isId = false;
    const qint64 id = reference.toLongLong(&isId);
    if (isId) {
        if (const auto tag = library.tags().find(id))
            return tag->id;
    }
    throw Error(QCoreApplication::translate(
        "bitext::cli::Command", "There is no tag '%1' (give its path, e.g. Parent/Child, or its id).")
                    .arg(reference));
}

} // namespace bitext::cli
