#include "models/import/importfilereader.h"

#include "models/core/error.h"
#include "models/core/inputfile.h"
#include "models/import/formatdetector.h"
#include "models/import/importservice.h"
#include "models/import/projectimporter.h"
#include "models/search/searchtokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace bitext {

ImportFileReader::ImportFileReader(const QString &path, const QString &format, bool withIndexText)
    : m_path(path)
    , m_format(format)
    , m_withIndexText(withIndexText)
    , m_file(path)
{
}

bool ImportFileReader::isProject()
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("ImportService", "%1: cannot read the file: %2")
                        .arg(m_path, m_file.errorString()));
    // REFI-QDA projects and codebooks and Web Annotation JSON are not transcripts:
    // ProjectImporter takes them, whatever way (command line, File › Import, a drop) they come.
    if (ProjectImporter::formatNames().contains(m_format)
        || (m_format.isEmpty() && !FormatDetector::exchangeFormat(m_file.read(65536), m_path).isEmpty())) {
        m_file.close();
        return true;
    }
    m_file.seek(0);
    return false;
}

QString ImportFileReader::hash(ImportMonitor &monitor)
{
    monitor.checkpoint(ImportProgress::Phase::Reading, 0, m_file.size(), true);
    m_bytes = InputFile::readAll(m_file, m_path);
    m_file.close();
    monitor.checkpoint(ImportProgress::Phase::Reading, m_bytes.size(), m_bytes.size(), true);
    return QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
}

ParsedDocument ImportFileReader::parse(ImportMonitor &monitor)
{
    const QByteArray bytes = std::move(m_bytes);
    m_bytes.clear();
    ParsedDocument parsed = ImportService::parseBytes(bytes, m_path, m_format, &monitor);
    if (m_withIndexText) {
        parsed.indexText.reserve(parsed.segments.size() * 2);
        for (const Segment &s : std::as_const(parsed.segments)) {
            parsed.indexText << SearchTokenizer::indexText(s.zh) << SearchTokenizer::indexText(s.en);
            if (monitor.cancelled())
                throw ImportCancelled();
        }
    }
    return parsed;
}

} // namespace bitext
