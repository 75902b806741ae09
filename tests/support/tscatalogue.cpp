#include "tests/support/tscatalogue.h"

#include "models/text/script.h"

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <catch2/catch.hpp>

namespace bitext::test {

QString TsMessage::name() const
{
    QString text = context + QStringLiteral(": \"") + source + QLatin1Char('"');
    if (!comment.isEmpty())
        text += QStringLiteral(" (") + comment + QLatin1Char(')');
    return text;
}

QList<TsMessage> readTsCatalogue(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            message.finished = message.finished && !message.translations.isEmpty()
                && std::all_of(message.translations.cbegin(), message.translations.cend(),
                    [](const QString &text) { return !text.trimmed().isEmpty(); });
            messages << message;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

bool hasHan(const QString &text)
{
    // ICU's script property, as the importers decide a line's side.
    const QVector<uint> characters = text.toUcs4();
    return std::any_of(characters.cbegin(), characters.cend(), [](uint c) { return isHan(c); });
}

QString lupdateBinary()
{
    const QString fromEnv = qEnvironmentVariable("BITEXT_LUPDATE");
    if (!fromEnv.isEmpty())
        return fromEnv;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
#else
    return QLibraryInfo::location(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
#endif
}

void mergeSources(const QString &tsPath, const QString &language, bool pluralOnly)
{
    // The options of translations/update.sh (keep them in step).
    QStringList arguments {QStringLiteral("-silent")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("-no-obsolete") << QStringLiteral("-locations") << QStringLiteral("none")
              << QStringLiteral("-target-language") << language << QStringLiteral("-extensions")
              << QStringLiteral("cpp,h") << QStringLiteral("models") << QStringLiteral("ui") << QStringLiteral("app")
              << QStringLiteral("-ts") << tsPath;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(BITEXT_SOURCE_DIR));
    lupdate.start(lupdateBinary(), arguments);
    INFO("lupdate: " << lupdateBinary().toStdString());
    REQUIRE(lupdate.waitForFinished(180000));
    // Its parser does not know `namespace a::b {`; Translator copes, so only other warnings matter.
    QStringList warnings;
    const QStringList lines = QString::fromLocal8Bit(lupdate.readAllStandardError()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.contains(QLatin1String("unknown namespace/class")) && !line.contains(QLatin1String("lacks Q_OBJECT"))
            && !line.contains(QLatin1String("undeclared qualified class")))
            warnings << line;
    }
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);
}

QString mergedCatalogueCopy(const QString &dir, const QString &language, bool pluralOnly)
{
    const QString name = QStringLiteral("bitext_") + language + QStringLiteral(".ts");
    const QString copy = dir + QLatin1Char('/') + name;
    QFile::remove(copy);
    REQUIRE(QFile::copy(QStringLiteral(BITEXT_SOURCE_DIR "/translations/") + name, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    mergeSources(copy, language, pluralOnly);
    return copy;
}

} // namespace bitext::test
