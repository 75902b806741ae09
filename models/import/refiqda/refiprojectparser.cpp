#include "models/import/refiqda/refiprojectparser.h"

#include "models/import/refiqda/reficodebookparser.h"
#include "models/import/refiqda/refixmlreader.h"

namespace bitext {

RefiProject RefiProjectParser::parse(const QByteArray &bytes, const QString &fileName)
{
    RefiXmlReader xml(bytes, fileName);
    xml.openRoot(QStringLiteral("Project"), QStringLiteral("urn:QDA-XML:project:1.0"), tr("REFI-QDA project"));
    RefiProject project;
    RefiProjectParser(xml, project).readProject();
    return project;
}

void RefiProjectParser::define(const QString &guid, const QString &element)
{
    if (guid.isEmpty())
        return;
    if (m_project.defined.contains(guid))
        throw m_xml.error(
            tr("the GUID %1 is used twice (by a <%2> and a <%3>).").arg(guid, m_project.defined.value(guid), element));
    m_project.defined.insert(guid, element);
}

void RefiProjectParser::skip()
{
    m_xml.skip([this](const QString &guid, const QString &element) { define(guid, element); });
}

QString RefiProjectParser::readRef(const QString &attribute)
{
    const QString guid = m_xml.guid(attribute, true);
    skip();
    return guid;
}

void RefiProjectParser::readProject()
{
    m_project.name = m_xml.attribute(QStringLiteral("name")).trimmed();
    m_project.origin = m_xml.attribute(QStringLiteral("origin")).trimmed();
    while (m_xml.nextChild()) {
        const QString name = m_xml.name();
        if (name == QLatin1String("Users")) {
            readUsers();
        } else if (name == QLatin1String("CodeBook")) {
            while (m_xml.nextChild()) {
                if (m_xml.name() == QLatin1String("Codes"))
                    RefiCodebookParser::readCodes(m_xml, QString(), m_project.codes,
                        [this](const QString &g, const QString &e) { define(g, e); });
                else
                    skip();
            }
        } else if (name == QLatin1String("Variables")) {
            readVariables();
        } else if (name == QLatin1String("Cases")) {
            readCases();
        } else if (name == QLatin1String("Sources")) {
            readSources();
        } else if (name == QLatin1String("Notes")) {
            while (m_xml.nextChild()) {
                if (m_xml.name() == QLatin1String("Note"))
                    m_project.notes << readTextSource();
                else
                    skip();
            }
        } else if (name == QLatin1String("Links")) {
            readLinks();
        } else if (name == QLatin1String("NoteRef")) {
            m_project.noteRefs << readRef();
        } else {
            skip(); // Sets, Graphs
        }
    }
}

void RefiProjectParser::readUsers()
{
    while (m_xml.nextChild()) {
        if (m_xml.name() != QLatin1String("User")) {
            skip();
            continue;
        }
        const QString guid = m_xml.guid(QStringLiteral("guid"), true);
        QString name = m_xml.attribute(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            name = m_xml.attribute(QStringLiteral("id")).trimmed();
        m_project.users.insert(guid, name);
        skip(); // defines the GUID
    }
}

void RefiProjectParser::readVariables()
{
    while (m_xml.nextChild()) {
        if (m_xml.name() != QLatin1String("Variable")) {
            skip();
            continue;
        }
        RefiVariable variable;
        variable.guid = m_xml.guid(QStringLiteral("guid"), true);
        variable.name = m_xml.attribute(QStringLiteral("name")).trimmed();
        variable.type = m_xml.attribute(QStringLiteral("typeOfVariable")).trimmed();
        m_project.variables << variable;
        skip(); // defines the GUID
    }
}

void RefiProjectParser::readCases()
{
    while (m_xml.nextChild()) {
        if (m_xml.name() != QLatin1String("Case")) {
            skip();
            continue;
        }
        RefiCase c;
        c.line = m_xml.line();
        c.guid = m_xml.guid(QStringLiteral("guid"), true);
        c.name = m_xml.attribute(QStringLiteral("name")).trimmed();
        define(c.guid, QStringLiteral("Case"));
        while (m_xml.nextChild()) {
            const QString name = m_xml.name();
            if (name == QLatin1String("Description"))
                c.description = m_xml.text().trimmed();
            else if (name == QLatin1String("VariableValue"))
                c.variables << readVariableValue();
            else if (name == QLatin1String("SourceRef"))
                c.sourceRefs << readRef();
            else if (name == QLatin1String("SelectionRef"))
                c.selectionRefs << readRef();
            else if (name == QLatin1String("CodeRef"))
                c.codeRefs << readRef();
            else
                skip();
        }
        m_project.cases << c;
    }
}

RefiVariableValue RefiProjectParser::readVariableValue()
{
    RefiVariableValue value;
    value.line = m_xml.line();
    while (m_xml.nextChild()) {
        if (m_xml.name() == QLatin1String("VariableRef"))
            value.variableRef = readRef();
        else if (m_xml.name().endsWith(QLatin1String("Value")))
            value.value = m_xml.text().trimmed(); // TextValue, IntegerValue, DateValue, ...
        else
            skip();
    }
    if (value.variableRef.isEmpty())
        throw m_xml.error(tr("a <VariableValue> names no variable."));
    return value;
}

void RefiProjectParser::readSources()
{
    while (m_xml.nextChild()) {
        if (m_xml.name() == QLatin1String("TextSource")) {
            m_project.sources << readTextSource();
            continue;
        }
        // Pictures, PDFs, audio and video: listed so the user learns they were left out.
        RefiSource other;
        other.kind = m_xml.name();
        other.line = m_xml.line();
        other.guid = m_xml.guid(QStringLiteral("guid"));
        other.name = m_xml.attribute(QStringLiteral("name")).trimmed();
        skip();
        m_project.sources << other;
    }
}

RefiSource RefiProjectParser::readTextSource()
{
    RefiSource source;
    source.kind = m_xml.name();
    source.line = m_xml.line();
    source.guid = m_xml.guid(QStringLiteral("guid"), true);
    source.name = m_xml.attribute(QStringLiteral("name")).trimmed();
    source.plainTextPath = m_xml.attribute(QStringLiteral("plainTextPath")).trimmed();
    source.creatingUser = m_xml.guid(QStringLiteral("creatingUser"));
    source.created = m_xml.dateTime(QStringLiteral("creationDateTime"));
    define(source.guid, source.kind);
    while (m_xml.nextChild()) {
        const QString name = m_xml.name();
        if (name == QLatin1String("Description")) {
            source.description = m_xml.text().trimmed();
        } else if (name == QLatin1String("PlainTextContent")) {
            source.plainTextContent = m_xml.text();
            source.hasPlainTextContent = true;
        } else if (name == QLatin1String("PlainTextSelection")) {
            source.selections << readSelection();
        } else if (name == QLatin1String("Coding")) {
            source.codings << readCoding();
        } else if (name == QLatin1String("NoteRef")) {
            source.noteRefs << readRef();
        } else if (name == QLatin1String("VariableValue")) {
            source.variables << readVariableValue();
        } else {
            skip();
        }
    }
    return source;
}

RefiSelection RefiProjectParser::readSelection()
{
    RefiSelection selection;
    selection.line = m_xml.line();
    selection.guid = m_xml.guid(QStringLiteral("guid"), true);
    selection.name = m_xml.attribute(QStringLiteral("name")).trimmed();
    selection.start = m_xml.integer(QStringLiteral("startPosition"));
    selection.end = m_xml.integer(QStringLiteral("endPosition"));
    selection.creatingUser = m_xml.guid(QStringLiteral("creatingUser"));
    selection.created = m_xml.dateTime(QStringLiteral("creationDateTime"));
    define(selection.guid, QStringLiteral("PlainTextSelection"));
    while (m_xml.nextChild()) {
        const QString name = m_xml.name();
        if (name == QLatin1String("Description"))
            selection.description = m_xml.text().trimmed();
        else if (name == QLatin1String("Coding"))
            selection.codings << readCoding();
        else if (name == QLatin1String("NoteRef"))
            selection.noteRefs << readRef();
        else
            skip();
    }
    return selection;
}

RefiCoding RefiProjectParser::readCoding()
{
    RefiCoding coding;
    coding.line = m_xml.line();
    coding.guid = m_xml.guid(QStringLiteral("guid"), true);
    coding.creatingUser = m_xml.guid(QStringLiteral("creatingUser"));
    coding.created = m_xml.dateTime(QStringLiteral("creationDateTime"));
    define(coding.guid, QStringLiteral("Coding"));
    while (m_xml.nextChild()) {
        if (m_xml.name() == QLatin1String("CodeRef"))
            coding.codeRef = readRef();
        else if (m_xml.name() == QLatin1String("NoteRef"))
            coding.noteRefs << readRef();
        else
            skip();
    }
    if (coding.codeRef.isEmpty())
        throw m_xml.error(tr("a <Coding> (%1) names no code.").arg(coding.guid));
    return coding;
}

void RefiProjectParser::readLinks()
{
    while (m_xml.nextChild()) {
        if (m_xml.name() != QLatin1String("Link")) {
            skip();
            continue;
        }
        RefiLink link;
        link.line = m_xml.line();
        link.guid = m_xml.guid(QStringLiteral("guid"), true);
        link.origin = m_xml.guid(QStringLiteral("originGUID"));
        link.target = m_xml.guid(QStringLiteral("targetGUID"));
        define(link.guid, QStringLiteral("Link"));
        while (m_xml.nextChild()) {
            if (m_xml.name() == QLatin1String("NoteRef"))
                link.noteRefs << readRef();
            else
                skip();
        }
        m_project.links << link;
    }
}

} // namespace bitext
