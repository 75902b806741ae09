#include "models/align/alignservice.h"

#include "models/align/aligninput.h"
#include "models/align/charratio.h"
#include "models/align/cuealigner.h"
#include "models/align/lengthaligner.h"
#include "models/align/pairedsegments.h"
#include "models/annotate/anchor.h"
#include "models/annotate/sidetext.h"
#include "models/core/error.h"
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace bitext {

namespace {

// Enough bilingual segments for a stable ratio, read without going through a large
// library whole.
constexpr int kRatioSample = 3000;
// The pairs the lexicon learns from: enough for the words of a subject to recur, few
// enough to keep an attach quick on a large library.
constexpr int kLexiconSample = 1500;

// Every input in exactly one pair, in order: an input the aligner left out becomes a
// pair of its own (confidence 0, to review) rather than text lost from the document.
QList<AlignedPair> completed(const QList<AlignedPair> &pairs, int zhCount, int enCount)
{
    QList<AlignedPair> result;
    int nextZh = 0;
    int nextEn = 0;
    const auto catchUp = [&result](int &next, int until, bool zhSide) {
        for (; next < until; ++next) {
            AlignedPair single;
            (zhSide ? single.zh : single.en) << next;
            single.confidence = 0;
            result << single;
        }
    };
    for (const AlignedPair &p : pairs) {
        AlignedPair kept = p;
        kept.zh.clear();
        kept.en.clear();
        for (const int i : p.zh) {
            if (i < nextZh || i >= zhCount)
                continue;
            catchUp(nextZh, i, true);
            kept.zh << i;
            nextZh = i + 1;
        }
        for (const int i : p.en) {
            if (i < nextEn || i >= enCount)
                continue;
            catchUp(nextEn, i, false);
            kept.en << i;
            nextEn = i + 1;
        }
        if (!kept.zh.isEmpty() || !kept.en.isEmpty())
            result << kept;
    }
    catchUp(nextZh, zhCount, true);
    catchUp(nextEn, enCount, false);
    return result;
}

QList<AlignedPair> pair(const QList<Segment> &zh, const QList<Segment> &en, const LengthAligner::Options &options)
{
    const QList<AlignUnit> zhUnits = AlignInput::units(zh, Side::Zh);
    const QList<AlignUnit> enUnits = AlignInput::units(en, Side::En);
    // Subtitles timed on both sides pair by time; anything else by length and anchors.
    if (AlignInput::timed(zhUnits) && AlignInput::timed(enUnits))
        return completed(CueAligner::align(zhUnits, enUnits), int(zh.size()), int(en.size()));
    return completed(LengthAligner::align(zhUnits, enUnits, options), int(zh.size()), int(en.size()));
}

} // namespace

AlignService::AlignService(Library &library)
    : m_library(library)
{
}

LengthAligner::Options AlignService::lengthOptions()
{
    if (m_options)
        return *m_options;
    QList<Segment> bilingual;
    for (const DocumentSummary &summary : m_library.documents().list()) {
        const QStringList &languages = summary.document.languages;
        if (!languages.contains(QStringLiteral("zh")) || !languages.contains(QStringLiteral("en")))
            continue;
        for (const Segment &s : m_library.documents().segments(summary.document.id))
            if (!s.zh.isEmpty() && !s.en.isEmpty())
                bilingual << s;
        if (bilingual.size() >= kRatioSample)
            break;
    }
    LengthAligner::Options options;
    options.zhPerEn = CharRatio::estimate(bilingual);
    if (!bilingual.isEmpty()) {
        QList<std::pair<QString, QString>> texts;
        for (int i = 0; i < bilingual.size() && i < kLexiconSample; ++i)
            texts.append({bilingual.at(i).zh, bilingual.at(i).en});
        auto lexicon = std::make_shared<AlignLexicon>();
        lexicon->learnTexts(texts);
        if (!lexicon->isEmpty())
            options.lexicon = lexicon;
    }
    m_options = options;
    return options;
}

AlignService::Result AlignService::alignFiles(const QString &zhFile, const QString &enFile)
{
    ParsedDocument zh = AlignInput::readSide(zhFile, Side::Zh);
    const ParsedDocument en = AlignInput::readSide(enFile, Side::En);
    // The pair is its own source: importing either file alone stays possible.
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(
        (zh.document.contentHash + en.document.contentHash).toLatin1(), QCryptographicHash::Sha256)
                                                 .toHex());
    if (const auto same = m_library.documents().findByHash(hash))
        throw Error(tr("%1 and %2 are already paired in the library as document %3 (\"%4\").")
                        .arg(zhFile, enFile)
                        .arg(same->id)
                        .arg(same->title));

    const PairedSegments paired(zh.segments, en.segments, pair(zh.segments, en.segments, lengthOptions()), Side::Zh);
    ParsedDocument document;
    document.document = zh.document;
    document.document.contentHash = hash;
    document.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    // A title the Chinese file only made from its text gives way to one the English file names.
    if (zh.titleFromContent && !en.titleFromContent && !en.document.title.isEmpty())
        document.document.title = en.document.title;
    document.titleFromContent = zh.titleFromContent && en.titleFromContent;
    document.document.metadata.insert(QStringLiteral("aligned_with"), QFileInfo(enFile).fileName());
    document.sections = zh.sections;
    document.segments = paired.segments();

    Result result;
    Transaction tx(m_library.database());
    ImportService(m_library).resolveSpeakers(document); // as `bitext import` names them
    result.documentId = m_library.documents().insert(document);
    tx.commit();
    result.pairs = int(paired.segments().size());
    result.lowConfidence = paired.lowConfidence();
    return result;
}

AlignService::Result AlignService::attach(qint64 documentId, const QString &file)
{
    DocumentRepository &documents = m_library.documents();
    const std::optional<Document> document = documents.find(documentId);
    if (!document)
        throw Error(tr("There is no document %1.").arg(documentId));
    const QList<Segment> old = documents.segments(documentId);
    int zhRows = 0;
    int enRows = 0;
    for (const Segment &s : old) {
        zhRows += s.zh.isEmpty() ? 0 : 1;
        enRows += s.en.isEmpty() ? 0 : 1;
    }
    if (zhRows > 0 && enRows > 0)
        throw Error(tr("Document %1 (\"%2\") already has both Chinese and English text; only a one-language "
                       "document can be given its other language.")
                        .arg(documentId)
                        .arg(document->title));
    if (zhRows == 0 && enRows == 0)
        throw Error(tr("Document %1 (\"%2\") has no text to pair with.").arg(documentId).arg(document->title));
    const Side kept = zhRows > 0 ? Side::Zh : Side::En;
    const Side added = kept == Side::Zh ? Side::En : Side::Zh;
    const ParsedDocument other = AlignInput::readSide(file, added);

    const QList<Segment> &zh = kept == Side::Zh ? old : other.segments;
    const QList<Segment> &en = kept == Side::En ? old : other.segments;
    const PairedSegments paired(zh, en, pair(zh, en, lengthOptions()), kept);
    ParsedDocument replaced;
    replaced.document = *document;
    replaced.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    replaced.sections = documents.sections(documentId);
    replaced.segments = paired.segments();

    Result result;
    result.documentId = documentId;
    result.pairs = int(paired.segments().size());
    result.lowConfidence = paired.lowConfidence();

    Transaction tx(m_library.database());
    const QList<Annotation> annotations = m_library.annotations().list(documentId);
    documents.replaceText(documentId, replaced);
    // Each annotation moves with its text: the kept side's text is unchanged, only
    // joined, so its new place is its old offset plus where its segment went.
    const QList<Segment> now = documents.segments(documentId);
    const SideText text(now, kept);
    QHash<qint64, int> oldRow;
    for (int i = 0; i < old.size(); ++i)
        oldRow.insert(old.at(i).id, i);
    for (const Annotation &a : annotations) {
        if (a.orphaned || a.side != kept || !oldRow.contains(a.startSegmentId) || !oldRow.contains(a.endSegmentId))
            continue;
        const PairedSegments::Place start = paired.place(kept, oldRow.value(a.startSegmentId));
        const PairedSegments::Place end = paired.place(kept, oldRow.value(a.endSegmentId));
        Anchor::Resolution at;
        at.status = Anchor::Status::AtPosition;
        at.start = {start.row, start.offset + a.startOffset};
        at.end = {end.row, end.offset + a.endOffset};
        at.startSegmentId = text.segmentIdAt(start.row);
        at.endSegmentId = text.segmentIdAt(end.row);
        if (start.row < 0 || end.row < 0)
            at.status = Anchor::Status::Orphaned; // cannot happen: every kept input is in a pair
        m_library.annotations().update(Anchor::reanchored(text, a, at));
    }
    tx.commit();
    return result;
}

} // namespace bitext
