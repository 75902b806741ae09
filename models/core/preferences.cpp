#include "models/core/preferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace bitext {

namespace {

const char *const kAppearances[] = {"system", "light", "dark"};

} // namespace

Preferences &Preferences::instance()
{
    static Preferences preferences;
    return preferences;
}

QList<Preferences::Key> Preferences::keys()
{
    return {Key::Language, Key::Appearance, Key::SimplifiedFont, Key::TraditionalFont, Key::LatinFont, Key::FontSize,
        Key::HighlightPalette, Key::Author, Key::SyntaxTheme, Key::LibraryLocation, Key::ReaderLayout, Key::BackupsKept,
        Key::StopWordsZh, Key::StopWordsEn};
}

QString Preferences::settingsKey(Key key)
{
    // Some keys predate this class (interface/language, annotations/author,
    // reader/arrangement): they keep their names so existing settings still count.
    switch (key) {
    case Key::Language:
        return QStringLiteral("interface/language");
    case Key::Appearance:
        return QStringLiteral("interface/appearance");
    case Key::SimplifiedFont:
        return QStringLiteral("reader/fontSimplified");
    case Key::TraditionalFont:
        return QStringLiteral("reader/fontTraditional");
    case Key::LatinFont:
        return QStringLiteral("reader/fontLatin");
    case Key::FontSize:
        return QStringLiteral("reader/fontSize");
    case Key::HighlightPalette:
        return QStringLiteral("annotations/palette");
    case Key::Author:
        return QStringLiteral("annotations/author");
    case Key::SyntaxTheme:
        return QStringLiteral("notes/syntaxTheme");
    case Key::LibraryLocation:
        return QStringLiteral("library/location");
    case Key::ReaderLayout:
        return QStringLiteral("reader/arrangement");
    case Key::BackupsKept:
        return QStringLiteral("library/backupsKept");
    case Key::StopWordsZh:
        return QStringLiteral("analysis/stopWordsZh");
    case Key::StopWordsEn:
        return QStringLiteral("analysis/stopWordsEn");
    }
    return {};
}

QVariant Preferences::stored(Key key)
{
    return QSettings().value(settingsKey(key));
}

void Preferences::write(Key key, const QVariant &value)
{
    const QVariant before = stored(key);
    QSettings settings;
    if (value.isValid())
        settings.setValue(settingsKey(key), value);
    else
        settings.remove(settingsKey(key));
    settings.sync();
    if (stored(key) != before)
        emit instance().changed(key);
}

Preferences::Snapshot Preferences::snapshot()
{
    Snapshot values;
    for (Key key : keys())
        values.insert(key, stored(key));
    return values;
}

void Preferences::restore(const Snapshot &snapshot)
{
    for (auto it = snapshot.constBegin(); it != snapshot.constEnd(); ++it)
        write(it.key(), it.value());
}

void Preferences::restoreDefaults()
{
    for (Key key : keys())
        write(key, QVariant());
}

QStringList Preferences::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString Preferences::language()
{
    const QString language = stored(Key::Language).toString();
    return languages().contains(language) ? language : QString();
}

void Preferences::setLanguage(const QString &language)
{
    write(Key::Language, languages().contains(language) && !language.isEmpty() ? QVariant(language) : QVariant());
}

Preferences::Appearance Preferences::appearance()
{
    const QString name = stored(Key::Appearance).toString();
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(kAppearances[i]))
            return Appearance(i);
    }
    return Appearance::System;
}

void Preferences::setAppearance(Appearance appearance)
{
    write(Key::Appearance,
        appearance == Appearance::System ? QVariant() : QVariant(QLatin1String(kAppearances[int(appearance)])));
}

static Preferences::Key fontKey(Preferences::Script script)
{
    switch (script) {
    case Preferences::Script::Simplified:
        return Preferences::Key::SimplifiedFont;
    case Preferences::Script::Traditional:
        return Preferences::Key::TraditionalFont;
    case Preferences::Script::Latin:
        break;
    }
    return Preferences::Key::LatinFont;
}

QString Preferences::fontFamily(Script script)
{
    return stored(fontKey(script)).toString().trimmed();
}

void Preferences::setFontFamily(Script script, const QString &family)
{
    const QString trimmed = family.trimmed();
    write(fontKey(script), trimmed.isEmpty() ? QVariant() : QVariant(trimmed));
}

int Preferences::fontSize()
{
    bool ok = false;
    const int points = stored(Key::FontSize).toInt(&ok);
    return ok && points >= kMinFontSize && points <= kMaxFontSize ? points : 0;
}

void Preferences::setFontSize(int points)
{
    write(Key::FontSize, points > 0 ? QVariant(qBound(kMinFontSize, points, kMaxFontSize)) : QVariant());
}

QList<QColor> Preferences::defaultHighlightPalette()
{
    // Highlighter-like colours: light enough to sit behind text.
    QList<QColor> colors;
    for (const char *name :
        {"#ffd54f", "#81c784", "#64b5f6", "#f48fb1", "#ffb74d", "#ba68c8", "#4dd0e1", "#aed581", "#e57373", "#90a4ae"})
        colors << QColor(QLatin1String(name));
    return colors;
}

QList<QColor> Preferences::highlightPalette()
{
    QList<QColor> colors;
    const QStringList names = stored(Key::HighlightPalette).toStringList();
    for (const QString &name : names) {
        const QColor color(name);
        if (color.isValid() && colors.size() < kMaxPaletteColors)
            colors << color;
    }
    return colors.isEmpty() ? defaultHighlightPalette() : colors;
}

void Preferences::setHighlightPalette(const QList<QColor> &colors)
{
    QStringList names;
    for (const QColor &color : colors) {
        if (color.isValid() && names.size() < kMaxPaletteColors)
            names << color.name();
    }
    write(Key::HighlightPalette, names.isEmpty() ? QVariant() : QVariant(names));
}

QString Preferences::author()
{
    return stored(Key::Author).toString().trimmed();
}

void Preferences::setAuthor(const QString &name)
{
    const QString trimmed = name.trimmed();
    write(Key::Author, trimmed.isEmpty() ? QVariant() : QVariant(trimmed));
}

QString Preferences::authorName()
{
    const QString fromEnv = qEnvironmentVariable("BITEXT_AUTHOR").trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString setting = author();
    if (!setting.isEmpty())
        return setting;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
}

QString Preferences::syntaxTheme()
{
    return stored(Key::SyntaxTheme).toString();
}

void Preferences::setSyntaxTheme(const QString &theme)
{
    write(Key::SyntaxTheme, theme.isEmpty() ? QVariant() : QVariant(theme));
}

QString Preferences::defaultLibraryLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

QString Preferences::libraryLocation()
{
    const QString path = stored(Key::LibraryLocation).toString();
    return path.isEmpty() ? defaultLibraryLocation() : path;
}

void Preferences::setLibraryLocation(const QString &path)
{
    const QString clean = path.trimmed().isEmpty() ? QString() : QDir::cleanPath(path.trimmed());
    write(Key::LibraryLocation, clean.isEmpty() || clean == defaultLibraryLocation() ? QVariant() : QVariant(clean));
}

int Preferences::readerLayout()
{
    bool ok = false;
    const int layout = stored(Key::ReaderLayout).toInt(&ok);
    return ok && layout >= 0 && layout < kLayoutCount ? layout : 0;
}

void Preferences::setReaderLayout(int layout)
{
    write(Key::ReaderLayout, layout >= 0 && layout < kLayoutCount ? QVariant(layout) : QVariant());
}

int Preferences::backupsKept()
{
    bool ok = false;
    const int count = stored(Key::BackupsKept).toInt(&ok);
    return ok && count >= 1 && count <= kMaxBackupsKept ? count : kDefaultBackupsKept;
}

void Preferences::setBackupsKept(int count)
{
    write(Key::BackupsKept, count == kDefaultBackupsKept ? QVariant() : QVariant(qBound(1, count, kMaxBackupsKept)));
}

std::optional<QStringList> Preferences::stopWords(Side side)
{
    const QVariant value = stored(side == Side::Zh ? Key::StopWordsZh : Key::StopWordsEn);
    if (!value.isValid())
        return std::nullopt;
    // One word a line: QSettings keeps an empty string, but reads an empty list back as
    // nothing, and an empty list is the user's choice of no stop words.
    return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void Preferences::setStopWords(Side side, const std::optional<QStringList> &words)
{
    write(side == Side::Zh ? Key::StopWordsZh : Key::StopWordsEn,
        words ? QVariant(words->join(QLatin1Char('\n'))) : QVariant());
}

} // namespace bitext
