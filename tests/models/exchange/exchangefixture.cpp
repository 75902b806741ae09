#include "tests/models/exchange/exchangefixture.h"

#include "models/annotate/sidetext.h"
#include "models/core/zipreader.h"
#include "models/export/qdpxexporter.h"
#include "models/export/refiqdawriter.h"
#include "models/export/ziparchive.h"
#include "models/import/projectimporter.h"
#include "models/import/refiqda/refibitextlayout.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace bitext::test {

QString exchangePath(const QString &name)
{
    return dataPath(QStringLiteral("exchange/") + name);
}

QString writeZip(const QString &target, const QList<QPair<QString, QByteArray>> &entries)
{
    ZipArchive zip;
    for (const auto &entry : entries)
        zip.add(entry.first, entry.second);
    QFile file(target);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(zip.finish()) > 0);
    return target;
}

QString packQdpx(const QString &name, const QString &target, const QList<QPair<QString, QByteArray>> &replace)
{
    const QDir dir(exchangePath(name));
    QList<QPair<QString, QByteArray>> entries;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        entries << qMakePair(dir.relativeFilePath(path), file.readAll());
    }
    for (const auto &entry : replace) {
        const auto same
            = std::find_if(entries.begin(), entries.end(), [&](const auto &e) { return e.first == entry.first; });
        if (same != entries.end())
            *same = entry;
        else
            entries << entry;
    }
    REQUIRE(!entries.isEmpty());
    return writeZip(target, entries);
}

QString addBitextLayout(const QString &path, Library &library, const QString &target, const QString &prefix)
{
    QJsonArray documents;
    QStringList editedSources;
    for (const DocumentSummary &summary : library.documents().list()) {
        const Document &d = summary.document;
        const QList<Segment> segments = library.documents().segments(d.id);
        QJsonObject sources;
        for (const Side side : {Side::Zh, Side::En}) {
            QStringList texts;
            for (const Segment &s : segments)
                texts << s.text(side);
            if (!texts.join(QLatin1Char('\n')).isEmpty())
                sources.insert(sideName(side), QdpxExporter::sourceGuid(d, side));
        }
        editedSources << sources.value(QStringLiteral("en")).toString();
        QJsonArray sections;
        for (const Section &s : library.documents().sections(d.id))
            sections.append(QJsonObject {{QStringLiteral("title"), s.title}, {QStringLiteral("level"), s.level}});
        QJsonArray rows;
        for (const Segment &s : segments) {
            rows.append(QJsonObject {{QStringLiteral("zh"), SideText::codePointCount(s.zh)},
                {QStringLiteral("en"), SideText::codePointCount(s.en)},
                {QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker)},
                {QStringLiteral("section"), s.sectionOrdinal < 0 ? QJsonValue() : QJsonValue(s.sectionOrdinal)},
                {QStringLiteral("start_ms"), s.startMs ? QJsonValue(double(*s.startMs)) : QJsonValue()},
                {QStringLiteral("end_ms"), s.endMs ? QJsonValue(double(*s.endMs)) : QJsonValue()}});
        }
        documents.append(QJsonObject {{QStringLiteral("sources"), sources}, {QStringLiteral("title"), d.title},
            {QStringLiteral("format"), d.format}, {QStringLiteral("source_file"), d.sourceFile},
            {QStringLiteral("source_url"), d.sourceUrl}, {QStringLiteral("date"), d.date},
            {QStringLiteral("summary"), d.summary}, {QStringLiteral("people"), QJsonArray::fromStringList(d.people)},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(d.keywords)},
            {QStringLiteral("metadata"), d.metadata}, {QStringLiteral("sections"), sections},
            {QStringLiteral("segments"), rows}});
    }
    QJsonObject codes;
    for (const Tag &t : library.tags().list())
        codes.insert(RefiQdaWriter::guid(QStringLiteral("tag"), t.id), t.path);
    QList<QPair<QString, QByteArray>> entries;
    ZipReader zip(path);
    for (const QString &name : zip.names()) {
        if (name == QLatin1String(RefiBitextLayout::kEntry))
            continue; // the exporter's own, replaced by this one
        QByteArray bytes = zip.read(name);
        if (!prefix.isEmpty() && name == QStringLiteral("sources/") + editedSources.first() + QStringLiteral(".txt"))
            bytes.prepend(prefix.toUtf8());
        entries << qMakePair(name, bytes);
    }
    entries << qMakePair(QString::fromLatin1(RefiBitextLayout::kEntry),
        QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("codes"), codes},
                          {QStringLiteral("documents"), documents}})
            .toJson());
    return writeZip(target, entries);
}

QString rewriteProject(const QString &path, const QString &target, const std::function<QString(QString)> &edit)
{
    QList<QPair<QString, QByteArray>> entries;
    ZipReader zip(path);
    for (const QString &name : zip.names()) {
        const QByteArray bytes = zip.read(name);
        entries << qMakePair(
            name, name == QLatin1String("project.qde") ? edit(QString::fromUtf8(bytes)).toUtf8() : bytes);
    }
    return writeZip(target, entries);
}

QList<QuoteView> quotes(Library &library)
{
    QHash<qint64, QString> titles;
    for (const DocumentSummary &d : library.documents().list())
        titles.insert(d.document.id, d.document.title);
    QHash<qint64, QString> paths;
    for (const Tag &t : library.tags().list())
        paths.insert(t.id, t.path);
    QHash<qint64, QString> notes;
    for (const Note &n : library.notes().annotationNotes())
        notes.insert(n.annotationId, n.body);
    QList<QuoteView> result;
    for (const Annotation &a : library.annotations().list()) {
        QuoteView v;
        v.document = titles.value(a.documentId);
        v.side = sideName(a.side);
        v.quote = a.quote;
        for (qint64 tag : a.tagIds)
            v.tags << paths.value(tag);
        v.tags.sort();
        v.note = notes.value(a.id);
        v.author = a.author;
        v.orphaned = a.orphaned;
        result << v;
    }
    return result;
}

QuoteView quoteWith(Library &library, const QString &text)
{
    for (const QuoteView &v : quotes(library)) {
        if (v.quote == text)
            return v;
    }
    FAIL("no quote " << text.toStdString());
    return {};
}

QStringList snapshot(Library &library)
{
    QStringList lines;
    for (const DocumentSummary &d : library.documents().list()) {
        lines << QStringLiteral("document %1 %2 %3").arg(d.document.id).arg(d.document.title).arg(d.segmentCount);
        if (const auto note = library.notes().forDocument(d.document.id))
            lines << QStringLiteral("document note ") + note->body;
    }
    for (const Tag &t : library.tags().list())
        lines << QStringLiteral("tag %1 %2 %3").arg(t.path, t.color.name(), t.description);
    for (const QuoteView &q : quotes(library))
        lines << QStringLiteral("quote %1 %2 %3 [%4] %5 %6")
                     .arg(q.document, q.side, q.quote, q.tags.join(QLatin1Char(',')), q.note, q.author);
    return lines;
}

ProjectImportResult importExchange(Library &library, const QString &path, const QString &format)
{
    const ProjectImportResult result = ProjectImporter::importFile(library, path, format);
    UNSCOPED_INFO(result.summary().toStdString());
    return result;
}

} // namespace bitext::test
