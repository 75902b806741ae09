// Every REFI-QDA export of the annotated seeds validates against the official
// REFI-QDA 1.5 schemas (../shared/schemas/refi-qda), checked by xmllint.
#include "models/core/zipreader.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "tests/support/annotatedseeds.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString schema(const QString &name)
{
    return QDir(QStringLiteral(BITEXT_SOURCE_DIR "/../shared/schemas/refi-qda")).filePath(name);
}

// xmllint's verdict on `file`; the test fails when xmllint is missing (libxml2-utils,
// packaging/install-deps.sh --tests).
void validate(const QString &file, const QString &xsd)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    INFO("xmllint (libxml2-utils) is needed to validate REFI-QDA exports");
    REQUIRE_FALSE(xmllint.isEmpty());
    REQUIRE(QFile::exists(schema(xsd)));
    QProcess process;
    process.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), schema(xsd), file});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
}

void write(test::AnnotatedSeeds &seeds, ExportFormat format, const QString &path)
{
    Exporter::create(format)->write(ExportCollector(seeds.lib.library()).collect(ExportRequest {}), path);
}

} // namespace

TEST_CASE("REFI-QDA exports of the annotated seeds validate against the official schemas", "[exchange][schema]")
{
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;

    const QString qdc = dir.filePath(QStringLiteral("seeds.qdc"));
    write(seeds, ExportFormat::RefiCodebook, qdc);
    validate(qdc, QStringLiteral("Codebook-mrt2019.xsd"));

    const QString qdpx = dir.filePath(QStringLiteral("seeds.qdpx"));
    write(seeds, ExportFormat::RefiProject, qdpx);
    const QString qde = dir.filePath(QStringLiteral("project.qde"));
    {
        QFile file(qde);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(ZipReader(qdpx).read(QStringLiteral("project.qde")));
    }
    validate(qde, QStringLiteral("Project-mrt2019.xsd"));

    // One document alone, as the GUI's "export this document" writes it.
    const QString one = dir.filePath(QStringLiteral("one.qdpx"));
    ExportRequest request;
    request.documentIds = {seeds.interview};
    Exporter::create(ExportFormat::RefiProject)->write(ExportCollector(seeds.lib.library()).collect(request), one);
    {
        QFile file(qde);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ZipReader(one).read(QStringLiteral("project.qde")));
    }
    validate(qde, QStringLiteral("Project-mrt2019.xsd"));
}
