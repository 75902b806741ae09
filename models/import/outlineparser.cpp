#include "models/import/outlineparser.h"

#include "models/import/inlinemarkup.h"
#include "models/import/speakergloss.h"

#include <QHash>
#include <QRegularExpression>

namespace bitext {

namespace {

// What a chat model says around the notes it was asked for.
bool isModelChatter(const QString &text)
{
    static const QRegularExpression chatter(QStringLiteral(
        "^(好的|好，|當然|当然|以下是|下面是|希望|如有|如果您|Sure\\b|Okay\\b|OK\\b|Here is|Here's|I hope)|^\\[model=.*\\]$"),
        QRegularExpression::CaseInsensitiveOption);
    return chatter.match(text).hasMatch();
}

// A heading about the model's own editing ("改进说明：") rather than the content.
bool isEditorialHeading(const QString &title)
{
    static const QRegularExpression editorial(QStringLiteral(
        "^(改进|改進|修改|整理|优化|優化|编辑|編輯)(说明|說明)[：:]?$|^(Notes on (the )?(changes|edits)|Improvements)[：:]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return editorial.match(title).hasMatch();
}

struct Item
{
    enum Kind { Heading, Bullet, Paragraph } kind;
    QString text;    // markup stripped
    QString label;   // a bullet's bold label, stripped of its colon
    bool numbered = false;
    int level = 1;
    int line = 0;
};

Item classify(const QString &raw, int line)
{
    static const QRegularExpression hash(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression bold(QStringLiteral("^\\*\\*([^*]+)\\*\\*$"));
    static const QRegularExpression numberedTitle(QStringLiteral("^\\d+[.、．]\\s*\\S"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[*+\\-•]|\\d+[.)])\\s+(.*)$"));
    static const QRegularExpression label(QStringLiteral("^\\*\\*([^*]+?)\\s*[:：]?\\s*\\*\\*\\s*[:：]?\\s*(.*)$"));
    const QString t = raw.trimmed();
    Item item{Item::Paragraph, QString(), QString(), false, 1, line};
    if (const auto m = hash.match(t); m.hasMatch()) {
        item.kind = Item::Heading;
        item.level = int(m.capturedLength(1));
        item.text = InlineMarkup::plainText(m.captured(2));
    } else if (const auto b = bold.match(t); b.hasMatch()) {
        item.kind = Item::Heading;
        item.text = InlineMarkup::plainText(b.captured(1));
    } else if (const auto u = bullet.match(raw); u.hasMatch()) {
        item.kind = Item::Bullet;
        const QString body = u.captured(1).trimmed();
        if (const auto l = label.match(body); l.hasMatch()) {
            item.label = InlineMarkup::plainText(l.captured(1));
            item.label.remove(QRegularExpression(QStringLiteral("[:：]$")));
            item.text = InlineMarkup::plainText(body);
        } else {
            item.text = InlineMarkup::plainText(body);
        }
    } else {
        item.text = InlineMarkup::plainText(t);
    }
    if (item.kind == Item::Heading && numberedTitle.match(item.text).hasMatch()) {
        item.numbered = true;
        item.level = 2;
    }
    return item;
}

} // namespace

void OutlineParser::parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                               ImportMonitor *monitor) const
{
    Q_UNUSED(fileName)
    QList<Item> items;
    QHash<QString, QString> glossed; // 阿曼達·阿斯凱爾 -> 阿曼達·阿斯凱爾（Amanda Askell）
    for (int i = 0; i < lines.size(); ++i) {
        checkpoint(monitor, i, int(lines.size()));
        if (lines.at(i).trimmed().isEmpty())
            continue;
        Item item = classify(lines.at(i), i + 1);
        if (item.text.isEmpty())
            continue;
        for (const QString &candidate : {item.label, item.text}) {
            const QString name = SpeakerGloss::stripNumber(candidate);
            if (SpeakerGloss::isGlossedName(name))
                glossed.insert(SpeakerGloss::primaryName(name), name);
        }
        items << item;
    }

    // The preamble: chatter before the first heading, and headings that only
    // announce what follows ("整理後的文稿：") before any content.
    int first = 0;
    while (first < items.size() && items.at(first).kind == Item::Paragraph && isModelChatter(items.at(first).text))
        ++first;
    while (first + 1 < items.size() && items.at(first).kind == Item::Heading
           && items.at(first + 1).kind == Item::Heading
           && (items.at(first).text.endsWith(QChar(0xFF1A)) || items.at(first).text.endsWith(QLatin1Char(':'))))
        ++first;
    // The trailer: chatter after the last bullet.
    int last = int(items.size()) - 1;
    while (last >= first && items.at(last).kind == Item::Paragraph && isModelChatter(items.at(last).text))
        --last;

    int section = -1;
    bool skipping = false;
    QString sectionSpeaker;
    for (int i = first; i <= last; ++i) {
        const Item &item = items.at(i);
        if (item.kind == Item::Heading) {
            skipping = isEditorialHeading(item.text);
            if (skipping)
                continue;
            Section s;
            s.title = item.text;
            s.level = item.level;
            s.ordinal = int(document.sections.size());
            document.sections << s;
            section = s.ordinal;
            const QString name = SpeakerGloss::stripNumber(item.text);
            sectionSpeaker = item.numbered && SpeakerGloss::isGlossedName(name) ? name : QString();
            continue;
        }
        if (skipping)
            continue;
        Segment seg;
        seg.sectionOrdinal = section;
        seg.sourceLine = item.line;
        seg.zh = item.text;
        seg.speaker = sectionSpeaker;
        if (!item.label.isEmpty()) {
            // "阿曼達·阿斯凱爾的回應" and "阿曼達·阿斯凱爾：" speak for her; the full glossed
            // form as a label ("阿曼達·阿斯凱爾（Amanda Askell）：") introduces her instead.
            static const QRegularExpression says(QStringLiteral("^(.+?)(的回應|的回应|的舉例|的举例|的觀點|的观点|說|说)$"));
            const auto m = says.match(item.label);
            const QString who = m.hasMatch() ? m.captured(1) : item.label;
            if (glossed.contains(who))
                seg.speaker = glossed.value(who);
        }
        document.segments << seg;
    }
}

} // namespace bitext
