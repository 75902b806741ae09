#pragma once

#include "models/align/lengthaligner.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bitext {

class Library;

// Pairs a Chinese and an English transcript into one bilingual document, or gives a
// one-language document its other side, and stores the result in one transaction with
// each pair's confidence (models/align's aligners do the pairing; this class reads the
// files as `bitext import` does, stores, and keeps annotations on their text).
class AlignService
{
    Q_DECLARE_TR_FUNCTIONS(AlignService)

public:
    explicit AlignService(Library &library);

    struct Result
    {
        qint64 documentId = 0;
        int pairs = 0;
        int lowConfidence = 0; // pairs below AlignmentQuality::kReviewBelow
    };

    // Both files read as `bitext import` reads them (encoding detection, every format the
    // importers know), their units paired (CueAligner when both sides have times, else
    // LengthAligner with lengthOptions() and the speakers and timestamps as anchors); one
    // new document, one transaction. Throws Error naming the file (and line) for bad
    // input: unreadable, or no text in the expected script.
    Result alignFiles(const QString &zhFile, const QString &enFile);
    // The other language from `file` attached to a one-language document: its segments
    // stay whole (the aligner may join consecutive ones), and its annotations move with
    // their text by exact offsets in the same transaction. Refuses a document that
    // already has both sides, naming it.
    Result attach(qint64 documentId, const QString &file);

    // What LengthAligner learns from the library's bilingual documents: the Chinese per
    // English character ratio and the words that translate each other (AlignLexicon).
    // Built once per service: a library does not change while one pairing is made.
    LengthAligner::Options lengthOptions();

private:
    std::optional<LengthAligner::Options> m_options;

    Library &m_library;
};

} // namespace bitext
