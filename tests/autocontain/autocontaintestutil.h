#pragma once
// Shared by the automatic-containment tests and the benchmark: a lab profile export with a
// containment section, imported through `zaindari-cli profiles import` into a private
// XDG config/data directory, and `zaindari-cli` run there.

#include "../labprobe/labprobe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace autocontain {

using labprobe::readJson;
using labprobe::readText;

// The lab's profile (as tests/lab/console.sh writes it) with `containment` as given; an empty
// object leaves the section out, as in a profile saved before it existed.
inline QJsonObject labProfileExport(const QJsonObject &lab, const QString &name,
                                    const QJsonObject &containment)
{
    const QJsonObject ssh = lab.value(QStringLiteral("ssh")).toObject();
    const QJsonObject soap = lab.value(QStringLiteral("soap")).toObject();
    const QJsonObject ldap = lab.value(QStringLiteral("ldap")).toObject();
    const QJsonObject mta = lab.value(QStringLiteral("mta")).toObject();
    QJsonObject p {{QStringLiteral("name"), name},
                   {QStringLiteral("ssh"),
                    QJsonObject {{QStringLiteral("hosts"),
                                  QJsonArray {QJsonObject {
                                      {QStringLiteral("host"), ssh.value(QStringLiteral("host"))},
                                      {QStringLiteral("port"), ssh.value(QStringLiteral("port"))}}}},
                                 {QStringLiteral("user"), ssh.value(QStringLiteral("user"))},
                                 {QStringLiteral("auth"), QStringLiteral("key-file")},
                                 {QStringLiteral("key_file"), ssh.value(QStringLiteral("key"))},
                                 {QStringLiteral("preset"), QStringLiteral("zimbra")},
                                 {QStringLiteral("mta_log"), mta.value(QStringLiteral("log"))},
                                 {QStringLiteral("audit_log"), mta.value(QStringLiteral("audit_log"))}}},
                   {QStringLiteral("soap"),
                    QJsonObject {{QStringLiteral("url"), soap.value(QStringLiteral("url"))},
                                 {QStringLiteral("admin_user"), soap.value(QStringLiteral("admin"))}}},
                   {QStringLiteral("ldap"),
                    QJsonObject {{QStringLiteral("url"), ldap.value(QStringLiteral("url"))},
                                 {QStringLiteral("bind"), ldap.value(QStringLiteral("bind"))},
                                 {QStringLiteral("base_dn"), ldap.value(QStringLiteral("base"))},
                                 {QStringLiteral("ca_file"), ldap.value(QStringLiteral("ca_file"))}}}};
    if (!containment.isEmpty())
        p.insert(QStringLiteral("containment"), containment);
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("zaindari-profiles")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("profiles"), QJsonArray {p}}};
}

// Connection options that go with the profile: host key store, TLS pins and password files
// (CLI.md: secrets from files, never argv).
inline QStringList labSecretsAndTrust(const QJsonObject &lab)
{
    const QJsonObject ssh = lab.value(QStringLiteral("ssh")).toObject();
    const QJsonObject soap = lab.value(QStringLiteral("soap")).toObject();
    const QJsonObject ldap = lab.value(QStringLiteral("ldap")).toObject();
    return {QStringLiteral("--known-hosts"),
            ssh.value(QStringLiteral("known_hosts")).toString(),
            QStringLiteral("--pin"),
            QStringLiteral("sha256:") + soap.value(QStringLiteral("cert_sha256")).toString(),
            QStringLiteral("--pin"),
            QStringLiteral("sha256:") + ldap.value(QStringLiteral("cert_sha256")).toString(),
            QStringLiteral("--soap-password-file"),
            soap.value(QStringLiteral("password_file")).toString(),
            QStringLiteral("--ldap-password-file"),
            ldap.value(QStringLiteral("password_file")).toString()};
}

// A process environment whose settings and data live in `dir` (profiles, audit log).
inline QProcessEnvironment privateEnvironment(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: secrets from files
    return env;
}

// `zaindari-cli profiles import` of `doc` (written to dir/profile.json); its exit code.
inline int importProfile(const QString &cli, const QString &dir, const QJsonObject &doc,
                         QByteArray *err = nullptr)
{
    QFile f(dir + QStringLiteral("/profile.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(doc).toJson()) < 0)
        return -1;
    f.close();
    QProcess p;
    p.setProcessEnvironment(privateEnvironment(dir));
    p.start(cli, {QStringLiteral("profiles"), QStringLiteral("import"), f.fileName()});
    if (!p.waitForFinished(30000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

} // namespace autocontain
