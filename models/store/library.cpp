#include "models/store/library.h"

#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/store/annotationrepository.h"
#include "models/store/connectionsettings.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/documentstats.h"
#include "models/store/librarycheck.h"
#include "models/store/libraryfileguard.h"
#include "models/store/libraryfingerprint.h"
#include "models/store/noterepository.h"
#include "models/store/schemamigrator.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bitext {

QString Library::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("BITEXT_LIBRARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return Preferences::libraryLocation();
}

std::unique_ptr<Library> Library::openSqlite(const QString &path, Marker marker)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error(QCoreApplication::translate("Library", "%1 is a folder, not a library file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(QCoreApplication::translate("Library", "Cannot create the folder %1.").arg(info.absolutePath()));

    LibraryCheck::beforeOpen(path);
    // Hooked before migrating: an upgrade is a write, and may be cut short.
    const bool created = !info.exists();
    auto guard = std::make_shared<LibraryFileGuard>(path, marker == Marker::AtOpen);
    std::unique_ptr<Database> db = Database::openSqlite(path);
    db->setWriteHooks([guard] { guard->beforeWrite(); }, [guard] { guard->afterWrite(); });
    std::unique_ptr<Library> library = migrated(std::move(db));
    library->m_fileGuard = std::move(guard);
    // A library this open made is known good as made: the next open needs no check.
    if (created)
        LibraryFingerprint::record(path, LibraryFingerprint::of(path));
    return library;
}

std::unique_ptr<Library> Library::openPostgres(const ConnectionSettings &settings)
{
    return migrated(Database::openPostgres(settings));
}

std::unique_ptr<Library> Library::open(const QString &location, Marker marker)
{
    if (ConnectionSettings::isUrl(location))
        return openPostgres(ConnectionSettings::fromUrl(location));
    return openSqlite(location, marker);
}

std::unique_ptr<Library> Library::migrated(std::unique_ptr<Database> db)
{
    SchemaMigrator migrator(*db);
    const QString backup = migrator.migrate();
    std::unique_ptr<Library> library(new Library(std::move(db)));
    library->m_backupPath = backup;
    return library;
}

Library::Library(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_documents(new DocumentRepository(*this))
    , m_speakers(new SpeakerRepository(*this))
    , m_tags(new TagRepository(*this))
    , m_annotations(new AnnotationRepository(*this))
    , m_notes(new NoteRepository(*this))
{
    qRegisterMetaType<bitext::Change>();
    qRegisterMetaType<bitext::ChangeList>();
    m_db->setCommitListener([this](const ChangeList &changes) { announce(changes, false); });
    m_db->setBeforeCommit([this](const ChangeList &changes) { DocumentStats(*m_db).follow(changes); });
}

Library::~Library()
{
    if (m_fileGuard)
        m_fileGuard->beforeClose();
    // The repositories first: none may keep a statement open on the closing connection.
    m_notes.reset();
    m_annotations.reset();
    m_tags.reset();
    m_speakers.reset();
    m_documents.reset();
    m_db.reset();
    if (m_fileGuard)
        m_fileGuard->afterClose();
}

void Library::announce(const ChangeList &changes, bool remote)
{
    if (changes.isEmpty())
        return;
    emit changed(changes, remote);

    // The coarse signals, each once per batch (per document for annotations and
    // notes), in the order views depend on: documents before what refers to them.
    bool documents = false;
    bool speakers = false;
    bool tags = false;
    QList<qint64> updatedDocuments;
    QList<qint64> annotationDocuments;
    QList<qint64> noteDocuments;
    for (const Change &change : changes) {
        switch (change.kind) {
        case Change::Kind::Document:
            documents = true;
            if (change.op == Change::Op::Updated && !updatedDocuments.contains(change.id))
                updatedDocuments << change.id;
            break;
        case Change::Kind::Segment:
            // A segment's speaker: the speaker list (turn counts) and the documents.
            speakers = documents = true;
            break;
        case Change::Kind::Speaker:
            speakers = true;
            break;
        case Change::Kind::Tag:
            tags = true;
            break;
        case Change::Kind::Annotation:
            if (!annotationDocuments.contains(change.documentId))
                annotationDocuments << change.documentId;
            break;
        case Change::Kind::Note:
            if (!noteDocuments.contains(change.documentId))
                noteDocuments << change.documentId;
            break;
        }
    }
    for (qint64 id : std::as_const(updatedDocuments))
        emit documentChanged(id);
    if (documents)
        emit documentsChanged();
    if (speakers)
        emit speakersChanged();
    if (tags)
        emit tagsChanged();
    for (qint64 id : std::as_const(annotationDocuments))
        emit annotationsChanged(id);
    for (qint64 id : std::as_const(noteDocuments))
        emit notesChanged(id);
}

QString Library::author() const
{
    return m_author.isEmpty() ? Preferences::authorName() : m_author;
}

void Library::setOwnVersion(Change::Kind kind, qint64 id, int version)
{
    m_db->afterCommit([this, kind, id, version] { m_ownVersions.insert(qMakePair(int(kind), id), version); });
}

bool Library::isReadOnly() const
{
    return m_db->isReadOnly();
}

QString Library::readOnlyReason() const
{
    return m_db->readOnlyReason();
}

QString Library::location() const
{
    return m_db->location();
}

} // namespace bitext
