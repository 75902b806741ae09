#pragma once

#include "models/analysis/analysisfilter.h"

#include <QList>
#include <QStringList>
#include <QVector>

namespace bitext {

class Database;
class Library;

// Who talks how much: the units (TextUnits: Han characters, other words) each speaker
// says in each document, and their share of the document's units. Plain data, so a
// chart or a report draws it without the library.
struct TalkShareTable
{
    QList<qint64> documentIds; // in id order
    QStringList documentTitles;
    QList<qint64> speakerIds; // in order of first appearance; 0 = text without a speaker
    QStringList speakerNames;
    QVector<QVector<int>> units; // units[document][speaker]

    int documentCount() const { return int(documentIds.size()); }
    int speakerCount() const { return int(speakerIds.size()); }
    int unitsOf(int document, int speaker) const { return units.at(document).at(speaker); }
    // Every unit of the document the filter keeps.
    int documentTotal(int document) const;
    // unitsOf / documentTotal, 0..1 (0 for a document without units).
    double share(int document, int speaker) const;
};

// Computes a TalkShareTable from a library's segments for an AnalysisFilter. Only the
// filter's documents, speakers and side apply: tags and authors choose quotes, and talk
// share counts everything said, coded or not. Without a side both sides count (a
// segment's Chinese characters plus its English words), as a matrix's coverage does.
// A speaker's share is of the units of the speakers the filter keeps.
class TalkShare
{
public:
    static TalkShareTable compute(Library &library, const AnalysisFilter &filter);
    static TalkShareTable compute(Database &db, const AnalysisFilter &filter);
    // On a connection of its own to the library at location: for a worker thread (it
    // reads every segment's text of the filter, seconds for a large library).
    static TalkShareTable computeOwnConnection(const QString &location, const AnalysisFilter &filter);
};

} // namespace bitext
