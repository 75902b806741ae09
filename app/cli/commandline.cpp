#include "app/cli/commandline.h"

#include "app/cli/commandregistry.h"
#include "models/core/error.h"
#include "models/core/textio.h"
#include "models/store/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace bitext::cli {

namespace {

// Options that take a value, so their value is not mistaken for a command. The
// single-dash ones are Qt's own GUI options.
bool takesValue(const QString &arg)
{
    static const QStringList options {QStringLiteral("--library"), QStringLiteral("-platform"),
        QStringLiteral("-style"), QStringLiteral("-stylesheet"), QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-display"), QStringLiteral("-qwindowtitle"), QStringLiteral("-qwindowicon")};
    return options.contains(arg);
}

// Index of the command word in arguments (the first one is the program), or -1.
int commandIndex(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

// `bitext FILE...` (the desktop file's Exec=bitext %F) opens the window on the files:
// the first word is a file when it names no command but an existing file.
bool opensFiles(const QStringList &arguments, int index)
{
    const QString &word = arguments.at(index);
    const auto commands = createCommands();
    for (const auto &c : commands) {
        if (c->name() == word)
            return false;
    }
    return QFileInfo(word).isFile();
}

// The translation context of the command line's own texts (a class, so lupdate files
// them under "CommandLine", the context asked for at run time).
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("library"),
        CommandLine::tr("Library file or postgresql://USER@HOST:PORT/DB to use (default: %1; also set by BITEXT_LIBRARY).").arg(Library::defaultPath()),
        CommandLine::tr("PATH")});
    parser.addHelpOption();
    parser.addVersionOption();
}

QString mainHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text
        = CommandLine::tr("Usage: bitext [--library PATH] COMMAND [OPTIONS]\n"
                          "Reads and annotates Chinese/English transcripts. Without a command, opens the window.\n\n"
                          "Commands:\n");
    int width = 0;
    for (const auto &c : commands)
        width = std::max(width, int(c->name().size()));
    for (const auto &c : commands)
        text += QStringLiteral("  ") + c->name().leftJustified(width + 2) + c->summary() + QLatin1Char('\n');
    text += CommandLine::tr("\nOptions:\n"
                            "  --library PATH  Library file or postgresql:// URL (default: %1; also BITEXT_LIBRARY)\n"
                            "  -h, --help      Show this help; `bitext COMMAND --help` shows a command's options\n"
                            "  -v, --version   Show the version\n")
                .arg(Library::defaultPath());
    return text;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    const int index = commandIndex(arguments);
    if (index >= 0 && !opensFiles(arguments, index))
        return true;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-v")
            || arg == QLatin1String("--version") || arg == QLatin1String("-?"))
            return true;
    }
    return false;
}

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    setUtf8(out);
    setUtf8(err);
    const auto commands = createCommands();

    const int index = commandIndex(arguments);
    if (index < 0) {
        QCommandLineParser parser;
        addGlobalOptions(parser);
        if (!parser.parse(arguments)) {
            err << "bitext: " << parser.errorText() << '\n';
            return UsageError;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            out << "bitext " << QCoreApplication::applicationVersion() << '\n';
            return Success;
        }
        out << mainHelp(commands);
        return Success;
    }

    const QString name = arguments.at(index);
    Command *command = nullptr;
    for (const auto &c : commands) {
        if (c->name() == name)
            command = c.get();
    }
    if (!command) {
        err << CommandLine::tr("bitext: unknown command '%1'. Run `bitext --help` for the list of commands.").arg(name)
            << '\n';
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addGlobalOptions(parser);
    if (command->hasJson())
        parser.addOption(
            {QStringLiteral("json"), CommandLine::tr("Print machine-readable JSON (keys documented in the README).")});
    command->addOptions(parser);
    if (!command->arguments().isEmpty())
        parser.addPositionalArgument(command->arguments(), QString(), command->arguments());

    QStringList rest = arguments;
    rest.removeAt(index);
    if (!parser.parse(rest)) {
        err << "bitext " << name << ": " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: bitext ") + name);
        out << help;
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "bitext " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }

    const QString library
        = parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library")) : Library::defaultPath();
    CommandContext context(parser, out, err, library);
    context.setReadsOnly(command->readsOnly());
    try {
        const int status = command->run(context);
        out.flush();
        return status;
    } catch (const UsageProblem &problem) {
        out.flush();
        err << "bitext " << name << ": " << problem.message() << '\n'
            << CommandLine::tr("Run `bitext %1 --help` for usage.").arg(name) << '\n';
        return UsageError;
    } catch (const DamagedLibraryError &error) {
        out.flush();
        err << "bitext " << name << ": " << error.message() << '\n'
            << CommandLine::tr("`bitext backup list` shows its backups; `bitext backup restore` puts the latest good "
                               "one in its place.")
            << '\n';
        return Failure;
    } catch (const Error &error) {
        out.flush();
        err << "bitext " << name << ": " << error.message() << '\n';
        return Failure;
    }
}

} // namespace bitext::cli
