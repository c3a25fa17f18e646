#pragma once
// Field checks shared by ProfileStore::save, the profile editor (inline hints) and the CLI's
// connection options. Each returns a translated sentence, or an empty string when valid.
// Remote paths and host names end up in SSH commands, so they are checked strictly here.

#include "profiles/profile.h"

#include <QString>
#include <QUrl>

namespace zaindari {

QString validateHostName(const QString &host); // DNS name, IPv4 or IPv6 literal
QString validateSshUser(const QString &user); // POSIX portable user name
QString validateRemotePath(const QString &path); // absolute, no shell metacharacters
QString validateSoapUrl(const QUrl &url); // https://HOST[:PORT]/...; empty URL is fine
QString validateLdapUrl(const QString &url); // ldap(s)://HOST[:PORT]; empty is fine
QString validatePin(const QString &pin); // "sha256:" + 64 hex digits
QString validateContainThreshold(int perMinute); // ContainSettings' automatic threshold

// Everything above over one profile, except name uniqueness (the store checks that).
// Reports the first problem found.
QString validateProfile(const Profile &p);

} // namespace zaindari
