#include "models/export/ziparchive.h"

#include "models/core/error.h"

#include <zip.h>

namespace bitext {

void ZipArchive::add(const QString &name, const QByteArray &data)
{
    m_files.append(qMakePair(name, data));
}

QByteArray ZipArchive::finish() const
{
    const auto fail = [](const QString &what, zip_error_t *error) {
        return Error(tr("Cannot build the zip archive (%1): %2").arg(what, QString::fromUtf8(zip_error_strerror(error))));
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *memory = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!memory)
        throw fail(QStringLiteral("buffer"), &error);
    zip_t *archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(memory);
        throw fail(QStringLiteral("open"), &error);
    }
    // zip_close() would free the buffer source; keep it to read the result back.
    zip_source_keep(memory);
    for (const auto &file : m_files) {
        // libzip reads the data at zip_close(); m_files keeps it alive until then.
        zip_source_t *source = zip_source_buffer(archive, file.second.constData(), zip_uint64_t(file.second.size()), 0);
        const QByteArray name = file.first.toUtf8();
        const zip_int64_t index
            = source ? zip_file_add(archive, name.constData(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) : -1;
        // Deflate's fastest level: the XML and text of a 10,000-quote project shrink to
        // about the same size (ids and markup repeat) in a fraction of the default's time.
        if (index < 0 || zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) < 0) {
            if (source && index < 0) // once added, the archive owns it
                zip_source_free(source);
            const QString reason = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            zip_source_free(memory);
            throw Error(tr("Cannot add %1 to the zip archive: %2").arg(file.first, reason));
        }
    }
    if (zip_close(archive) < 0) {
        const QString reason = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(memory);
        throw Error(tr("Cannot build the zip archive: %1").arg(reason));
    }
    QByteArray bytes;
    if (zip_source_open(memory) < 0) {
        zip_source_free(memory);
        throw Error(tr("Cannot read the zip archive back."));
    }
    zip_source_seek(memory, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(memory);
    zip_source_seek(memory, 0, SEEK_SET);
    bytes.resize(int(size));
    const zip_int64_t read = zip_source_read(memory, bytes.data(), zip_uint64_t(size));
    zip_source_close(memory);
    zip_source_free(memory);
    if (read != size)
        throw Error(tr("Cannot read the zip archive back."));
    return bytes;
}

} // namespace bitext
