// Item 16: counts use Qt plural forms with an English catalogue (translations/bitext_en.ts),
// and the catalogue stays complete as %n strings are added.
#include "models/import/importsummary.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString lupdateBinary()
{
    const QString fromEnv = qEnvironmentVariable("BITEXT_LUPDATE");
    if (!fromEnv.isEmpty())
        return fromEnv;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
#else
    return QLibraryInfo::location(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
#endif
}

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

struct Message
{
    QString context;
    QString source;
    bool complete = false; // finished, two forms, none with "(s)"
};

QList<Message> readCatalogue(const QString &tsPath)
{
    QFile file(tsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    QStringList forms;
    bool finished = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                message = Message {context, QString(), false};
                forms.clear();
                finished = true;
            } else if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            } else if (xml.name() == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            message.complete
                = finished && forms.size() == 2 && std::all_of(forms.cbegin(), forms.cend(), [](const QString &form) {
                      return !form.isEmpty() && !form.contains(QLatin1String("(s)"))
                          && !form.contains(QLatin1String("(es)"));
                  });
            messages << message;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

} // namespace

TEST_CASE("Every %n string of models/, ui/ and app/ has finished English plural forms", "[translations]")
{
    // lupdate merges the sources into a copy of the catalogue, as translations/update.sh
    // does: a new %n string comes out unfinished, and is named here.
    QTemporaryDir dir;
    const QString source = QStringLiteral(BITEXT_SOURCE_DIR);
    const QString ts = dir.filePath(QStringLiteral("bitext_en.ts"));
    REQUIRE(QFile::copy(source + QStringLiteral("/translations/bitext_en.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(source);
    lupdate.start(lupdateBinary(),
        {QStringLiteral("-silent"), QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-target-language"),
            QStringLiteral("en"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("models"),
            QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), ts});
    INFO("lupdate: " << lupdateBinary().toStdString());
    REQUIRE(lupdate.waitForFinished(120000));
    // Its parser does not know `namespace a::b {`; Translator copes, so only other warnings matter.
    QStringList warnings;
    const QStringList lines = QString::fromLocal8Bit(lupdate.readAllStandardError()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.contains(QLatin1String("unknown namespace/class")) && !line.contains(QLatin1String("lacks Q_OBJECT"))
            && !line.contains(QLatin1String("undeclared qualified class")))
            warnings << line;
    }
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    const QList<Message> messages = readCatalogue(ts);
    CHECK(messages.size() > 10);
    QStringList missing;
    for (const Message &m : messages) {
        if (!m.complete)
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    INFO("Run `bash translations/update.sh` and write the forms it lists in translations/bitext_en.ts:\n"
        << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());

    // Where a %n string sits in a class that borrows its base's tr(), give the class its
    // own Q_DECLARE_TR_FUNCTIONS (or Q_OBJECT).
    const QString sources = allSources(source);
    QStringList contexts;
    for (const Message &m : messages) {
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
