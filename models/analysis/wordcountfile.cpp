#include "models/analysis/wordcountfile.h"

#include "models/domain/segment.h"
#include "models/store/connectionidentity.h"
#include "models/store/library.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace bitext {

namespace {

constexpr quint32 kMagic = 0x42575743; // "BWWC"
// Raise when the format, WordBreaker's words or TextUnits' units change: every count
// stored before is then counted again.
constexpr quint32 kVersion = 1;

QDataStream &operator<<(QDataStream &out, const WordCounts &counts)
{
    return out << counts.words << counts.units;
}

QDataStream &operator>>(QDataStream &in, WordCounts &counts)
{
    return in >> counts.words >> counts.units;
}

} // namespace

QString WordCountFile::pathFor(const QString &identity)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QByteArray key = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex();
    return folder + QStringLiteral("/wordcounts/") + QString::fromLatin1(key) + QStringLiteral(".counts");
}

QString WordCountFile::identity(const Library &library)
{
    const QString location = library.location();
    return ConnectionIdentity::isUrl(location) ? location : QFileInfo(location).absoluteFilePath();
}

QByteArray WordCountFile::stamp(const QList<Segment> &segments)
{
    // The rows' bytes as they are in memory (this machine's byte order: the file is this
    // machine's own), with the texts' lengths so that no two lists hash the same bytes.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const void *data, qsizetype size) {
        hash.addData(QByteArray::fromRawData(static_cast<const char *>(data), int(size)));
    };
    for (const Segment &segment : segments) {
        const qint64 numbers[] = {segment.id, segment.speakerId, segment.zh.size(), segment.en.size()};
        add(numbers, sizeof numbers);
        add(segment.zh.utf16(), segment.zh.size() * qsizetype(sizeof(char16_t)));
        add(segment.en.utf16(), segment.en.size() * qsizetype(sizeof(char16_t)));
    }
    return hash.result();
}

WordCountFile::Entries WordCountFile::read(const QString &path, const QString &location)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_5_15);
    quint32 magic = 0;
    quint32 version = 0;
    QString storedLocation;
    in >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return {};
    in >> storedLocation;
    if (storedLocation != location)
        return {};
    qint32 documents = 0;
    in >> documents;
    Entries entries;
    for (qint32 i = 0; i < documents && in.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        Entry entry;
        qint32 speakers = 0;
        in >> id >> entry.stamp >> speakers;
        for (qint32 s = 0; s < speakers && in.status() == QDataStream::Ok; ++s) {
            qint64 speaker = 0;
            std::array<WordCounts, 2> sides;
            in >> speaker >> sides[0] >> sides[1];
            entry.counts.insert(speaker, sides);
        }
        entries.insert(id, entry);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return {}; // cut short or corrupt: count again
    return entries;
}

bool WordCountFile::write(const QString &path, const QString &location, const Entries &entries)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_5_15);
    out << kMagic << kVersion << location << qint32(entries.size());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        out << it.key() << it.value().stamp << qint32(it.value().counts.size());
        for (auto s = it.value().counts.cbegin(); s != it.value().counts.cend(); ++s)
            out << s.key() << s.value()[0] << s.value()[1];
    }
    return out.status() == QDataStream::Ok && file.commit();
}

} // namespace bitext
