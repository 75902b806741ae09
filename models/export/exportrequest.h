#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bitext {

// The file formats `bitext export` and the export dialog can write.
enum class ExportFormat { Markdown, Html, Csv, Pdf, Odt, WebAnnotation, RefiCodebook, RefiProject };

enum class ExportGrouping { ByDocument, ByTag };

// What to export: the scope (documents and/or tags; both empty means the whole
// library), how to group the quotes, and whether each quote carries the aligned
// passage of the other language.
struct ExportRequest
{
    QList<qint64> documentIds; // empty: every document
    QList<qint64> tagIds;      // empty: every quote; else quotes with one of these tags or a tag below one
    ExportGrouping grouping = ExportGrouping::ByDocument;
    bool withTranslation = true;
};

// Command-line names ("md", "html", ...) and file suffixes of the formats.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();
QString exportFormatSuffix(ExportFormat format);
// Formats whose output is text a preview can show.
bool exportFormatIsText(ExportFormat format);
// PDF and ODT lay text out with fonts, which needs a QGuiApplication.
bool exportFormatNeedsGui(ExportFormat format);

} // namespace bitext
