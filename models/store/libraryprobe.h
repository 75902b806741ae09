#pragma once

#include "models/store/connectionsettings.h"

#include <QCoreApplication>
#include <QString>

namespace bitext {

// What is at a server address, found without changing anything there: a Bitext library
// (and how many documents), an empty database Bitext would set up, another database,
// or why no connection was made. Synchronous: the window runs it in a worker thread.
struct LibraryProbe
{
    Q_DECLARE_TR_FUNCTIONS(LibraryProbe)

public:
    enum class Status {
        Library, // a Bitext library
        Empty, // an empty database: opening it creates a library
        NotLibrary, // tables of something else: Bitext will not touch it
        Refused, // the server wants a (different) password
        Failed, // unreachable, timed out, no such database, ...
    };

    Status status = Status::Failed;
    int documents = 0;
    // The reason for NotLibrary, Refused and Failed (never a password).
    QString error;

    // Connects with settings on a connection of the calling thread, looks, disconnects.
    static LibraryProbe run(const ConnectionSettings &settings);
    // True when the library can be opened (a library or an empty database).
    bool canOpen() const { return status == Status::Library || status == Status::Empty; }
    // One sentence for the user: "Connected: a Bitext library with 3 documents", ...
    QString summary() const;
};

} // namespace bitext
