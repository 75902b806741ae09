#pragma once

#include "models/import/refiqda/refiproject.h"

#include <QCoreApplication>

#include <functional>

namespace bitext {

class RefiXmlReader;

// Reads REFI-QDA codes: a codebook file (.qdc, root CodeBook in
// urn:QDA-XML:codebook:1.0) or the Codes element of a project.
class RefiCodebookParser
{
    Q_DECLARE_TR_FUNCTIONS(RefiCodebookParser)

public:
    static constexpr int kMaxDepth = 100;
    // Each code keeps its whole path (its name after its parents'): without a limit a
    // few long names high in the tree would be copied into every code below them,
    // gigabytes from a file of kilobytes. No tag path anyone reads is this long.
    static constexpr int kMaxPathChars = 1000;

    static QList<RefiCode> parse(const QByteArray &bytes, const QString &fileName);

    // Reads the children of a <Codes> (or <Code>) element into `codes`, parents
    // before children, calling `defined` for each GUID.
    static void readCodes(RefiXmlReader &xml, const QString &parentPath, QList<RefiCode> &codes,
        const std::function<void(const QString &guid, const QString &element)> &defined);

private:
    static void readCode(RefiXmlReader &xml, const QString &parentPath, QList<RefiCode> &codes,
        const std::function<void(const QString &guid, const QString &element)> &defined);
};

} // namespace bitext
