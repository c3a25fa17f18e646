#include "profile.h"

#include <QJsonArray>
#include <QUuid>

namespace zaindari {

namespace {

QJsonArray pinsToJson(const QList<QPair<QString, QString>> &pins)
{
    QJsonArray a;
    for (const auto &p : pins)
        a.append(
            QJsonObject {{QStringLiteral("endpoint"), p.first}, {QStringLiteral("fingerprint"), p.second}});
    return a;
}

QList<QPair<QString, QString>> pinsFromJson(const QJsonValue &v)
{
    QList<QPair<QString, QString>> pins;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        const QJsonObject o = e.toObject();
        pins.append({o.value(QStringLiteral("endpoint")).toString(),
                     o.value(QStringLiteral("fingerprint")).toString()});
    }
    return pins;
}

QString str(const QJsonObject &o, const char *key, const QString &fallback = QString())
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

} // namespace

MtaPaths MtaPaths::forPreset(MtaPreset preset)
{
    // Zimbra keeps its own Postfix build under /opt/zimbra/common/sbin; Debian's Postfix lives
    // in /usr/sbin. postqueue is set-gid postdrop and needs no privileges in either case, so it
    // never goes through sudo (a real Zimbra MTA grants the zimbra user no sudo for it).
    const QString dir = preset == MtaPreset::Zimbra ? QStringLiteral("/opt/zimbra/common/sbin/")
                                                    : QStringLiteral("/usr/sbin/");
    MtaPaths p;
    p.postqueue = dir + QStringLiteral("postqueue");
    p.postsuper = dir + QStringLiteral("postsuper");
    p.postcat = dir + QStringLiteral("postcat");
    p.postconf = dir + QStringLiteral("postconf");
    p.postfix = dir + QStringLiteral("postfix");
    p.sudoForAdminTools = true;
    return p;
}

bool MtaPaths::operator==(const MtaPaths &o) const
{
    return postqueue == o.postqueue && postsuper == o.postsuper && postcat == o.postcat
        && postconf == o.postconf && postfix == o.postfix && sudoForAdminTools == o.sudoForAdminTools;
}

bool SshSettings::operator==(const SshSettings &o) const
{
    return hosts == o.hosts && user == o.user && auth == o.auth && keyFile == o.keyFile && preset == o.preset
        && paths == o.paths && mtaLogPath == o.mtaLogPath && auditLogPath == o.auditLogPath;
}

QUrl SoapSettings::defaultUrlFor(const QString &host)
{
    // The Zimbra admin SOAP service listens on the admin port 7071 (zimbraAdminPort).
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(host);
    u.setPort(7071);
    u.setPath(QStringLiteral("/service/admin/soap"));
    return u;
}

bool LdapSettings::operator==(const LdapSettings &o) const
{
    return url == o.url && bindIdentity == o.bindIdentity && baseDn == o.baseDn && caFile == o.caFile
        && extraControllers == o.extraControllers;
}

bool ContainSettings::operator==(const ContainSettings &o) const
{
    return autoContain == o.autoContain && autoThresholdPerMinute == o.autoThresholdPerMinute
        && queue == o.queue && directory == o.directory
        && restartMtaWhenSessionsOpen == o.restartMtaWhenSessionsOpen
        && removeForwarding == o.removeForwarding;
}

QString Profile::mailDomain() const
{
    const QString admin = soap.adminUser.trimmed();
    if (admin.contains(QLatin1Char('@')))
        return admin.section(QLatin1Char('@'), -1).toLower();
    // A UPN (user@domain) bind names the AD domain, which Zimbra with AD auth uses as its own.
    const QString bind = ldap.bindIdentity.trimmed();
    if (bind.contains(QLatin1Char('@')) && !bind.contains(QLatin1Char('=')))
        return bind.section(QLatin1Char('@'), -1).toLower();
    // DC=tartanga,DC=test -> tartanga.test (RFC 2247).
    QStringList labels;
    const QStringList rdns = ldap.baseDn.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rdn : rdns) {
        const QString t = rdn.trimmed();
        if (t.startsWith(QLatin1String("DC="), Qt::CaseInsensitive))
            labels << t.mid(3).trimmed().toLower();
    }
    return labels.join(QLatin1Char('.'));
}

QString Profile::accountAddress(const QString &login) const
{
    if (login.contains(QLatin1Char('@')))
        return login;
    const QString domain = mailDomain();
    return domain.isEmpty() || login.isEmpty() ? QString() : login + QLatin1Char('@') + domain;
}

Profile Profile::create(const QString &name)
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    return p;
}

QJsonObject Profile::toJson() const
{
    QJsonArray hosts;
    for (const MtaHost &h : ssh.hosts)
        hosts.append(QJsonObject {{QStringLiteral("host"), h.host}, {QStringLiteral("port"), int(h.port)}});
    const QJsonObject paths {{QStringLiteral("postqueue"), ssh.paths.postqueue},
                             {QStringLiteral("postsuper"), ssh.paths.postsuper},
                             {QStringLiteral("postcat"), ssh.paths.postcat},
                             {QStringLiteral("postconf"), ssh.paths.postconf},
                             {QStringLiteral("postfix"), ssh.paths.postfix},
                             {QStringLiteral("sudo_for_admin_tools"), ssh.paths.sudoForAdminTools}};
    const QJsonObject sshObj {{QStringLiteral("hosts"), hosts},
                              {QStringLiteral("user"), ssh.user},
                              {QStringLiteral("auth"), toString(ssh.auth)},
                              {QStringLiteral("key_file"), ssh.keyFile},
                              {QStringLiteral("preset"), toString(ssh.preset)},
                              {QStringLiteral("paths"), paths},
                              {QStringLiteral("mta_log"), ssh.mtaLogPath},
                              {QStringLiteral("audit_log"), ssh.auditLogPath}};
    const QJsonObject soapObj {{QStringLiteral("url"), soap.url.toString()},
                               {QStringLiteral("admin_user"), soap.adminUser}};
    const QJsonObject ldapObj {
        {QStringLiteral("url"), ldap.url},
        {QStringLiteral("bind"), ldap.bindIdentity},
        {QStringLiteral("base_dn"), ldap.baseDn},
        {QStringLiteral("ca_file"), ldap.caFile},
        {QStringLiteral("extra_controllers"), QJsonArray::fromStringList(ldap.extraControllers)}};
    const QJsonObject trustObj {{QStringLiteral("ssh_host_keys"), pinsToJson(trust.sshHostKeys)},
                                {QStringLiteral("tls_certificates"), pinsToJson(trust.tlsCertificates)}};
    const QJsonObject containObj {
        {QStringLiteral("auto_contain"), containment.autoContain},
        {QStringLiteral("auto_threshold_per_minute"), containment.autoThresholdPerMinute},
        {QStringLiteral("queue"), toString(containment.queue)},
        {QStringLiteral("directory"), toString(containment.directory)},
        {QStringLiteral("restart_mta_when_sessions_open"), containment.restartMtaWhenSessionsOpen},
        {QStringLiteral("remove_forwarding"), containment.removeForwarding}};
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("ssh"), sshObj},
                        {QStringLiteral("soap"), soapObj},
                        {QStringLiteral("ldap"), ldapObj},
                        {QStringLiteral("trust"), trustObj},
                        {QStringLiteral("containment"), containObj}};
}

Profile Profile::fromJson(const QJsonObject &o)
{
    // Missing keys keep the defaults of a fresh profile, so older exports still load.
    Profile p;
    p.id = str(o, "id");
    p.name = str(o, "name");

    const QJsonObject s = o.value(QStringLiteral("ssh")).toObject();
    const QJsonArray hosts = s.value(QStringLiteral("hosts")).toArray();
    for (const QJsonValue &hv : hosts) {
        const QJsonObject h = hv.toObject();
        const int port = h.value(QStringLiteral("port")).toInt(22);
        // Out-of-range ports become 0, which validation rejects, instead of wrapping around.
        p.ssh.hosts.append({str(h, "host"), quint16(port >= 1 && port <= 65535 ? port : 0)});
    }
    p.ssh.user = str(s, "user", p.ssh.user);
    p.ssh.auth = sshAuthFromString(str(s, "auth"), p.ssh.auth);
    p.ssh.keyFile = str(s, "key_file");
    p.ssh.preset = mtaPresetFromString(str(s, "preset"), p.ssh.preset);
    p.ssh.paths = MtaPaths::forPreset(p.ssh.preset);
    const QJsonObject paths = s.value(QStringLiteral("paths")).toObject();
    p.ssh.paths.postqueue = str(paths, "postqueue", p.ssh.paths.postqueue);
    p.ssh.paths.postsuper = str(paths, "postsuper", p.ssh.paths.postsuper);
    p.ssh.paths.postcat = str(paths, "postcat", p.ssh.paths.postcat);
    p.ssh.paths.postconf = str(paths, "postconf", p.ssh.paths.postconf);
    p.ssh.paths.postfix = str(paths, "postfix", p.ssh.paths.postfix);
    p.ssh.paths.sudoForAdminTools
        = paths.value(QStringLiteral("sudo_for_admin_tools")).toBool(p.ssh.paths.sudoForAdminTools);
    p.ssh.mtaLogPath = str(s, "mta_log", p.ssh.mtaLogPath);
    p.ssh.auditLogPath = str(s, "audit_log", p.ssh.auditLogPath);

    const QJsonObject soapObj = o.value(QStringLiteral("soap")).toObject();
    p.soap.url = QUrl(str(soapObj, "url"), QUrl::StrictMode);
    p.soap.adminUser = str(soapObj, "admin_user");

    const QJsonObject l = o.value(QStringLiteral("ldap")).toObject();
    p.ldap.url = str(l, "url");
    p.ldap.bindIdentity = str(l, "bind");
    p.ldap.baseDn = str(l, "base_dn");
    p.ldap.caFile = str(l, "ca_file");
    const QJsonArray extra = l.value(QStringLiteral("extra_controllers")).toArray();
    for (const QJsonValue &v : extra)
        p.ldap.extraControllers.append(v.toString());

    const QJsonObject t = o.value(QStringLiteral("trust")).toObject();
    p.trust.sshHostKeys = pinsFromJson(t.value(QStringLiteral("ssh_host_keys")));
    p.trust.tlsCertificates = pinsFromJson(t.value(QStringLiteral("tls_certificates")));

    // Profiles saved before containment settings existed have no such object: automatic
    // containment stays off, as it must unless the technician opts in.
    const QJsonObject c = o.value(QStringLiteral("containment")).toObject();
    ContainSettings &cs = p.containment;
    cs.autoContain = c.value(QStringLiteral("auto_contain")).toBool(cs.autoContain);
    const QJsonValue th = c.value(QStringLiteral("auto_threshold_per_minute"));
    if (th.isDouble())
        cs.autoThresholdPerMinute = th.toInt(); // out of range: validation refuses it, no clamping
    cs.queue = containQueueFromString(str(c, "queue"), cs.queue);
    cs.directory = containDirectoryFromString(str(c, "directory"), cs.directory);
    cs.restartMtaWhenSessionsOpen
        = c.value(QStringLiteral("restart_mta_when_sessions_open")).toBool(cs.restartMtaWhenSessionsOpen);
    cs.removeForwarding = c.value(QStringLiteral("remove_forwarding")).toBool(cs.removeForwarding);
    return p;
}

bool Profile::operator==(const Profile &o) const
{
    return id == o.id && name == o.name && ssh == o.ssh && soap == o.soap && ldap == o.ldap
        && trust == o.trust && containment == o.containment;
}

QString toString(SshAuthMethod m)
{
    switch (m) {
    case SshAuthMethod::Agent:
        return QStringLiteral("agent");
    case SshAuthMethod::KeyFile:
        return QStringLiteral("key-file");
    case SshAuthMethod::Password:
        return QStringLiteral("password");
    }
    return QString();
}

QString toString(MtaPreset p)
{
    return p == MtaPreset::Postfix ? QStringLiteral("postfix") : QStringLiteral("zimbra");
}

SshAuthMethod sshAuthFromString(const QString &s, SshAuthMethod fallback)
{
    for (SshAuthMethod m : {SshAuthMethod::Agent, SshAuthMethod::KeyFile, SshAuthMethod::Password})
        if (s == toString(m))
            return m;
    return fallback;
}

MtaPreset mtaPresetFromString(const QString &s, MtaPreset fallback)
{
    for (MtaPreset p : {MtaPreset::Zimbra, MtaPreset::Postfix})
        if (s.compare(toString(p), Qt::CaseInsensitive) == 0)
            return p;
    return fallback;
}

QString toString(ContainQueueAction a)
{
    return a == ContainQueueAction::Delete ? QStringLiteral("delete") : QStringLiteral("hold");
}

QString toString(ContainDirectoryAction a)
{
    switch (a) {
    case ContainDirectoryAction::Disable:
        return QStringLiteral("disable");
    case ContainDirectoryAction::ResetPassword:
        return QStringLiteral("reset-password");
    case ContainDirectoryAction::Leave:
        return QStringLiteral("leave");
    }
    return QString();
}

ContainQueueAction containQueueFromString(const QString &s, ContainQueueAction fallback)
{
    for (ContainQueueAction a : {ContainQueueAction::Hold, ContainQueueAction::Delete})
        if (s == toString(a))
            return a;
    return fallback;
}

ContainDirectoryAction containDirectoryFromString(const QString &s, ContainDirectoryAction fallback)
{
    for (ContainDirectoryAction a : {ContainDirectoryAction::Disable, ContainDirectoryAction::ResetPassword,
                                     ContainDirectoryAction::Leave})
        if (s == toString(a))
            return a;
    return fallback;
}

} // namespace zaindari
