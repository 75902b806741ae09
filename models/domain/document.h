#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bitext {

// A transcript in the library: its metadata, not its text (see Segment).
struct Document
{
    qint64 id = 0;
    QString title;
    QString format; // importer name: markdown-article, speaker-turns, plain, outline, srt, vtt, name-colon
    QString sourceFile; // file name the document was imported from
    QString sourceUrl;
    QString date; // as given by the source (usually ISO 8601)
    QStringList languages; // "zh", "en"
    QString encoding; // detected encoding of the source file
    QString contentHash; // SHA-256 of the source bytes, to skip re-imports
    QDateTime importedAt;
    QStringList people;
    QStringList keywords; // the source's own tags (front matter), not codebook tags
    QString summary;
    QJsonObject metadata; // every front-matter field as parsed
    // The audio or video of the talk: relative to the library's folder when the file lies
    // below it, else absolute; empty for none (models/media resolves it).
    QString mediaPath;
};

// One row of the library list: a document with the counts the list shows.
struct DocumentSummary
{
    Document document;
    int segmentCount = 0;
    QStringList speakers;
    QStringList tags; // codebook tags used by annotations in this document
};

} // namespace bitext
