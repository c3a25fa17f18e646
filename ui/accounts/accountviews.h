#pragma once
// The two read-only views of one person on the Accounts page, rendered as HTML for a
// QTextBrowser: Zimbra (status in plain words, lockout times, forwarding shown first and in a
// warning box, aliases) and Active Directory (enabled, locked out now, counters, password and
// logon times in the UI locale, groups, per-controller counters). Pure functions, no I/O.

#include "directory/directorytypes.h"
#include "zimbra/zimbratypes.h"

#include <QDateTime>
#include <QString>

namespace zaindari {

QString zimbraAccountHtml(const ZimbraAccount &account, const QDateTime &nowUtc);
QString directoryStatusHtml(const UserStatus &status);
// Date and time in the UI locale; "never" for an invalid time.
QString localTime(const QDateTime &t);
QString localTime(const std::optional<QDateTime> &t);
// Plain words for Zimbra's zimbraAuthMech ("Zimbra's own password", "Active Directory", ...).
QString authMechText(const QString &mech);

} // namespace zaindari
