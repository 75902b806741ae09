#pragma once

#include "models/core/error.h"
#include "models/domain/segment.h"
#include "models/export/exportdata.h"
#include "tests/support/testsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bitext::test {

// A library with two annotated documents (a speaker-turn talk and an article),
// a nested codebook, notes, a quote over two segments and one with a character
// outside the BMP, so code-point positions differ from UTF-16 ones.
struct AnnotatedLibrary
{
    TemporaryLibrary lib;
    qint64 talk = 0;
    qint64 article = 0;
    qint64 ethics = 0;
    qint64 honesty = 0; // Ethics/Honesty
    qint64 safety = 0;
    int quotes = 0;

    AnnotatedLibrary();
};

// A library whose names, texts, tags and notes try script injection, CSV formulas,
// CDATA ends, quotes and control characters.
struct HostileLibrary
{
    TemporaryLibrary lib;
    qint64 document = 0;
    qint64 tag = 0;

    HostileLibrary();
};

// A segment of a document to insert.
Segment segment(const QString &speaker, const QString &zh, const QString &en);

// Creates an annotation on one segment (or from `segment` to `lastSegment`): the
// quote runs from the first occurrence of `from` to the end of `to` and gets the
// tags and note. Returns its id.
qint64 annotate(Library &library, qint64 documentId, Side side, int segment, const QString &from, int lastSegment,
    const QString &to, const QList<qint64> &tags, const QString &note = QString(),
    const QString &author = QStringLiteral("Ana"));

// RFC 4180 reader (quotes, doubled quotes, CRLF inside quotes), for checking CSV.
QList<QStringList> parseCsv(const QString &text);

// Files inside a zip (libzip), name -> bytes.
QList<QPair<QString, QByteArray>> readZip(const QString &path);

// Runs a tool (pdftotext, unzip, ...) and returns its standard output; empty
// with exit code -1 when it is missing.
ProcessResult runTool(const QString &program, const QStringList &arguments);

// Checks a Web Annotation export of `data` against the W3C MUST assertions of the
// annotation-model test suite (../shared/schemas/web-annotation), with python3-jsonschema
// (tests/models/export/webannotation_conformance.py).
void checkWebAnnotationConformance(const ExportData &data);

} // namespace bitext::test
