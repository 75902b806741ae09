#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace bitext::cli {

// Reads a password typed at the terminal (standard input) without showing it, the way
// psql asks. Only a terminal qualifies: a password piped in by accident (a here-doc in
// a script that meant something else) is refused unless the command asked for a pipe.
class TerminalPrompt
{
    Q_DECLARE_TR_FUNCTIONS(TerminalPrompt)

public:
    static bool isTerminal();
    // Writes prompt to err and reads one line with echo off (the terminal still shows the
    // line end).
    // Throws Error when standard input is not a terminal (the message says what to do
    // instead: `instead` is added to it) or ends before a line.
    static QString readPassword(const QString &prompt, QTextStream &err, const QString &instead);
    // The first line of standard input, whatever it is (for --password-stdin).
    static QString readLine();
};

} // namespace bitext::cli
