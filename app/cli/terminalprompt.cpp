#include "app/cli/terminalprompt.h"

#include "models/core/error.h"

#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace bitext::cli {

namespace {

#ifdef Q_OS_UNIX
// The terminal's settings before echo was turned off, put back by the signal handler:
// a Ctrl+C at the prompt must not leave the user's shell without echo.
termios savedTerminal;

void restoreAndRaise(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// One line of standard input without its line end; false at the end of input.
bool readStdinLine(QString &line)
{
    std::string bytes;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        bytes += char(c);
    if (c == EOF && bytes.empty())
        return false;
    if (!bytes.empty() && bytes.back() == '\r')
        bytes.pop_back();
    line = QString::fromLocal8Bit(bytes.data(), int(bytes.size()));
    // The bytes held the password: overwrite them before the string's memory is freed.
    std::fill(bytes.begin(), bytes.end(), '\0');
    return true;
}

} // namespace

bool TerminalPrompt::isTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

QString TerminalPrompt::readPassword(const QString &prompt, QTextStream &err, const QString &instead)
{
    if (!isTerminal())
        throw Error(tr("Cannot ask for the password: standard input is not a terminal. %1").arg(instead));
    QString password;
    bool read = false;
#ifdef Q_OS_UNIX
    // Echo goes off before the prompt shows, so nothing typed after it is ever echoed
    // (nor thrown away by TCSAFLUSH).
    tcgetattr(STDIN_FILENO, &savedTerminal);
    termios silent = savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    auto previousInt = std::signal(SIGINT, restoreAndRaise);
    auto previousTerm = std::signal(SIGTERM, restoreAndRaise);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    err << prompt;
    err.flush();
    read = readStdinLine(password);
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
#endif
    if (!read)
        throw Error(tr("No password was entered."));
    return password;
}

QString TerminalPrompt::readLine()
{
    QString line;
    if (!readStdinLine(line))
        throw Error(tr("Standard input ended before a password line."));
    return line;
}

} // namespace bitext::cli
