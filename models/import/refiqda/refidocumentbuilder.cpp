#include "models/import/refiqda/refidocumentbuilder.h"

#include "models/annotate/anchor.h"
#include "models/core/error.h"
#include "models/import/refiqda/refidocumentmetadata.h"
#include "models/import/refiqda/refisourcesegmenter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace bitext {

namespace {

// "interview 3.txt" -> "interview 3"; "Dr. Smith" stays whole.
QString titleOf(const QString &name)
{
    static const QRegularExpression extension(QStringLiteral("\\.[A-Za-z0-9]{1,5}$"));
    QString title = name;
    title.remove(extension);
    return title.trimmed().isEmpty() ? name : title.trimmed();
}

} // namespace

RefiDocumentBuilder::RefiDocumentBuilder(const RefiProject &project, const QHash<QString, CodePointText> &texts,
    QString fileName, QList<RefiBitextDocument> layouts)
    : m_project(project)
    , m_texts(texts)
    , m_fileName(std::move(fileName))
    , m_layouts(std::move(layouts))
{
}

const RefiSource *RefiDocumentBuilder::source(const QString &guid) const
{
    for (const RefiSource &s : m_project.sources) {
        if (!guid.isEmpty() && s.guid == guid && m_texts.contains(guid))
            return &s;
    }
    return nullptr;
}

bool RefiDocumentBuilder::splitSideName(const QString &name, QString *title, Side *side)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+) \\((zh|en)\\)$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return false;
    *title = match.captured(1);
    *side = sideFromName(match.captured(2)).value_or(Side::Zh);
    return true;
}

void RefiDocumentBuilder::checkPositions(const RefiSource &source)
{
    const CodePointText &text = m_texts.find(source.guid).value();
    for (const RefiSelection &s : source.selections) {
        if (s.end < s.start)
            throw Error(tr("%1:%2: the selection \"%3\" ends (at %4) before it starts (at %5).")
                            .arg(m_fileName)
                            .arg(s.line)
                            .arg(s.label())
                            .arg(s.end)
                            .arg(s.start));
        if (s.start < 0 || s.end > text.length())
            throw Error(tr("%1:%2: the selection \"%3\" runs from position %4 to %5, outside the text of the source "
                           "\"%6\", which has %7 characters (code points).")
                            .arg(m_fileName)
                            .arg(s.line)
                            .arg(s.label())
                            .arg(s.start)
                            .arg(s.end)
                            .arg(source.label())
                            .arg(text.length()));
        m_quoted += s.end - s.start;
        if (m_quoted > kMaxQuotedCodePoints)
            throw Error(tr("%1:%2: the selections up to \"%3\" mark more than %4 characters in all; Bitext imports "
                           "projects whose quotes add up to fewer, so the project is refused.")
                            .arg(m_fileName)
                            .arg(s.line)
                            .arg(s.label())
                            .arg(kMaxQuotedCodePoints));
    }
}

QList<RefiDocumentPlan> RefiDocumentBuilder::build()
{
    QList<const RefiSource *> sources;
    for (const RefiSource &source : m_project.sources) {
        if (!m_texts.contains(source.guid))
            continue;
        checkPositions(source);
        if (m_texts.find(source.guid)->text().trimmed().isEmpty() && !m_project.isBitextExport()) {
            m_warnings << tr("%1: the source \"%2\" has no text; it was left out.").arg(m_fileName, source.label());
            continue;
        }
        sources << &source;
    }
    QList<RefiDocumentPlan> plans;
    QSet<const RefiSource *> done;
    for (const RefiBitextDocument &layout : std::as_const(m_layouts)) {
        const RefiSource *zh = source(layout.zhSource);
        const RefiSource *en = source(layout.enSource);
        if (std::optional<RefiDocumentPlan> plan = layoutDocument(layout, zh, en)) {
            plans << *plan;
            done << zh << en;
        } else {
            m_warnings << tr("%1: the texts of \"%2\" no longer fit the segments Bitext exported (edited in another "
                             "program?); its speakers and sections are not restored.")
                              .arg(m_fileName, layout.document.title);
        }
    }
    for (int i = 0; i < sources.size(); ++i) {
        if (done.contains(sources.at(i)))
            continue;
        QString title;
        Side side = Side::Zh;
        if (!m_project.isBitextExport() || !splitSideName(sources.at(i)->name, &title, &side)) {
            plans << textDocument(*sources.at(i));
            continue;
        }
        // Bitext writes each document's Chinese source, then its English one.
        QString nextTitle;
        Side nextSide = Side::Zh;
        if (side == Side::Zh && i + 1 < sources.size() && splitSideName(sources.at(i + 1)->name, &nextTitle, &nextSide)
            && nextSide == Side::En && nextTitle == title) {
            plans << bitextDocument(title, sources.at(i), sources.at(i + 1));
            ++i;
        } else {
            plans << bitextDocument(
                title, side == Side::Zh ? sources.at(i) : nullptr, side == Side::En ? sources.at(i) : nullptr);
        }
    }
    return plans;
}

RefiDocumentPlan RefiDocumentBuilder::plan(
    const QList<const RefiSource *> &sources, const QList<Section> &sections, QList<Segment> segments)
{
    RefiDocumentPlan plan;
    plan.sources = sources;
    plan.parsed.sections = sections;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const RefiSource *source : sources)
        hash.addData(m_texts.find(source->guid)->text().toUtf8());
    plan.contentHash = QString::fromLatin1(hash.result().toHex());
    bool hasZh = false;
    bool hasEn = false;
    for (int row = 0; row < segments.size(); ++row) {
        // Stand-in ids, so quotes can be placed before the document is stored.
        segments[row].id = row + 1;
        segments[row].ordinal = row;
        hasZh = hasZh || !segments.at(row).zh.isEmpty();
        hasEn = hasEn || !segments.at(row).en.isEmpty();
    }
    plan.parsed.segments = segments;
    Document &d = plan.parsed.document;
    d.format = QStringLiteral("qdpx");
    d.encoding = QStringLiteral("UTF-8");
    d.contentHash = plan.contentHash;
    if (hasZh)
        d.languages << QStringLiteral("zh");
    if (hasEn)
        d.languages << QStringLiteral("en");
    RefiDocumentMetadata::fill(d, m_project, sources);
    return plan;
}

RefiDocumentPlan RefiDocumentBuilder::bitextDocument(const QString &title, const RefiSource *zh, const RefiSource *en)
{
    const CodePointText *zhText = zh ? &m_texts.find(zh->guid).value() : nullptr;
    const CodePointText *enText = en ? &m_texts.find(en->guid).value() : nullptr;
    const RefiSourceSegmenter::Result sides = RefiSourceSegmenter::bitextSides(zhText, enText);
    QList<const RefiSource *> sources;
    for (const RefiSource *source : {zh, en}) {
        if (source)
            sources << source;
    }
    RefiDocumentPlan result = plan(sources, sides.sections, sides.segments);
    result.parsed.document.title = title;
    if (!sides.warning.isEmpty())
        m_warnings << tr("%1: the document \"%2\": %3").arg(m_fileName, title, sides.warning);
    if (zh)
        place(result, *zh, sides.zhLayout);
    if (en)
        place(result, *en, zh ? sides.enLayout : sides.zhLayout);
    return result;
}

std::optional<RefiDocumentPlan> RefiDocumentBuilder::layoutDocument(
    const RefiBitextDocument &layout, const RefiSource *zh, const RefiSource *en)
{
    if ((!layout.zhSource.isEmpty() && !zh) || (!layout.enSource.isEmpty() && !en))
        return std::nullopt;
    const std::optional<RefiSourceSegmenter::Result> cut = RefiSourceSegmenter::bitextLayout(
        layout, zh ? &m_texts.find(zh->guid).value() : nullptr, en ? &m_texts.find(en->guid).value() : nullptr);
    if (!cut)
        return std::nullopt;
    QList<const RefiSource *> sources;
    for (const RefiSource *each : {zh, en}) {
        if (each)
            sources << each;
    }
    RefiDocumentPlan result = plan(sources, cut->sections, cut->segments);
    // The exported metadata as it was; what describes this import stays.
    Document restored = layout.document;
    const Document &planned = result.parsed.document;
    restored.encoding = planned.encoding;
    restored.contentHash = planned.contentHash;
    restored.languages = planned.languages;
    if (restored.format.isEmpty())
        restored.format = planned.format;
    result.parsed.document = restored;
    if (zh)
        place(result, *zh, cut->zhLayout);
    if (en)
        place(result, *en, zh ? cut->enLayout : cut->zhLayout);
    return result;
}

RefiDocumentPlan RefiDocumentBuilder::textDocument(const RefiSource &source)
{
    const CodePointText &text = m_texts.find(source.guid).value();
    if (const std::optional<RefiSourceSegmenter::Result> parsed = RefiSourceSegmenter::parsed(text, source.name)) {
        RefiDocumentPlan result = plan({&source}, parsed->sections, parsed->segments);
        if (place(result, source, parsed->zhLayout) == 0) {
            result.parsed.document.title = titleOf(source.label());
            return result;
        }
    }
    const RefiSourceSegmenter::Result paragraphs = RefiSourceSegmenter::paragraphs(text);
    RefiDocumentPlan result = plan({&source}, paragraphs.sections, paragraphs.segments);
    result.parsed.document.title = titleOf(source.label());
    place(result, source, paragraphs.zhLayout);
    return result;
}

int RefiDocumentBuilder::place(RefiDocumentPlan &plan, const RefiSource &source, const RefiSourceLayout &layout) const
{
    const CodePointText &text = m_texts.find(source.guid).value();
    const QuotePlacer placer(plan.parsed.segments);
    int failed = 0;
    for (const RefiSelection &selection : source.selections) {
        RefiPlacedSelection placed;
        placed.selection = &selection;
        if (selection.end == selection.start)
            continue; // an empty selection marks nothing
        const QuotePlacer::Request request = layout.request(text, selection.start, selection.end);
        if (const std::optional<Annotation> annotation = placer.place(request, 0)) {
            placed.annotation = *annotation;
            placed.placed = true;
        } else {
            // Kept as an orphan with its codes and memo, for the user to place by hand.
            placed.annotation.side = request.side.value_or(Side::Zh);
            placed.annotation.quote = text.mid(selection.start, selection.end);
            placed.annotation.prefix
                = text.mid(std::max<qint64>(0, selection.start - Anchor::ContextLength), selection.start);
            placed.annotation.suffix = text.mid(selection.end, selection.end + Anchor::ContextLength);
            placed.annotation.orphaned = true;
            ++failed;
        }
        plan.selections << placed;
    }
    return failed;
}

} // namespace bitext
