#pragma once

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bitext {

// What a REFI-QDA 1.5 project (project.qde) or codebook (.qdc) says, as read, before
// anything reaches the library. GUIDs are kept normalised (lower case, no braces);
// `line` is where the element starts in the XML, for messages.

struct RefiCode
{
    QString guid;
    QString path; // names from the root, joined with '/' (a '/' inside a name becomes '／')
    QColor color;
    QString description;
    QStringList noteRefs;
    int line = 0;
};

struct RefiCoding
{
    QString guid;
    QString codeRef;
    QString creatingUser;
    QDateTime created;
    QStringList noteRefs;
    int line = 0;
};

struct RefiSelection
{
    QString guid;
    QString name;
    qint64 start = 0; // code points into the source's text
    qint64 end = 0; // exclusive
    QString creatingUser;
    QDateTime created;
    QString description; // MAXQDA and QualCoder write the quote's memo here
    QList<RefiCoding> codings;
    QStringList noteRefs;
    int line = 0;

    // For messages: QualCoder leaves selections unnamed.
    QString label() const { return name.isEmpty() ? guid : name; }
};

struct RefiVariableValue
{
    QString variableRef;
    QString value; // as written (text, number, boolean or date)
    int line = 0;
};

struct RefiSource
{
    QString kind; // TextSource, PDFSource, PictureSource, AudioSource, VideoSource
    QString guid;
    QString name;
    QString plainTextPath; // "internal://NAME.txt" (in sources/), or an outside path
    QString plainTextContent; // the text itself, when not in a file
    bool hasPlainTextContent = false;
    QString creatingUser;
    QDateTime created;
    QString description;
    QList<RefiSelection> selections;
    QList<RefiCoding> codings; // codings of the whole source
    QStringList noteRefs;
    QList<RefiVariableValue> variables;
    int line = 0;

    QString label() const { return name.isEmpty() ? guid : name; }
};

// A Note is a TextSource in the schema; its text is the memo.
using RefiNote = RefiSource;

struct RefiVariable
{
    QString guid;
    QString name;
    QString type;
};

struct RefiCase
{
    QString guid;
    QString name;
    QString description;
    QList<RefiVariableValue> variables;
    QStringList sourceRefs;
    QStringList selectionRefs;
    QStringList codeRefs;
    int line = 0;
};

// NVivo attaches memos to selections and sources through Links.
struct RefiLink
{
    QString guid;
    QString origin;
    QString target;
    QStringList noteRefs;
    int line = 0;
};

struct RefiProject
{
    QString name;
    QString origin; // the writing program, e.g. "Bitext 0.1" or "QualCoder 3.5"
    QHash<QString, QString> users; // guid -> name
    QList<RefiCode> codes; // parents before children
    QList<RefiVariable> variables;
    QList<RefiCase> cases;
    QList<RefiSource> sources;
    QList<RefiNote> notes;
    QList<RefiLink> links;
    QStringList noteRefs; // the project's own notes
    // Every GUID defined anywhere in the file, for checking references to objects
    // Bitext does not import (pictures, sets, graphs).
    QHash<QString, QString> defined; // guid -> element name

    bool isBitextExport() const { return origin.startsWith(QLatin1String("Bitext")); }
};

} // namespace bitext
