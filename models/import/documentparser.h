#pragma once

#include "models/core/error.h"
#include "models/domain/parseddocument.h"

#include <QStringList>

#include <memory>

namespace bitext {

class ImportMonitor;

// One transcript form (a "format"): turns decoded text into a ParsedDocument. A
// parser is a pure function of (text, file name) -- no I/O, no library -- so it can
// be fuzzed; failures throw Error "FILE:LINE: reason".
class DocumentParser
{
public:
    virtual ~DocumentParser() = default;

    // The format name users type after --format and the library stores.
    virtual QString name() const = 0;

    // Parses and then applies what every form shares: file name, a title from the content
    // when the source gives none (ContentTitle), Han-space clean-up (original kept),
    // languages, ordinals, empty-text check.
    ParsedDocument parse(const QString &text, const QString &fileName, ImportMonitor *monitor = nullptr) const;

    // markdown-article, speaker-turns, plain, outline, srt, vtt, name-colon.
    static QStringList formatNames();
    // nullptr for an unknown name.
    static std::unique_ptr<DocumentParser> create(const QString &name);

    // "FILE:LINE: reason" as an Error.
    static Error error(const QString &fileName, int line, const QString &reason);

protected:
    virtual void parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                            ImportMonitor *monitor) const = 0;
    static void checkpoint(ImportMonitor *monitor, int line, int total);
};

} // namespace bitext
