#pragma once
// What the lab suites look at as a technician would (header-only, shared by tests/incident,
// tests/incidentgui, tests/autocontain and tests/bench): the lab's lab.json, the real queue
// through `postqueue -j`, a Postfix parameter, an SMTP reply, and an account as the SOAP
// emulator reports it. This folder has no CMakeLists.txt: it is not a test area of its own.

#include "zimbra/accountjobs.h"
#include "common/tlstrust.h"
#include "zimbra/zimbraclient.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QEventLoop>
#include <QTimer>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <memory>

namespace labprobe {

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

inline QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

inline QString labDir()
{
    return qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
}

// One SMTP reply (multi-line aware): its code, -1 when the server said nothing for 10 s.
inline int smtpReply(QTcpSocket &s, QByteArray *text = nullptr)
{
    QByteArray buf;
    for (;;) {
        while (!s.canReadLine())
            if (!s.waitForReadyRead(10000))
                return -1;
        const QByteArray line = s.readLine();
        buf += line;
        if (line.size() >= 4 && line.at(3) == ' ') {
            if (text)
                *text = buf;
            return line.left(3).toInt();
        }
    }
}

// AUTH PLAIN, MAIL FROM and RCPT TO on the submission port (127.0.0.1:587): the first refusal,
// or the RCPT reply (smtpd_delay_reject: sender restrictions answer at RCPT). Sends no message.
inline int submissionCode(const QString &user, const QString &password, QByteArray *why = nullptr)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), 587);
    if (!s.waitForConnected(5000) || smtpReply(s) != 220)
        return -1;
    auto cmd = [&](const QByteArray &c) {
        s.write(c + "\r\n");
        return smtpReply(s, why);
    };
    if (cmd("EHLO zaindari-test") != 250)
        return -2;
    const QByteArray plain = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    int c = cmd("AUTH PLAIN " + plain.toBase64());
    if (c == 235)
        c = cmd("MAIL FROM:<" + user.toUtf8() + ">");
    if (c == 250)
        c = cmd("RCPT TO:<someone@example.org>");
    cmd("RSET");
    cmd("QUIT");
    return c;
}

struct Queued
{
    QString queue;
    QString sender;
    QStringList recipients;
    // What containment treats as the account's: its envelope sender, a bounce to it, or a reply
    // addressed to it alone.
    bool involves(const QString &account) const
    {
        const bool toAccount = recipients.contains(account, Qt::CaseInsensitive);
        const bool onlyAccount = !recipients.isEmpty() && recipients.count(account) == recipients.size();
        return sender.compare(account, Qt::CaseInsensitive) == 0 || (sender.isEmpty() && toAccount)
            || onlyAccount;
    }
};

// The queue as `postqueue -j` shows it, by queue id.
inline QHash<QString, Queued> postqueueSnapshot()
{
    QProcess p;
    p.start(QStringLiteral("postqueue"), {QStringLiteral("-j")});
    p.waitForFinished(60000);
    QHash<QString, Queued> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        Queued q;
        q.queue = o.value(QStringLiteral("queue_name")).toString();
        q.sender = o.value(QStringLiteral("sender")).toString();
        for (const QJsonValue &r : o.value(QStringLiteral("recipients")).toArray())
            q.recipients << r.toObject().value(QStringLiteral("address")).toString();
        out.insert(o.value(QStringLiteral("queue_id")).toString(), q);
    }
    return out;
}

inline QString postconfValue(const QString &name)
{
    QProcess p;
    p.start(QStringLiteral("postconf"), {QStringLiteral("-h"), name});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A SOAP admin client for the emulator, its certificate pinned from lab.json.
inline std::unique_ptr<zaindari::ZimbraClient> soapClient(const QJsonObject &lab)
{
    const QJsonObject soap = lab.value(QStringLiteral("soap")).toObject();
    auto client = std::make_unique<zaindari::ZimbraClient>();
    zaindari::TlsTrust trust;
    trust.addGlobalPin(QStringLiteral("sha256:") + soap.value(QStringLiteral("cert_sha256")).toString());
    client->setTrust(trust);
    client->setEndpoint(QUrl(soap.value(QStringLiteral("url")).toString()),
                        soap.value(QStringLiteral("admin")).toString());
    client->setPassword(readText(soap.value(QStringLiteral("password_file")).toString()));
    return client;
}

// The account as the SOAP emulator reports it; empty when it could not be read.
inline zaindari::ZimbraAccount zimbraAccount(const QJsonObject &lab, const QString &user)
{
    const auto client = soapClient(lab);
    zaindari::AccountJob job(client.get(), user);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &zaindari::ZimbraJob::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished || job.error().isError())
        return {};
    return job.account();
}

} // namespace labprobe
