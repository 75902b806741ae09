#include "models/export/csvexporter.h"

#include "models/export/exporttext.h"

#include <QSet>

namespace bitext {

QString CsvExporter::cell(const QString &value)
{
    // Control characters removed (NUL ends strings in too many readers), line ends as
    // LF inside a quoted cell; the rows end in CRLF (RFC 4180).
    QString v = exporttext::plainText(value);
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && kFormulaStarts.contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray CsvExporter::render(const ExportData &data) const
{
    // Column names stay English: scripts read them.
    const QStringList header {QStringLiteral("document"), QStringLiteral("segment"), QStringLiteral("speaker"),
        QStringLiteral("side"), QStringLiteral("quote_zh"), QStringLiteral("quote_en"), QStringLiteral("tags"),
        QStringLiteral("note"), QStringLiteral("author"), QStringLiteral("created")};
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    // Rows follow the groups' order; a quote under several tags still gets one row.
    QSet<int> written;
    for (const ExportGroup &group : data.groups) {
        for (int q : group.quotes) {
            if (written.contains(q))
                continue;
            written.insert(q);
            const ExportQuote &quote = data.quotes.at(q);
            const Annotation &a = quote.annotation;
            QStringList tags;
            for (const Tag &t : quote.tags)
                tags << t.path;
            const QStringList row {
                data.documents.at(quote.documentIndex).document.title,
                a.orphaned ? QString() : QString::number(a.startSegmentOrdinal + 1),
                quote.speaker,
                sideName(a.side),
                quote.zh,
                quote.en,
                tags.join(QStringLiteral("; ")),
                quote.note,
                a.author,
                a.created.isValid() ? exporttext::isoUtc(a.created) : QString(),
            };
            QStringList cells;
            for (const QString &value : row)
                cells << cell(value);
            csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
            quoteRendered();
        }
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace bitext
