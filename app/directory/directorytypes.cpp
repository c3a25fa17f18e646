#include "directorytypes.h"

#include "adtime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>

namespace zaindari {

QString directoryErrorKey(DirectoryError e)
{
    switch (e) {
    case DirectoryError::None:
        return QStringLiteral("none");
    case DirectoryError::InvalidSettings:
        return QStringLiteral("invalid_settings");
    case DirectoryError::ClearTextRefused:
        return QStringLiteral("clear_text_refused");
    case DirectoryError::Unreachable:
        return QStringLiteral("unreachable");
    case DirectoryError::Timeout:
        return QStringLiteral("timeout");
    case DirectoryError::TlsFailed:
        return QStringLiteral("tls_failed");
    case DirectoryError::CertificateUntrusted:
        return QStringLiteral("certificate_untrusted");
    case DirectoryError::CertificateChanged:
        return QStringLiteral("certificate_changed");
    case DirectoryError::BindFailed:
        return QStringLiteral("bind_failed");
    case DirectoryError::BaseNotFound:
        return QStringLiteral("base_not_found");
    case DirectoryError::UserNotFound:
        return QStringLiteral("user_not_found");
    case DirectoryError::UserAmbiguous:
        return QStringLiteral("user_ambiguous");
    case DirectoryError::PasswordPolicy:
        return QStringLiteral("password_policy");
    case DirectoryError::AccessDenied:
        return QStringLiteral("access_denied");
    case DirectoryError::InvalidValue:
        return QStringLiteral("invalid_value");
    case DirectoryError::Cancelled:
        return QStringLiteral("cancelled");
    case DirectoryError::OperationFailed:
        return QStringLiteral("operation_failed");
    }
    return QString();
}

DirectoryConfig DirectoryConfig::fromProfile(const Profile &profile, const QString &password)
{
    DirectoryConfig c;
    c.url = profile.ldap.url;
    c.bindIdentity = profile.ldap.bindIdentity;
    c.password = password;
    c.baseDn = profile.ldap.baseDn;
    c.caFile = profile.ldap.caFile;
    c.extraControllers = profile.ldap.extraControllers;
    c.pins = profile.trust.tlsCertificates;
    return c;
}

TlsTrust DirectoryConfig::trust() const
{
    TlsTrust t;
    for (const auto &p : pins) {
        if (p.first.isEmpty() || p.first == QLatin1String("*"))
            t.addGlobalPin(p.second);
        else
            t.addPin(p.first, p.second);
    }
    return t;
}

bool uacDisabled(quint32 uac)
{
    return uac & Uac::AccountDisable;
}

bool isLockedOutNow(qint64 lockoutTime, std::optional<quint32> computedUac,
                    std::optional<qint64> lockoutDurationSeconds, const QDateTime &now)
{
    if (computedUac)
        return *computedUac & Uac::Lockout;
    const auto since = fileTimeToDateTime(lockoutTime);
    if (!since)
        return false;
    if (!lockoutDurationSeconds)
        return true; // "forever": locked until an administrator unlocks
    return since->addSecs(*lockoutDurationSeconds) > now;
}

QString UserStatus::enabledText() const
{
    return enabled ? QCoreApplication::translate("zaindari::Directory", "The account is enabled.")
                   : QCoreApplication::translate("zaindari::Directory", "The account is disabled.");
}

QString UserStatus::lockoutText() const
{
    if (!lockedOut) {
        if (badPwdCount > 0)
            //: %n is the number of wrong passwords since the last good one
            return QCoreApplication::translate(
                "zaindari::Directory", "Not locked out (%n recent wrong password(s)).", nullptr, badPwdCount);
        return QCoreApplication::translate("zaindari::Directory", "Not locked out.");
    }
    if (lockoutEnds)
        //: %1 is a date and time in the technician's locale
        return QCoreApplication::translate("zaindari::Directory", "Locked out until %1.")
            .arg(formatAdTime(lockoutEnds));
    return QCoreApplication::translate("zaindari::Directory",
                                       "Locked out until an administrator unlocks the account.");
}

QString UserStatus::passwordText() const
{
    if (mustChangePassword)
        return QCoreApplication::translate("zaindari::Directory",
                                           "Must change the password at the next logon.");
    if (!pwdLastSet)
        return QCoreApplication::translate("zaindari::Directory", "The password has never been set.");
    //: %1 is a date and time in the technician's locale
    return QCoreApplication::translate("zaindari::Directory", "Password last set on %1.")
        .arg(formatAdTime(pwdLastSet));
}

bool PolicyChange::isEmpty() const
{
    return !lockoutThreshold && !observationWindowSeconds && !lockoutDurationSeconds && !minPwdLength
        && !complexity && !pwdHistoryLength && !maxPwdAgeSeconds && !minPwdAgeSeconds;
}

DomainPolicy PolicyChange::appliedTo(const DomainPolicy &current) const
{
    DomainPolicy p = current;
    if (lockoutThreshold)
        p.lockoutThreshold = *lockoutThreshold;
    if (observationWindowSeconds)
        p.observationWindowSeconds = *observationWindowSeconds;
    if (lockoutDurationSeconds)
        p.lockoutDurationSeconds = *lockoutDurationSeconds;
    if (minPwdLength)
        p.minPwdLength = *minPwdLength;
    if (complexity)
        p.pwdProperties = *complexity ? (p.pwdProperties | 0x1u) : (p.pwdProperties & ~0x1u);
    if (pwdHistoryLength)
        p.pwdHistoryLength = *pwdHistoryLength;
    if (maxPwdAgeSeconds)
        p.maxPwdAgeSeconds = *maxPwdAgeSeconds;
    if (minPwdAgeSeconds)
        p.minPwdAgeSeconds = *minPwdAgeSeconds;
    return p;
}

QString validatePolicy(const DomainPolicy &p)
{
    constexpr qint64 maxMinutes = 99999; // the limit of Windows' own policy editor
    if (p.lockoutThreshold < 0 || p.lockoutThreshold > 999)
        return QCoreApplication::translate(
            "zaindari::Directory", "The number of failed logons before lockout must be between 0 and 999.");
    const auto badMinutes = [](const std::optional<qint64> &s) {
        return s && (*s < 60 || *s % 60 != 0 || *s / 60 > maxMinutes);
    };
    if (badMinutes(p.observationWindowSeconds))
        return QCoreApplication::translate(
            "zaindari::Directory",
            "The failure counting window must be a whole number of minutes between 1 and 99999.");
    if (p.lockoutDurationSeconds
        && (*p.lockoutDurationSeconds % 60 != 0 || *p.lockoutDurationSeconds / 60 > maxMinutes
            || *p.lockoutDurationSeconds < 60))
        return QCoreApplication::translate(
            "zaindari::Directory",
            "The lockout duration must be a whole number of minutes between 1 and 99999.");
    // AD refuses a window longer than the lockout (MS-ADTS: lockOutObservationWindow <= lockoutDuration).
    if (p.observationWindowSeconds && p.lockoutDurationSeconds
        && *p.observationWindowSeconds > *p.lockoutDurationSeconds)
        return QCoreApplication::translate(
            "zaindari::Directory", "The failure counting window cannot be longer than the lockout duration.");
    if (p.minPwdLength < 0 || p.minPwdLength > 255)
        return QCoreApplication::translate(
            "zaindari::Directory", "The minimum password length must be between 0 and 255 characters.");
    if (p.pwdHistoryLength < 0 || p.pwdHistoryLength > 24)
        return QCoreApplication::translate("zaindari::Directory",
                                           "The password history must keep between 0 and 24 passwords.");
    if (p.maxPwdAgeSeconds && p.minPwdAgeSeconds && *p.maxPwdAgeSeconds > 0
        && *p.minPwdAgeSeconds >= *p.maxPwdAgeSeconds)
        return QCoreApplication::translate(
            "zaindari::Directory", "The minimum password age must be shorter than the maximum password age.");
    if (p.minPwdAgeSeconds && *p.minPwdAgeSeconds < 0)
        return QCoreApplication::translate("zaindari::Directory",
                                           "The minimum password age cannot be negative.");
    return QString();
}

bool meetsComplexity(const QString &password)
{
    bool upper = false, lower = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(upper) + int(lower) + int(digit) + int(other) >= 3;
}

QString passwordRejectionReason(const QString &diagnostic, const DomainPolicy &policy,
                                const QString &password)
{
    const QString d = diagnostic.toLower();
    // Samba names the rule in its diagnostic; Windows only says 0000052D, so fall back to
    // checking the password against the policy we read.
    if (d.contains(QLatin1String("too short")) || password.size() < policy.minPwdLength)
        //: %n is the domain's minimum password length
        return QCoreApplication::translate(
            "zaindari::Directory",
            "The directory refused the password: it must be at least %n character(s) long.", nullptr,
            policy.minPwdLength);
    if (d.contains(QLatin1String("complex")) || (policy.complexity() && !meetsComplexity(password)))
        return QCoreApplication::translate(
            "zaindari::Directory",
            "The directory refused the password: it is not complex enough. Use characters "
            "from at least three of: capitals, small letters, digits, symbols, and do not "
            "include the account name.");
    if (d.contains(QLatin1String("history")))
        return QCoreApplication::translate("zaindari::Directory",
                                           "The directory refused the password: it was used recently.");
    if (d.contains(QLatin1String("too young")) || d.contains(QLatin1String("minimum password age")))
        return QCoreApplication::translate(
            "zaindari::Directory", "The directory refused the password: it was changed too recently.");
    if (d.contains(QLatin1String("too long")))
        return QCoreApplication::translate("zaindari::Directory",
                                           "The directory refused the password: it is too long.");
    return QCoreApplication::translate(
        "zaindari::Directory",
        "The directory refused the password because of the domain's password policy "
        "(length, complexity, history or age).");
}

QString generatePassword(int length)
{
    length = qMax(length, 16);
    // No look-alikes (0 O o, 1 l I) so a password read aloud or copied by hand survives.
    static const char upper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static const char lower[] = "abcdefghijkmnpqrstuvwxyz";
    static const char digits[] = "23456789";
    static const char symbols[] = "-_.:!?#%+=";
    const QList<QByteArray> sets {upper, lower, digits, symbols};
    QRandomGenerator *rng = QRandomGenerator::system();
    QString out;
    // One of each group first, then any; then shuffle so the groups are not at fixed places.
    for (const QByteArray &set : sets)
        out.append(QLatin1Char(set.at(int(rng->bounded(quint32(set.size()))))));
    const QByteArray all = sets.at(0) + sets.at(1) + sets.at(2) + sets.at(3);
    while (out.size() < length)
        out.append(QLatin1Char(all.at(int(rng->bounded(quint32(all.size()))))));
    for (qsizetype i = out.size() - 1; i > 0; --i)
        std::swap(out[i], out[qsizetype(rng->bounded(quint32(i + 1)))]);
    return out;
}

} // namespace zaindari
