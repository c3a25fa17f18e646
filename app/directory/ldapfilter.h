#pragma once
// RFC 4515 filter building for Active Directory look-ups. User text only ever becomes an
// assertion value, escaped by libldap's ldap_bv2escaped_filter_value(): '*', '(', ')', '\\'
// and NUL become \2a \28 \29 \5c \00, so a name can never widen a search into a pattern.

#include <QString>

namespace zaindari {

// The RFC 4515 escaped form of `value` (UTF-8 on the wire), e.g. "a*b" -> "a\2ab".
QString escapeLdapFilterValue(const QString &value);

// (&(objectCategory=person)(objectClass=user)(|(sAMAccountName=V)(userPrincipalName=V)(mail=V)
// (displayName=V)(cn=V))) with V escaped: exact matches only. Empty for a blank `who`.
QString userLookupFilter(const QString &who);

} // namespace zaindari
