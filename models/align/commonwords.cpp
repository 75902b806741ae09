#include "models/align/commonwords.h"

#include <QSet>

namespace bitext {

bool CommonWords::contains(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"the", "and", "that", "you", "for", "are", "was", "this", "with", "have", "but", "not",
                 "they", "what", "there", "their", "about", "just", "like", "all", "can", "its", "it's", "one", "our",
                 "your", "from", "we're", "i'm", "that's", "don't", "know", "think", "yeah", "kind", "lot", "really",
                 "very", "would", "could", "should", "some", "more", "then", "than", "when", "which", "who", "how",
                 "because", "into", "out", "who", "will", "has", "had", "were", "been", "being", "also", "thing",
                 "things", "them", "these", "those", "get", "got", "going", "actually", "mean", "right", "well"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(word);
}

} // namespace bitext
