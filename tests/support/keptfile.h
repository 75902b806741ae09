#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bitext::test {

// A file a failed write must leave as it was: its bytes and the entries of its
// folder are remembered when made, to compare after the failure.
class KeptFile
{
public:
    explicit KeptFile(const QString &path);

    QString path() const { return m_path; }
    QByteArray bytes() const { return m_bytes; }
    // The file holds the same bytes as when remembered.
    bool isUnchanged() const;
    // The folder's entries (hidden ones too) that were not there: a temporary file
    // left behind.
    QStringList newEntries() const;

    // The bytes of a file (empty when it cannot be read) and the entries of a folder.
    static QByteArray read(const QString &path);
    static QStringList entries(const QString &folder);
    // Writes a file to keep (an earlier export); false when it cannot.
    static bool write(const QString &path, const QByteArray &bytes);

private:
    QString m_path;
    QByteArray m_bytes;
    QStringList m_entries;
};

} // namespace bitext::test
