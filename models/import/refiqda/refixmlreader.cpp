#include "models/import/refiqda/refixmlreader.h"

#include <QRegularExpression>

namespace bitext {

RefiXmlReader::RefiXmlReader(const QByteArray &bytes, QString fileName)
    : m_xml(bytes)
    , m_fileName(std::move(fileName))
{
}

Error RefiXmlReader::error(const QString &reason) const
{
    return Error(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(m_xml.lineNumber()).arg(reason));
}

void RefiXmlReader::check()
{
    if (m_xml.hasError())
        throw error(tr("not well-formed XML: %1").arg(m_xml.errorString()));
}

QXmlStreamReader::TokenType RefiXmlReader::next()
{
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    check();
    if (token == QXmlStreamReader::EndElement) {
        --m_depth;
    } else if (token == QXmlStreamReader::StartElement) {
        if (++m_depth > kMaxDepth)
            throw error(tr("elements are nested more than %1 levels deep; the file is refused.").arg(kMaxDepth));
        if (++m_elements > kMaxElements)
            throw error(tr("the file has more than %1 elements; the file is refused.").arg(kMaxElements));
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.value().size() > kMaxAttributeChars)
                throw error(tr("the attribute %1 of <%2> is %3 characters long; at most %4 are read, so the file is "
                               "refused.")
                                .arg(a.name().toString(), m_xml.name().toString())
                                .arg(a.value().size())
                                .arg(kMaxAttributeChars));
        }
    }
    return token;
}

void RefiXmlReader::openRoot(const QString &name, const QString &namespaceUri, const QString &whatItIs)
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::DTD)
            throw error(tr("the file declares a document type (<!DOCTYPE>); %1 files have none, and entity "
                           "declarations in one are refused.")
                            .arg(whatItIs));
        if (token == QXmlStreamReader::EntityReference)
            throw error(tr("the file uses an undeclared entity (&%1;).").arg(m_xml.name().toString()));
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() != name || m_xml.namespaceUri() != namespaceUri)
                throw error(
                    tr("this is not a %1: its root element is <%2> in namespace \"%3\", not <%4> in \"%5\".")
                        .arg(whatItIs, m_xml.name().toString(), m_xml.namespaceUri().toString(), name, namespaceUri));
            return;
        }
    }
    check();
    throw error(tr("the file is empty; a %1 was expected.").arg(whatItIs));
}

bool RefiXmlReader::nextChild()
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::StartElement)
            return true;
        if (token == QXmlStreamReader::EndElement)
            return false;
        if (token == QXmlStreamReader::EntityReference)
            throw error(tr("the file uses an undeclared entity (&%1;).").arg(m_xml.name().toString()));
    }
    check();
    throw error(tr("the file ends in the middle of an element."));
}

QString RefiXmlReader::text()
{
    const QString value = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    check();
    --m_depth; // readElementText read the end tag
    return value;
}

void RefiXmlReader::skip(const std::function<void(const QString &, const QString &)> &defined)
{
    int depth = 1;
    const auto note = [&] {
        // Elements Bitext does not import are only noted, never refused for an odd id.
        const QString id = normalisedGuid(attribute(QStringLiteral("guid")));
        if (!id.isEmpty())
            defined(id, m_xml.name().toString());
    };
    note();
    while (depth > 0) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            note();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::EndDocument) {
            throw error(tr("the file ends in the middle of an element."));
        }
    }
}

QString RefiXmlReader::attribute(const QString &name) const
{
    return m_xml.attributes().value(name).toString();
}

QString RefiXmlReader::normalisedGuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString RefiXmlReader::guid(const QString &name, bool required) const
{
    const QString raw = attribute(name);
    if (raw.isEmpty()) {
        if (required)
            throw error(tr("<%1> has no %2 attribute.").arg(m_xml.name().toString(), name));
        return {};
    }
    const QString id = normalisedGuid(raw);
    if (id.isEmpty())
        throw error(tr("<%1> has %2=\"%3\", which is not a GUID.").arg(m_xml.name().toString(), name, raw));
    return id;
}

qint64 RefiXmlReader::integer(const QString &name) const
{
    bool ok = false;
    const qint64 value = attribute(name).trimmed().toLongLong(&ok);
    if (!ok)
        throw error(
            tr("<%1> has %2=\"%3\", which is not a whole number.").arg(m_xml.name().toString(), name, attribute(name)));
    return value;
}

QDateTime RefiXmlReader::dateTime(const QString &name) const
{
    // Optional metadata: a date the other program wrote oddly is dropped, not fatal.
    return QDateTime::fromString(attribute(name).trimmed(), Qt::ISODateWithMs);
}

} // namespace bitext
