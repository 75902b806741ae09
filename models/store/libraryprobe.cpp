#include "models/store/libraryprobe.h"

#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/schemamigrator.h"

namespace bitext {

LibraryProbe LibraryProbe::run(const ConnectionSettings &settings)
{
    LibraryProbe probe;
    try {
        const std::unique_ptr<Database> db = Database::openPostgres(settings);
        const int version = db->dialect().schemaVersion(*db);
        if (version == 0) {
            probe.status = db->dialect().tableCount(*db) == 0 ? Status::Empty : Status::NotLibrary;
            if (probe.status == Status::NotLibrary)
                probe.error
                    = tr("The database %1 holds other tables; Bitext does not change it.").arg(settings.database);
        } else if (version > SchemaMigrator::currentVersion()) {
            probe.status = Status::NotLibrary;
            probe.error = tr("The library was written by a newer Bitext; update Bitext to open it.");
        } else {
            probe.status = Status::Library;
            probe.documents = db->scalar(QStringLiteral("SELECT count(*) FROM documents")).toInt();
        }
    } catch (const AuthenticationError &error) {
        probe.status = Status::Refused;
        probe.error = error.message();
    } catch (const Error &error) {
        probe.status = Status::Failed;
        probe.error = error.message();
    }
    return probe;
}

QString LibraryProbe::summary() const
{
    switch (status) {
    case Status::Library:
        return tr("Connected: a Bitext library with %n document(s).", nullptr, documents);
    case Status::Empty:
        return tr("Connected: an empty database; Bitext will create a library in it.");
    case Status::NotLibrary:
        return tr("Connected, but this is not a Bitext library. %1").arg(error);
    case Status::Refused:
    case Status::Failed:
        break;
    }
    return error;
}

} // namespace bitext
