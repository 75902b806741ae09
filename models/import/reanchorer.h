#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bitext {

// Finds where an annotation belongs in a changed text (one side of a document's
// segments). First by its old offsets, if the quote is still there; else by
// searching the exact quote, using its prefix/suffix context to choose among
// several matches. When neither gives exactly one place the annotation is
// orphaned: never moved to a guess. Offsets are code points into a segment's text;
// a quote spanning segments joins their texts with "\n". Used by the importer on
// re-import and reusable wherever text changes under annotations.
class Reanchorer
{
public:
    struct Anchor
    {
        int startSegment = -1; // segment ordinal
        int startOffset = 0;   // code points
        int endSegment = -1;
        int endOffset = 0; // exclusive
    };
    enum class Method { Offsets, Quote, Orphaned };
    struct Placement
    {
        Method method = Method::Orphaned;
        Anchor anchor;
    };

    explicit Reanchorer(const QStringList &segmentTexts);

    Placement place(const Anchor &old, const QString &quote, const QString &prefix, const QString &suffix) const;

    // Code points in the first utf16Length units of text, and the reverse (-1 past the end).
    static int codePointCount(const QString &text, int utf16Length);
    static int utf16Index(const QString &text, int codePoints);

private:
    int position(int segment, int codePointOffset) const; // into m_joined, -1 if invalid
    int segmentAt(int position) const;
    Anchor anchorFor(int begin, int end) const;

    QStringList m_texts;
    QString m_joined;
    QList<int> m_starts; // where each segment begins in m_joined
};

} // namespace bitext
