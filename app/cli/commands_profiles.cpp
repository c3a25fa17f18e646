// `profiles list`: the saved profiles, without secrets (there are none in a profile).
// `profiles import FILE [--replace]`: profiles from an export file (as the GUI writes them).
// `profiles set-secret NAME KIND --password-file F`: a profile's password into the keychain
// (KIND: ssh-password, ssh-key-passphrase, soap-password, ldap-password). Scripts such as the
// lab's console launcher use them; neither ever puts a secret in a file of ours.
//
// JSON: {"profiles":[{"id","name","ssh","ssh_hosts","soap","ldap"}]}. "ssh" is the first MTA
// host as "user@host:port" (the form --ssh takes), "ssh_hosts" every MTA host in that form; a
// backend that is not configured is null.
#include "command.h"
#include "connectionoptions.h"
#include "keychain.h"
#include "output.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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

// With --replace a saved profile of the same name is replaced (its id is kept, so keychain
// entries stay attached); otherwise a clash is imported under a new name, as in the GUI.
int importProfiles(Context &ctx)
{
    const QString file = ctx.arguments.value(0);
    if (ctx.parser.isSet(QStringLiteral("replace"))) {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly)) {
            const QJsonArray list = QJsonDocument::fromJson(in.read(4 * 1024 * 1024))
                                        .object()
                                        .value(QStringLiteral("profiles"))
                                        .toArray();
            for (const QJsonValue &v : list) {
                const QString name = v.toObject().value(QStringLiteral("name")).toString();
                const std::optional<Profile> old = ctx.profiles.byName(name);
                if (old)
                    ctx.profiles.remove(old->id);
            }
        }
    }
    QString error;
    const QList<Profile> imported = ctx.profiles.importFrom(file, &error);
    if (ctx.out.isJson()) {
        QJsonArray names;
        for (const Profile &p : imported)
            names.append(p.name);
        QJsonObject doc {{QStringLiteral("imported"), names}};
        if (!error.isEmpty())
            doc.insert(QStringLiteral("error"), error);
        ctx.out.document(doc);
    } else {
        for (const Profile &p : imported) {
            //: %1 is a profile name
            ctx.out.line(QCoreApplication::translate("Cli", "Imported the profile “%1”.").arg(p.name));
        }
    }
    if (!error.isEmpty() && !ctx.out.isJson())
        Output::error(error);
    if (imported.isEmpty())
        return ExitFailed;
    return error.isEmpty() ? ExitSuccess : ExitFailed;
}

int setSecret(Context &ctx)
{
    const QString name = ctx.arguments.value(0);
    const QString kindText = ctx.arguments.value(1);
    const QList<SecretKind> kinds {SecretKind::SshPassword, SecretKind::SshKeyPassphrase,
                                   SecretKind::SoapPassword, SecretKind::LdapPassword};
    std::optional<SecretKind> kind;
    QStringList kindNames;
    for (SecretKind k : kinds) {
        kindNames.append(toString(k));
        if (toString(k) == kindText)
            kind = k;
    }
    if (!kind) {
        //: %1 is what the user typed, %2 the accepted words
        Output::error(QCoreApplication::translate("Cli", "Unknown secret “%1”: expected one of %2.")
                          .arg(kindText, kindNames.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const std::optional<Profile> profile = ctx.profiles.byName(name);
    if (!profile) {
        //: %1 is a profile name
        Output::error(QCoreApplication::translate("Cli", "There is no saved profile named “%1” "
                                                         "(see: zaindari-cli profiles list).")
                          .arg(name));
        return ExitUsage;
    }
    if (!ctx.parser.isSet(QStringLiteral("password-file"))) {
        Output::error(QCoreApplication::translate("Cli", "Give the secret with --password-file FILE (or - for "
                                                         "standard input)."));
        return ExitUsage;
    }
    QString secret, error;
    if (!readPasswordFile(ctx.parser.value(QStringLiteral("password-file")), nullptr, &secret, &error)) {
        Output::error(error);
        return ExitUsage;
    }

    // The CLI has no window to keep responsive (the GUI never waits like this); the wait ends.
    const bool ok = writeKeychainSecret(profile->id, *kind, secret, &error);
    if (ctx.out.isJson()) {
        ctx.out.document(QJsonObject {{QStringLiteral("profile"), profile->name},
                                      {QStringLiteral("secret"), toString(*kind)},
                                      {QStringLiteral("done"), ok}});
    } else if (ok) {
        //: %1 is a kind of secret (e.g. soap-password), %2 a profile name
        ctx.out.line(QCoreApplication::translate("Cli", "Stored the %1 of “%2” in the system keychain.")
                         .arg(toString(*kind), profile->name));
    }
    if (!ok)
        Output::error(error);
    return ok ? ExitSuccess : ExitFailed;
}

} // namespace

void registerProfileCommands(CommandRegistry &registry)
{
    Command list;
    list.words = {QStringLiteral("profiles"), QStringLiteral("list")};
    list.description = QT_TRANSLATE_NOOP("Cli", "List the saved profiles.");
    list.run = listProfiles;
    registry.add(list);

    Command import;
    import.words = {QStringLiteral("profiles"), QStringLiteral("import")};
    import.description = QT_TRANSLATE_NOOP("Cli", "Import profiles from an export file (no secrets in it).");
    import.argumentSyntax = QStringLiteral("FILE");
    import.minArguments = 1;
    import.maxArguments = 1;
    import.options = {QCommandLineOption(QStringLiteral("replace"),
                                         QCoreApplication::translate(
                                             "Cli", "Replace saved profiles of the same name instead of renaming."))};
    import.run = importProfiles;
    registry.add(import);

    Command secret;
    secret.words = {QStringLiteral("profiles"), QStringLiteral("set-secret")};
    secret.description = QT_TRANSLATE_NOOP(
        "Cli", "Store a profile's password in the system keychain (ssh-password, ssh-key-passphrase, "
               "soap-password or ldap-password).");
    secret.argumentSyntax = QStringLiteral("PROFILE KIND");
    secret.minArguments = 2;
    secret.maxArguments = 2;
    secret.options = {QCommandLineOption(QStringLiteral("password-file"),
                                         QCoreApplication::translate(
                                             "Cli", "Read the secret from FILE (- for standard input)."),
                                         QStringLiteral("FILE"))};
    secret.run = setSecret;
    registry.add(secret);
}

} // namespace zaindari::cli
