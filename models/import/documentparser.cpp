#include "models/import/documentparser.h"

#include "models/import/contenttitle.h"
#include "models/import/importmonitor.h"
#include "models/import/markdownarticleparser.h"
#include "models/import/namecolonparser.h"
#include "models/import/outlineparser.h"
#include "models/import/plainlinesparser.h"
#include "models/import/speakerturnsparser.h"
#include "models/import/srtparser.h"
#include "models/import/vttparser.h"
#include "models/text/hanspacing.h"
#include "models/text/script.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bitext {

QStringList DocumentParser::formatNames()
{
    return QStringList{QStringLiteral("markdown-article"), QStringLiteral("speaker-turns"), QStringLiteral("plain"),
                       QStringLiteral("outline"),          QStringLiteral("srt"),           QStringLiteral("vtt"),
                       QStringLiteral("name-colon")};
}

std::unique_ptr<DocumentParser> DocumentParser::create(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("markdown-article"))
        return std::make_unique<MarkdownArticleParser>();
    if (n == QLatin1String("speaker-turns"))
        return std::make_unique<SpeakerTurnsParser>();
    if (n == QLatin1String("plain"))
        return std::make_unique<PlainLinesParser>();
    if (n == QLatin1String("outline"))
        return std::make_unique<OutlineParser>();
    if (n == QLatin1String("srt"))
        return std::make_unique<SrtParser>();
    if (n == QLatin1String("vtt"))
        return std::make_unique<VttParser>();
    if (n == QLatin1String("name-colon"))
        return std::make_unique<NameColonParser>();
    return nullptr;
}

Error DocumentParser::error(const QString &fileName, int line, const QString &reason)
{
    return Error(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason));
}

void DocumentParser::checkpoint(ImportMonitor *monitor, int line, int total)
{
    ImportMonitor::checkpoint(monitor, ImportProgress::Phase::Parsing, line, total);
}

ParsedDocument DocumentParser::parse(const QString &text, const QString &fileName, ImportMonitor *monitor) const
{
    ParsedDocument document;
    const QStringList lines = text.split(QLatin1Char('\n'));
    parseLines(lines, fileName, document, monitor);

    Document &d = document.document;
    d.format = name();
    d.sourceFile = QFileInfo(fileName).fileName();

    QList<Segment> kept;
    bool hasZh = false;
    bool hasEn = false;
    bool recognisable = false;
    for (Segment s : document.segments) {
        s.zh = s.zh.trimmed();
        s.en = s.en.trimmed();
        const QString cleaned = removeSpacesBetweenHan(s.zh);
        if (cleaned != s.zh) {
            if (s.zhOriginal.isEmpty())
                s.zhOriginal = s.zh;
            s.zh = cleaned;
        }
        if (s.zh.isEmpty() && s.en.isEmpty())
            continue;
        hasZh = hasZh || !s.zh.isEmpty();
        hasEn = hasEn || !s.en.isEmpty();
        recognisable = recognisable || dominantScript(s.zh) != Script::None || dominantScript(s.en) != Script::None;
        s.ordinal = int(kept.size());
        kept << s;
    }
    if (!recognisable)
        throw error(fileName, 1,
                    QCoreApplication::translate("DocumentParser", "no recognisable text (no Chinese or Latin words) in this %1 file.")
                        .arg(name()));
    document.segments = kept;
    // No title in the source: one from the content, the file name only as a last resort.
    if (d.title.trimmed().isEmpty()) {
        d.title = ContentTitle::fromContent(document);
        document.titleFromContent = true;
    }
    if (d.title.trimmed().isEmpty())
        d.title = QFileInfo(fileName).completeBaseName();
    if (d.title.trimmed().isEmpty())
        d.title = fileName;
    d.languages.clear();
    if (hasZh)
        d.languages << QStringLiteral("zh");
    if (hasEn)
        d.languages << QStringLiteral("en");
    return document;
}

} // namespace bitext
