#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace bitext {

// Writes every byte of bytes to device, going on after a short write (a disk that
// fills up or a file-size limit takes part of a write and refuses the next call,
// which is what names the reason). Throws Error with the device's reason.
void writeAll(QIODevice &device, const QByteArray &bytes);

// Saves path all or nothing (QSaveFile): writer writes the content to the file it is
// given; the file replaces path only when writer returned, the file reported no error
// and every byte reached it. Otherwise throws Error naming the file and the reason;
// path is then as it was and no temporary file is left.
void saveAtomically(const QString &path, const std::function<void(QIODevice &)> &writer);

// saveAtomically with writeAll(bytes).
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace bitext
