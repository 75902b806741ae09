#include "models/store/libraryfileguard.h"

#include "models/store/libraryfingerprint.h"
#include "models/store/openmarker.h"

namespace bitext {

namespace {

// The file's fingerprint when it is the recorded one (the file as last known good), else empty.
QByteArray knownGood(const QString &path)
{
    const QByteArray now = LibraryFingerprint::of(path);
    return !now.isEmpty() && now == LibraryFingerprint::recorded(path) ? now : QByteArray();
}

} // namespace

LibraryFileGuard::LibraryFileGuard(QString libraryPath, bool markAtOnce)
    : m_path(std::move(libraryPath))
{
    if (markAtOnce)
        m_marker = std::make_unique<OpenMarker>(m_path);
}

LibraryFileGuard::~LibraryFileGuard() = default;

void LibraryFileGuard::beforeWrite()
{
    if (!m_marker)
        m_marker = std::make_unique<OpenMarker>(m_path);
    m_knownGood = knownGood(m_path);
}

void LibraryFileGuard::afterWrite()
{
    if (!m_knownGood.isEmpty())
        LibraryFingerprint::record(m_path, LibraryFingerprint::of(m_path));
    m_knownGood.clear();
}

void LibraryFileGuard::beforeClose()
{
    m_knownGood = knownGood(m_path);
}

void LibraryFileGuard::afterClose()
{
    // A reader that found the file as recorded and left it so writes nothing here.
    // (record() writes only what differs from the record.)
    if (!m_knownGood.isEmpty())
        LibraryFingerprint::record(m_path, LibraryFingerprint::of(m_path));
    m_knownGood.clear();
    m_marker.reset(); // the clean close: after the connection closed
}

} // namespace bitext
