#pragma once

#include "models/store/change.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>

namespace bitext {

struct ConnectionSettings;
class AnnotationRepository;
class Database;
class DocumentRepository;
class NoteRepository;
class LibraryFileGuard;
class SpeakerRepository;
class TagRepository;

// An open library: the database plus one repository per kind of data. It is the
// only owner of the data: every write goes through a repository, which emits the
// matching change signal here after its transaction committed.
class Library : public QObject
{
    Q_OBJECT

public:
    // When a library file's open marker (OpenMarker) is made: at the open (the window,
    // and commands that write; `bitext backup restore` refuses while one is there), or at
    // the first write (commands that only read, which then leave nothing in the
    // library's folder: LibraryFileGuard).
    enum class Marker { AtOpen, AtFirstWrite };

    // BITEXT_LIBRARY if set (a file or a postgresql:// URL), else
    // AppDataLocation/library.sqlite.
    static QString defaultPath();
    // Opens or creates an SQLite library and migrates it. Throws DamagedLibraryError when
    // the file is damaged (LibraryCheck, before anything writes to it), Error otherwise.
    static std::unique_ptr<Library> openSqlite(const QString &path, Marker marker = Marker::AtOpen);
    // Opens a library on a PostgreSQL server, creating its tables in an empty
    // database, and migrates it. Throws AuthenticationError when the server refused the
    // password (or wanted one and none was found), Error otherwise (unreachable, not a
    // library).
    static std::unique_ptr<Library> openPostgres(const ConnectionSettings &settings);
    // A postgresql://USER@HOST:PORT/DB?sslmode=... URL opens a server library (the
    // password from libpq's own sources), anything else a library file. A URL is
    // never taken for a file name.
    static std::unique_ptr<Library> open(const QString &location, Marker marker = Marker::AtOpen);

    ~Library() override;

    // Who this connection's writes are by (the author, modified_by columns):
    // setAuthor()'s name, else Preferences::authorName(). Tests and the command line
    // set it; the window takes the preference.
    QString author() const;
    void setAuthor(const QString &name) { m_author = name.trimmed(); }

    // The version this connection's last write left an annotation, note, tag or
    // speaker at (0: not written since opening). A row at another version has been
    // changed by someone else since: undo must not overwrite that.
    int ownVersion(Change::Kind kind, qint64 id) const { return m_ownVersions.value(qMakePair(int(kind), id)); }
    // Believed once the write committed: a write rolled back with an outer
    // transaction leaves the version the row still has.
    void setOwnVersion(Change::Kind kind, qint64 id, int version);

    // The file's path or the server library's URL (without a password).
    QString location() const;
    // A library file on a read-only disk or without write permission: it is read and
    // searched, and every write is refused with a ReadOnlyError (Database::isReadOnly).
    bool isReadOnly() const;
    // Why, translated, e.g. "it is on a read-only disk"; empty when writable.
    QString readOnlyReason() const;
    // Set when opening upgraded an older library: where the copy of the old file is.
    QString upgradeBackupPath() const { return m_backupPath; }

    Database &database() { return *m_db; }
    DocumentRepository &documents() { return *m_documents; }
    SpeakerRepository &speakers() { return *m_speakers; }
    TagRepository &tags() { return *m_tags; }
    AnnotationRepository &annotations() { return *m_annotations; }
    NoteRepository &notes() { return *m_notes; }

    // Tells this process's views about committed changes: emits changed() and then
    // the coarse signals below that those changes touch. The database calls it for
    // this connection's own commits; the LibraryWatcher for other connections'.
    void announce(const bitext::ChangeList &changes, bool remote);

signals:
    // Every committed change, in commit order: remote is false for this
    // connection's own writes, true for other connections' and processes'.
    void changed(const bitext::ChangeList &changes, bool remote);
    // Coarse forms of changed(), for views that simply re-read.
    void documentsChanged();
    void documentChanged(qint64 documentId);
    void speakersChanged();
    void tagsChanged();
    void annotationsChanged(qint64 documentId);
    void notesChanged(qint64 documentId);

private:
    explicit Library(std::unique_ptr<Database> db);
    static std::unique_ptr<Library> migrated(std::unique_ptr<Database> db);

    // A local library's open marker and fingerprint (declared first: outlives m_db, whose
    // write hooks share it).
    std::shared_ptr<LibraryFileGuard> m_fileGuard;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentRepository> m_documents;
    std::unique_ptr<SpeakerRepository> m_speakers;
    std::unique_ptr<TagRepository> m_tags;
    std::unique_ptr<AnnotationRepository> m_annotations;
    std::unique_ptr<NoteRepository> m_notes;
    QString m_backupPath;
    QString m_author;
    QHash<QPair<int, qint64>, int> m_ownVersions;
};

} // namespace bitext
