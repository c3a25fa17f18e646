#include "command.h"

#include <QCoreApplication>
#include <QSet>

namespace zaindari::cli {

QString Command::translatedDescription() const
{
    return description ? QCoreApplication::translate("Cli", description) : QString();
}

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *CommandRegistry::find(const QStringList &positional) const
{
    const Command *best = nullptr;
    for (const Command &c : m_commands) {
        if (c.words.size() > positional.size() || (best && best->words.size() >= c.words.size()))
            continue;
        if (positional.mid(0, c.words.size()) == c.words)
            best = &c;
    }
    return best;
}

QList<QCommandLineOption> CommandRegistry::allCommandOptions() const
{
    QList<QCommandLineOption> all;
    QSet<QString> seen;
    for (const Command &c : m_commands) {
        for (const QCommandLineOption &o : c.options) {
            if (seen.contains(o.names().constFirst()))
                continue;
            seen.insert(o.names().constFirst());
            all.append(o);
        }
    }
    return all;
}

} // namespace zaindari::cli
