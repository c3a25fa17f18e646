// zaindari-cli: the scripting front end of the Zaindari core (see CLI.md for the contract).
#include "command.h"
#include "commands_account.h"
#include "commands_contain.h"
#include "commands_directory.h"
#include "commands_policy.h"
#include "commands_queue_support.h"
#include "commands_rates.h"
#include "common/i18n.h"
#include "connectionoptions.h"
#include "output.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace zaindari;
using namespace zaindari::cli;

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// --lang must take effect before the parser's help texts are built, so it is read first.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return QString();
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("Cli", "Show this help, or a command's help.")),
        QCommandLineOption(QStringLiteral("version"),
                           QCoreApplication::translate("Cli", "Show the version.")),
        QCommandLineOption(QStringLiteral("json"),
                           QCoreApplication::translate("Cli", "Print JSON instead of text.")),
        QCommandLineOption(QStringLiteral("lang"),
                           QCoreApplication::translate("Cli",
                                                       "Language of messages: eu, es or en "
                                                       "(default: the system's)."),
                           QStringLiteral("eu|es|en")),
    };
}

QString helpText(const CommandRegistry &registry, const Command *command)
{
    QCommandLineParser p;
    p.addOptions(globalOptions());
    if (!command || command->needsConnection)
        p.addOptions(connectionOptions());
    if (command) {
        p.addOptions(command->options);
        p.setApplicationDescription(command->translatedDescription());
        p.addPositionalArgument(command->name(), QString(),
                                command->name() + QLatin1Char(' ') + command->argumentSyntax);
        return p.helpText();
    }
    p.setApplicationDescription(
        translate("Zaindari incident console for Zimbra mail servers, command-line edition."));
    p.addPositionalArgument(QStringLiteral("command"), translate("The command to run (see below)."),
                            QStringLiteral("COMMAND [ARGS]"));
    QString text = p.helpText() + QLatin1Char('\n') + translate("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const Command &c : registry.commands())
        width = std::max(width, c.name().size());
    for (const Command &c : registry.commands())
        text += QStringLiteral("  ") + c.name().leftJustified(width + 2) + c.translatedDescription()
            + QLatin1Char('\n');
    return text;
}

int usageError(const QString &message)
{
    Output::error(message);
    Output::error(translate("Try “zaindari-cli --help” for more information."));
    return ExitUsage;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zaindari-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZAINDARI_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString lang = requestedLanguage(args);
    if (!lang.isEmpty() && !i18n::supportedLanguages().contains(lang)) {
        i18n::install(&app, QString());
        //: %1 is what the user typed
        return usageError(
            QCoreApplication::translate("Cli", "--lang takes eu, es or en, not “%1”.").arg(lang));
    }
    QString i18nError;
    if (!i18n::install(&app, lang, &i18nError))
        Output::error(i18nError);

    CommandRegistry registry;
    registerProfileCommands(registry);
    registerAccountCommands(registry);
    registerPolicyCommands(registry);
    registerDirectoryCommands(registry);
    registerRatesCommands(registry);
    registerLoginCommands(registry);
    registerWatchCommands(registry);
    registerQueueCommands(registry);
    registerContainCommands(registry);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(connectionOptions());
    parser.addOptions(registry.allCommandOptions());
    if (!parser.parse(args))
        return usageError(parser.errorText());

    if (parser.isSet(QStringLiteral("version"))) {
        Output(false).line(QStringLiteral("zaindari-cli ") + QCoreApplication::applicationVersion());
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    const Command *command = registry.find(positional);
    if (parser.isSet(QStringLiteral("help"))) {
        if (!positional.isEmpty() && !command)
            return usageError(QCoreApplication::translate("Cli", "Unknown command “%1”.")
                                  .arg(positional.join(QLatin1Char(' '))));
        Output(false).line(helpText(registry, command).trimmed());
        return ExitSuccess;
    }
    if (positional.isEmpty())
        return usageError(translate("No command given."));
    if (!command) {
        //: %1 is what the user typed
        return usageError(QCoreApplication::translate("Cli", "Unknown command “%1”.")
                              .arg(positional.join(QLatin1Char(' '))));
    }

    // One parser reads every option; reject those that do not belong to this command.
    QSet<QString> allowed;
    for (const QCommandLineOption &o : globalOptions())
        for (const QString &n : o.names())
            allowed.insert(n);
    if (command->needsConnection)
        for (const QString &n : connectionOptionNames())
            allowed.insert(n);
    for (const QCommandLineOption &o : command->options)
        for (const QString &n : o.names())
            allowed.insert(n);
    const QStringList used = parser.optionNames();
    for (const QString &n : used) {
        if (!allowed.contains(n)) {
            //: %1 is an option such as --ssh, %2 a command such as "profiles list"
            return usageError(QCoreApplication::translate("Cli", "The option --%1 does not apply to “%2”.")
                                  .arg(n, command->name()));
        }
    }

    const QStringList arguments = positional.mid(command->words.size());
    if (arguments.size() < command->minArguments
        || (command->maxArguments >= 0 && arguments.size() > command->maxArguments)) {
        //: %1 is a command such as "account show", %2 its arguments such as USER
        return usageError(
            command->argumentSyntax.isEmpty()
                ? QCoreApplication::translate("Cli", "“%1” takes no arguments.").arg(command->name())
                : QCoreApplication::translate("Cli", "Usage: zaindari-cli %1 %2")
                      .arg(command->name(), command->argumentSyntax));
    }

    Output out(parser.isSet(QStringLiteral("json")));
    ProfileStore profiles;
    Context ctx {parser, arguments, out, profiles};
    return command->run(ctx);
}
