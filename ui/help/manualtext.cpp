#include "ui/help/manualtext.h"

#include <QFile>
#include <QRegularExpression>

// Resources of a static library must be registered by hand, outside any namespace (the
// manual may be shown before, or without, a main window).
static void initResources()
{
    Q_INIT_RESOURCE(bitext);
}

namespace bitext::ui {

QString ManualText::resourcePath(const QString &language)
{
    return QStringLiteral(":/bitext/manual/manual.%1.md").arg(language);
}

ManualText ManualText::load(const QString &language)
{
    initResources();
    for (const QString &candidate : {language, QStringLiteral("en")}) {
        QFile file(resourcePath(candidate));
        if (file.open(QIODevice::ReadOnly))
            return parse(QString::fromUtf8(file.readAll()), candidate);
    }
    return parse(QString(), language);
}

ManualText ManualText::parse(const QString &markdown, const QString &language)
{
    static const QRegularExpression heading(QStringLiteral("^##\\s+(.*?)\\s*\\{#([A-Za-z0-9_-]+)\\}\\s*$"));
    ManualText text;
    text.m_language = language;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QRegularExpressionMatch match = heading.match(line);
        if (match.hasMatch()) {
            text.m_sections.append({match.captured(2), match.captured(1), QString()});
            line = QStringLiteral("## ") + match.captured(1);
        } else if (!text.m_sections.isEmpty()) {
            text.m_sections.last().body += line + QLatin1Char('\n');
        }
    }
    text.m_markdown = lines.join(QLatin1Char('\n'));
    return text;
}

int ManualText::indexOf(const QString &id) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace bitext::ui
