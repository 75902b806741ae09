#include "app/cli/command.h"

#include "app/cli/serverlogin.h"
#include "models/store/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bitext::cli {

CommandContext::CommandContext(QCommandLineParser &parser, QTextStream &out, QTextStream &err, QString libraryPath)
    : m_parser(parser), m_out(out), m_err(err), m_libraryPath(std::move(libraryPath))
{
}

CommandContext::~CommandContext() = default;

Library &CommandContext::library()
{
    if (!m_library)
        m_library = openLibrary(m_libraryPath);
    return *m_library;
}

std::unique_ptr<Library> CommandContext::openLibrary(const QString &location)
{
    return ServerLogin::open(location, m_err, m_readsOnly ? Library::Marker::AtFirstWrite : Library::Marker::AtOpen);
}

bool CommandContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

void CommandContext::printJson(const QJsonValue &value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    m_out << QString::fromUtf8(bytes) << '\n';
    m_out.flush();
}

} // namespace bitext::cli
