#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>

namespace bitext {

// One self-contained HTML file: inline CSS, no scripts, no external requests
// (a Content-Security-Policy forbids them too), quotes side by side in their
// highlight colours. Every piece of content is escaped; only http(s) sources
// become links. The output is well-formed XML as well, so tests can parse it.
class HtmlExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    QByteArray render(const ExportData &data) const override;

    // Text for element content and double-quoted attribute values.
    static QString escape(const QString &text);
    // An <a> for http(s) URLs, escaped plain text for anything else.
    static QString link(const QString &url, const QString &label);

private:
    static QString documentHeader(const ExportDocument &doc);
    static QString noteDiv(const QString &markdown);
    static QString quoteArticle(const ExportData &data, const ExportQuote &quote);
};

} // namespace bitext
