// Item 16: counts use Qt plural forms with an English catalogue (translations/bitext_en.ts),
// and the catalogue stays complete as %n strings are added.
#include "models/import/importsummary.h"
#include "tests/support/testsupport.h"
#include "tests/support/tscatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Every .cpp and .h of models/, ui/ and app/, one after the other.
QString allSources(const QString &root)
{
    QString text;
    for (const char *folder : {"models", "ui", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(file.readAll());
        }
    }
    return text;
}

// Does tr() at run time ask for this context? lupdate files a tr() call under the class
// it is written in, but a class without its own Q_OBJECT or Q_DECLARE_TR_FUNCTIONS
// inherits its base's tr() and context, so the catalogue would never be asked.
bool declaresContext(const QString &sources, const QString &context)
{
    const QString name = QRegularExpression::escape(context);
    const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(\\s*%1\\s*\\)|translate\\(\\s*\"%1\"|"
                                                     "class\\s+%1\\b[^;{]*\\{\\s*Q_OBJECT")
                                          .arg(name));
    return declared.match(sources).hasMatch();
}

} // namespace

TEST_CASE("Every %n string of models/, ui/ and app/ has finished English plural forms", "[translations]")
{
    // lupdate merges the sources into a copy of the catalogue, as translations/update.sh
    // does: a new %n string comes out unfinished, and is named here.
    QTemporaryDir dir;
    const QString ts = test::mergedCatalogueCopy(dir.path(), QStringLiteral("en"), true);

    const QList<test::TsMessage> messages = test::readTsCatalogue(ts);
    CHECK(messages.size() > 10);
    QStringList missing;
    for (const test::TsMessage &m : messages) {
        // Two forms, none with the "(s)" of the source left in.
        const bool complete = m.finished && m.translations.size() == 2
            && std::none_of(m.translations.cbegin(), m.translations.cend(), [](const QString &form) {
                   return form.contains(QLatin1String("(s)")) || form.contains(QLatin1String("(es)"));
               });
        if (!complete)
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    INFO("Run `bash translations/update.sh` and write the forms it lists in translations/bitext_en.ts:\n"
        << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());

    // Where a %n string sits in a class that borrows its base's tr(), give the class its
    // own Q_DECLARE_TR_FUNCTIONS (or Q_OBJECT).
    const QString sources = allSources(QStringLiteral(BITEXT_SOURCE_DIR));
    QStringList contexts;
    for (const test::TsMessage &m : messages) {
        if (!contexts.contains(m.context) && !declaresContext(sources, m.context))
            contexts << m.context;
    }
    INFO("tr() there does not ask for these contexts: " << contexts.join(QStringLiteral(", ")).toStdString());
    CHECK(contexts.isEmpty());
}

TEST_CASE("The English catalogue is loaded: 1 quote, 2 quotes", "[translations]")
{
    // A Q_OBJECT class in a namespace: QObject::tr asks with the qualified name.
    CHECK(QCoreApplication::translate("bitext::ui::AnnotationsDock", "%n quote(s)", nullptr, 1)
        == QStringLiteral("1 quote"));
    CHECK(QCoreApplication::translate("bitext::ui::AnnotationsDock", "%n quote(s)", nullptr, 2)
        == QStringLiteral("2 quotes"));
    CHECK(QCoreApplication::translate("bitext::ui::LibrarySearchPanel", "%n match(es).", nullptr, 1)
        == QStringLiteral("1 match."));

    // Q_DECLARE_TR_FUNCTIONS in models/: the one line of an import.
    QList<ImportResult> results {ImportResult(), ImportResult()};
    results[0].status = ImportResult::Status::Imported;
    results[1].status = ImportResult::Status::SkippedDuplicate;
    CHECK(ImportSummary(results).text() == QStringLiteral("Imported 1 document; 1 already in the library."));
    results[1].status = ImportResult::Status::Imported;
    CHECK(ImportSummary(results).text() == QStringLiteral("Imported 2 documents."));
}

TEST_CASE("The command line says 2 documents, not document(s)", "[translations][cli]")
{
    test::TemporaryLibrary lib;
    const QString path = lib.path();
    lib.close();
    const auto result = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("import"),
        test::seedPath(QStringLiteral("002_1f521656fab2dc1c.txt")),
        test::seedPath(QStringLiteral("003_e2e2177cc1a7e815.txt"))});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral(": 683 segments")));
    CHECK(result.out.trimmed().endsWith(QStringLiteral("Imported 2 documents.")));
    CHECK_FALSE(result.out.contains(QStringLiteral("(s)")));
}
