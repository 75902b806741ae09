#pragma once

#include "models/core/inputfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct zip;

namespace bitext {

// Reads entries of a zip archive (libzip) into memory, for archives that come from
// other people: every entry name is checked when the archive is opened (an
// absolute path or a ".." step -- "zip slip" -- refuses the archive), and reading
// stops at a size limit whatever the headers claim, so a zip bomb costs no more
// than the limit. Nothing is ever extracted to disk.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static constexpr qint64 kMaxEntryBytes = InputFile::kMaxBytes; // one entry, uncompressed: as a file
    // All entries read together: a project's texts, each of which costs about three
    // times its size once decoded and indexed (RefiImporter holds them all), so
    // entries that share one bomb under many names stop at a few hundred MB.
    static constexpr qint64 kMaxTotalBytes = qint64(128) << 20;
    static constexpr qint64 kMaxEntries = 100000;
    // Entries over kMaxRatioFreeBytes that claim to inflate more than kMaxRatio times.
    static constexpr int kMaxRatio = 100;
    static constexpr qint64 kMaxRatioFreeBytes = qint64(1) << 20;

    // Opens the archive; throws Error "FILE: reason" when it is not a zip archive or
    // names an entry outside it.
    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    const QStringList &names() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    // The entry's bytes; throws Error naming the entry when it is missing, encrypted,
    // corrupt or larger than the limits.
    QByteArray read(const QString &name);

    // Whether a name stays inside the archive's folder when extracted: relative,
    // no ".." step, no drive letter ('\' counts as a separator, as on Windows).
    static bool isSafeName(const QString &name);

private:
    QString m_path;
    zip *m_archive = nullptr;
    QStringList m_names;
    qint64 m_totalRead = 0;
};

} // namespace bitext
