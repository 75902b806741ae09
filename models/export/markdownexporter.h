#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>

namespace bitext {

// Markdown for Obsidian/Zotero-style notes: YAML front matter (title, source,
// date, speakers, tags), each quote a blockquote with both languages, speaker,
// position and #tags, followed by its note.
class MarkdownExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    QByteArray render(const ExportData &data) const override;

private:
    static QString frontMatter(const ExportData &data);
    static QString quoteBlock(const ExportData &data, const ExportQuote &quote);
};

} // namespace bitext
