#pragma once

#include "models/store/connectionidentity.h"
#include "models/store/passwordstore.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace bitext::test {

// A server connection of this test process alone (its pid in the database name): ctest
// runs several processes against the same keychain at once.
ConnectionIdentity ownConnection(const QString &name);
// The files below this process's private HOME (settings, caches, data) whose bytes
// contain text: where a password must never turn up.
QStringList homeFilesContaining(const QByteArray &text);
// Runs one call on a PasswordStore and waits (up to 30 s) for its answer; Failed when
// none came.
PasswordStore::Result waitForKeychain(const std::function<void(PasswordStore &, PasswordStore::Callback)> &call);

} // namespace bitext::test
