// Zimbra admin client against the lab's SOAP emulator ($ZAINDARI_LAB_DIR/lab.json). Every action
// is checked by reading the account back and, where it matters, by what a user then sees
// (login refused, old token refused). Uses ikasle70-72 only, and restores what it changes.
#include "zimbra/accountjobs.h"
#include "zimbra/policyjobs.h"
#include "zimbra/zimbraclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace zaindari;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void run(ZimbraJob &job)
{
    QSignalSpy done(&job, &ZimbraJob::finished);
    job.start();
    QVERIFY(done.wait(30000));
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}
} // namespace

class TestSoapLab : public QObject
{
    Q_OBJECT
    QString m_lab;
    QUrl m_url;
    QUrl m_userUrl;
    QString m_admin;
    QString m_passwordFile;
    QString m_password;
    QString m_fingerprint;
    QString m_certFile;
    QHash<QString, QString> m_userPasswords;

    ZimbraClient *client(QObject *parent, const QString &password = QString(), bool pin = true)
    {
        auto *c = new ZimbraClient(parent);
        TlsTrust t;
        if (pin)
            t.addGlobalPin(m_fingerprint);
        c->setTrust(t);
        c->setEndpoint(m_url, m_admin);
        c->setPassword(password.isEmpty() ? m_password : password);
        return c;
    }

    // A user-side AuthRequest (urn:zimbraAccount) on /service/soap: by password, or validating
    // an existing token. Returns the token, or the fault code prefixed with "fault:".
    QString userAuth(const QString &name, const QString &password, const QString &token = QString())
    {
        SoapTransport t;
        TlsTrust trust;
        trust.addGlobalPin(m_fingerprint);
        t.setTrust(trust);
        soap::Element req(QStringLiteral("AuthRequest"), soap::accountNs());
        if (token.isEmpty()) {
            req.addChild(QStringLiteral("account"), name)
                .setAttribute(QStringLiteral("by"), QStringLiteral("name"));
            req.addChild(QStringLiteral("password"), password);
        } else {
            req.addChild(QStringLiteral("authToken"), token);
        }
        SoapExchange *x = t.post(m_userUrl, soap::writeEnvelope(req));
        QSignalSpy done(x, &SoapExchange::finished);
        if (!done.wait(30000))
            return QStringLiteral("timeout");
        if (x->error().isError())
            return QStringLiteral("error:") + x->error().detail;
        if (x->reply().kind == soap::ParsedReply::Kind::Fault)
            return QStringLiteral("fault:") + x->reply().fault.zimbraCode;
        return x->reply().body.childText(QStringLiteral("authToken"));
    }

    ZimbraAccount readBack(const QString &user)
    {
        QObject scope;
        AccountJob job(client(&scope), user);
        run(job);
        if (job.error().isError())
            qWarning("read back of %s failed: %s", qPrintable(user), qPrintable(job.error().message));
        return job.account();
    }

    void modify(const QString &id, const QList<QPair<QString, QString>> &attrs)
    {
        QObject scope;
        ZimbraClient *c = client(&scope);
        soap::Element req = soap::Element::admin(QStringLiteral("ModifyAccountRequest"));
        req.addChild(QStringLiteral("id"), id);
        for (const auto &a : attrs)
            req.addAttr(a.first, a.second);
        SoapCall *call = c->call(req);
        QSignalSpy done(call, &SoapCall::finished);
        QVERIFY(done.wait(30000));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().detail));
    }

private slots:
    void initTestCase()
    {
        m_lab = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
        const QJsonObject lab
            = QJsonDocument::fromJson(readFile(m_lab + QStringLiteral("/lab.json"))).object();
        const QJsonObject soapObj = lab.value(QStringLiteral("soap")).toObject();
        m_url = QUrl(soapObj.value(QStringLiteral("url")).toString());
        m_userUrl = QUrl(soapObj.value(QStringLiteral("user_url")).toString());
        m_admin = soapObj.value(QStringLiteral("admin")).toString();
        m_passwordFile = soapObj.value(QStringLiteral("password_file")).toString();
        m_password = QString::fromUtf8(readFile(m_passwordFile)).trimmed();
        m_fingerprint = soapObj.value(QStringLiteral("cert_sha256")).toString();
        m_certFile = soapObj.value(QStringLiteral("cert")).toString();
        QVERIFY(TlsTrust::normalizeFingerprint(m_fingerprint));
        const QJsonObject users
            = QJsonDocument::fromJson(readFile(lab.value(QStringLiteral("users_file")).toString())).object();
        for (const QJsonValue &u : users.value(QStringLiteral("users")).toArray())
            m_userPasswords.insert(u.toObject().value(QStringLiteral("mail")).toString(),
                                   u.toObject().value(QStringLiteral("password")).toString());
        QVERIFY(m_userPasswords.contains(QStringLiteral("ikasle70@tartanga.test")));
        // Start from a known state.
        const ZimbraAccount a = readBack(QStringLiteral("ikasle70@tartanga.test"));
        if (a.status != QLatin1String("active"))
            modify(a.id, {{QStringLiteral("zimbraAccountStatus"), QStringLiteral("active")}});
    }

    void showAccount()
    {
        QObject scope;
        AccountJob job(client(&scope), QStringLiteral("ikasle3")); // bare name, matched exactly
        run(job);
        QVERIFY2(!job.error().isError(), qPrintable(job.error().message));
        const ZimbraAccount &a = job.account();
        QCOMPARE(a.name, QStringLiteral("ikasle3@tartanga.test"));
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(a.cosName, QStringLiteral("default"));
        QCOMPARE(a.authMech, QStringLiteral("ad")); // the lab domain authenticates against AD
        QVERIFY(a.externalAuth());
    }

    void searchAccounts()
    {
        QObject scope;
        AccountSearchJob job(client(&scope), QStringLiteral("ikasle7"));
        run(job);
        QVERIFY2(!job.error().isError(), qPrintable(job.error().message));
        QStringList names;
        for (const AccountSummary &s : job.accounts()) {
            names << s.name;
            QCOMPARE(s.cosName, QStringLiteral("default"));
            QCOMPARE(s.authMech, QStringLiteral("ad"));
            QVERIFY(!s.status.isEmpty());
        }
        QVERIFY(names.contains(QStringLiteral("ikasle7@tartanga.test")));
        QVERIFY(names.contains(QStringLiteral("ikasle70@tartanga.test")));
        QVERIFY(!names.contains(QStringLiteral("ikasle3@tartanga.test")));
        // A pattern character is a literal, never a wildcard.
        AccountSearchJob star(client(&scope), QStringLiteral("*"));
        run(star);
        QVERIFY(!star.error().isError());
        QCOMPARE(star.accounts().size(), 0);
    }

    void lockAndUnlock()
    {
        const QString user = QStringLiteral("ikasle70@tartanga.test");
        const QString pw = m_userPasswords.value(user);
        QVERIFY(!userAuth(user, pw).startsWith(QLatin1String("fault:")));
        QObject scope;
        ZimbraAccountActionJob lock(client(&scope), user, ZimbraAccountAction::Lock);
        run(lock);
        QVERIFY2(!lock.error().isError(), qPrintable(lock.error().message));
        QCOMPARE(readBack(user).status, QStringLiteral("locked"));
        QCOMPARE(userAuth(user, pw), QStringLiteral("fault:account.AUTH_FAILED"));

        ZimbraAccountActionJob unlock(client(&scope), user, ZimbraAccountAction::Unlock);
        run(unlock);
        QVERIFY2(!unlock.error().isError(), qPrintable(unlock.error().message));
        QCOMPARE(readBack(user).status, QStringLiteral("active"));
        QVERIFY(!userAuth(user, pw).startsWith(QLatin1String("fault:")));
    }

    void endSessionsKillsOldToken()
    {
        const QString user = QStringLiteral("ikasle70@tartanga.test");
        const QString token = userAuth(user, m_userPasswords.value(user));
        QVERIFY2(!token.startsWith(QLatin1String("fault:")) && !token.isEmpty(), qPrintable(token));
        QCOMPARE(userAuth(QString(), QString(), token), token); // the token works
        const int before = readBack(user).validityValue;
        QObject scope;
        ZimbraAccountActionJob job(client(&scope), user, ZimbraAccountAction::EndSessions);
        run(job);
        QVERIFY2(!job.error().isError(), qPrintable(job.error().message));
        const ZimbraAccount after = readBack(user);
        QCOMPARE(after.validityValue, before < 0 ? 0 : before + 1);
        QCOMPARE(after.status, QStringLiteral("active")); // ending sessions does not lock
        const QString again = userAuth(QString(), QString(), token);
        QVERIFY2(again == QLatin1String("fault:service.AUTH_EXPIRED")
                     || again == QLatin1String("fault:service.AUTH_REQUIRED"),
                 qPrintable(again));
    }

    void resetPasswordOnAdDomain()
    {
        const QString user = QStringLiteral("ikasle72@tartanga.test");
        const QString adPassword = m_userPasswords.value(user);
        const QString token = userAuth(user, adPassword);
        QVERIFY(!token.startsWith(QLatin1String("fault:")));
        QObject scope;
        SetPasswordJob job(client(&scope), user, QStringLiteral("Zaindari-Test-7f3a!"), true);
        run(job);
        QVERIFY2(!job.error().isError(), qPrintable(job.error().message));
        QVERIFY(job.after().passwordMustChange);
        QVERIFY(job.externalAuth());
        QVERIFY(job.externalAuthWarning().contains(QLatin1String("tartanga.test")));
        // What the warning says is true: the AD password still logs in, old sessions are gone.
        QVERIFY(userAuth(QString(), QString(), token).startsWith(QLatin1String("fault:")));
        modify(job.after().id, {{QStringLiteral("zimbraPasswordMustChange"), QString()}});
        QVERIFY(!readBack(user).passwordMustChange);
        QVERIFY(!userAuth(user, adPassword).startsWith(QLatin1String("fault:")));
    }

    void lockoutShownAndCleared()
    {
        const QString user = QStringLiteral("ikasle71@tartanga.test");
        ZimbraAccount a = readBack(user);
        QVERIFY(!a.id.isEmpty());
        // An account-level policy: 2 failures lock for an hour.
        modify(a.id,
               {{QStringLiteral("zimbraPasswordLockoutEnabled"), QStringLiteral("TRUE")},
                {QStringLiteral("zimbraPasswordLockoutMaxFailures"), QStringLiteral("2")},
                {QStringLiteral("zimbraPasswordLockoutDuration"), QStringLiteral("1h")},
                {QStringLiteral("zimbraPasswordLockoutFailureLifetime"), QStringLiteral("1h")}});
        QCOMPARE(userAuth(user, QStringLiteral("wrong-1")), QStringLiteral("fault:account.AUTH_FAILED"));
        QCOMPARE(userAuth(user, QStringLiteral("wrong-2")), QStringLiteral("fault:account.AUTH_FAILED"));
        QObject scope;
        AccountJob show(client(&scope), user);
        run(show);
        QVERIFY(!show.error().isError());
        a = show.account();
        QCOMPARE(a.status, QStringLiteral("lockout"));
        QCOMPARE(a.lockoutFailures.size(), 2);
        QVERIFY(a.lockedTime.isValid());
        QCOMPARE(a.lockout.maxFailures, 2);
        QVERIFY(show.lockoutOverrides().contains(QStringLiteral("zimbraPasswordLockoutMaxFailures")));
        const AccountStatusInfo st = explainStatus(a, QDateTime::currentDateTimeUtc());
        QCOMPARE(int(st.state), int(AccountState::LockedOut));
        QCOMPARE(st.lockoutEnds, a.lockedTime.addSecs(3600));

        ZimbraAccountActionJob clear(client(&scope), user, ZimbraAccountAction::ClearLockout);
        run(clear);
        QVERIFY2(!clear.error().isError(), qPrintable(clear.error().message));
        const ZimbraAccount after = readBack(user);
        QCOMPARE(after.status, QStringLiteral("active"));
        QVERIFY(after.lockoutFailures.isEmpty());
        QVERIFY(!after.lockedTime.isValid());
        QVERIFY(!userAuth(user, m_userPasswords.value(user)).startsWith(QLatin1String("fault:")));
        // Back to the COS values.
        modify(a.id,
               {{QStringLiteral("zimbraPasswordLockoutEnabled"), QString()},
                {QStringLiteral("zimbraPasswordLockoutMaxFailures"), QString()},
                {QStringLiteral("zimbraPasswordLockoutDuration"), QString()},
                {QStringLiteral("zimbraPasswordLockoutFailureLifetime"), QString()}});
        QObject scope2;
        AccountJob restored(client(&scope2), user);
        run(restored);
        QVERIFY(restored.lockoutOverrides().isEmpty());
    }

    void cosPolicyChangeAndRestore()
    {
        QObject scope;
        CosListJob list(client(&scope));
        run(list);
        QVERIFY(!list.error().isError());
        CosInfo original;
        for (const CosInfo &c : list.classes())
            if (c.name == QLatin1String("default"))
                original = c;
        QVERIFY(!original.id.isEmpty());

        LockoutPolicyJob set(client(&scope), QStringLiteral("default"), LockoutChange::recommended());
        run(set);
        QVERIFY2(!set.error().isError(), qPrintable(set.error().message));
        CosListJob check(client(&scope));
        run(check);
        bool seen = false;
        for (const CosInfo &c : check.classes()) {
            if (c.name != QLatin1String("default"))
                continue;
            seen = true;
            QVERIFY(c.lockout.enabled);
            QCOMPARE(c.lockout.maxFailures, 5);
            QCOMPARE(c.lockout.failureLifetimeMs, qint64(360000));
            QCOMPARE(c.lockout.durationMs, qint64(600000));
        }
        QVERIFY(seen);

        LockoutChange back;
        back.enabled = original.lockout.enabled;
        back.maxFailures = original.lockout.maxFailures;
        back.failureLifetime = original.lockout.failureLifetime;
        back.duration = original.lockout.duration;
        LockoutPolicyJob restore(client(&scope), QStringLiteral("default"), back);
        run(restore);
        QVERIFY2(!restore.error().isError(), qPrintable(restore.error().message));
        QCOMPARE(restore.updated().value(0).lockout, original.lockout);
    }

    void relayHost()
    {
        QObject scope;
        RelayHostJob read(client(&scope));
        run(read);
        QVERIFY2(!read.error().isError(), qPrintable(read.error().message));
        const QString original = read.info().global;
        QVERIFY(!read.info().servers.isEmpty()); // the lab has one MTA server

        const QString value = QStringLiteral("[relay.tartanga.test]:587");
        RelayHostJob set(client(&scope), QString(), value);
        run(set);
        QVERIFY2(!set.error().isError(), qPrintable(set.error().message));
        QCOMPARE(set.info().global, value);

        // Per server: the server's own value, read back with applyConfig="0".
        const QString server = read.info().servers.first().first;
        const QString serverOriginal = read.info().servers.first().second;
        RelayHostJob perServer(client(&scope), server, QStringLiteral("smtp2.tartanga.test:25"));
        run(perServer);
        QVERIFY2(!perServer.error().isError(), qPrintable(perServer.error().message));
        QCOMPARE(perServer.info().servers.first().second, QStringLiteral("smtp2.tartanga.test:25"));
        QCOMPARE(perServer.info().global, value);

        // Two values are refused before anything is sent.
        RelayHostJob bad(client(&scope), QString(), QStringLiteral("a.example b.example"));
        run(bad);
        QCOMPARE(int(bad.error().code), int(ZimbraErrorCode::InvalidInput));

        RelayHostJob restoreServer(client(&scope), server, serverOriginal);
        run(restoreServer);
        QVERIFY(!restoreServer.error().isError());
        RelayHostJob restore(client(&scope), QString(), original);
        run(restore);
        QVERIFY(!restore.error().isError());
        QCOMPARE(restore.info().global, original);
    }

    void loggerStatsMatchTheMtaLog()
    {
        // zmlogprocess counts distinct queue ids of qmgr "from=<...>, size=N," lines (10.1);
        // the seeder truncated the log, so the whole file is inside a one-day window.
        const QJsonObject lab
            = QJsonDocument::fromJson(readFile(m_lab + QStringLiteral("/lab.json"))).object();
        const QString log
            = lab.value(QStringLiteral("mta")).toObject().value(QStringLiteral("log")).toString();
        QSet<QByteArray> ids;
        const QRegularExpression qmgr(
            QStringLiteral("qmgr\\[\\d+\\]: ([0-9A-Za-z]+): from=<[^>]*>, size=\\d+,"));
        for (const QByteArray &line : readFile(log).split('\n')) {
            const auto m = qmgr.match(QString::fromUtf8(line));
            if (m.hasMatch())
                ids.insert(m.captured(1).toUtf8());
        }
        QObject scope;
        LoggerStatsJob job(client(&scope), QString(), {QStringLiteral("mta_count")}, QStringLiteral("now-1d"),
                           QStringLiteral("now"));
        run(job);
        QVERIFY2(!job.error().isError(), qPrintable(job.error().message));
        QVERIFY(!job.loggerDisabled());
        double total = 0;
        QCOMPARE(job.windowSeconds(), qint64(86400));
        QCOMPARE(LoggerStatsJob::rrdStepFor(job.windowSeconds()), qint64(300));
        for (const auto &c : LoggerStatsJob::toCounts(job.points(), QStringLiteral("mta_count"),
                                                      LoggerStatsJob::rrdStepFor(job.windowSeconds())))
            total += c.second;
        QCOMPARE(qRound(total), int(ids.size()));

        LoggerStatsJob bad(client(&scope), QString(), {}, QStringLiteral("now - 1d"), QStringLiteral("now"));
        run(bad);
        QCOMPARE(int(bad.error().code), int(ZimbraErrorCode::InvalidInput));
    }

    void errors()
    {
        QObject scope;
        AccountJob unknown(client(&scope), QStringLiteral("nobody-here@tartanga.test"));
        run(unknown);
        QCOMPARE(int(unknown.error().code), int(ZimbraErrorCode::NotFound));
        QCOMPARE(unknown.error().faultCode, QStringLiteral("account.NO_SUCH_ACCOUNT"));
        AccountJob unknownBare(client(&scope), QStringLiteral("nobody-here"));
        run(unknownBare);
        QCOMPARE(int(unknownBare.error().code), int(ZimbraErrorCode::NotFound));

        LockoutChange c;
        c.maxFailures = 5;
        LockoutPolicyJob cos(client(&scope), QStringLiteral("no-such-cos"), c);
        run(cos);
        QCOMPARE(int(cos.error().code), int(ZimbraErrorCode::NotFound));
        QCOMPARE(cos.error().faultCode, QStringLiteral("account.NO_SUCH_COS"));

        AccountJob wrong(client(&scope, QStringLiteral("not-the-password")), QStringLiteral("ikasle3"));
        run(wrong);
        QCOMPARE(int(wrong.error().code), int(ZimbraErrorCode::AuthFailed));

        LockoutChange bad;
        bad.failureLifetime = QStringLiteral("6 minutes");
        LockoutPolicyJob badJob(client(&scope), QStringLiteral("default"), bad);
        run(badJob);
        QCOMPARE(int(badJob.error().code), int(ZimbraErrorCode::InvalidInput));
    }

    void certificateTrust()
    {
        QObject scope;
        // Unpinned: the lab's self-signed certificate is a question with its fingerprint.
        ZimbraClient *c = client(&scope, QString(), false);
        QSignalSpy questions(c, &ZimbraClient::certificateQuestion);
        AccountJob job(c, QStringLiteral("ikasle3"));
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(questions.wait(10000));
        QCOMPARE(questions.first().first().value<CertificateQuestion>().fingerprint,
                 *TlsTrust::normalizeFingerprint(m_fingerprint));
        c->answerCertificate(questions.first().first().value<CertificateQuestion>().id, false);
        QVERIFY(done.wait(10000));
        QCOMPARE(int(job.error().code), int(ZimbraErrorCode::CertificateUntrusted));

        // Pinned to another certificate: refused as changed.
        ZimbraClient *d = new ZimbraClient(&scope);
        TlsTrust t;
        t.addPin(TlsTrust::hostPort(m_url.host(), m_url.port()),
                 TlsTrust::fingerprint(
                     QSslCertificate(readFile(QStringLiteral(SOAP_FIXTURES "/tls/other-cert.pem")))));
        d->setTrust(t);
        d->setEndpoint(m_url, m_admin);
        d->setPassword(m_password);
        AccountJob changed(d, QStringLiteral("ikasle3"));
        run(changed);
        QCOMPARE(int(changed.error().code), int(ZimbraErrorCode::CertificateChanged));

        // The lab CA-less certificate file itself works as --ca-file material too.
        ZimbraClient *e = new ZimbraClient(&scope);
        TlsTrust ca;
        QString problem;
        QVERIFY2(ca.loadCaFile(m_certFile, &problem), qPrintable(problem));
        e->setTrust(ca);
        e->setEndpoint(m_url, m_admin);
        e->setPassword(m_password);
        AccountJob viaCa(e, QStringLiteral("ikasle3"));
        run(viaCa);
        QVERIFY2(!viaCa.error().isError(), qPrintable(viaCa.error().message));
    }

    void expiredTokens()
    {
        // A second emulator with 2-second tokens, on its own port and state.
        QTemporaryDir dir;
        const int port = freePort();
        QProcess emu;
        emu.setProcessChannelMode(QProcess::ForwardedChannels);
        emu.start(QStringLiteral("python3"),
                  {QStringLiteral(ZIMBRA_EMULATOR),
                   QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1"),
                   QStringLiteral("--port"),
                   QString::number(port),
                   QStringLiteral("--cert"),
                   m_certFile,
                   QStringLiteral("--key"),
                   m_lab + QStringLiteral("/soap/key.pem"),
                   QStringLiteral("--state-dir"),
                   dir.filePath(QStringLiteral("state")),
                   QStringLiteral("--users"),
                   m_lab + QStringLiteral("/directory-users.json"),
                   QStringLiteral("--admin-user"),
                   m_admin,
                   QStringLiteral("--admin-password-file"),
                   m_passwordFile,
                   QStringLiteral("--ldap-ca"),
                   m_lab + QStringLiteral("/ca/ca.pem"),
                   QStringLiteral("--audit-log"),
                   dir.filePath(QStringLiteral("audit.log")),
                   QStringLiteral("--mta-log"),
                   dir.filePath(QStringLiteral("zimbra.log")),
                   QStringLiteral("--token-lifetime"),
                   QStringLiteral("2")});
        QVERIFY(emu.waitForStarted(5000));
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            up = probe.waitForConnected(100);
            if (!up)
                QTest::qWait(100);
        }
        QVERIFY2(up, "second emulator did not start");
        m_url.setPort(port);
        const QUrl saved = m_url;

        for (const bool proactive : {false, true}) {
            QObject scope;
            ZimbraClient *c = client(&scope);
            c->setEndpoint(saved, m_admin);
            if (!proactive)
                c->setRefreshMarginMs(-1); // send the expired token: the AUTH_EXPIRED path
            CosListJob first(c);
            run(first);
            QVERIFY2(!first.error().isError(), qPrintable(first.error().message));
            QVERIFY(c->tokenExpiry() <= QDateTime::currentDateTimeUtc().addSecs(3));
            QTest::qWait(2500);
            CosListJob second(c);
            run(second);
            QVERIFY2(!second.error().isError(), qPrintable(second.error().message));
            QCOMPARE(c->loginCount(), 2);
            QVERIFY(!second.classes().isEmpty());
        }
        m_url.setPort(7071);
        emu.terminate();
        QVERIFY(emu.waitForFinished(5000));
    }

    void cliExitCodesAndAudit()
    {
        QTemporaryDir home;
        QFile wrong(home.filePath(QStringLiteral("wrong.pw")));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("not-the-password\n");
        wrong.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        auto cli = [&](QStringList args, const QString &pwFile, bool pin, QByteArray *out = nullptr) {
            QStringList all {QStringLiteral("--soap"),
                             m_url.toString(),
                             QStringLiteral("--soap-user"),
                             m_admin,
                             QStringLiteral("--soap-password-file"),
                             pwFile};
            if (pin)
                all << QStringLiteral("--pin") << QStringLiteral("sha256:") + m_fingerprint;
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ZAINDARI_CLI), all + args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("ikasle3"),
                      QStringLiteral("--json")},
                     m_passwordFile, true, &out),
                 0);
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value(QStringLiteral("zimbra")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("ikasle3@tartanga.test"));
        QVERIFY(doc.contains(QStringLiteral("directory")));
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("nobody-here")},
                     m_passwordFile, true),
                 1);
        QCOMPARE(cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--duration"),
                      QStringLiteral("1h30m")},
                     m_passwordFile, true),
                 2);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("ikasle3")},
                     wrong.fileName(), true),
                 3);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("ikasle3")},
                     m_passwordFile, false),
                 4);

        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("lock"), QStringLiteral("ikasle70"),
                      QStringLiteral("--json")},
                     m_passwordFile, true, &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(readBack(QStringLiteral("ikasle70@tartanga.test")).status, QStringLiteral("locked"));
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("unlock"), QStringLiteral("ikasle70")},
                     m_passwordFile, true),
                 0);
        QCOMPARE(readBack(QStringLiteral("ikasle70@tartanga.test")).status, QStringLiteral("active"));
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("lock"), QStringLiteral("nobody-here")},
                     m_passwordFile, true),
                 1);

        const QList<QByteArray> lines
            = readFile(home.filePath(QStringLiteral("zaindari/audit.jsonl"))).trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("account.lock"));
        QCOMPARE(first.value(QStringLiteral("target")).toString(), QStringLiteral("ikasle70@tartanga.test"));
        QCOMPARE(first.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("result")).toString(),
                 QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestSoapLab)
#include "tst_soap_lab.moc"
