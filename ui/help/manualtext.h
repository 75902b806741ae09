#pragma once

#include <QList>
#include <QString>

namespace bitext::ui {

// The manual (resources/manual/manual.LANG.md): Markdown whose `## Title {#id}` headings
// start its sections. The ids are the same in every language, so a link (`[…](#export)`)
// and the section being read survive a language switch.
class ManualText
{
public:
    struct Section
    {
        QString id;
        QString title;
        QString body; // the Markdown below the heading, up to the next section
    };

    // ":/bitext/manual/manual.LANG.md".
    static QString resourcePath(const QString &language);
    // The manual in `language` ("en", "zh_CN", "zh_TW"); English when there is none.
    static ManualText load(const QString &language);
    static ManualText parse(const QString &markdown, const QString &language = QString());

    QString language() const { return m_language; }
    // The whole text with the `{#id}` markers removed, for QTextDocument::setMarkdown.
    QString markdown() const { return m_markdown; }
    const QList<Section> &sections() const { return m_sections; }
    int indexOf(const QString &id) const;

private:
    QString m_language;
    QString m_markdown;
    QList<Section> m_sections;
};

} // namespace bitext::ui
