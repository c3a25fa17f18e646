#include "ldapfilter.h"

#include <ldap.h>

namespace zaindari {

QString escapeLdapFilterValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // A berval carries its length, so an embedded NUL is escaped too (\00), not a terminator.
    berval in;
    in.bv_len = ber_len_t(utf8.size());
    in.bv_val = const_cast<char *>(utf8.constData());
    berval out {0, nullptr};
    if (ldap_bv2escaped_filter_value(&in, &out) != 0 || !out.bv_val)
        return QString(); // only on allocation failure; an empty value can never match a user
    const QString escaped = QString::fromUtf8(out.bv_val, qsizetype(out.bv_len));
    ber_memfree(out.bv_val);
    return escaped;
}

QString userLookupFilter(const QString &who)
{
    const QString trimmed = who.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QString v = escapeLdapFilterValue(trimmed);
    const QString alternatives = QStringLiteral("(sAMAccountName=") + v
        + QStringLiteral(")(userPrincipalName=") + v + QStringLiteral(")(mail=") + v
        + QStringLiteral(")(displayName=") + v + QStringLiteral(")(cn=") + v + QLatin1Char(')');
    return QStringLiteral("(&(objectCategory=person)(objectClass=user)(|") + alternatives
        + QStringLiteral("))");
}

} // namespace zaindari
