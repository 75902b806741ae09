#include "app/cli/showcommand.h"

#include "app/cli/documentref.h"
#include "app/cli/jsonformat.h"
#include "models/media/mediarepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QJsonArray>

namespace bitext::cli {

namespace {

QString formatTime(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QString ShowCommand::summary() const
{
    return tr("Show a document's metadata and its segments (DOC: id or title)");
}

int ShowCommand::run(CommandContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 1)
        throw UsageProblem(tr("expects one DOC (a document id or title)."));
    Library &library = context.library();
    const Document document = resolveDocument(library, args.first());
    const QList<Section> sections = library.documents().sections(document.id);
    const QList<Segment> segments = library.documents().segments(document.id);
    MediaRepository media(library);
    const QString mediaFile = media.absolutePath(document.id);
    const bool mediaMissing = media.isMissing(document.id);

    if (context.json()) {
        QJsonObject object = documentJson(document);
        QJsonArray sectionArray;
        for (const Section &s : sections)
            sectionArray.append(QJsonObject{{QStringLiteral("index"), s.ordinal}, {QStringLiteral("title"), s.title}});
        QJsonArray segmentArray;
        for (const Segment &s : segments)
            segmentArray.append(segmentJson(s, sections));
        object.insert(QStringLiteral("sections"), sectionArray);
        object.insert(QStringLiteral("segments"), segmentArray);
        object.insert(QStringLiteral("media"), mediaFile.isEmpty() ? QJsonValue() : QJsonValue(mediaFile));
        object.insert(QStringLiteral("media_missing"), mediaMissing);
        context.printJson(object);
        return Success;
    }

    QTextStream &out = context.out();
    out << document.title << '\n';
    auto field = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label << ": " << value << '\n';
    };
    field(tr("Format"), document.format);
    field(tr("Source"), document.sourceFile);
    field(tr("URL"), document.sourceUrl);
    field(tr("Date"), document.date);
    field(tr("Languages"), document.languages.join(QStringLiteral(", ")));
    field(tr("Encoding"), document.encoding);
    field(tr("People"), document.people.join(QStringLiteral(", ")));
    field(tr("Tags"), document.keywords.join(QStringLiteral(", ")));
    field(tr("Summary"), document.summary);
    field(tr("Media"), mediaMissing ? tr("%1 (missing)").arg(mediaFile) : mediaFile);
    field(tr("Segments"), QString::number(segments.size()));
    int section = -1;
    for (const Segment &s : segments) {
        if (s.sectionOrdinal != section && s.sectionOrdinal >= 0 && s.sectionOrdinal < sections.size()) {
            section = s.sectionOrdinal;
            out << "\n## " << sections.at(section).title << '\n';
        }
        out << '\n' << '[' << s.ordinal << ']';
        if (!s.speaker.isEmpty())
            out << ' ' << s.speaker;
        if (s.startMs)
            out << ' ' << formatTime(*s.startMs) << (s.endMs ? QStringLiteral(" --> ") + formatTime(*s.endMs) : QString());
        out << '\n';
        if (!s.zh.isEmpty())
            out << "  zh: " << s.zh << '\n';
        if (!s.en.isEmpty())
            out << "  en: " << s.en << '\n';
    }
    return Success;
}

} // namespace bitext::cli
