// Transport and session behaviour against a scripted local HTTPS server: certificate question
// and pinning, changed certificate, non-SOAP answers (HTML page, empty body, 502, silence,
// refused connection), AUTH_EXPIRED retry, proactive refresh, wrong password, and a bad
// duration that never reaches the network.
#include "fakesoapserver.h"

#include "zimbra/accountjobs.h"
#include "zimbra/policyjobs.h"
#include "zimbra/zimbraclient.h"
#include "zimbra/zimbratester.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace zaindari;

namespace {
const QByteArray kEnv = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">";

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(SOAP_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QByteArray authResponse(const QByteArray &token, qint64 lifetimeMs = 43200000)
{
    return kEnv
        + "<soap:Header><context xmlns=\"urn:zimbra\"/></soap:Header><soap:Body><AuthResponse "
          "xmlns=\"urn:zimbraAdmin\"><lifetime>"
        + QByteArray::number(lifetimeMs) + "</lifetime><authToken>" + token
        + "</authToken></AuthResponse></soap:Body></soap:Envelope>";
}

FakeReply fault(const QByteArray &code, const QByteArray &reason)
{
    FakeReply r;
    r.status = 500;
    r.body = kEnv
        + "<soap:Body><soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value></"
          "soap:Code><soap:Reason><soap:Text>"
        + reason + "</soap:Text></soap:Reason><soap:Detail><Error xmlns=\"urn:zimbra\"><Code>" + code
        + "</Code><Trace>t:1:2</Trace></Error></soap:Detail></soap:Fault></soap:Body></soap:Envelope>";
    return r;
}

FakeReply ok(const QByteArray &body)
{
    FakeReply r;
    r.body = body;
    return r;
}

QUrl urlFor(quint16 port)
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/service/admin/soap").arg(port));
}

TlsTrust pinned(const QSslCertificate &cert)
{
    TlsTrust t;
    t.addGlobalPin(TlsTrust::fingerprint(cert));
    return t;
}

void setup(ZimbraClient &client, FakeSoapServer &server, const TlsTrust &trust)
{
    client.setTrust(trust);
    client.setEndpoint(urlFor(server.port()), QStringLiteral("admin@example.com"));
    client.setPassword(QStringLiteral("secret"));
}

bool isAuth(const QByteArray &body)
{
    return body.contains("AuthRequest");
}

QByteArray tokenIn(const QByteArray &body)
{
    const int a = int(body.indexOf("<authToken>"));
    if (a < 0)
        return QByteArray();
    const int b = int(body.indexOf("</authToken>", a));
    return body.mid(a + 11, b - a - 11);
}
} // namespace

class TestSoapTransport : public QObject
{
    Q_OBJECT
private slots:
    void untrustedCertificateIsAskedAndRefused()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &) { return ok(authResponse("T1")); };
        ZimbraClient client;
        setup(client, server, TlsTrust());
        QSignalSpy questions(&client, &ZimbraClient::certificateQuestion);
        QSignalSpy failed(&client, &ZimbraClient::loginFailed);
        client.login();
        QVERIFY(questions.wait(5000));
        const auto q = questions.first().first().value<CertificateQuestion>();
        QCOMPARE(q.fingerprint, TlsTrust::fingerprint(server.certificate()));
        QCOMPARE(q.hostPort, QStringLiteral("127.0.0.1:") + QString::number(server.port()));
        QVERIFY(!q.problems.isEmpty());
        client.answerCertificate(q.id, false);
        QVERIFY(failed.wait(5000));
        const auto e = failed.first().first().value<ZimbraError>();
        QCOMPARE(int(e.code), int(ZimbraErrorCode::CertificateUntrusted));
        QVERIFY(e.message.contains(TlsTrust::displayFingerprint(q.fingerprint)));
        QVERIFY(server.requests.isEmpty()); // nothing, not even the password, was sent
    }

    void confirmedCertificateIsPinnedAndUsed()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &) { return ok(authResponse("T1")); };
        ZimbraClient client;
        setup(client, server, TlsTrust());
        QSignalSpy questions(&client, &ZimbraClient::certificateQuestion);
        QSignalSpy pinnedSpy(&client, &ZimbraClient::certificatePinned);
        QSignalSpy loggedIn(&client, &ZimbraClient::loggedIn);
        client.login();
        QVERIFY(questions.wait(5000));
        client.answerCertificate(questions.first().first().value<CertificateQuestion>().id, true);
        QVERIFY(loggedIn.wait(5000));
        QCOMPARE(pinnedSpy.size(), 1);
        QCOMPARE(pinnedSpy.first().at(1).toString(),
                 QStringLiteral("sha256:") + TlsTrust::fingerprint(server.certificate()));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(client.hasToken());
    }

    void changedCertificateIsRefusedWithoutQuestion()
    {
        FakeSoapServer server(QStringLiteral("server"));
        FakeSoapServer other(QStringLiteral("other"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &) { return ok(authResponse("T1")); };
        ZimbraClient client;
        TlsTrust trust;
        trust.addPin(QStringLiteral("127.0.0.1:") + QString::number(server.port()),
                     TlsTrust::fingerprint(other.certificate()));
        setup(client, server, trust);
        QSignalSpy questions(&client, &ZimbraClient::certificateQuestion);
        QSignalSpy failed(&client, &ZimbraClient::loginFailed);
        client.login();
        QVERIFY(failed.wait(5000));
        const auto e = failed.first().first().value<ZimbraError>();
        QCOMPARE(int(e.code), int(ZimbraErrorCode::CertificateChanged));
        QVERIFY(
            e.message.contains(TlsTrust::displayFingerprint(TlsTrust::fingerprint(server.certificate()))));
        QVERIFY(e.message.contains(TlsTrust::displayFingerprint(TlsTrust::fingerprint(other.certificate()))));
        QCOMPARE(questions.size(), 0);
        QVERIFY(server.requests.isEmpty());
    }

    void nonSoapAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("hang");
        QTest::addColumn<int>("code");
        QTest::newRow("html 404") << 404 << QByteArray("text/html") << fixture("html-error.html") << false
                                  << int(ZimbraErrorCode::NotSoap);
        QTest::newRow("html 200") << 200 << QByteArray("text/html") << fixture("html-error.html") << false
                                  << int(ZimbraErrorCode::NotSoap);
        QTest::newRow("empty 200") << 200 << QByteArray() << QByteArray() << false
                                   << int(ZimbraErrorCode::EmptyReply);
        QTest::newRow("empty 500") << 500 << QByteArray("text/xml") << QByteArray() << false
                                   << int(ZimbraErrorCode::EmptyReply);
        QTest::newRow("proxy 502") << 502 << QByteArray("text/html") << fixture("proxy-502.html") << false
                                   << int(ZimbraErrorCode::HttpError);
        QTest::newRow("plain 403") << 403 << QByteArray("text/plain") << QByteArray("Forbidden") << false
                                   << int(ZimbraErrorCode::HttpError);
        QTest::newRow("garbage") << 200 << QByteArray("text/xml") << QByteArray("<not-soap/>") << false
                                 << int(ZimbraErrorCode::NotSoap);
        QTest::newRow("silence") << 200 << QByteArray() << QByteArray() << true
                                 << int(ZimbraErrorCode::Timeout);
    }
    void nonSoapAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, hang);
        QFETCH(int, code);
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [=](const QByteArray &) {
            FakeReply r;
            r.status = status;
            r.contentType = contentType;
            r.body = body;
            r.hang = hang;
            return r;
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        client.transport()->setTimeout(800);
        QSignalSpy failed(&client, &ZimbraClient::loginFailed);
        client.login();
        QVERIFY(failed.wait(5000));
        const auto e = failed.first().first().value<ZimbraError>();
        QCOMPARE(int(e.code), code);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.isConnectionProblem());
        if (!hang)
            QCOMPARE(e.httpStatus, status);
    }

    void refusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ZimbraClient client;
        client.setEndpoint(urlFor(port), QStringLiteral("admin@example.com"));
        client.setPassword(QStringLiteral("x"));
        QSignalSpy failed(&client, &ZimbraClient::loginFailed);
        client.login();
        QVERIFY(failed.wait(5000));
        QCOMPARE(int(failed.first().first().value<ZimbraError>().code), int(ZimbraErrorCode::Network));
    }

    void authExpiredLogsInAgainOnce()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        int logins = 0;
        server.handler = [&logins](const QByteArray &body) {
            if (isAuth(body))
                return ok(authResponse("T" + QByteArray::number(++logins)));
            if (tokenIn(body) == "T1") // the first token "expired" on the server
                return fault("service.AUTH_EXPIRED", "auth credentials have expired");
            return ok(fixture("getcos-default.xml"));
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        CosListJob job(&client);
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QVERIFY2(!job.error().isError(), qPrintable(job.error().message));
        QCOMPARE(client.loginCount(), 2);
        QCOMPARE(server.requests.size(), 4); // Auth, call(T1), Auth, call(T2)
        QCOMPARE(tokenIn(server.requests.at(3)), QByteArray("T2"));
    }

    void authExpiredTwiceIsReported()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &body) {
            if (isAuth(body))
                return ok(authResponse("T"));
            return fault("service.AUTH_REQUIRED", "no valid authtoken present");
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        CosListJob job(&client);
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(int(job.error().code), int(ZimbraErrorCode::AuthFailed));
        QCOMPARE(job.error().faultCode, QStringLiteral("service.AUTH_REQUIRED"));
        QCOMPARE(server.requests.size(), 4); // one retry, no loop
    }

    void proactiveRefreshBeforeExpiry()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        int logins = 0;
        server.handler = [&logins](const QByteArray &body) {
            if (isAuth(body))
                return ok(authResponse("T" + QByteArray::number(++logins), 1000));
            return ok(fixture("getcos-default.xml"));
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        QSignalSpy loggedIn(&client, &ZimbraClient::loggedIn);
        client.login();
        QVERIFY(loggedIn.wait(5000));
        QTest::qWait(1000); // the 1 s token is now (nearly) expired
        CosListJob job(&client);
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QVERIFY(!job.error().isError());
        QCOMPARE(client.loginCount(), 2);
        // The call went out with the fresh token only: no round trip with the old one.
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(tokenIn(server.requests.at(2)), QByteArray("T2"));
    }

    void wrongPasswordFailsQueuedCalls()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &body) {
            if (isAuth(body))
                return fault("account.AUTH_FAILED", "authentication failed for [admin@example.com]");
            return ok(fixture("getcos-default.xml"));
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        AccountJob a(&client, QStringLiteral("j.doe@example.com"));
        CosListJob b(&client);
        QSignalSpy doneA(&a, &ZimbraJob::finished);
        QSignalSpy doneB(&b, &ZimbraJob::finished);
        a.start();
        b.start();
        QVERIFY(doneA.wait(5000));
        if (doneB.isEmpty())
            QVERIFY(doneB.wait(5000));
        QCOMPARE(int(a.error().code), int(ZimbraErrorCode::AuthFailed));
        QCOMPARE(int(b.error().code), int(ZimbraErrorCode::AuthFailed));
        QVERIFY(a.error().message.contains(QLatin1String("admin@example.com")));
        QCOMPARE(server.requests.size(), 1); // one login for both
    }

    void faultInHttp500IsRead()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &body) {
            if (isAuth(body))
                return ok(authResponse("T"));
            FakeReply r = ok(fixture("fault-no-such-account.xml"));
            r.status = 500;
            return r;
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        AccountJob job(&client, QStringLiteral("x@example.com"));
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(int(job.error().code), int(ZimbraErrorCode::NotFound));
        QCOMPARE(job.error().faultCode, QStringLiteral("account.NO_SUCH_ACCOUNT"));
    }

    void ambiguousBareNameIsAnError()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &body) {
            if (isAuth(body))
                return ok(authResponse("T"));
            return ok(fixture("searchdirectory.xml")); // two accounts answer (uid=doe)
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        AccountJob job(&client, QStringLiteral("do*e)(x"));
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(int(job.error().code), int(ZimbraErrorCode::Ambiguous));
        QVERIFY(job.error().message.contains(QLatin1String("j.doe@example.com")));
        // The typed name went out escaped (RFC 4515): never a pattern.
        QVERIFY(server.requests.at(1).contains("(uid=do\\2Ae\\29\\28x)"));
    }

    void connectionTesterAndStates()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &body) {
            if (body.contains("<password>right</password>"))
                return ok(authResponse("T"));
            return fault("account.AUTH_FAILED", "authentication failed for [admin@example.com]");
        };
        Profile p = Profile::create(QStringLiteral("test"));
        p.soap.url = urlFor(server.port());
        p.soap.adminUser = QStringLiteral("admin@example.com");
        TlsTrust::storePin(p, QStringLiteral("127.0.0.1:") + QString::number(server.port()),
                           TlsTrust::fingerprint(server.certificate()));
        for (const bool right : {true, false}) {
            QObject scope;
            ConnectionTester *t = createConnectionTester(Backend::Zimbra, &scope);
            QVERIFY(qobject_cast<ZimbraConnectionTester *>(t));
            QSignalSpy done(t, &ConnectionTester::finished);
            t->start(p, right ? QStringLiteral("right") : QStringLiteral("wrong"));
            QVERIFY(done.wait(5000));
            QCOMPARE(done.first().at(0).toBool(), right);
            QVERIFY(!done.first().at(1).toString().isEmpty());
        }
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        client.setPassword(QStringLiteral("right"));
        QSignalSpy states(&client, &ZimbraClient::stateChanged);
        QSignalSpy loggedIn(&client, &ZimbraClient::loggedIn);
        client.login();
        QVERIFY(loggedIn.wait(5000));
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).first().value<ConnectionState>(), ConnectionState::Connecting);
        QCOMPARE(client.state(), ConnectionState::Connected);
        client.forgetToken();
        QCOMPARE(client.state(), ConnectionState::Disconnected);
    }

    void badDurationIsNeverSent()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &body) {
            return ok(isAuth(body) ? authResponse("T") : fixture("getcos-default.xml"));
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        LockoutChange change;
        change.duration = QStringLiteral("1h30m");
        LockoutPolicyJob job(&client, QStringLiteral("default"), change);
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(int(job.error().code), int(ZimbraErrorCode::InvalidInput));
        QVERIFY(job.error().message.contains(QLatin1String("1h30m")));
        QVERIFY(server.requests.isEmpty());
    }

    void modifyCosSendsIdAsChildElement()
    {
        FakeSoapServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        server.handler = [](const QByteArray &body) {
            if (isAuth(body))
                return ok(authResponse("T"));
            if (body.contains("ModifyCosRequest"))
                return ok(kEnv
                          + "<soap:Body><ModifyCosResponse "
                            "xmlns=\"urn:zimbraAdmin\"/></soap:Body></soap:Envelope>");
            QByteArray cos = fixture("getcos-default.xml");
            // After the change, the server holds the new values.
            cos.replace(">10<", ">5<").replace(">FALSE<", ">TRUE<");
            return ok(cos);
        };
        ZimbraClient client;
        setup(client, server, pinned(server.certificate()));
        LockoutChange change;
        change.maxFailures = 5;
        LockoutPolicyJob job(&client, QStringLiteral("default"), change);
        QSignalSpy done(&job, &ZimbraJob::finished);
        job.start();
        QVERIFY(done.wait(5000));
        QVERIFY2(!job.error().isError(), qPrintable(job.error().message));
        QByteArray modify;
        for (const QByteArray &r : std::as_const(server.requests))
            if (r.contains("ModifyCosRequest"))
                modify = r;
        QVERIFY(modify.contains("<id>e00428a1-0c00-11d9-836a-000d93afea2a</id>"));
        QVERIFY(modify.contains("<a n=\"zimbraPasswordLockoutEnabled\">TRUE</a>"));
    }
};

QTEST_GUILESS_MAIN(TestSoapTransport)
#include "tst_soaptransport.moc"
