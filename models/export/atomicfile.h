#pragma once

#include <QByteArray>
#include <QString>

namespace bitext {

// Writes bytes to path all or nothing (QSaveFile). Throws Error naming the file
// and the reason when it cannot.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace bitext
