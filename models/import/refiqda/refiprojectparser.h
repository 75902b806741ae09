#pragma once

#include "models/import/refiqda/refiproject.h"

#include <QCoreApplication>

namespace bitext {

class RefiXmlReader;

// Reads project.qde (REFI-QDA 1.5, urn:QDA-XML:project:1.0) into a RefiProject:
// users, codes, variables, cases, sources with their selections and codings,
// notes and links. Only the structure: references are checked by
// RefiProjectChecker, source texts read by the importer.
class RefiProjectParser
{
    Q_DECLARE_TR_FUNCTIONS(RefiProjectParser)

public:
    static RefiProject parse(const QByteArray &bytes, const QString &fileName);

private:
    RefiProjectParser(RefiXmlReader &xml, RefiProject &project)
        : m_xml(xml)
        , m_project(project)
    {
    }

    void readProject();
    void readUsers();
    void readVariables();
    void readCases();
    void readSources();
    RefiSource readTextSource();
    RefiSelection readSelection();
    RefiCoding readCoding();
    RefiVariableValue readVariableValue();
    void readLinks();
    QString readRef(const QString &attribute = QStringLiteral("targetGUID"));
    void skip();
    void define(const QString &guid, const QString &element);

    RefiXmlReader &m_xml;
    RefiProject &m_project;
};

} // namespace bitext
