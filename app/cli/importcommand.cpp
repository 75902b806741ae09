#include "app/cli/importcommand.h"

#include "models/import/importservice.h"
#include "models/import/importsummary.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bitext::cli {

namespace {

QJsonObject resultJson(const ImportResult &r)
{
    if (r.failed()) {
        QJsonObject object {{QStringLiteral("file"), r.file}, {QStringLiteral("error"), r.message}};
        if (r.project)
            object.insert(QStringLiteral("format"), r.format);
        return object;
    }
    QJsonObject object {{QStringLiteral("file"), r.file}, {QStringLiteral("id"), r.documentId},
        {QStringLiteral("title"), r.title}, {QStringLiteral("format"), r.format},
        {QStringLiteral("encoding"), r.encoding}, {QStringLiteral("segments"), r.segments},
        {QStringLiteral("speakers"), QJsonArray::fromStringList(r.speakers)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(r.languages)},
        {QStringLiteral("status"), ImportResult::statusName(r.status)},
        {QStringLiteral("media"), r.media.isEmpty() ? QJsonValue() : QJsonValue(r.media)}};
    if (r.status != ImportResult::Status::Imported)
        object.insert(QStringLiteral("message"), r.message);
    // Why nothing of a file that did not fail was stored (scripts need not parse message).
    if (r.status == ImportResult::Status::SkippedDuplicate)
        object.insert(QStringLiteral("skipped"), QStringLiteral("already-in-library"));
    else if (r.status == ImportResult::Status::ChangedVersionExists)
        object.insert(QStringLiteral("skipped"), QStringLiteral("changed-version-exists"));
    if (r.status == ImportResult::Status::Replaced) {
        object.insert(QStringLiteral("reanchored"), r.reanchored);
        object.insert(QStringLiteral("orphaned"), r.orphaned);
    }
    // A project (REFI-QDA, Web Annotation): the keys above describe its first document;
    // what ProjectImporter reports comes beside them.
    if (r.project) {
        const QJsonObject project = r.project->toJson();
        for (auto it = project.begin(); it != project.end(); ++it)
            if (!object.contains(it.key()))
                object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import transcripts, REFI-QDA projects and codebooks, and Web Annotation JSON (formats: %1)")
        .arg(ImportService::formatNames().join(QStringLiteral(", ")));
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        tr("Read every FILE as NAME instead of detecting its form: %1.")
            .arg(ImportService::formatNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("replace"),
        tr("Update a changed version of a document already in the library, "
           "keeping its annotations.")));
}

int ImportCommand::run(CommandContext &context)
{
    const QStringList files = context.parser().positionalArguments();
    if (files.isEmpty())
        throw UsageProblem(tr("expects at least one FILE."));
    ImportService::Options options;
    options.format = context.parser().value(QStringLiteral("format")).trimmed().toLower();
    if (!options.format.isEmpty() && !ImportService::formatNames().contains(options.format))
        throw UsageProblem(tr("unknown format \"%1\"; the formats are: %2.")
                               .arg(options.format, ImportService::formatNames().join(QStringLiteral(", "))));
    options.replace = context.parser().isSet(QStringLiteral("replace"));

    ImportService service(context.library());
    bool anyFailed = false;
    QJsonArray array;
    // All files at once: the service reads the next while it stores the current.
    const QList<ImportResult> results = service.importFiles(files, options);
    for (const ImportResult &r : results) {
        anyFailed = anyFailed || r.failed();
        if (context.json()) {
            array.append(resultJson(r));
            continue;
        }
        if (r.failed()) {
            context.err() << r.message << '\n';
            continue;
        }
        QTextStream &out = context.out();
        if (!r.project && (r.status == ImportResult::Status::Imported || r.status == ImportResult::Status::Replaced)) {
            out << tr("%1: document %2 \"%3\" (%4, %5): %n segment(s)", nullptr, r.segments)
                       .arg(r.file)
                       .arg(r.documentId)
                       .arg(r.title, r.format, r.encoding);
            if (!r.speakers.isEmpty())
                out << tr("; speakers: %1").arg(r.speakers.join(QStringLiteral(", ")));
            out << tr("; languages: %1").arg(r.languages.join(QStringLiteral(", "))) << '\n';
            if (!r.media.isEmpty())
                out << tr("%1: attached the media file beside it, %2").arg(r.file, r.media) << '\n';
        }
        if (!r.message.isEmpty())
            out << r.message << '\n';
    }
    if (context.json())
        context.printJson(array);
    else
        context.out() << ImportSummary(results).text() << '\n';
    context.out().flush();
    context.err().flush();
    return anyFailed ? Failure : Success;
}

} // namespace bitext::cli
