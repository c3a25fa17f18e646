#include "zimbratypes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace zaindari {

class AccountStatusTr
{
    Q_DECLARE_TR_FUNCTIONS(AccountStatus)
};

namespace {
QHash<QString, QStringList> attrMap(const soap::Element &e)
{
    QHash<QString, QStringList> out;
    for (const soap::Element &c : e.children)
        if (c.name == QLatin1String("a"))
            out[c.attribute(QStringLiteral("n"))].append(c.text);
    return out;
}

QString first(const QHash<QString, QStringList> &m, const char *key)
{
    return m.value(QLatin1String(key)).value(0);
}

QStringList splitAddresses(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (!t.isEmpty() && !out.contains(t))
                out.append(t);
        }
    return out;
}
} // namespace

bool LockoutPolicy::operator==(const LockoutPolicy &o) const
{
    return enabled == o.enabled && maxFailures == o.maxFailures && failureLifetimeMs == o.failureLifetimeMs
        && durationMs == o.durationMs;
}

LockoutPolicy LockoutPolicy::fromElement(const soap::Element &e)
{
    LockoutPolicy p;
    if (e.hasAttr(QStringLiteral("zimbraPasswordLockoutEnabled")))
        p.enabled = e.attrValue(QStringLiteral("zimbraPasswordLockoutEnabled")) == QLatin1String("TRUE");
    bool ok = false;
    const int n = e.attrValue(QStringLiteral("zimbraPasswordLockoutMaxFailures")).toInt(&ok);
    if (ok)
        p.maxFailures = n;
    const QString lifetime = e.attrValue(QStringLiteral("zimbraPasswordLockoutFailureLifetime"));
    if (const auto ms = zimbraDurationMs(lifetime)) {
        p.failureLifetime = lifetime;
        p.failureLifetimeMs = *ms;
    }
    const QString duration = e.attrValue(QStringLiteral("zimbraPasswordLockoutDuration"));
    if (const auto ms = zimbraDurationMs(duration)) {
        p.duration = duration;
        p.durationMs = *ms;
    }
    return p;
}

CosInfo CosInfo::fromElement(const soap::Element &cos)
{
    CosInfo c;
    c.id = cos.attribute(QStringLiteral("id"));
    c.name = cos.attribute(QStringLiteral("name"));
    const QString def = cos.attribute(QStringLiteral("isDefaultCos"));
    c.isDefault = def == QLatin1String("1") || def == QLatin1String("true");
    c.lockout = LockoutPolicy::fromElement(cos);
    return c;
}

ZimbraAccount ZimbraAccount::fromElement(const soap::Element &account)
{
    ZimbraAccount a;
    a.id = account.attribute(QStringLiteral("id"));
    a.name = account.attribute(QStringLiteral("name"));
    a.attrs = attrMap(account);
    const auto &m = a.attrs;
    a.status = first(m, "zimbraAccountStatus");
    a.cosId = first(m, "zimbraCOSId");
    a.displayName = first(m, "displayName");
    a.lastLogon = parseGeneralizedTime(first(m, "zimbraLastLogonTimestamp"));
    a.forwardingAddresses = splitAddresses(m.value(QStringLiteral("zimbraPrefMailForwardingAddress"))
                                           + m.value(QStringLiteral("zimbraMailForwardingAddress")));
    a.localDeliveryDisabled = first(m, "zimbraPrefMailLocalDeliveryDisabled") == QLatin1String("TRUE");
    a.filterForwards
        = sieveRedirectTargets(m.value(QStringLiteral("zimbraMailSieveScript")).join(QLatin1Char('\n')));
    a.aliases = m.value(QStringLiteral("zimbraMailAlias"));
    for (const QString &t : m.value(QStringLiteral("zimbraPasswordLockoutFailureTime"))) {
        const QDateTime d = parseGeneralizedTime(t);
        if (d.isValid())
            a.lockoutFailures.append(d);
    }
    std::sort(a.lockoutFailures.begin(), a.lockoutFailures.end());
    a.lockedTime = parseGeneralizedTime(first(m, "zimbraPasswordLockoutLockedTime"));
    bool ok = false;
    const int vv = first(m, "zimbraAuthTokenValidityValue").toInt(&ok);
    a.validityValue = ok ? vv : -1;
    a.passwordModified = parseGeneralizedTime(first(m, "zimbraPasswordModifiedTime"));
    a.passwordMustChange = first(m, "zimbraPasswordMustChange") == QLatin1String("TRUE");
    a.lockout = LockoutPolicy::fromElement(account);
    return a;
}

bool ZimbraAccount::externalAuth() const
{
    const QString m = authMech.toLower();
    return m == QLatin1String("ad") || m == QLatin1String("ldap") || m == QLatin1String("kerberos5")
        || m.startsWith(QLatin1String("custom:"));
}

AccountStatusInfo explainStatus(const ZimbraAccount &a, const QDateTime &nowUtc)
{
    AccountStatusInfo i;
    const QString s = a.status;
    if (s == QLatin1String("active")) {
        i.state = AccountState::Active;
        i.label = AccountStatusTr::tr("Active", "account status");
        i.sentence = AccountStatusTr::tr("The account is active: the person can log in and receives mail.");
    } else if (s == QLatin1String("locked")) {
        i.state = AccountState::Locked;
        i.label = AccountStatusTr::tr("Locked", "account status");
        i.sentence = AccountStatusTr::tr("An administrator locked the account: nobody can log in until an "
                                         "administrator unlocks it. Mail is still delivered.");
    } else if (s == QLatin1String("lockout")) {
        const qint64 ms = a.lockout.durationMs;
        if (ms > 0 && a.lockedTime.isValid())
            i.lockoutEnds = a.lockedTime.addMSecs(ms);
        if (ms > 0 && a.lockedTime.isValid() && nowUtc >= i.lockoutEnds) {
            i.state = AccountState::LockoutExpired;
            i.label = AccountStatusTr::tr("Lockout over", "account status");
            //: %1 is the date and time the lockout ended
            i.sentence = AccountStatusTr::tr("Too many failed logins locked the account, but the lockout "
                                             "ended at %1. Zimbra still shows \"lockout\" until the next "
                                             "successful login; the person can log in now.")
                             .arg(QLocale().toString(i.lockoutEnds.toLocalTime(), QLocale::ShortFormat));
        } else {
            i.state = AccountState::LockedOut;
            i.label = AccountStatusTr::tr("Locked out", "account status");
            if (i.lockoutEnds.isValid())
                //: %1 is the date and time the lockout ends
                i.sentence = AccountStatusTr::tr("Too many failed logins locked the account until %1. An "
                                                 "administrator can clear the lockout sooner.")
                                 .arg(QLocale().toString(i.lockoutEnds.toLocalTime(), QLocale::ShortFormat));
            else
                i.sentence = AccountStatusTr::tr("Too many failed logins locked the account until an "
                                                 "administrator clears the lockout.");
        }
    } else if (s == QLatin1String("closed")) {
        i.state = AccountState::Closed;
        i.label = AccountStatusTr::tr("Closed", "account status");
        i.sentence = AccountStatusTr::tr("The account is closed: no login, and mail to it is rejected.");
    } else if (s == QLatin1String("maintenance")) {
        i.state = AccountState::Maintenance;
        i.label = AccountStatusTr::tr("Maintenance", "account status");
        i.sentence = AccountStatusTr::tr("The account is in maintenance (for example during a move or a "
                                         "restore): no login, and mail waits until it ends.");
    } else if (s == QLatin1String("pending")) {
        i.state = AccountState::Pending;
        i.label = AccountStatusTr::tr("Pending", "account status");
        i.sentence = AccountStatusTr::tr("The account is pending activation: no login, and mail to it is "
                                         "rejected.");
    } else {
        i.state = AccountState::Unknown;
        i.label = AccountStatusTr::tr("Unknown", "account status");
        //: %1 is the raw zimbraAccountStatus value
        i.sentence
            = AccountStatusTr::tr("Zimbra reports the status \"%1\", which Zaindari does not know.").arg(s);
    }
    return i;
}

QString accountStateKey(AccountState s)
{
    switch (s) {
    case AccountState::Active:
        return QStringLiteral("active");
    case AccountState::Locked:
        return QStringLiteral("locked");
    case AccountState::LockedOut:
        return QStringLiteral("lockout");
    case AccountState::LockoutExpired:
        return QStringLiteral("lockout_expired");
    case AccountState::Closed:
        return QStringLiteral("closed");
    case AccountState::Maintenance:
        return QStringLiteral("maintenance");
    case AccountState::Pending:
        return QStringLiteral("pending");
    case AccountState::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

bool isZimbraDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,12}([hmsd]|ms)?$"));
    return re.match(text).hasMatch();
}

std::optional<qint64> zimbraDurationMs(const QString &text)
{
    if (!isZimbraDuration(text))
        return std::nullopt;
    QString digits = text;
    qint64 unit = 1000;
    if (text.endsWith(QLatin1String("ms"))) {
        unit = 1;
        digits.chop(2);
    } else if (!text.back().isDigit()) {
        switch (text.back().unicode()) {
        case 's':
            unit = 1000;
            break;
        case 'm':
            unit = 60000;
            break;
        case 'h':
            unit = 3600000;
            break;
        case 'd':
            unit = 86400000;
            break;
        default:
            return std::nullopt;
        }
        digits.chop(1);
    }
    const qint64 n = digits.toLongLong();
    if (n > (qint64(1) << 50) / unit)
        return std::nullopt;
    return n * unit;
}

QDateTime parseGeneralizedTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{14})(?:\\.(\\d{1,3}))?[zZ]$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QDateTime();
    QDateTime d = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMddHHmmss"));
    if (!d.isValid())
        return QDateTime();
    d.setTimeZone(QTimeZone::utc());
    if (m.capturedLength(2) > 0)
        d = d.addMSecs(m.captured(2).leftJustified(3, QLatin1Char('0')).toInt());
    return d;
}

bool isValidRelayHost(const QString &text)
{
    if (text.isEmpty())
        return true;
    // A hostname or IPv4 literal, optionally bracketed (no MX lookup), optional port.
    static const QRegularExpression re(QStringLiteral(
        "^(?:\\[(?<bh>[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*|"
        "ipv6:[0-9A-Fa-f:.]+)\\]|(?<h>[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
        "))*))"
        "(?::(?<p>[0-9]{1,5}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || text.size() > 256)
        return false;
    if (m.capturedLength(QStringLiteral("p")) > 0) {
        const int port = m.captured(QStringLiteral("p")).toInt();
        if (port < 1 || port > 65535)
            return false;
    }
    return true;
}

bool isValidRrdTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(now(-[0-9]{1,6}[smhdwy])?|[0-9]{9,11})$"));
    return re.match(text).hasMatch();
}

QString sieveWithoutRedirects(const QString &script)
{
    static const QRegularExpression re(
        QStringLiteral("\\bredirect\\s+(?::copy\\s+)?\"(?:[^\"\\\\]|\\\\.)*\"\\s*;"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = script;
    out.replace(re, QStringLiteral("keep;"));
    return out;
}

QStringList sieveRedirectTargets(const QString &script)
{
    QStringList out;
    static const QRegularExpression re(
        QStringLiteral("\\bredirect\\s+(?::copy\\s+)?\"((?:[^\"\\\\]|\\\\.)*)\""),
        QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(script);
    while (it.hasNext()) {
        QString target = it.next().captured(1);
        target.replace(QLatin1String("\\\""), QLatin1String("\""));
        if (!out.contains(target))
            out.append(target);
    }
    return out;
}

} // namespace zaindari
