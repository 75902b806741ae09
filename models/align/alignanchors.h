#pragma once

#include "models/domain/segment.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bitext {

// What survives translation and so ties a Chinese sentence to its English one: numbers,
// Latin words and names written inside Chinese text, question marks. Each distinct
// anchor gets a small id; a sentence's anchors are a sorted list of ids.
class AlignAnchors
{
public:
    // The Chinese side's anchors first: they decide which English words count at all.
    QList<int> addZh(const QString &text);
    // The English sentence's words and numbers that some Chinese sentence also has.
    QList<int> matchEn(const QString &text) const;
    // How much finding anchor `id` on both sides is worth: rarer anchors say more.
    double weight(int id) const;

private:
    static QStringList tokens(const QString &text, Side side);

    QHash<QString, int> m_ids;
    QList<int> m_zhSentences; // per id: how many Chinese sentences have it
};

} // namespace bitext
