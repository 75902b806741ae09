#pragma once

#include <QString>
#include <QStringList>

namespace bitext {

// Removes the markup transcripts carry inline, so readers never see asterisks or
// tags: Markdown emphasis (**bold**, *italic*, __bold__, _italic_ between
// non-word characters, `code`), HTML/WebVTT tags, and HTML character entities.
class InlineMarkup
{
public:
    static QString stripMarkdown(const QString &text);
    static QString stripTags(const QString &text);
    // &amp; &lt; &gt; &quot; &apos; &nbsp; &#NN; &#xNN; (others are left as written).
    static QString decodeEntities(const QString &text);
    // All of the above plus collapsing runs of spaces, for one line of text.
    static QString plainText(const QString &text);
    // YouTube transcripts and captions mark each change of speaker with ">>": every mark
    // starts a new turn. Returns the turns with the marks removed (a text without marks
    // is one turn); a ">>" inside a word or formula ("a>>b") is no mark.
    static QStringList speakerTurns(const QString &text);
};

} // namespace bitext
