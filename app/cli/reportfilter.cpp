#include "app/cli/reportfilter.h"

#include "app/cli/command.h"
#include "app/cli/documentref.h"
#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace bitext::cli {

namespace {
const QString kDocument = QStringLiteral("document");
const QString kSpeaker = QStringLiteral("speaker");
const QString kTag = QStringLiteral("tag");
const QString kAuthor = QStringLiteral("author");
const QString kSide = QStringLiteral("side");
} // namespace

void addReportFilterOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kDocument, QCoreApplication::translate("ReportCommand", "Only this document (id or title); may be repeated."),
            QStringLiteral("DOC")});
    parser.addOption(
        {kSpeaker, QCoreApplication::translate("ReportCommand", "Only what this speaker says; may be repeated."),
            QStringLiteral("NAME")});
    parser.addOption(
        {kTag, QCoreApplication::translate("ReportCommand", "Only this code and the codes below it; may be repeated."),
            QStringLiteral("TAG")});
    parser.addOption(
        {kAuthor, QCoreApplication::translate("ReportCommand", "Only the quotes of this coder; may be repeated."),
            QStringLiteral("NAME")});
    parser.addOption(
        {kSide, QCoreApplication::translate("ReportCommand", "Only one language: zh or en."), QStringLiteral("zh|en")});
}

AnalysisFilter reportFilter(QCommandLineParser &parser, Library &library)
{
    AnalysisFilter filter;
    const QStringList documents = parser.values(kDocument);
    for (const QString &reference : documents)
        filter.documentIds << resolveDocument(library, reference).id;
    const QStringList speakers = parser.values(kSpeaker);
    for (const QString &name : speakers) {
        const auto speaker = library.speakers().findByName(name.trimmed());
        if (!speaker)
            throw Error(QCoreApplication::translate("ReportCommand", "There is no speaker '%1'.").arg(name.trimmed()));
        filter.speakerIds << speaker->id;
    }
    const QStringList tags = parser.values(kTag);
    for (const QString &path : tags) {
        filter.tagIds << resolveTag(library, path.trimmed());
    }
    const QStringList authors = parser.values(kAuthor);
    for (const QString &author : authors)
        filter.authors << author.trimmed();
    if (parser.isSet(kSide)) {
        const auto side = sideFromName(parser.value(kSide).trimmed().toLower());
        if (!side)
            throw UsageProblem(QCoreApplication::translate("ReportCommand", "--side expects zh or en, not '%1'.")
                                   .arg(parser.value(kSide)));
        filter.side = *side;
    }
    return filter;
}

} // namespace bitext::cli
