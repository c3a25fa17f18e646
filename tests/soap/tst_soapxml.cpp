// Envelope writing and reply parsing on fixtures from the reference (zimbra-admin-soap.md),
// value rules (durations, gentime, relay host, Sieve redirects), the effective account state
// (sticky lockout), fault sentences and the TLS trust decisions.
#include "common/tlstrust.h"
#include "profiles/profile.h"
#include "zimbra/policyjobs.h"
#include "zimbra/soapxml.h"
#include "zimbra/zimbraerror.h"
#include "zimbra/zimbratypes.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace zaindari;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(SOAP_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}
} // namespace

class TestSoapXml : public QObject
{
    Q_OBJECT
private slots:
    void writesContextInZimbraNamespace()
    {
        soap::Element req = soap::Element::admin(QStringLiteral("GetAccountRequest"));
        req.addChild(QStringLiteral("account"), QStringLiteral("a&b<c>@x"))
            .setAttribute(QStringLiteral("by"), QStringLiteral("name"));
        const QByteArray xml = soap::writeEnvelope(req, QStringLiteral("0_tok\"en"));
        // Read it back with the same strictness a server has: namespaces by URI, not prefix.
        soap::Element root;
        QString problem;
        QVERIFY2(soap::parseDocument(xml, &root, &problem), qPrintable(problem));
        QCOMPARE(root.ns, soap::envelopeNs12());
        const soap::Element *header = root.child(QStringLiteral("Header"));
        QVERIFY(header);
        const soap::Element *ctx = header->child(QStringLiteral("context"));
        QVERIFY(ctx);
        QCOMPARE(ctx->ns, QStringLiteral("urn:zimbra"));
        QCOMPARE(ctx->childText(QStringLiteral("authToken")), QStringLiteral("0_tok\"en"));
        const soap::Element *body = root.child(QStringLiteral("Body"));
        QVERIFY(body && body->children.size() == 1);
        const soap::Element &r = body->children.first();
        QCOMPARE(r.name, QStringLiteral("GetAccountRequest"));
        QCOMPARE(r.ns, QStringLiteral("urn:zimbraAdmin"));
        // Children without their own namespace inherit urn:zimbraAdmin, text is escaped.
        QCOMPARE(r.children.first().ns, QStringLiteral("urn:zimbraAdmin"));
        QCOMPARE(r.children.first().text, QStringLiteral("a&b<c>@x"));
        QCOMPARE(r.children.first().attribute(QStringLiteral("by")), QStringLiteral("name"));
    }

    void noTokenNoAuthTokenElement()
    {
        const QByteArray xml = soap::writeEnvelope(soap::Element::admin(QStringLiteral("AuthRequest")));
        QVERIFY(!xml.contains("authToken"));
        QVERIFY(xml.contains("urn:zimbra"));
    }

    void parsesAuthResponseInBothOrders_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("lifetime");
        QTest::newRow("p30+") << QByteArray("auth-response.xml") << QStringLiteral("0_5e1f2a_69643d33363a")
                              << QStringLiteral("43199998");
        QTest::newRow("p29-") << QByteArray("auth-response-old-order.xml") << QStringLiteral("0_old_order")
                              << QStringLiteral("43200000");
    }
    void parsesAuthResponseInBothOrders()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, token);
        QFETCH(QString, lifetime);
        const soap::ParsedReply r = soap::parseEnvelope(fixture(file.constData()));
        QCOMPARE(int(r.kind), int(soap::ParsedReply::Kind::Body));
        QVERIFY(r.hasHeader);
        QCOMPARE(r.body.name, QStringLiteral("AuthResponse"));
        QCOMPARE(r.body.childText(QStringLiteral("authToken")), token);
        QCOMPARE(r.body.childText(QStringLiteral("lifetime")), lifetime);
    }

    void parsesFaults()
    {
        soap::ParsedReply r = soap::parseEnvelope(fixture("fault-no-such-account.xml"));
        QCOMPARE(int(r.kind), int(soap::ParsedReply::Kind::Fault));
        QCOMPARE(r.fault.zimbraCode, QStringLiteral("account.NO_SUCH_ACCOUNT"));
        QCOMPARE(r.fault.soapCode, QStringLiteral("soap:Sender"));
        QCOMPARE(r.fault.reason, QStringLiteral("no such account: x@example.com"));
        QVERIFY(r.fault.trace.startsWith(QLatin1String("qtp")));
        ZimbraError e = ZimbraError::fromFault(r.fault);
        QCOMPARE(int(e.code), int(ZimbraErrorCode::NotFound));
        QVERIFY(e.message.contains(QLatin1String("x@example.com")));
        QVERIFY(e.detail.startsWith(QLatin1String("account.NO_SUCH_ACCOUNT: ")));

        // Raised before dispatch: no soap:Header (section 4.3).
        r = soap::parseEnvelope(fixture("fault-auth-expired-noheader.xml"));
        QCOMPARE(int(r.kind), int(soap::ParsedReply::Kind::Fault));
        QVERIFY(!r.hasHeader);
        QCOMPARE(r.fault.zimbraCode, QStringLiteral("service.AUTH_EXPIRED"));

        // SOAP 1.1: unqualified faultcode/faultstring/detail.
        r = soap::parseEnvelope(fixture("fault-soap11-no-such-cos.xml"));
        QCOMPARE(int(r.kind), int(soap::ParsedReply::Kind::Fault));
        QCOMPARE(r.fault.zimbraCode, QStringLiteral("account.NO_SUCH_COS"));
        QCOMPARE(r.fault.reason, QStringLiteral("no such cos: staff"));
        QCOMPARE(int(ZimbraError::fromFault(r.fault).code), int(ZimbraErrorCode::NotFound));

        r = soap::parseEnvelope(fixture("fault-invalid-password.xml"));
        QCOMPARE(r.fault.args.size(), 1);
        QCOMPARE(r.fault.args.first().first, QStringLiteral("zimbraPasswordMinLength"));
        QCOMPARE(r.fault.args.first().second, QStringLiteral("6"));
        e = ZimbraError::fromFault(r.fault);
        QCOMPARE(e.faultCode, QStringLiteral("account.INVALID_PASSWORD"));
        QCOMPARE(int(e.code), int(ZimbraErrorCode::Fault));
    }

    void rejectsNonSoap_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \r\n");
        QTest::newRow("html") << fixture("html-error.html");
        QTest::newRow("502") << fixture("proxy-502.html");
        QTest::newRow("dtd") << fixture("dtd-entities.xml");
        QTest::newRow("truncated") << fixture("getcos-default.xml").left(120);
        QTest::newRow("json") << QByteArray("{\"Body\":{}}");
        QTest::newRow("no body") << QByteArray(
            "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"/>");
        QTest::newRow("wrong ns") << QByteArray("<Envelope xmlns=\"urn:x\"><Body><a/></Body></Envelope>");
        QByteArray deep = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>";
        for (int i = 0; i < 200; ++i)
            deep += "<a>";
        QTest::newRow("deep") << deep;
    }
    void rejectsNonSoap()
    {
        QFETCH(QByteArray, data);
        const soap::ParsedReply r = soap::parseEnvelope(data);
        QCOMPARE(int(r.kind), int(soap::ParsedReply::Kind::NotSoap));
        QVERIFY(!r.problem.isEmpty());
    }

    void accountFromGetAccount()
    {
        const soap::ParsedReply r = soap::parseEnvelope(fixture("getaccount-lockout.xml"));
        const ZimbraAccount a = ZimbraAccount::fromElement(*r.body.child(QStringLiteral("account")));
        QCOMPARE(a.name, QStringLiteral("j.doe@example.com"));
        QCOMPARE(a.status, QStringLiteral("lockout"));
        QCOMPARE(a.validityValue, 3);
        QCOMPARE(a.lockoutFailures.size(), 2);
        QCOMPARE(a.lockoutFailures.first(), utc(2024, 5, 1, 9, 14, 0));
        QCOMPARE(a.lockoutFailures.last(), utc(2024, 5, 1, 9, 15, 2, 118));
        QCOMPARE(a.lockedTime, utc(2024, 5, 1, 9, 15, 30));
        QCOMPARE(
            a.forwardingAddresses,
            (QStringList {QStringLiteral("collector@evil.example"), QStringLiteral("backup@evil.example")}));
        QCOMPARE(a.filterForwards,
                 (QStringList {QStringLiteral("thief@evil.example"), QStringLiteral("other@evil.example")}));
        QVERIFY(a.localDeliveryDisabled);
        QVERIFY(a.forwardsMail());
        QCOMPARE(a.aliases.size(), 2);
        QVERIFY(a.lockout.isActive());
        QCOMPARE(a.lockout.maxFailures, 5);
        QCOMPARE(a.lockout.durationMs, qint64(600000));
        QCOMPARE(a.lockout.failureLifetimeMs, qint64(360000));
        QCOMPARE(a.lastLogon, utc(2024, 4, 30, 8, 0, 0));
    }

    void stickyLockout()
    {
        const soap::ParsedReply r = soap::parseEnvelope(fixture("getaccount-lockout.xml"));
        const ZimbraAccount a = ZimbraAccount::fromElement(*r.body.child(QStringLiteral("account")));
        // Locked at 09:15:30 for 10 minutes.
        AccountStatusInfo during = explainStatus(a, utc(2024, 5, 1, 9, 20, 0));
        QCOMPARE(int(during.state), int(AccountState::LockedOut));
        QCOMPARE(during.lockoutEnds, utc(2024, 5, 1, 9, 25, 30));
        // Zimbra still stores "lockout" after the duration (section 8.3): we say it is over.
        AccountStatusInfo after = explainStatus(a, utc(2024, 5, 1, 9, 26, 0));
        QCOMPARE(int(after.state), int(AccountState::LockoutExpired));
        QVERIFY(after.sentence != during.sentence);
        ZimbraAccount permanent = a;
        permanent.lockout.durationMs = 0; // until an admin resets it
        QCOMPARE(int(explainStatus(permanent, utc(2030, 1, 1, 0, 0, 0)).state), int(AccountState::LockedOut));
        ZimbraAccount locked = a;
        locked.status = QStringLiteral("locked");
        QCOMPARE(int(explainStatus(locked, utc(2030, 1, 1, 0, 0, 0)).state), int(AccountState::Locked));
        locked.status = QStringLiteral("closed");
        QCOMPARE(accountStateKey(explainStatus(locked, QDateTime()).state), QStringLiteral("closed"));
        locked.status = QStringLiteral("weird");
        QCOMPARE(int(explainStatus(locked, QDateTime()).state), int(AccountState::Unknown));
    }

    void cosAndSearch()
    {
        soap::ParsedReply r = soap::parseEnvelope(fixture("getcos-default.xml"));
        const CosInfo c = CosInfo::fromElement(*r.body.child(QStringLiteral("cos")));
        QCOMPARE(c.name, QStringLiteral("default"));
        QVERIFY(c.isDefault);
        QVERIFY(!c.lockout.enabled);
        QVERIFY(!c.lockout.isActive());
        QCOMPARE(c.lockout.maxFailures, 10);
        r = soap::parseEnvelope(fixture("searchdirectory.xml"));
        const auto hits = r.body.childrenNamed(QStringLiteral("account"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(r.body.attribute(QStringLiteral("searchTotal")), QStringLiteral("2"));
        QCOMPARE(ZimbraAccount::fromElement(*hits.at(0)).status, QStringLiteral("locked"));
        QCOMPARE(ZimbraAccount::fromElement(*hits.at(0)).displayName, QStringLiteral("John Doe"));
    }

    void loggerStatsCounts()
    {
        const soap::ParsedReply r = soap::parseEnvelope(fixture("loggerstats.xml"));
        QList<StatPoint> points;
        for (const soap::Element *v : r.body.child(QStringLiteral("hostname"))
                                          ->child(QStringLiteral("stats"))
                                          ->childrenNamed(QStringLiteral("values"))) {
            StatPoint p;
            p.t = v->attribute(QStringLiteral("t")).toLongLong();
            p.values.insert(QStringLiteral("mta_count"),
                            v->children.first().attribute(QStringLiteral("value")).toDouble());
            points.append(p);
        }
        std::sort(points.begin(), points.end(),
                  [](const StatPoint &a, const StatPoint &b) { return a.t < b.t; });
        const auto counts = LoggerStatsJob::toCounts(points, QStringLiteral("mta_count"));
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.at(0).second, 0.25 * 3600); // rate x step
        QCOMPARE(counts.at(1).second, 0.5 * 3600);
        QCOMPARE(counts.at(2).second, 1.0 * 3600);
        // An idle hour left out by zmrrdfetch does not stretch the previous row.
        StatPoint late;
        late.t = points.last().t + 2 * 3600;
        late.values.insert(QStringLiteral("mta_count"), 2.0);
        points.append(late);
        const auto gapped = LoggerStatsJob::toCounts(points, QStringLiteral("mta_count"));
        QCOMPARE(gapped.at(2).second, 1.0 * 3600);
        QCOMPARE(gapped.at(3).second, 2.0 * 3600);
        QVERIFY(LoggerStatsJob::toCounts(points.mid(0, 1), QStringLiteral("mta_count")).isEmpty());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1 = invalid
        QTest::newRow("1h") << QStringLiteral("1h") << qint64(3600000);
        QTest::newRow("10m") << QStringLiteral("10m") << qint64(600000);
        QTest::newRow("bare") << QStringLiteral("90") << qint64(90000);
        QTest::newRow("ms") << QStringLiteral("500ms") << qint64(500);
        QTest::newRow("2d") << QStringLiteral("2d") << qint64(172800000);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("compound") << QStringLiteral("1h30m") << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(-1);
        QTest::newRow("week") << QStringLiteral("1w") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5m") << qint64(-1);
        QTest::newRow("space") << QStringLiteral("5 m") << qint64(-1);
        QTest::newRow("upper") << QStringLiteral("5M") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(isZimbraDuration(text), ms >= 0);
        QCOMPARE(zimbraDurationMs(text).value_or(-1), ms);
    }

    void lockoutChangeValidation()
    {
        QVERIFY(LockoutChange::recommended().validate().isEmpty());
        QCOMPARE(*LockoutChange::recommended().maxFailures, 5);
        LockoutChange c;
        c.duration = QStringLiteral("1h30m");
        QVERIFY(c.validate().contains(QLatin1String("1h30m")));
        c.duration.reset();
        c.failureLifetime = QStringLiteral("ten minutes");
        QVERIFY(!c.validate().isEmpty());
        c.failureLifetime.reset();
        c.maxFailures = -1;
        QVERIFY(!c.validate().isEmpty());
    }

    void relayHost_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty removes") << QString() << true;
        QTest::newRow("host") << QStringLiteral("smtp.relay.example.net") << true;
        QTest::newRow("host:port") << QStringLiteral("smtp.relay.example.net:587") << true;
        QTest::newRow("[host]:port") << QStringLiteral("[smtp.relay.example.net]:587") << true;
        QTest::newRow("[ip]") << QStringLiteral("[192.0.2.1]") << true;
        QTest::newRow("port 0") << QStringLiteral("relay:0") << false;
        QTest::newRow("port big") << QStringLiteral("relay:70000") << false;
        QTest::newRow("two values") << QStringLiteral("a.example b.example") << false;
        QTest::newRow("comma") << QStringLiteral("a.example,b.example") << false;
        QTest::newRow("shell") << QStringLiteral("relay;rm -rf /") << false;
        QTest::newRow("unclosed") << QStringLiteral("[relay:25") << false;
    }
    void relayHost()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidRelayHost(text), valid);
    }

    void rrdTimes()
    {
        QVERIFY(isValidRrdTime(QStringLiteral("now")));
        QVERIFY(isValidRrdTime(QStringLiteral("now-48h")));
        QVERIFY(isValidRrdTime(QStringLiteral("1714557600")));
        QVERIFY(!isValidRrdTime(QStringLiteral("now - 48h")));
        QVERIFY(!isValidRrdTime(QStringLiteral("now;reboot")));
    }

    void generalizedTime()
    {
        QCOMPARE(parseGeneralizedTime(QStringLiteral("20240501091502Z")), utc(2024, 5, 1, 9, 15, 2));
        QCOMPARE(parseGeneralizedTime(QStringLiteral("20240501091502.5Z")), utc(2024, 5, 1, 9, 15, 2, 500));
        QVERIFY(!parseGeneralizedTime(QStringLiteral("2024-05-01")).isValid());
        QVERIFY(!parseGeneralizedTime(QStringLiteral("20241301091502Z")).isValid());
    }

    void faultSentencesKeepCode()
    {
        soap::Fault f;
        f.zimbraCode = QStringLiteral("account.TOO_MANY_SEARCH_RESULTS");
        f.reason = QStringLiteral("number of results exceeded the limit");
        const ZimbraError e = ZimbraError::fromFault(f);
        QVERIFY(e.message.contains(f.zimbraCode));
        QVERIFY(e.detail.contains(f.reason));
        f.zimbraCode = QStringLiteral("account.AUTH_FAILED");
        QVERIFY(ZimbraError::fromFault(f).isConnectionProblem());
    }

    void fingerprints()
    {
        const QString hex
            = QStringLiteral("74342a3aa50901a210be0343a748060d92b7f7e0f93cf36dd2939654015e59bf");
        QCOMPARE(
            TlsTrust::normalizeFingerprint(QStringLiteral("sha256:") + hex.toUpper()).value_or(QString()),
            hex);
        QCOMPARE(TlsTrust::normalizeFingerprint(TlsTrust::displayFingerprint(hex)).value_or(QString()), hex);
        QVERIFY(!TlsTrust::normalizeFingerprint(hex.left(62)));
        QVERIFY(!TlsTrust::normalizeFingerprint(hex.left(63) + QLatin1Char('g')));
        QFile f(QStringLiteral(SOAP_FIXTURES "/tls/server-cert.pem"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QSslCertificate cert(f.readAll(), QSsl::Pem);
        // Same value as: openssl x509 -outform der | sha256sum
        QCOMPARE(TlsTrust::fingerprint(cert),
                 QStringLiteral("b2cb86dd0cb3e30fe4d2348fbcae7669a0d740cdb273e2291d8f67efb3ed95f5"));
    }

    void trustVerdicts()
    {
        const QString a(64, QLatin1Char('a')), b(64, QLatin1Char('b'));
        TlsTrust t;
        QCOMPARE(int(t.evaluate(QStringLiteral("h:1"), a, true)), int(TlsVerdict::Trusted));
        QCOMPARE(int(t.evaluate(QStringLiteral("h:1"), a, false)), int(TlsVerdict::Ask));
        t.addPin(QStringLiteral("h:1"), QStringLiteral("sha256:") + a);
        QCOMPARE(int(t.evaluate(QStringLiteral("h:1"), a, false)), int(TlsVerdict::Trusted));
        // A pinned host presenting another certificate is refused even if a CA vouches for it.
        QCOMPARE(int(t.evaluate(QStringLiteral("h:1"), b, true)), int(TlsVerdict::Changed));
        QCOMPARE(int(t.evaluate(QStringLiteral("other:1"), b, false)), int(TlsVerdict::Ask));
        t.addGlobalPin(b);
        QCOMPARE(int(t.evaluate(QStringLiteral("other:1"), b, false)), int(TlsVerdict::Trusted));

        Profile p = Profile::create(QStringLiteral("x"));
        TlsTrust::storePin(p, QStringLiteral("h:1"), a);
        TlsTrust::storePin(p, QStringLiteral("h:1"), b); // a renewed, confirmed certificate replaces the pin
        QCOMPARE(p.trust.tlsCertificates.size(), 1);
        QCOMPARE(p.trust.tlsCertificates.first().second, QStringLiteral("sha256:") + b);
        TlsTrust loaded;
        loaded.loadPins(p);
        QCOMPARE(loaded.pinsFor(QStringLiteral("h:1")), QStringList {b});
    }
};

QTEST_GUILESS_MAIN(TestSoapXml)
#include "tst_soapxml.moc"
