#pragma once
// Shared by the directory lab suites: reads $ZAINDARI_LAB_DIR/lab.json and the seeded users,
// builds a DirectoryConfig for the lab's Samba AD DC, runs jobs to completion.

#include "directory/directoryjob.h"
#include "directory/directorytypes.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QString>

struct LabDirectory
{
    QString dir;
    QJsonObject lab;
    zaindari::DirectoryConfig config; // admin bind, CA file, no pins
    QString adminPasswordFile;
    QString certSha256; // hex
    QHash<QString, QJsonObject> users; // sam -> seeded entry (password, enabled, locked_out)
    QString error;

    static QJsonObject readJson(const QString &path, QString *error)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + path + QStringLiteral(": ") + f.errorString();
            return {};
        }
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static LabDirectory load()
    {
        LabDirectory l;
        l.dir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
        l.lab = readJson(l.dir + QStringLiteral("/lab.json"), &l.error);
        if (!l.error.isEmpty())
            return l;
        const QJsonObject ldap = l.lab.value(QStringLiteral("ldap")).toObject();
        l.config.url = ldap.value(QStringLiteral("url")).toString();
        l.config.bindIdentity = ldap.value(QStringLiteral("bind")).toString();
        l.config.baseDn = ldap.value(QStringLiteral("base")).toString();
        l.config.caFile = ldap.value(QStringLiteral("ca_file")).toString();
        l.certSha256 = ldap.value(QStringLiteral("cert_sha256")).toString().toLower();
        l.adminPasswordFile = ldap.value(QStringLiteral("password_file")).toString();
        QFile pw(l.adminPasswordFile);
        if (!pw.open(QIODevice::ReadOnly)) {
            l.error = QStringLiteral("cannot read ") + l.adminPasswordFile;
            return l;
        }
        l.config.password = QString::fromUtf8(pw.readAll()).trimmed();
        l.config.connectTimeoutMs = 5000;
        l.config.operationTimeoutMs = 20000;
        const QJsonObject users = readJson(l.lab.value(QStringLiteral("users_file")).toString(), &l.error);
        const QJsonArray list = users.value(QStringLiteral("users")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject u = v.toObject();
            l.users.insert(u.value(QStringLiteral("sam")).toString(), u);
        }
        return l;
    }

    QString password(const QString &sam) const
    {
        return users.value(sam).value(QStringLiteral("password")).toString();
    }
};

// Starts `job` and waits for its one finished(); a hang fails the wait, never the process.
inline zaindari::DirectoryOutcome runJob(zaindari::DirectoryJob *job, int timeoutMs = 60000)
{
    QSignalSpy spy(job, &zaindari::DirectoryJob::finished);
    job->start();
    if (!spy.wait(timeoutMs)) {
        zaindari::DirectoryOutcome o;
        o.error = zaindari::DirectoryError::Timeout;
        o.message = QStringLiteral("job did not finish in time (test harness)");
        return o;
    }
    return job->outcome();
}

inline QString describe(const zaindari::DirectoryOutcome &o)
{
    return zaindari::directoryErrorKey(o.error) + QStringLiteral(": ") + o.message + QStringLiteral(" [")
        + o.detail + QStringLiteral("]");
}
