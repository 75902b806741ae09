#include "tests/support/credentials.h"

#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>

#include <optional>

namespace bitext::test {

ConnectionIdentity ownConnection(const QString &name)
{
    ConnectionIdentity id;
    id.user = QStringLiteral("tester");
    id.host = QStringLiteral("127.0.0.1");
    id.port = 5432;
    id.database = QStringLiteral("%1-%2").arg(name).arg(QCoreApplication::applicationPid());
    return id;
}

QStringList homeFilesContaining(const QByteArray &text)
{
    QSettings().sync(); // what this process may still hold in memory
    QStringList found;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            found << file.fileName();
    }
    return found;
}

PasswordStore::Result waitForKeychain(const std::function<void(PasswordStore &, PasswordStore::Callback)> &call)
{
    PasswordStore store;
    std::optional<PasswordStore::Result> answer;
    call(store, [&answer](const PasswordStore::Result &result) { answer = result; });
    waitFor([&answer] { return answer.has_value(); }, 30000);
    return answer.value_or(PasswordStore::Result {});
}

} // namespace bitext::test
