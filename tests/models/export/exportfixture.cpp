#include "tests/models/export/exportfixture.h"

#include "models/export/exporter.h"
#include "models/export/exporttext.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <zip.h>

#include <catch2/catch.hpp>

namespace bitext::test {

Segment segment(const QString &speaker, const QString &zh, const QString &en)
{
    Segment s;
    s.speaker = speaker;
    s.zh = zh;
    s.en = en;
    return s;
}

qint64 annotate(Library &library, qint64 documentId, Side side, int first, const QString &from, int last,
    const QString &to, const QList<qint64> &tags, const QString &note, const QString &author)
{
    const QList<Segment> segments = library.documents().segments(documentId);
    const QString &startText = segments.at(first).text(side);
    const QString &endText = segments.at(last).text(side);
    const int startIndex = startText.indexOf(from);
    const int endIndex = endText.indexOf(to, first == last ? startIndex : 0) + to.size();
    REQUIRE(startIndex >= 0);
    REQUIRE(endIndex >= to.size());
    QStringList parts;
    for (int i = first; i <= last; ++i) {
        QString t = segments.at(i).text(side);
        if (i == last)
            t = t.left(endIndex);
        if (i == first)
            t = t.mid(startIndex);
        parts << t;
    }
    Annotation a;
    a.documentId = documentId;
    a.side = side;
    a.startSegmentId = segments.at(first).id;
    a.startOffset = exporttext::codePointCount(startText.left(startIndex));
    a.endSegmentId = segments.at(last).id;
    a.endOffset = exporttext::codePointCount(endText.left(endIndex));
    a.quote = parts.join(QLatin1Char('\n'));
    a.prefix = startText.left(startIndex).right(8);
    a.suffix = endText.mid(endIndex, 8);
    a.color = QColor(QStringLiteral("#8ecae6"));
    a.author = author;
    a.created = QDateTime(QDate(2025, 11, 20), QTime(9, 30), Qt::UTC);
    a.tagIds = tags;
    const qint64 id = library.annotations().create(a);
    if (!note.isEmpty())
        library.notes().setAnnotationNote(id, note);
    return id;
}

AnnotatedLibrary::AnnotatedLibrary()
{
    Library &library = lib.library();
    ParsedDocument talk;
    talk.document.title = QStringLiteral("与 Amanda Askell 对谈");
    talk.document.format = QStringLiteral("speaker-turns");
    talk.document.sourceFile = QStringLiteral("001_b20dc5de5308e2ee.txt");
    talk.document.sourceUrl = QStringLiteral("https://example.org/askell?x=1&y=2");
    talk.document.date = QStringLiteral("2025-11-17");
    talk.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    talk.segments << segment(QStringLiteral("Host"), QStringLiteral("欢迎来到节目，今天我们聊聊模型的性格。"),
        QStringLiteral("Welcome to the show, today we talk about model character."))
                  << segment(QStringLiteral("Amanda Askell"), QStringLiteral("我认为诚实是最重要的品质。"),
                         QStringLiteral("I think honesty is the most important trait."))
                  << segment(QStringLiteral("Amanda Askell"), QStringLiteral("但诚实也需要善意，𠮷不能伤人。"),
                         QStringLiteral("But honesty needs kindness too, it must not hurt."))
                  << segment(QStringLiteral("Host"), QStringLiteral("那安全呢？"), QStringLiteral("And safety?"));
    this->talk = library.documents().insert(talk);

    ParsedDocument article;
    article.document.title = QStringLiteral("对齐研究笔记");
    article.document.format = QStringLiteral("markdown-article");
    article.document.sourceFile = QStringLiteral("000_f1a85dea575bd100.txt");
    article.document.date = QStringLiteral("2025-10-01");
    article.segments << segment(QString(), QStringLiteral("可扩展监督是一个开放问题。"),
        QStringLiteral("Scalable oversight is an open problem."))
                     << segment(QString(), QStringLiteral("我们需要更好的评估。"),
                            QStringLiteral("We need better evaluations."));
    this->article = library.documents().insert(article);

    ethics = library.tags().create(
        0, QStringLiteral("Ethics"), QColor(QStringLiteral("#e76f51")), QStringLiteral("Moral questions"));
    honesty = library.tags().create(ethics, QStringLiteral("Honesty"), QColor(QStringLiteral("#2a9d8f")));
    safety = library.tags().create(0, QStringLiteral("Safety research"), QColor(QStringLiteral("#264653")));

    annotate(library, this->talk, Side::Zh, 1, QStringLiteral("诚实是最重要的品质"), 1, QStringLiteral("品质"),
        {honesty}, QStringLiteral("Core claim of the *talk*."));
    annotate(library, this->talk, Side::Zh, 1, QStringLiteral("诚实是"), 2, QStringLiteral("𠮷不能伤人"),
        {ethics, honesty}, QStringLiteral("Spans two turns."));
    annotate(library, this->talk, Side::En, 3, QStringLiteral("safety"), 3, QStringLiteral("safety"), {safety});
    annotate(library, this->article, Side::Zh, 0, QStringLiteral("可扩展监督"), 0, QStringLiteral("开放问题"), {safety},
        QStringLiteral("Read the paper."), QStringLiteral("Ben"));
    annotate(library, this->article, Side::En, 1, QStringLiteral("better"), 1, QStringLiteral("evaluations"), {});
    library.notes().setDocumentNote(this->talk, QStringLiteral("A talk about character."));
    quotes = 5;
}

HostileLibrary::HostileLibrary()
{
    Library &library = lib.library();
    ParsedDocument p;
    p.document.title = QStringLiteral("<script>alert('title')</script> \"]]> & co");
    p.document.format = QStringLiteral("plain");
    p.document.sourceFile = QStringLiteral("=cmd|' /C calc'!A0.txt");
    p.document.sourceUrl = QStringLiteral("javascript:alert(1)");
    p.document.date = QStringLiteral("2025-01-01\" onload=\"alert(1)");
    p.segments << segment(QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("<script>alert('zh')</script>中文]]>\u0001\u000b\u001f结束"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"))
               << segment(QStringLiteral("+Mallory"),
                      QStringLiteral("-1+2 第二句 <a href=\"javascript:alert(2)\">x</a>"),
                      QStringLiteral("@SUM(1+1)\ttab \"quoted\", comma\r\nnewline"));
    document = library.documents().insert(p);
    tag = library.tags().create(0, QStringLiteral("<b onmouseover=alert(1)>=evil"), QColor(QStringLiteral("#ff0000")),
        QStringLiteral("desc ]]> \u0007 <script>"));
    annotate(library, document, Side::Zh, 0, QStringLiteral("<script>"), 0, QStringLiteral("结束"), {tag},
        QStringLiteral("<script>alert('note')</script> =1+1 ]]> \u0002"), QStringLiteral("=author"));
    annotate(library, document, Side::En, 1, QStringLiteral("@SUM"), 1, QStringLiteral("newline"), {tag},
        QStringLiteral("@note"), QStringLiteral("-author"));
    annotate(library, document, Side::En, 0, QStringLiteral("=HYPERLINK"), 0, QStringLiteral("\")"), {},
        QStringLiteral("+note"));
    library.notes().setDocumentNote(document, QStringLiteral("<iframe src=\"javascript:alert(3)\"></iframe>"));
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('"')) {
            FAIL("a quote inside an unquoted CSV cell");
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    REQUIRE_FALSE(quoted);
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QList<QPair<QString, QByteArray>> readZip(const QString &path)
{
    QList<QPair<QString, QByteArray>> files;
    int error = 0;
    zip_t *archive = zip_open(path.toUtf8().constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    REQUIRE(archive != nullptr);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        REQUIRE(zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        REQUIRE(file != nullptr);
        QByteArray bytes(int(stat.size), Qt::Uninitialized);
        REQUIRE(zip_fread(file, bytes.data(), stat.size) == zip_int64_t(stat.size));
        zip_fclose(file);
        files << qMakePair(QString::fromUtf8(stat.name), bytes);
    }
    zip_close(archive);
    return files;
}

ProcessResult runTool(const QString &program, const QStringList &arguments)
{
    ProcessResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void checkWebAnnotationConformance(const ExportData &data)
{
    // Not a skip: CI installs python3-jsonschema, and a missing one must show up.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        FAIL("python3 not found: install python3-jsonschema (packaging/install-deps.sh --tests)");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("notes.jsonld"));
    Exporter::create(ExportFormat::WebAnnotation)->write(data, json);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python,
        {QStringLiteral(BITEXT_SOURCE_DIR "/tests/models/export/webannotation_conformance.py"),
            QStringLiteral(BITEXT_SOURCE_DIR "/../shared/schemas/web-annotation"), json});
    REQUIRE(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("%1 annotations, 0 failed").arg(data.quotes.size())));
}

} // namespace bitext::test
