#pragma once
// The command registry of zaindari-cli. A command is a list of words ("profiles", "list"), a
// description, its own options and a run function. Later issues add a commands_<area>.cpp with
// a register<Area>Commands(CommandRegistry &) and one line in main.cpp.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <functional>

namespace zaindari {
class ProfileStore;
}

namespace zaindari::cli {

class Output;

// Exit codes of CLI.md.
enum ExitCode {
    ExitSuccess = 0, // success
    ExitFailed = 1, // the operation failed, wholly or in part
    ExitUsage = 2, // usage error
    ExitConnect = 3, // cannot connect or authenticate
    ExitUntrusted = 4, // host key or certificate not trusted
};

struct Context
{
    const QCommandLineParser &parser; // global, connection and command options, already parsed
    QStringList arguments; // positional arguments after the command words
    Output &out;
    ProfileStore &profiles;
};

struct Command
{
    QStringList words; // e.g. {"profiles", "list"}
    const char *description = nullptr; // QT_TRANSLATE_NOOP("Cli", ...)
    QString argumentSyntax; // e.g. "USER"; empty when the command takes none
    int minArguments = 0;
    int maxArguments = 0; // -1 = unlimited
    bool needsConnection = false; // false: connection options are a usage error
    QList<QCommandLineOption> options; // the command's own options
    std::function<int(Context &)> run;

    QString name() const { return words.join(QLatin1Char(' ')); }
    QString translatedDescription() const;
};

class CommandRegistry
{
public:
    void add(Command command);
    const QList<Command> &commands() const { return m_commands; }
    // The command whose words start `positional` (longest match), or nullptr.
    const Command *find(const QStringList &positional) const;
    // Every command's options, each name once, for the one parser that reads argv.
    QList<QCommandLineOption> allCommandOptions() const;

private:
    QList<Command> m_commands;
};

void registerProfileCommands(CommandRegistry &registry);

} // namespace zaindari::cli
