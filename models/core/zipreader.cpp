#include "models/core/zipreader.h"

#include "models/core/error.h"

#include <QFile>
#include <QRegularExpression>

#include <zip.h>

#include <algorithm>

namespace bitext {

namespace {

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

} // namespace

bool ZipReader::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.contains(QChar(0)))
        return false;
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (path.startsWith(QLatin1Char('/')) || drive.match(path).hasMatch())
        return false;
    const QStringList steps = path.split(QLatin1Char('/'));
    return !steps.contains(QStringLiteral(".."));
}

ZipReader::ZipReader(const QString &path)
    : m_path(path)
{
    int code = 0;
    m_archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!m_archive)
        throw Error(tr("%1: not a readable zip archive: %2").arg(path, libzipMessage(code)));
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    if (count > kMaxEntries) {
        zip_discard(m_archive);
        m_archive = nullptr;
        throw Error(tr("%1: the archive has %2 entries; at most %3 are read.").arg(path).arg(count).arg(kMaxEntries));
    }
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(m_archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        if (!isSafeName(name)) {
            zip_discard(m_archive);
            m_archive = nullptr;
            throw Error(tr("%1: the archive entry \"%2\" points outside the archive (an absolute path or a \"..\" "
                           "step); the archive is refused.")
                            .arg(path, name));
        }
        m_names << name;
    }
}

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

QByteArray ZipReader::read(const QString &name)
{
    const zip_int64_t index = zip_name_locate(m_archive, name.toUtf8().constData(), ZIP_FL_ENC_GUESS);
    if (index < 0)
        throw Error(tr("%1: the archive has no entry \"%2\".").arg(m_path, name));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) < 0)
        throw Error(tr("%1: cannot read the archive entry \"%2\": %3")
                        .arg(m_path, name, QString::fromUtf8(zip_strerror(m_archive))));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        throw Error(tr("%1: the archive entry \"%2\" is encrypted.").arg(m_path, name));
    const qint64 limit = std::min(kMaxEntryBytes, kMaxTotalBytes - m_totalRead);
    const auto tooLarge = [&] {
        return Error(tr("%1: the archive entry \"%2\" is larger than %3 MiB uncompressed (or than what is left of "
                        "the %4 MiB read per archive); it is refused.")
                         .arg(m_path, name, mebibytes(kMaxEntryBytes), mebibytes(kMaxTotalBytes)));
    };
    // The header's size is only a claim: checked here, and again while reading.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(limit))
        throw tooLarge();
    // Text deflates to a third or so of its size, never to a hundredth; a bomb (one
    // byte repeated) to a thousandth. Refused before inflating anything: reading
    // stops at the claimed size, and libzip reads no more than the compressed size.
    if ((stat.valid & ZIP_STAT_SIZE) && (stat.valid & ZIP_STAT_COMP_SIZE)
        && stat.size > zip_uint64_t(kMaxRatioFreeBytes)
        && stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > zip_uint64_t(kMaxRatio))
        throw Error(tr("%1: the archive entry \"%2\" inflates from %3 to %4 bytes, more than %5 times; no text "
                       "does that, so it is refused as a zip bomb.")
                        .arg(m_path, name)
                        .arg(stat.comp_size)
                        .arg(stat.size)
                        .arg(kMaxRatio));
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!file)
        throw Error(tr("%1: cannot open the archive entry \"%2\": %3")
                        .arg(m_path, name, QString::fromUtf8(zip_strerror(m_archive))));
    QByteArray bytes;
    char chunk[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk, sizeof(chunk));
        if (n < 0) {
            const QString reason = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            throw Error(tr("%1: the archive entry \"%2\" is damaged: %3").arg(m_path, name, reason));
        }
        if (n == 0)
            break;
        if (bytes.size() + n > limit) {
            zip_fclose(file);
            throw tooLarge();
        }
        // libzip inflates to the end of the data whatever the headers claim: an entry
        // that holds more than it says is a bomb in disguise, stopped at its claim.
        if ((stat.valid & ZIP_STAT_SIZE) && zip_uint64_t(bytes.size() + n) > stat.size) {
            zip_fclose(file);
            throw Error(tr("%1: the archive entry \"%2\" holds more than the %3 bytes its header gives; the "
                           "archive is damaged or forged, and it is refused.")
                            .arg(m_path, name)
                            .arg(stat.size));
        }
        bytes.append(chunk, int(n));
    }
    zip_fclose(file);
    m_totalRead += bytes.size();
    return bytes;
}

} // namespace bitext
