#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

namespace bitext {
class Library;
}

namespace bitext::cli {

// What a command gets to work with: its parsed options, the output streams and
// the library (opened on first use, so --help never creates one).
class CommandContext
{
public:
    CommandContext(QCommandLineParser &parser, QTextStream &out, QTextStream &err, QString libraryPath);
    ~CommandContext();

    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    Library &library();
    // Opens another library (a file or a URL), asking for a server's password if refused.
    std::unique_ptr<Library> openLibrary(const QString &location);
    const QString &libraryPath() const { return m_libraryPath; }
    // Set for a command that only reads: its library gets no open marker until a write.
    void setReadsOnly(bool readsOnly) { m_readsOnly = readsOnly; }
    bool json() const;

    // Writes a compact JSON value and a newline to standard output.
    void printJson(const QJsonValue &value);

private:
    QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_libraryPath;
    std::unique_ptr<Library> m_library;
    bool m_readsOnly = false;
};

// Exit codes, stable for scripts.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Thrown by a command for a wrong argument: printed with the command's usage hint.
class UsageProblem : public std::exception
{
public:
    explicit UsageProblem(QString message)
        : m_message(std::move(message))
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// One sub-command of `bitext`, e.g. `list` or `import`.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments for the usage line, e.g. "DOC".
    virtual QString arguments() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    virtual int run(CommandContext &context) = 0;
    // Does this command accept --json?
    virtual bool hasJson() const { return true; }
    // Does this command only read the library (Library::Marker::AtFirstWrite)?
    virtual bool readsOnly() const { return false; }
};

} // namespace bitext::cli
