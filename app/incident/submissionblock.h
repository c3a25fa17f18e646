#pragma once
// The MTA side of containment: refusing a SASL login at submission with Postfix's
// check_sasl_access (postconf(5), Postfix >= 2.11), as the zimbra user is allowed to do it on a
// real Zimbra MTA (lab-notes.md): the map lives in /opt/zimbra/conf (zimbra's own), is written
// with its content on standard input and rebuilt with postmap without sudo; only postconf -e and
// postfix reload go through `sudo -n`. Pure functions: the runner sends what they build.
//
// smtpd_sender_restrictions is used because Zimbra's and Debian's master.cf submission entries
// override client/relay/recipient restrictions with -o but leave the sender restrictions to
// main.cf; with smtpd_delay_reject=yes (default) the REJECT comes at RCPT TO.

#include "profiles/profile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zaindari {

// Absolute path of safe characters only (it reaches a remote command line).
bool isSafeMapPath(const QString &path);
// The login as an address (queuevalidation's rules) — nothing else reaches the map.
bool isBlockableLogin(const QString &login);

// Map content with a "LOGIN REJECT ..." line added (kept once) or removed. Keys compare
// case-insensitively (Postfix folds hash keys to lower case).
QByteArray mapWithLogin(const QByteArray &content, const QString &login);
QByteArray mapWithoutLogin(const QByteArray &content, const QString &login);
bool mapHasLogin(const QByteArray &content, const QString &login);
bool mapIsEmpty(const QByteArray &content);

// "check_sasl_access TYPE:PATH" added in front of a restriction list (unchanged when present),
// or removed from it.
QString restrictionEntry(const QString &dbType, const QString &mapPath);
QString restrictionsWith(const QString &current, const QString &entry);
QString restrictionsWithout(const QString &current, const QString &entry);

// Remote commands. The scripts are constants; the path goes as "$1".
QStringList readMapArgv(const QString &mapPath);
QStringList writeMapArgv(const QString &mapPath); // content on stdin, replaced atomically
QStringList postmapArgv(const MtaPaths &paths, const QString &dbType, const QString &mapPath);
QStringList postconfReadArgv(const MtaPaths &paths); // smtpd_sender_restrictions, default_database_type
QStringList postconfSetArgv(const MtaPaths &paths, const QString &value);
QStringList postfixArgv(const MtaPaths &paths, const QString &verb); // reload, stop, start

} // namespace zaindari
