#pragma once

#include "models/export/exportdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>
#include <QTextCharFormat>

#include <memory>

class QTextBlockFormat;
class QTextCursor;
class QTextDocument;

namespace bitext {

class ExportProgress;

// Lays an export out as a QTextDocument (headings, side-by-side quote tables in
// highlight colours, tags, notes) for the PDF and ODT writers. Fonts are named
// explicitly (Noto Sans CJK) so Chinese is drawn with real glyphs, not boxes.
// Needs a QGuiApplication (text layout uses the font database).
class TextDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TextDocumentBuilder)

public:
    // families: the fonts to ask for, in order (each glyph comes from the first that has it).
    explicit TextDocumentBuilder(QStringList families);

    std::unique_ptr<QTextDocument> build(const ExportData &data) const;
    // Steps `progress` once per quote laid out (it may be null).
    void setProgress(ExportProgress *progress) { m_progress = progress; }
    // Throws Error when there is no QGuiApplication to lay text out with.
    static void requireGuiApplication();
    // CJK first: an ODT names one font, and it must cover Chinese.
    static QStringList cjkFirstFamilies();
    // Latin first: Qt's PDF engine maps Noto Sans CJK's digits to no Unicode (a
    // PDF reader then cannot find or copy them), so Latin text uses Noto Sans.
    static QStringList latinFirstFamilies();

private:
    QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor &color = QColor()) const;
    void addDocumentHeader(QTextCursor &cursor, const ExportDocument &doc) const;
    void addQuote(QTextCursor &cursor, const ExportData &data, const ExportQuote &quote) const;
    // A note's Markdown, rendered, in blocks formatted like `block`.
    void addNote(QTextCursor &cursor, const QString &markdown, const QTextBlockFormat &block) const;

    QStringList m_families;
    ExportProgress *m_progress = nullptr;
};

} // namespace bitext
