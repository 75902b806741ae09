#pragma once

// What RefiImporter::importProject does with a project before the library is
// touched -- check the references, read the texts and Bitext's layout, plan the
// documents and gather the notes -- for the REFI-QDA fuzz targets (the library
// part needs no fuzzing: by then everything has been read and checked).

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace bitext::fuzz {

// entry(name): the bytes of an archive entry ("sources/x.txt",
// "bitext/documents.json"), or nothing when there is no archive or no such entry.
// Throws Error where the importer would.
void planRefiProject(const QByteArray &projectXml, const QString &label,
    const std::function<std::optional<QByteArray>(const QString &entry)> &entry);

} // namespace bitext::fuzz
