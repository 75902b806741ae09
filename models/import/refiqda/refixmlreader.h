#pragma once

#include "models/core/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamReader>

#include <functional>

namespace bitext {

// A QXmlStreamReader for files from other programs: a document type declaration is
// refused before anything is read (so no entity is ever declared, let alone
// expanded; QXmlStreamReader never fetches external ones), the root must be the
// expected element in the expected namespace, nesting, element count and attribute
// length are limited, and every failure is an Error "FILE:LINE: reason".
class RefiXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(RefiXmlReader)

public:
    // REFI-QDA nests about ten levels plus the code tree, which RefiCodebookParser
    // stops at 100: deeper is a hostile file, refused before it costs memory.
    static constexpr int kMaxDepth = 256;
    // Every element becomes an object (a code, a selection, a coding): a million is
    // ten times the largest real project and keeps the parse to a few hundred MB.
    static constexpr qint64 kMaxElements = 1000000;
    // Attributes hold names, GUIDs and positions; texts are elements or files. A
    // longer value is copied into every code path and quote that names it.
    static constexpr int kMaxAttributeChars = 65536;

    RefiXmlReader(const QByteArray &bytes, QString fileName);

    // Moves to the root element and checks its name and namespace.
    void openRoot(const QString &name, const QString &namespaceUri, const QString &whatItIs);
    // The next child element of the current one; false at its end tag.
    bool nextChild();
    // The text of the current element (which must have no children).
    QString text();
    // Skips the current element, noting the GUIDs it and its children define.
    void skip(const std::function<void(const QString &guid, const QString &element)> &defined);

    QString name() const { return m_xml.name().toString(); }
    int line() const { return int(m_xml.lineNumber()); }
    QString attribute(const QString &name) const;
    // A GUID attribute, normalised (lower case, no braces); empty when absent unless
    // required. Throws for a malformed one.
    QString guid(const QString &name, bool required = false) const;
    qint64 integer(const QString &name) const;
    QDateTime dateTime(const QString &name) const;

    Error error(const QString &reason) const;
    const QString &fileName() const { return m_fileName; }

    static QString normalisedGuid(const QString &text);

private:
    void check();
    // QXmlStreamReader::readNext with the checks above.
    QXmlStreamReader::TokenType next();

    QXmlStreamReader m_xml;
    QString m_fileName;
    int m_depth = 0;
    qint64 m_elements = 0;
};

} // namespace bitext
