#pragma once

#include "models/domain/annotation.h"
#include "models/import/projectimportresult.h"
#include "tests/support/testsupport.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace bitext::test {

// tests/data/exchange/NAME.
QString exchangePath(const QString &name);

// A .qdpx at `target` holding the files of the fixture folder tests/data/exchange/NAME
// (project.qde, sources/...), with `replace` entries put in or swapped for theirs.
QString packQdpx(const QString &name, const QString &target, const QList<QPair<QString, QByteArray>> &replace = {});
// A .qdpx made of exactly these entries.
QString writeZip(const QString &target, const QList<QPair<QString, QByteArray>> &entries);

// A copy of the Bitext .qdpx export at `path` with bitext/documents.json written (in
// place of the exporter's) as RefiBitextLayout specifies it, from `library` (the
// exporting one): a reference to check the exporter against; `prefix`, when
// given, is put before the first English source text to play an edit elsewhere.
QString addBitextLayout(
    const QString &path, Library &library, const QString &target, const QString &prefix = QString());

// A copy of the .qdpx at `path` whose project.qde went through `edit`.
QString rewriteProject(const QString &path, const QString &target, const std::function<QString(QString)> &edit);

// One annotation as a test reads it: where it is and what it carries.
struct QuoteView
{
    QString document;
    QString side;
    QString quote;
    QStringList tags; // paths, sorted
    QString note;
    QString author;
    bool orphaned = false;
};
QList<QuoteView> quotes(Library &library);
// The quote with this text (the test fails when there is none).
QuoteView quoteWith(Library &library, const QString &text);

// Everything a user could see change in a library, one line per item, so that a
// refused import can be shown to leave it exactly as it was.
QStringList snapshot(Library &library);

// ProjectImporter::importFile with the result's message in the test's output.
ProjectImportResult importExchange(Library &library, const QString &path, const QString &format = QString());

} // namespace bitext::test
