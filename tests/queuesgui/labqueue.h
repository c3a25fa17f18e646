#pragma once
// What the lab's Postfix queue holds, read independently of Zaindari: `postqueue -j` run
// locally (the lab's Postfix is this machine's default instance) and parsed with QJsonDocument.

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QString>

namespace zaindari::test {

struct LabQueue
{
    QHash<QString, QString> queueOf; // id -> queue_name
    QHash<QString, QSet<QString>> idsBySender; // sender -> ids
    int count(const QString &queue) const
    {
        int n = 0;
        for (const QString &q : queueOf)
            n += q == queue;
        return n;
    }
};

inline LabQueue readLabQueue()
{
    LabQueue out;
    QProcess p;
    p.start(QStringLiteral("/usr/sbin/postqueue"), {QStringLiteral("-j")});
    if (!p.waitForFinished(60000))
        return out;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString id = o.value(QLatin1String("queue_id")).toString();
        out.queueOf.insert(id, o.value(QLatin1String("queue_name")).toString());
        out.idsBySender[o.value(QLatin1String("sender")).toString()].insert(id);
    }
    return out;
}

inline QJsonObject labJson()
{
    const QString dir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    QFile f(dir + QStringLiteral("/lab.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace zaindari::test
