#pragma once

#include "models/import/documentparser.h"

namespace bitext {

// A Markdown article (000 of the samples): YAML front matter, "#" headings as
// sections, each Chinese paragraph followed by its English original inside
// <details>...<p class="english-text">...</p></details>. A paragraph opening with
// "**Name:**" names the speaker, who holds the floor until the next label.
class MarkdownArticleParser : public DocumentParser
{
public:
    QString name() const override { return QStringLiteral("markdown-article"); }

protected:
    void parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                    ImportMonitor *monitor) const override;
};

} // namespace bitext
