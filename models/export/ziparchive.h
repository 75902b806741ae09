#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace bitext {

// A zip archive built in memory with libzip, so it can be saved atomically
// like every other export (QSaveFile) instead of growing in place.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    void add(const QString &name, const QByteArray &data);
    // The archive's bytes. Throws Error when libzip fails.
    QByteArray finish() const;

private:
    QList<QPair<QString, QByteArray>> m_files;
};

} // namespace bitext
