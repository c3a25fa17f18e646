#pragma once
// The connection options of CLI.md: `--profile NAME` and the ad-hoc options that build a
// profile or override a saved one's values. Secrets never come from argv or the environment:
// the SOAP and LDAP passwords come from a file or standard input here; a saved profile's secrets
// come from the keychain (SecretStore) when a command connects.

#include "profiles/profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace zaindari {
class ProfileStore;
}

namespace zaindari::cli {

QList<QCommandLineOption> connectionOptions();
// Names of the options above ("profile", "ssh", ...), to tell whether a command line uses any.
QStringList connectionOptionNames();

struct Connection
{
    Profile profile; // effective: saved profile with the ad-hoc values applied
    bool savedProfile = false; // --profile was given (secrets may be in the keychain)
    QString knownHostsFile; // empty = the console's own store
    bool acceptNewHostKey = false; // a changed key is refused regardless
    QStringList pins; // --pin sha256:HEX, lower-case hex
    std::optional<QString> soapPassword;
    std::optional<QString> ldapPassword;
};

// "USER@HOST[:PORT]" or "USER@[IPV6]:PORT". False for anything else or an invalid part.
bool parseSshEndpoint(const QString &text, QString *user, QString *host, quint16 *port);
// "user@host:port" (IPv6 hosts in brackets): the form --ssh takes.
QString formatSshEndpoint(const QString &user, const MtaHost &host);

// Reads a password file ("-" = standard input, `standardInput` or the process's stdin) without
// its final line ending. False with a translated sentence in *error when it cannot be read or
// is empty.
bool readPasswordFile(const QString &file, QIODevice *standardInput, QString *password, QString *error);

// Builds the effective connection. Returns ExitSuccess, or ExitUsage with a translated
// sentence in *error (unknown profile, malformed value, unreadable file, both password files
// on standard input). `standardInput` defaults to the process's stdin.
int resolveConnection(const QCommandLineParser &parser, const ProfileStore &store, Connection *out,
                      QString *error, QIODevice *standardInput = nullptr);

} // namespace zaindari::cli
