#include "directorysession.h"

#include "adtime.h"
#include "ldapconnection.h"
#include "ldapfilter.h"

#include <QCoreApplication>

#include <ldap.h>

namespace zaindari {

namespace {

DirectoryOutcome failure(DirectoryError e, const QString &message, const QString &detail = QString())
{
    DirectoryOutcome o;
    o.error = e;
    o.message = message;
    o.detail = detail;
    return o;
}

const QStringList &userSummaryAttributes()
{
    static const QStringList a {QStringLiteral("sAMAccountName"), QStringLiteral("userPrincipalName"),
                                QStringLiteral("mail"), QStringLiteral("displayName")};
    return a;
}

DirectoryUser userFromEntry(const LdapEntry &e)
{
    DirectoryUser u;
    u.dn = e.dn;
    u.samAccountName = e.text(QStringLiteral("sAMAccountName"));
    u.userPrincipalName = e.text(QStringLiteral("userPrincipalName"));
    u.mail = e.text(QStringLiteral("mail"));
    u.displayName = e.text(QStringLiteral("displayName"));
    return u;
}

std::optional<qint64> integer(const LdapEntry &e, const QString &name)
{
    if (!e.has(name))
        return std::nullopt;
    return parseAdInteger(e.value(name));
}

QByteArray number(qint64 v)
{
    return QByteArray::number(v);
}

} // namespace

QByteArray unicodePwdValue(const QString &password)
{
    const QString quoted = QLatin1Char('"') + password + QLatin1Char('"');
    QByteArray out;
    out.reserve(quoted.size() * 2);
    for (const QChar c : quoted) {
        const char16_t u = c.unicode();
        out.append(char(u & 0xff));
        out.append(char((u >> 8) & 0xff));
    }
    return out;
}

DirectorySession::DirectorySession(const DirectoryConfig &config, const std::atomic_bool *cancel,
                                   Progress progress)
    : m_config(config)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
{ }

DirectorySession::~DirectorySession() = default;

void DirectorySession::progress(const QString &what) const
{
    if (m_progress)
        m_progress(what);
}

DirectoryOutcome DirectorySession::ensureConnected()
{
    if (m_conn)
        return {};
    if (m_config.url.trimmed().isEmpty())
        return failure(
            DirectoryError::InvalidSettings,
            QCoreApplication::translate("zaindari::DirectorySession", "No directory address is configured."));
    if (m_config.bindIdentity.trimmed().isEmpty())
        return failure(DirectoryError::InvalidSettings,
                       QCoreApplication::translate("zaindari::DirectorySession",
                                                   "No directory bind account is configured."));
    if (m_config.baseDn.trimmed().isEmpty())
        return failure(DirectoryError::InvalidSettings,
                       QCoreApplication::translate("zaindari::DirectorySession",
                                                   "No directory search base is configured."));
    auto conn = std::make_unique<LdapConnection>(m_config, m_cancel);
    //: %1 is the directory URL
    progress(
        QCoreApplication::translate("zaindari::DirectorySession", "Connecting to %1…").arg(m_config.url));
    DirectoryOutcome o = conn->open(m_config.url);
    if (!o.ok())
        return o;
    //: %1 is the bind account
    progress(QCoreApplication::translate("zaindari::DirectorySession", "Logging in as %1…")
                 .arg(m_config.bindIdentity));
    o = conn->bind(m_config.bindIdentity, m_config.password);
    if (!o.ok())
        return o;
    m_conn = std::move(conn);
    return {};
}

DirectoryOutcome DirectorySession::testConnection(QString *summary)
{
    DirectoryOutcome o = ensureConnected();
    if (!o.ok())
        return o;
    progress(QCoreApplication::translate("zaindari::DirectorySession", "Checking the search base…"));
    LdapEntry base;
    o = m_conn->readEntry(m_config.baseDn, {QStringLiteral("objectClass")}, &base);
    if (!o.ok()) {
        if (o.error == DirectoryError::BaseNotFound || o.ldapCode == LDAP_NO_SUCH_OBJECT
            || o.ldapCode == LDAP_INVALID_DN_SYNTAX)
            //: %1 is the search base DN
            return failure(DirectoryError::BaseNotFound,
                           QCoreApplication::translate("zaindari::DirectorySession",
                                                       "Logged in, but the search base “%1” does not exist.")
                               .arg(m_config.baseDn),
                           o.detail);
        return o;
    }
    if (summary) {
        *summary = m_conn->trustedByPin()
            //: %1 URL, %2 bind account
            ? QCoreApplication::translate(
                  "zaindari::DirectorySession",
                  "Connected to %1 over TLS (pinned certificate) as %2; the search base exists.")
                  .arg(m_conn->url(), m_config.bindIdentity)
            : QCoreApplication::translate(
                  "zaindari::DirectorySession",
                  "Connected to %1 over TLS (verified certificate) as %2; the search base exists.")
                  .arg(m_conn->url(), m_config.bindIdentity);
    }
    return {};
}

DirectoryOutcome DirectorySession::findUsers(const QString &who, QList<DirectoryUser> *users, int limit)
{
    const QString filter = userLookupFilter(who);
    if (filter.isEmpty())
        return failure(DirectoryError::InvalidValue,
                       QCoreApplication::translate("zaindari::DirectorySession",
                                                   "Type an account name, address or name to look for."));
    DirectoryOutcome o = ensureConnected();
    if (!o.ok())
        return o;
    // No account name contains a control character. RFC 4515 escapes NUL as \00, but Samba
    // compares only up to it, so "ikasle8\0" would find ikasle8: such text matches nobody.
    for (const QChar c : who) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return {};
    }
    //: %1 is what the technician looks for
    progress(QCoreApplication::translate("zaindari::DirectorySession", "Looking for %1…").arg(who));
    QList<LdapEntry> entries;
    o = m_conn->search(m_config.baseDn, LdapScope::Subtree, filter, userSummaryAttributes(), &entries, limit);
    if (!o.ok()) {
        if (o.ldapCode == LDAP_NO_SUCH_OBJECT)
            return failure(DirectoryError::BaseNotFound,
                           QCoreApplication::translate("zaindari::DirectorySession",
                                                       "The search base “%1” does not exist.")
                               .arg(m_config.baseDn),
                           o.detail);
        return o;
    }
    for (const LdapEntry &e : entries)
        users->append(userFromEntry(e));
    return {};
}

DirectoryOutcome DirectorySession::findUser(const QString &who, DirectoryUser *user)
{
    QList<DirectoryUser> users;
    DirectoryOutcome o = findUsers(who, &users, 2);
    if (!o.ok())
        return o;
    if (users.isEmpty())
        //: %1 is the account the technician asked for
        return failure(
            DirectoryError::UserNotFound,
            QCoreApplication::translate("zaindari::DirectorySession", "No directory account matches “%1”.")
                .arg(who));
    if (users.size() > 1)
        return failure(
            DirectoryError::UserAmbiguous,
            QCoreApplication::translate("zaindari::DirectorySession",
                                        "More than one directory account matches “%1”; use the account name.")
                .arg(who),
            users.at(0).dn + QLatin1Char('\n') + users.at(1).dn);
    *user = users.first();
    return {};
}

DirectoryOutcome DirectorySession::domainDn(QString *dn)
{
    if (!m_domainDn.isEmpty()) {
        *dn = m_domainDn;
        return {};
    }
    // The domain object (which holds the policy) is the root DSE's defaultNamingContext; the
    // profile's base may be an OU below it.
    LdapEntry root;
    DirectoryOutcome o = m_conn->readEntry(QString(), {QStringLiteral("defaultNamingContext")}, &root);
    if (o.ok() && !root.text(QStringLiteral("defaultNamingContext")).isEmpty()) {
        m_domainDn = root.text(QStringLiteral("defaultNamingContext"));
    } else {
        const qsizetype dc = m_config.baseDn.indexOf(QLatin1String("DC="), 0, Qt::CaseInsensitive);
        m_domainDn = dc >= 0 ? m_config.baseDn.mid(dc) : m_config.baseDn;
    }
    *dn = m_domainDn;
    return {};
}

DirectoryOutcome DirectorySession::readPolicy(DomainPolicy *policy)
{
    DirectoryOutcome o = ensureConnected();
    if (!o.ok())
        return o;
    QString dn;
    domainDn(&dn);
    progress(QCoreApplication::translate("zaindari::DirectorySession", "Reading the domain policy…"));
    LdapEntry e;
    o = m_conn->readEntry(dn,
                          {QStringLiteral("lockoutThreshold"), QStringLiteral("lockOutObservationWindow"),
                           QStringLiteral("lockoutDuration"), QStringLiteral("minPwdLength"),
                           QStringLiteral("pwdProperties"), QStringLiteral("pwdHistoryLength"),
                           QStringLiteral("maxPwdAge"), QStringLiteral("minPwdAge")},
                          &e);
    if (!o.ok())
        return o;
    DomainPolicy p;
    p.domainDn = dn;
    p.lockoutThreshold = int(integer(e, QStringLiteral("lockoutThreshold")).value_or(0));
    if (const auto w = integer(e, QStringLiteral("lockOutObservationWindow")))
        p.observationWindowSeconds = adIntervalToSeconds(*w);
    if (const auto d = integer(e, QStringLiteral("lockoutDuration")))
        p.lockoutDurationSeconds = adIntervalToSeconds(*d);
    p.minPwdLength = int(integer(e, QStringLiteral("minPwdLength")).value_or(0));
    p.pwdProperties = quint32(integer(e, QStringLiteral("pwdProperties")).value_or(0));
    p.pwdHistoryLength = int(integer(e, QStringLiteral("pwdHistoryLength")).value_or(0));
    if (const auto a = integer(e, QStringLiteral("maxPwdAge")); a && *a != 0)
        p.maxPwdAgeSeconds = adIntervalToSeconds(*a); // 0 and INT64_MIN both mean "never expires"
    if (const auto a = integer(e, QStringLiteral("minPwdAge")))
        p.minPwdAgeSeconds = adIntervalToSeconds(*a);
    *policy = p;
    return {};
}

DirectoryOutcome DirectorySession::writePolicy(const PolicyChange &change, DomainPolicy *after)
{
    DomainPolicy current;
    DirectoryOutcome o = readPolicy(&current);
    if (!o.ok())
        return o;
    if (change.isEmpty()) {
        *after = current;
        return {};
    }
    const DomainPolicy wanted = change.appliedTo(current);
    const QString invalid = validatePolicy(wanted);
    if (!invalid.isEmpty())
        return failure(DirectoryError::InvalidValue, invalid);
    QList<LdapMod> mods;
    const auto put = [&mods](const char *attr, qint64 v) {
        mods.append({LdapMod::Replace, QString::fromLatin1(attr), {number(v)}});
    };
    if (change.lockoutThreshold)
        put("lockoutThreshold", *change.lockoutThreshold);
    if (change.observationWindowSeconds)
        put("lockOutObservationWindow", secondsToAdInterval(*change.observationWindowSeconds));
    if (change.lockoutDurationSeconds)
        put("lockoutDuration", secondsToAdInterval(*change.lockoutDurationSeconds));
    if (change.minPwdLength)
        put("minPwdLength", *change.minPwdLength);
    if (change.complexity)
        put("pwdProperties", wanted.pwdProperties);
    if (change.pwdHistoryLength)
        put("pwdHistoryLength", *change.pwdHistoryLength);
    if (change.maxPwdAgeSeconds)
        put("maxPwdAge", secondsToAdInterval(*change.maxPwdAgeSeconds));
    if (change.minPwdAgeSeconds)
        put("minPwdAge", secondsToAdInterval(*change.minPwdAgeSeconds));
    progress(QCoreApplication::translate("zaindari::DirectorySession", "Changing the domain policy…"));
    o = m_conn->modify(current.domainDn, mods);
    if (!o.ok()) {
        if (o.ldapCode == LDAP_CONSTRAINT_VIOLATION || o.ldapCode == LDAP_UNWILLING_TO_PERFORM)
            return failure(DirectoryError::InvalidValue,
                           QCoreApplication::translate("zaindari::DirectorySession",
                                                       "The directory refused the new policy values."),
                           o.detail);
        return o;
    }
    return readPolicy(after);
}

DirectoryOutcome DirectorySession::controllerCounters(const QString &url, const QString &dn,
                                                      std::optional<qint64> lockoutDuration,
                                                      ControllerStatus *out)
{
    out->controller = url;
    LdapConnection conn(m_config, m_cancel);
    DirectoryOutcome o = conn.open(url);
    if (o.ok())
        o = conn.bind(m_config.bindIdentity, m_config.password);
    LdapEntry e;
    if (o.ok())
        o = conn.readEntry(dn,
                           {QStringLiteral("badPwdCount"), QStringLiteral("badPasswordTime"),
                            QStringLiteral("lockoutTime"),
                            QStringLiteral("msDS-User-Account-Control-Computed")},
                           &e);
    if (!o.ok()) {
        out->reachable = false;
        out->error = o.message;
        return o;
    }
    out->reachable = true;
    out->badPwdCount = int(integer(e, QStringLiteral("badPwdCount")).value_or(0));
    out->badPasswordTime = fileTimeToDateTime(integer(e, QStringLiteral("badPasswordTime")).value_or(0));
    const qint64 lockout = integer(e, QStringLiteral("lockoutTime")).value_or(0);
    out->lockoutTime = fileTimeToDateTime(lockout);
    std::optional<quint32> computed;
    if (const auto c = integer(e, QStringLiteral("msDS-User-Account-Control-Computed")))
        computed = quint32(*c);
    out->lockedOut = isLockedOutNow(lockout, computed, lockoutDuration, QDateTime::currentDateTimeUtc());
    return {};
}

DirectoryOutcome DirectorySession::readStatus(const QString &who, UserStatus *status)
{
    DirectoryUser user;
    DirectoryOutcome o = findUser(who, &user);
    if (!o.ok())
        return o;
    DomainPolicy policy;
    o = readPolicy(&policy);
    if (!o.ok())
        return o;
    progress(QCoreApplication::translate("zaindari::DirectorySession", "Reading the account status…"));
    LdapEntry e;
    // msDS-User-Account-Control-Computed is constructed: AD returns it only to base-scope reads.
    o = m_conn->readEntry(
        user.dn,
        {QStringLiteral("sAMAccountName"), QStringLiteral("userPrincipalName"), QStringLiteral("mail"),
         QStringLiteral("displayName"), QStringLiteral("userAccountControl"),
         QStringLiteral("msDS-User-Account-Control-Computed"), QStringLiteral("lockoutTime"),
         QStringLiteral("badPwdCount"), QStringLiteral("badPasswordTime"), QStringLiteral("pwdLastSet"),
         QStringLiteral("lastLogonTimestamp"), QStringLiteral("accountExpires"), QStringLiteral("memberOf")},
        &e);
    if (!o.ok())
        return o;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    UserStatus s;
    s.user = userFromEntry(e);
    s.userAccountControl = quint32(integer(e, QStringLiteral("userAccountControl")).value_or(0));
    s.enabled = !uacDisabled(s.userAccountControl);
    s.passwordNeverExpires = s.userAccountControl & Uac::DontExpirePassword;
    const qint64 lockout = integer(e, QStringLiteral("lockoutTime")).value_or(0);
    std::optional<quint32> computed;
    if (const auto c = integer(e, QStringLiteral("msDS-User-Account-Control-Computed")))
        computed = quint32(*c);
    s.lockedOut = isLockedOutNow(lockout, computed, policy.lockoutDurationSeconds, now);
    s.lockoutTime = fileTimeToDateTime(lockout);
    if (s.lockedOut && s.lockoutTime && policy.lockoutDurationSeconds)
        s.lockoutEnds = s.lockoutTime->addSecs(*policy.lockoutDurationSeconds);
    s.badPwdCount = int(integer(e, QStringLiteral("badPwdCount")).value_or(0));
    s.badPasswordTime = fileTimeToDateTime(integer(e, QStringLiteral("badPasswordTime")).value_or(0));
    const auto pwdLastSet = integer(e, QStringLiteral("pwdLastSet"));
    s.pwdLastSet = fileTimeToDateTime(pwdLastSet.value_or(0));
    s.mustChangePassword = pwdLastSet && *pwdLastSet == 0;
    s.lastLogon = fileTimeToDateTime(integer(e, QStringLiteral("lastLogonTimestamp")).value_or(0));
    s.accountExpires = fileTimeToDateTime(integer(e, QStringLiteral("accountExpires")).value_or(0));
    for (const QByteArray &g : e.values(QStringLiteral("memberOf")))
        s.groups.append(QString::fromUtf8(g));

    ControllerStatus main;
    main.controller = m_conn->url();
    main.reachable = true;
    main.badPwdCount = s.badPwdCount;
    main.badPasswordTime = s.badPasswordTime;
    main.lockoutTime = s.lockoutTime;
    main.lockedOut = s.lockedOut;
    s.controllers.append(main);
    for (const QString &url : std::as_const(m_config.extraControllers)) {
        if (cancelled())
            return failure(DirectoryError::Cancelled,
                           QCoreApplication::translate("zaindari::DirectorySession", "Cancelled."));
        //: %1 is a domain controller URL
        progress(
            QCoreApplication::translate("zaindari::DirectorySession", "Reading the lockout counters on %1…")
                .arg(url));
        ControllerStatus c;
        controllerCounters(url, user.dn, policy.lockoutDurationSeconds, &c);
        // Locked on any controller means the person is locked out when that one answers.
        s.lockedOut = s.lockedOut || c.lockedOut;
        s.controllers.append(c);
    }
    *status = s;
    return {};
}

DirectoryOutcome DirectorySession::applyAction(const QString &who, AccountAction action, DirectoryUser *user)
{
    DirectoryOutcome o = findUser(who, user);
    if (!o.ok())
        return o;
    if (cancelled())
        return failure(DirectoryError::Cancelled,
                       QCoreApplication::translate("zaindari::DirectorySession", "Cancelled."));
    QList<LdapMod> mods;
    switch (action) {
    case AccountAction::Unlock:
        // Writing 0 is the only change AD allows to lockoutTime; it also clears badPwdCount.
        mods.append({LdapMod::Replace, QStringLiteral("lockoutTime"), {QByteArrayLiteral("0")}});
        break;
    case AccountAction::SetMustChange:
        mods.append({LdapMod::Replace, QStringLiteral("pwdLastSet"), {QByteArrayLiteral("0")}});
        break;
    case AccountAction::ClearMustChange:
        // -1 makes AD store the current time (MS-ADTS 3.1.1.3.1.5.x, pwdLastSet).
        mods.append({LdapMod::Replace, QStringLiteral("pwdLastSet"), {QByteArrayLiteral("-1")}});
        break;
    case AccountAction::Disable:
    case AccountAction::Enable: {
        LdapEntry e;
        o = m_conn->readEntry(user->dn, {QStringLiteral("userAccountControl")}, &e);
        if (!o.ok())
            return o;
        const quint32 uac
            = quint32(integer(e, QStringLiteral("userAccountControl")).value_or(Uac::NormalAccount));
        const quint32 wanted
            = action == AccountAction::Disable ? (uac | Uac::AccountDisable) : (uac & ~Uac::AccountDisable);
        if (wanted == uac)
            return {}; // already as asked
        mods.append({LdapMod::Replace, QStringLiteral("userAccountControl"), {number(wanted)}});
        break;
    }
    }
    o = m_conn->modify(user->dn, mods);
    return o;
}

DirectoryOutcome DirectorySession::resetPassword(const QString &who, const QString &password, bool mustChange,
                                                 DirectoryUser *user)
{
    if (password.isEmpty())
        return failure(
            DirectoryError::InvalidValue,
            QCoreApplication::translate("zaindari::DirectorySession", "The new password is empty."));
    DirectoryOutcome o = findUser(who, user);
    if (!o.ok())
        return o;
    if (!m_conn->isEncrypted())
        // AD refuses unicodePwd without encryption anyway; we never send it in clear.
        return failure(
            DirectoryError::ClearTextRefused,
            QCoreApplication::translate("zaindari::DirectorySession",
                                        "Refused to send a password over an unencrypted connection."));
    if (cancelled())
        return failure(DirectoryError::Cancelled,
                       QCoreApplication::translate("zaindari::DirectorySession", "Cancelled."));
    //: %1 is the account's DN
    progress(QCoreApplication::translate("zaindari::DirectorySession", "Setting the new password of %1…")
                 .arg(user->dn));
    QList<LdapMod> mods {{LdapMod::Replace, QStringLiteral("unicodePwd"), {unicodePwdValue(password)}}};
    if (mustChange)
        mods.append({LdapMod::Replace, QStringLiteral("pwdLastSet"), {QByteArrayLiteral("0")}});
    o = m_conn->modify(user->dn, mods);
    if (!o.ok() && (o.ldapCode == LDAP_CONSTRAINT_VIOLATION || o.ldapCode == LDAP_UNWILLING_TO_PERFORM)) {
        // 0000052D (ERROR_PASSWORD_RESTRICTION): the password breaks the domain policy.
        DomainPolicy policy;
        readPolicy(&policy);
        DirectoryOutcome r = failure(DirectoryError::PasswordPolicy,
                                     passwordRejectionReason(o.detail, policy, password), o.detail);
        r.ldapCode = o.ldapCode;
        return r;
    }
    return o;
}

DirectoryOutcome DirectorySession::checkCredentials(const QString &identity, const QString &password)
{
    LdapConnection conn(m_config, m_cancel);
    DirectoryOutcome o = conn.open(m_config.url);
    if (!o.ok())
        return o;
    return conn.bind(identity, password);
}

} // namespace zaindari
