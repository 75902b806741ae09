// Commands that only read a library file leave its folder as they found it: no open
// marker, no backups folder, no fingerprint rewritten (LibraryFileGuard), and the file
// itself unwritten.
#include "models/store/librarybackups.h"
#include "models/store/libraryfingerprint.h"
#include "tests/models/store/libraryfiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

// Every entry of the folder (the library's and its backups folder) with size and times.
QStringList folderState(const QString &folder)
{
    QStringList state;
    QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        state << info.fileName() + QLatin1Char(' ') + QString::number(info.isDir() ? 0 : info.size()) + QLatin1Char(' ')
                + QString::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isDir())
            state << folderState(info.filePath());
    }
    return state;
}

} // namespace

TEST_CASE("list, search, show and export write nothing into the library's folder", "[cli][sqlite][fingerprint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 100);
    REQUIRE(LibraryFingerprint::unchanged(path));
    const QStringList before = folderState(dir.path());
    const QByteArray bytes = filesHash(path);

    QTemporaryDir elsewhere; // the export's output, outside the library's folder
    const QList<QStringList> commands {
        {QStringLiteral("list")},
        {QStringLiteral("search"), QStringLiteral("图书馆")},
        {QStringLiteral("search"), QStringLiteral("backing")},
        {QStringLiteral("show"), QStringLiteral("one")},
        {QStringLiteral("export"), QStringLiteral("--document"), QStringLiteral("one"), QStringLiteral("--format"),
            QStringLiteral("md"), QStringLiteral("--output"), elsewhere.filePath(QStringLiteral("one.md"))},
    };
    for (const QStringList &command : commands) {
        const ProcessResult result = runBitext(QStringList {QStringLiteral("--library"), path} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(folderState(dir.path()) == before);
        CHECK(filesHash(path) == bytes);
    }
}
