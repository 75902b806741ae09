#pragma once

#include "models/import/refiqda/codepointtext.h"
#include "models/import/refiqda/refibitextlayout.h"
#include "models/import/refiqda/refidocumentplan.h"
#include "models/import/refiqda/refiproject.h"

#include <QCoreApplication>
#include <QHash>

namespace bitext {

// Plans the documents of a project, without touching the library: which sources
// make which document, its segments, and where each selection lands. A source of
// Bitext's own export becomes its document again (the Chinese and English sources
// paired); any other text is read as the transcript form it is in when every
// selection can still be placed on the result, else one segment per paragraph,
// where positions carry over exactly.
class RefiDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RefiDocumentBuilder)

public:
    // Every selection becomes a quote with its own copy of the text it marks: a
    // million selections of a whole long text would be terabytes. 64 Mi code points
    // in all is the text of the largest transcript Bitext imports (InputFile) quoted
    // twice over, more than any project codes.
    static constexpr qint64 kMaxQuotedCodePoints = qint64(64) << 20;

    // texts: the text of every importable source, by GUID; layouts: what Bitext's
    // export wrote about its documents (bitext/documents.json), if anything.
    RefiDocumentBuilder(const RefiProject &project, const QHash<QString, CodePointText> &texts, QString fileName,
        QList<RefiBitextDocument> layouts = {});

    // Throws Error "FILE:LINE: ..." for a selection outside its source's text, or
    // past kMaxQuotedCodePoints.
    QList<RefiDocumentPlan> build();
    const QStringList &warnings() const { return m_warnings; }

    // "Title (zh)" -> ("Title", zh): the source names Bitext's exporter writes.
    static bool splitSideName(const QString &name, QString *title, Side *side);

private:
    void checkPositions(const RefiSource &source);
    RefiDocumentPlan bitextDocument(const QString &title, const RefiSource *zh, const RefiSource *en);
    // The document as Bitext's layout describes it, or nothing when its texts do not fit.
    std::optional<RefiDocumentPlan> layoutDocument(
        const RefiBitextDocument &layout, const RefiSource *zh, const RefiSource *en);
    const RefiSource *source(const QString &guid) const;
    RefiDocumentPlan textDocument(const RefiSource &source);
    RefiDocumentPlan plan(
        const QList<const RefiSource *> &sources, const QList<Section> &sections, QList<Segment> segments);
    // Places the source's selections on the plan's segments; returns how many failed.
    int place(RefiDocumentPlan &plan, const RefiSource &source, const RefiSourceLayout &layout) const;

    const RefiProject &m_project;
    const QHash<QString, CodePointText> &m_texts;
    QString m_fileName;
    QList<RefiBitextDocument> m_layouts;
    QStringList m_warnings;
    qint64 m_quoted = 0; // code points the selections checked so far mark
};

} // namespace bitext
