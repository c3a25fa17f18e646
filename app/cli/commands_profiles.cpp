// `profiles list`: the saved profiles, without secrets (there are none in a profile).
//
// JSON: {"profiles":[{"id","name","ssh","ssh_hosts","soap","ldap"}]}. "ssh" is the first MTA
// host as "user@host:port" (the form --ssh takes), "ssh_hosts" every MTA host in that form; a
// backend that is not configured is null.
#include "command.h"
#include "connectionoptions.h"
#include "output.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zaindari::cli {

namespace {

int listProfiles(Context &ctx)
{
    const QList<Profile> profiles = ctx.profiles.profiles();
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };

    if (ctx.out.isJson()) {
        QJsonArray list;
        for (const Profile &p : profiles) {
            QJsonArray hosts;
            for (const MtaHost &h : p.ssh.hosts)
                hosts.append(formatSshEndpoint(p.ssh.user, h));
            list.append(QJsonObject {
                {QStringLiteral("id"), p.id},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("ssh"), hosts.isEmpty() ? QJsonValue(QJsonValue::Null) : hosts.first()},
                {QStringLiteral("ssh_hosts"), hosts},
                {QStringLiteral("soap"), orNull(p.soap.url.toString())},
                {QStringLiteral("ldap"), orNull(p.ldap.url)},
            });
        }
        ctx.out.document(QJsonObject {{QStringLiteral("profiles"), list}});
        return ExitSuccess;
    }

    if (profiles.isEmpty()) {
        ctx.out.line(
            QCoreApplication::translate("Cli", "No profiles saved yet. Create one in the Zaindari console."));
        return ExitSuccess;
    }
    const QString none = QCoreApplication::translate("Cli", "—", "backend not configured");
    QList<QStringList> rows;
    for (const Profile &p : profiles) {
        QStringList hosts;
        for (const MtaHost &h : p.ssh.hosts)
            hosts.append(formatSshEndpoint(p.ssh.user, h));
        const QString soap = p.soap.url.toString();
        rows.append({p.name, hosts.isEmpty() ? none : hosts.join(QStringLiteral(", ")),
                     soap.isEmpty() ? none : soap, p.ldap.url.isEmpty() ? none : p.ldap.url});
    }
    ctx.out.table({QCoreApplication::translate("Cli", "Name"), QCoreApplication::translate("Cli", "SSH"),
                   QCoreApplication::translate("Cli", "Zimbra admin"),
                   QCoreApplication::translate("Cli", "Active Directory")},
                  rows);
    return ExitSuccess;
}

} // namespace

void registerProfileCommands(CommandRegistry &registry)
{
    Command list;
    list.words = {QStringLiteral("profiles"), QStringLiteral("list")};
    list.description = QT_TRANSLATE_NOOP("Cli", "List the saved profiles.");
    list.run = listProfiles;
    registry.add(list);
}

} // namespace zaindari::cli
