#include "validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace zaindari {

namespace {

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(text).hasMatch();
}

} // namespace

QString validateHostName(const QString &host)
{
    if (host.isEmpty())
        return QCoreApplication::translate("ProfileValidation", "Enter a host name or address.");
    QHostAddress address;
    if (address.setAddress(host))
        return QString();
    // RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens. Nothing
    // else reaches ssh, so a host can never be read as an option or a shell word.
    const QString label = QStringLiteral("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    if (host.size() > 253
        || !matches(label + QStringLiteral("(\\.") + label + QStringLiteral(")*\\.?"), host)) {
        //: %1 is what the user typed
        return QCoreApplication::translate("ProfileValidation", "“%1” is not a valid host name or address.")
            .arg(host);
    }
    return QString();
}

QString validateSshUser(const QString &user)
{
    if (user.isEmpty())
        return QCoreApplication::translate("ProfileValidation", "Enter the SSH user name.");
    // POSIX portable user names (plus the trailing $ Samba machine accounts use).
    if (user.size() > 32 || !matches(QStringLiteral("[A-Za-z_][A-Za-z0-9._-]*\\$?"), user)) {
        //: %1 is what the user typed
        return QCoreApplication::translate("ProfileValidation", "“%1” is not a valid SSH user name.")
            .arg(user);
    }
    return QString();
}

QString validateRemotePath(const QString &path)
{
    if (path.isEmpty())
        return QCoreApplication::translate("ProfileValidation", "Enter a path on the server.");
    // These paths become words of commands run over SSH: allow only characters that need no
    // quoting in any shell, so no user text can change the command.
    if (!path.startsWith(QLatin1Char('/')) || !matches(QStringLiteral("[A-Za-z0-9._/+@-]+"), path)) {
        //: %1 is a path such as /var/log/zimbra.log
        return QCoreApplication::translate("ProfileValidation",
                                           "“%1” is not usable: paths on the server must be absolute and may "
                                           "contain only letters, digits and . _ / + @ -")
            .arg(path);
    }
    return QString();
}

QString validateSoapUrl(const QUrl &url)
{
    if (url.isEmpty())
        return QString();
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || !url.userInfo().isEmpty()) {
        //: %1 is the URL the user typed
        return QCoreApplication::translate(
                   "ProfileValidation",
                   "“%1” is not a valid Zimbra admin URL: it must start with https:// "
                   "and name a host, e.g. https://mail.example.org:7071/service/admin/soap")
            .arg(url.toString());
    }
    return QString();
}

QString validateLdapUrl(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    const bool ok = url.isValid() && (scheme == QLatin1String("ldap") || scheme == QLatin1String("ldaps"))
        && !url.host().isEmpty() && url.userInfo().isEmpty()
        && (url.path().isEmpty() || url.path() == QLatin1String("/")) && !url.hasQuery()
        && !url.hasFragment();
    if (!ok) {
        //: %1 is the URL the user typed
        return QCoreApplication::translate("ProfileValidation",
                                           "“%1” is not a valid directory URL: use ldaps://HOST[:PORT], or "
                                           "ldap://HOST[:PORT] with StartTLS.")
            .arg(text);
    }
    return QString();
}

QString validatePin(const QString &pin)
{
    // A pin is the SHA-256 of the certificate's DER encoding: 32 bytes, 64 hex digits.
    if (!matches(QStringLiteral("sha256:[0-9A-Fa-f]{64}"), pin)) {
        //: %1 is what the user typed
        return QCoreApplication::translate("ProfileValidation",
                                           "“%1” is not a certificate pin: expected sha256: followed by 64 "
                                           "hexadecimal digits.")
            .arg(pin);
    }
    return QString();
}

QString validateContainThreshold(int perMinute)
{
    if (perMinute >= ContainSettings::MinThreshold && perMinute <= ContainSettings::MaxThreshold)
        return QString();
    //: %1 and %2 are the smallest and largest accepted numbers of messages a minute
    return QCoreApplication::translate("ProfileValidation",
                                       "The automatic containment threshold goes from %1 to %2 messages "
                                       "a minute.")
        .arg(ContainSettings::MinThreshold)
        .arg(ContainSettings::MaxThreshold);
}

QString validateProfile(const Profile &p)
{
    if (p.name.trimmed().isEmpty())
        return QCoreApplication::translate("ProfileValidation", "Enter a name for the profile.");
    QString e;
    for (const MtaHost &h : p.ssh.hosts) {
        if (!(e = validateHostName(h.host)).isEmpty())
            return e;
        if (h.port == 0)
            return QCoreApplication::translate("ProfileValidation", "SSH ports go from 1 to 65535.");
    }
    if (!p.ssh.hosts.isEmpty() && !(e = validateSshUser(p.ssh.user)).isEmpty())
        return e;
    if (p.ssh.auth == SshAuthMethod::KeyFile && p.ssh.keyFile.isEmpty())
        return QCoreApplication::translate("ProfileValidation",
                                           "Choose the SSH private key file, or use the SSH agent.");
    const MtaPaths &m = p.ssh.paths;
    for (const QString &path :
         {m.postqueue, m.postsuper, m.postcat, m.postconf, m.postfix, p.ssh.mtaLogPath, p.ssh.auditLogPath}) {
        if (!(e = validateRemotePath(path)).isEmpty())
            return e;
    }
    if (!(e = validateSoapUrl(p.soap.url)).isEmpty())
        return e;
    if (!(e = validateLdapUrl(p.ldap.url)).isEmpty())
        return e;
    for (const QString &dc : p.ldap.extraControllers) {
        if (!(e = validateLdapUrl(dc)).isEmpty())
            return e;
    }
    for (const auto &pin : p.trust.tlsCertificates) {
        if (!(e = validatePin(pin.second)).isEmpty())
            return e;
    }
    if (!(e = validateContainThreshold(p.containment.autoThresholdPerMinute)).isEmpty())
        return e;
    return QString();
}

} // namespace zaindari
