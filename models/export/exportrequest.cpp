#include "models/export/exportrequest.h"

#include <array>
#include <utility>

namespace bitext {

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char *name;
    const char *suffix;
};

constexpr std::array<FormatInfo, 8> kFormats{{
    {ExportFormat::Markdown, "md", "md"},
    {ExportFormat::Html, "html", "html"},
    {ExportFormat::Csv, "csv", "csv"},
    {ExportFormat::Pdf, "pdf", "pdf"},
    {ExportFormat::Odt, "odt", "odt"},
    {ExportFormat::WebAnnotation, "json", "jsonld"},
    {ExportFormat::RefiCodebook, "qdc", "qdc"},
    {ExportFormat::RefiProject, "qdpx", "qdpx"},
}};

const FormatInfo &info(ExportFormat format)
{
    for (const FormatInfo &f : kFormats) {
        if (f.format == format)
            return f;
    }
    return kFormats.front();
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    return QLatin1String(info(format).name);
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (const FormatInfo &f : kFormats) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatInfo &f : kFormats)
        names << QLatin1String(f.name);
    return names;
}

QString exportFormatSuffix(ExportFormat format)
{
    return QLatin1String(info(format).suffix);
}

bool exportFormatIsText(ExportFormat format)
{
    return format != ExportFormat::Pdf && format != ExportFormat::Odt && format != ExportFormat::RefiProject;
}

bool exportFormatNeedsGui(ExportFormat format)
{
    return format == ExportFormat::Pdf || format == ExportFormat::Odt;
}

} // namespace bitext
