#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace bitext::test {

// A library file read with plain SQLite (the QSQLITE driver on a connection of its own),
// not through Bitext: what a killed process left is seen as it is, with no migration,
// repair or configuration on the way.
class RawLibrary
{
public:
    explicit RawLibrary(const QString &path);
    ~RawLibrary();
    RawLibrary(const RawLibrary &) = delete;
    RawLibrary &operator=(const RawLibrary &) = delete;

    QVariant scalar(const QString &sql) const;
    // Every row of a query, its columns joined by '|'.
    QStringList rows(const QString &sql) const;
    // A SHA-1 of every row of a query: two states of a table compare as equal or not.
    QByteArray digest(const QString &sql) const;
    bool hasTable(const QString &name) const;
    int userVersion() const;

    // What is wrong with the file: integrity_check not "ok", any foreign_key_check row,
    // and full-text rows whose owner is gone or that have no text (or text no entry).
    QStringList problems() const;
    // Annotations above id `after` stored without a tag or without a note (each edit of
    // the kill tests gives both, in one transaction).
    int partialAnnotations(qint64 after) const;
    // Speakers that no segment names.
    QStringList unusedSpeakers() const;

private:
    QString m_connection;
};

} // namespace bitext::test
