#include "app/cli/attachmediacommand.h"

#include "app/cli/documentref.h"
#include "models/media/mediarepository.h"
#include "models/store/library.h"

#include <QDir>
#include <QJsonObject>

namespace bitext::cli {

namespace {
const QString kDetach = QStringLiteral("detach");
}

QString AttachMediaCommand::summary() const
{
    return tr("Attach an audio or video file to a document (DOC: id or title), or --detach it");
}

void AttachMediaCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kDetach, tr("Forget the document's media file instead (no FILE).")});
}

int AttachMediaCommand::run(CommandContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    const bool detach = context.parser().isSet(kDetach);
    if (detach ? args.size() != 1 : args.size() != 2)
        throw UsageProblem(detach ? tr("--detach expects one DOC (a document id or title).")
                                  : tr("expects a DOC (a document id or title) and a media FILE."));
    Library &library = context.library();
    const Document document = resolveDocument(library, args.first());
    MediaRepository media(library);
    if (detach)
        media.detach(document.id);
    else
        media.attach(document.id, args.at(1)); // Error naming the file when it is not there
    const QString path = media.absolutePath(document.id);
    if (context.json()) {
        context.printJson(QJsonObject {{QStringLiteral("id"), document.id},
            {QStringLiteral("media"), path.isEmpty() ? QJsonValue() : QJsonValue(path)},
            {QStringLiteral("media_missing"), media.isMissing(document.id)}});
        return Success;
    }
    if (detach)
        context.out() << tr("%1: no media file attached.").arg(document.title) << '\n';
    else
        context.out() << tr("%1: media %2").arg(document.title, QDir::toNativeSeparators(path)) << '\n';
    return Success;
}

} // namespace bitext::cli
