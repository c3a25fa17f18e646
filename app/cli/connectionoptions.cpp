#include "connectionoptions.h"

#include "command.h"
#include "profiles/profilestore.h"
#include "profiles/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace zaindari::cli {

namespace {

// A password file holds the password and at most one line ending, which is not part of it.
QString stripLineEnd(QByteArray data)
{
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}


} // namespace

bool readPasswordFile(const QString &file, QIODevice *standardInput, QString *password, QString *error)
{
    QByteArray data;
    if (file == QLatin1String("-")) {
        QFile in;
        QIODevice *dev = standardInput;
        if (!dev) {
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                *error = QCoreApplication::translate("Cli", "Could not read standard input.");
                return false;
            }
            dev = &in;
        }
        data = dev->read(64 * 1024);
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            //: %1 is a file path, %2 the system's reason
            *error = QCoreApplication::translate("Cli", "Could not read the password file %1: %2")
                         .arg(file, in.errorString());
            return false;
        }
        data = in.read(64 * 1024);
    }
    *password = stripLineEnd(data);
    if (password->isEmpty()) {
        //: %1 is a file path or "-"
        *error = QCoreApplication::translate("Cli", "The password file %1 is empty.").arg(file);
        return false;
    }
    return true;
}

QList<QCommandLineOption> connectionOptions()
{
    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        QCommandLineOption o(QLatin1String(name), QCoreApplication::translate("Cli", description));
        if (valueName)
            o.setValueName(QLatin1String(valueName));
        return o;
    };
    return {
        opt("profile", QT_TRANSLATE_NOOP("Cli", "Use the saved profile NAME (secrets from the keychain)."),
            "NAME"),
        opt("ssh", QT_TRANSLATE_NOOP("Cli", "SSH endpoint of the MTA host (port 22 by default)."),
            "USER@HOST[:PORT]"),
        opt("ssh-key", QT_TRANSLATE_NOOP("Cli", "Private key file; without it, the SSH agent."), "FILE"),
        opt("known-hosts", QT_TRANSLATE_NOOP("Cli", "Host-key store in OpenSSH known_hosts format."), "FILE"),
        opt("accept-new-host-key",
            QT_TRANSLATE_NOOP("Cli",
                              "Trust an unknown host key and record it; a changed key is always refused.")),
        opt("mta",
            QT_TRANSLATE_NOOP("Cli",
                              "Path preset: zimbra (/opt/zimbra/common/sbin through sudo) or postfix "
                              "(/usr/sbin)."),
            "zimbra|postfix"),
        opt("log", QT_TRANSLATE_NOOP("Cli", "MTA log on the host (default /var/log/zimbra.log)."), "FILE"),
        opt("audit-log",
            QT_TRANSLATE_NOOP("Cli", "Zimbra audit log on the host (default /opt/zimbra/log/audit.log)."),
            "FILE"),
        opt("soap", QT_TRANSLATE_NOOP("Cli", "Zimbra admin SOAP endpoint."), "URL"),
        opt("soap-user", QT_TRANSLATE_NOOP("Cli", "Zimbra admin account."), "NAME"),
        opt("soap-password-file",
            QT_TRANSLATE_NOOP("Cli", "File holding the admin password; - reads standard input."), "FILE"),
        opt("ldap",
            QT_TRANSLATE_NOOP("Cli",
                              "Directory URL: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with StartTLS."),
            "URL"),
        opt("ldap-bind", QT_TRANSLATE_NOOP("Cli", "Bind identity (UPN or DN)."), "NAME"),
        opt("ldap-password-file",
            QT_TRANSLATE_NOOP("Cli", "File holding the bind password; - reads standard input."), "FILE"),
        opt("ldap-base", QT_TRANSLATE_NOOP("Cli", "Search base DN."), "DN"),
        opt("ca-file", QT_TRANSLATE_NOOP("Cli", "CA certificates for TLS (SOAP and LDAP)."), "FILE"),
        opt("pin",
            QT_TRANSLATE_NOOP("Cli", "Trust exactly this certificate (SHA-256 of its DER); repeatable."),
            "sha256:HEX"),
    };
}

QStringList connectionOptionNames()
{
    QStringList names;
    const QList<QCommandLineOption> options = connectionOptions();
    for (const QCommandLineOption &o : options)
        names.append(o.names());
    return names;
}

bool parseSshEndpoint(const QString &text, QString *user, QString *host, quint16 *port)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("([^@]+)@(\\[([^\\]]+)\\]|[^:\\[\\]]+)(:([0-9]{1,5}))?")));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString h = m.captured(3).isEmpty() ? m.captured(2) : m.captured(3);
    const int p = m.captured(5).isEmpty() ? 22 : m.captured(5).toInt();
    if (p < 1 || p > 65535 || !validateSshUser(m.captured(1)).isEmpty() || !validateHostName(h).isEmpty())
        return false;
    *user = m.captured(1);
    *host = h;
    *port = quint16(p);
    return true;
}

QString formatSshEndpoint(const QString &user, const MtaHost &host)
{
    const QString h
        = host.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host.host + QLatin1Char(']') : host.host;
    return user + QLatin1Char('@') + h + QLatin1Char(':') + QString::number(host.port);
}

int resolveConnection(const QCommandLineParser &parser, const ProfileStore &store, Connection *out,
                      QString *error, QIODevice *standardInput)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return int(ExitUsage);
    };
    Connection c;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        const std::optional<Profile> p = store.byName(name);
        if (!p) {
            //: %1 is a profile name
            return fail(QCoreApplication::translate("Cli",
                                                    "There is no saved profile named “%1” "
                                                    "(see: zaindari-cli profiles list).")
                            .arg(name));
        }
        c.profile = *p;
        c.savedProfile = true;
    } else {
        c.profile = Profile::create(QCoreApplication::translate("Cli", "command line"));
    }
    Profile &p = c.profile;

    if (parser.isSet(QStringLiteral("ssh"))) {
        QString user, host;
        quint16 port = 22;
        const QString value = parser.value(QStringLiteral("ssh"));
        if (!parseSshEndpoint(value, &user, &host, &port)) {
            //: %1 is what the user typed
            return fail(
                QCoreApplication::translate("Cli", "“%1” is not an SSH endpoint: expected USER@HOST[:PORT].")
                    .arg(value));
        }
        p.ssh.user = user;
        p.ssh.hosts = {MtaHost {host, port}};
    }
    if (parser.isSet(QStringLiteral("ssh-key"))) {
        const QString key = parser.value(QStringLiteral("ssh-key"));
        if (!QFileInfo(key).isReadable()) {
            //: %1 is a file path
            return fail(QCoreApplication::translate("Cli", "Cannot read the SSH key file %1.").arg(key));
        }
        p.ssh.auth = SshAuthMethod::KeyFile;
        p.ssh.keyFile = QFileInfo(key).absoluteFilePath();
    }
    if (parser.isSet(QStringLiteral("mta"))) {
        const QString mta = parser.value(QStringLiteral("mta"));
        if (mta != QLatin1String("zimbra") && mta != QLatin1String("postfix")) {
            //: %1 is what the user typed
            return fail(
                QCoreApplication::translate("Cli", "--mta takes zimbra or postfix, not “%1”.").arg(mta));
        }
        p.ssh.preset = mtaPresetFromString(mta);
        p.ssh.paths = MtaPaths::forPreset(p.ssh.preset);
    }
    if (parser.isSet(QStringLiteral("log")))
        p.ssh.mtaLogPath = parser.value(QStringLiteral("log"));
    if (parser.isSet(QStringLiteral("audit-log")))
        p.ssh.auditLogPath = parser.value(QStringLiteral("audit-log"));
    if (parser.isSet(QStringLiteral("soap")))
        p.soap.url = QUrl(parser.value(QStringLiteral("soap")), QUrl::StrictMode);
    if (parser.isSet(QStringLiteral("soap-user")))
        p.soap.adminUser = parser.value(QStringLiteral("soap-user"));
    if (parser.isSet(QStringLiteral("ldap")))
        p.ldap.url = parser.value(QStringLiteral("ldap"));
    if (parser.isSet(QStringLiteral("ldap-bind")))
        p.ldap.bindIdentity = parser.value(QStringLiteral("ldap-bind"));
    if (parser.isSet(QStringLiteral("ldap-base")))
        p.ldap.baseDn = parser.value(QStringLiteral("ldap-base"));
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString ca = parser.value(QStringLiteral("ca-file"));
        if (!QFileInfo(ca).isReadable()) {
            //: %1 is a file path
            return fail(QCoreApplication::translate("Cli", "Cannot read the CA file %1.").arg(ca));
        }
        p.ldap.caFile = QFileInfo(ca).absoluteFilePath();
    }
    const QStringList pins = parser.values(QStringLiteral("pin"));
    for (const QString &pin : pins) {
        const QString e = validatePin(pin);
        if (!e.isEmpty())
            return fail(e);
        c.pins.append(pin.toLower());
    }
    if (parser.isSet(QStringLiteral("known-hosts")))
        c.knownHostsFile = QFileInfo(parser.value(QStringLiteral("known-hosts"))).absoluteFilePath();
    c.acceptNewHostKey = parser.isSet(QStringLiteral("accept-new-host-key"));

    // Same checks as a saved profile: paths are words of remote commands, URLs must be TLS.
    const QString invalid = validateProfile(p);
    if (!invalid.isEmpty())
        return fail(invalid);

    const QString soapFile = parser.value(QStringLiteral("soap-password-file"));
    const QString ldapFile = parser.value(QStringLiteral("ldap-password-file"));
    if (soapFile == QLatin1String("-") && ldapFile == QLatin1String("-"))
        return fail(QCoreApplication::translate("Cli", "Only one password can come from standard input."));
    QString secret, e;
    if (parser.isSet(QStringLiteral("soap-password-file"))) {
        if (!readPasswordFile(soapFile, standardInput, &secret, &e))
            return fail(e);
        c.soapPassword = secret;
    }
    if (parser.isSet(QStringLiteral("ldap-password-file"))) {
        if (!readPasswordFile(ldapFile, standardInput, &secret, &e))
            return fail(e);
        c.ldapPassword = secret;
    }
    *out = c;
    return ExitSuccess;
}

} // namespace zaindari::cli
