// Rates, detector and CLI on generated logs in the real Postfix format, compared with the
// generator's own ground truth.
#include "log_bench_gen.h"

#include "mta/loginput.h"
#include "mta/ratesanalysis.h"
#include "mta/ratesjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace zaindari;

namespace {

struct Generated
{
    std::string text;
    loggen::Truth truth;
};

Generated generate(const loggen::Options &o)
{
    Generated g;
    loggen::Generator gen(o);
    g.truth = gen.run([&g](const std::string &line) {
        g.text += line;
        g.text += '\n';
    });
    return g;
}

loggen::Options incident()
{
    loggen::Options o;
    o.messages = 3000;
    o.burstMessages = 1500;
    o.burstPerMinute = 250;
    o.malformedEvery = 997;
    return o;
}

RatesOptions fixedClock(const loggen::Truth &t)
{
    RatesOptions o;
    o.now = t.last + 60; // the log was copied a minute after its last line
    return o;
}

QJsonObject runCli(const QStringList &args, int *exitCode, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(ZAINDARI_CLI), args);
    p.waitForFinished(120000);
    *exitCode = p.exitCode();
    if (err)
        *err = p.readAllStandardError();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestRatesAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsMatchGeneratorTruth();
    void isoStampsGiveSameCounts();
    void burstIsTopAndFlaggedWithinAMinute();
    void quietDayRaisesNothing();
    void baselineFlagsAnUnusualHour();
    void cliOnSavedLog();
    void cliUsageErrors();
    void fileJobOnAWorker();
};

void TestRatesAnalysis::countsMatchGeneratorTruth()
{
    const Generated g = generate(incident());
    RatesAnalysis a(fixedClock(g.truth));
    a.anchor(*newestStampIn(g.text));
    a.feed(g.text);
    a.finish();
    QCOMPARE(a.analyzer().stats().lines, quint64(g.truth.lines));
    QCOMPARE(a.analyzer().stats().malformed, quint64(g.truth.malformed));
    const RatesReport r = a.report(0);
    int matched = 0;
    for (const SenderRate &s : r.senders) {
        const auto it = g.truth.accounts.find(s.who.account.toStdString());
        QVERIFY2(it != g.truth.accounts.end(), qPrintable(s.who.account));
        const loggen::AccountTruth &t = it->second;
        QCOMPARE(qint64(s.messages), qint64(t.messages));
        QCOMPARE(qint64(s.recipients), qint64(t.recipients));
        QCOMPARE(qint64(s.deferredMessages), qint64(t.deferredMessages));
        QCOMPARE(qint64(s.deferred), qint64(t.deferredRecipients));
        QCOMPARE(qint64(s.bounced), qint64(t.bouncedRecipients));
        // Per minute, exactly.
        const RateSeries series = a.series(0, 60, s.who.account);
        std::map<long long, long> got;
        for (const RatePoint &p : series.points)
            if (p.messages)
                got[p.t] = long(p.messages);
        QCOMPARE(got, t.perMinute);
        ++matched;
    }
    QCOMPARE(size_t(matched), g.truth.accounts.size());
}

void TestRatesAnalysis::isoStampsGiveSameCounts()
{
    loggen::Options o = incident();
    o.isoStamps = true;
    const Generated g = generate(o);
    RatesAnalysis a(fixedClock(g.truth));
    a.feed(g.text);
    a.finish();
    const RatesReport r = a.report(0);
    QVERIFY(!r.senders.isEmpty());
    QCOMPARE(r.senders.first().who.account, QString::fromStdString(o.burstAccount));
    QCOMPARE(qint64(r.senders.first().messages), qint64(g.truth.accounts.at(o.burstAccount).messages));
    QCOMPARE(a.analyzer().stats().newest, qint64(g.truth.last));
}

void TestRatesAnalysis::burstIsTopAndFlaggedWithinAMinute()
{
    const loggen::Options o = incident();
    const Generated g = generate(o);
    RatesAnalysis a(fixedClock(g.truth));
    a.anchor(*newestStampIn(g.text));
    // Replay the log's timeline: alerts carry the log time of the line that crossed the limit.
    a.feed(g.text);
    a.finish();
    const RatesReport r = a.report(0);
    QCOMPARE(r.senders.first().who.account, QString::fromStdString(o.burstAccount));
    QVERIFY(r.senders.first().flagged);
    QVERIFY(!a.alerts().isEmpty());
    const RateAlert first = a.alerts().first();
    QCOMPARE(first.account, QString::fromStdString(o.burstAccount));
    QVERIFY2(first.t - g.truth.burstStart <= 60, qPrintable(QString::number(first.t - g.truth.burstStart)));
    QVERIFY(first.t >= g.truth.burstStart);
    QVERIFY(first.rate > first.threshold);
    for (const RateAlert &al : a.alerts())
        QCOMPARE(al.account, QString::fromStdString(o.burstAccount));
    for (int i = 1; i < r.senders.size(); ++i)
        QVERIFY(!r.senders[i].flagged);
}

void TestRatesAnalysis::quietDayRaisesNothing()
{
    loggen::Options o;
    o.messages = 4000;
    const Generated g = generate(o);
    RatesAnalysis a(fixedClock(g.truth));
    a.feed(g.text);
    a.finish();
    QVERIFY(a.alerts().isEmpty());
}

void TestRatesAnalysis::baselineFlagsAnUnusualHour()
{
    DetectorConfig c;
    c.defaults.perMinute = 1000;
    c.defaults.perHour = 100000;
    c.baselineFactor = 5;
    c.baselineMinimum = 20;
    RateDetector d(c);
    const QString who = QStringLiteral("irakasle7@tartanga.test");
    d.setBaseline(who, 6); // usually at most 6 an hour
    std::optional<RateAlert> alert;
    qint64 t = 1000000;
    int sent = 0;
    while (!alert && sent < 100) {
        alert = d.submitted(t, 1, who);
        t += 90; // 40 an hour: never a per-minute problem
        ++sent;
    }
    QVERIFY(alert);
    QCOMPARE(alert->window, QStringLiteral("baseline"));
    QCOMPARE(sent, 31); // 30 = 5 x 6 is the limit; the 31st crosses it
    QCOMPARE(alert->threshold, 30.0);
}

void TestRatesAnalysis::cliOnSavedLog()
{
    const loggen::Options o = incident();
    const Generated g = generate(o);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zimbra.log.gz"));
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(gz);
    gzwrite(gz, g.text.data(), unsigned(g.text.size()));
    gzclose(gz);

    int rc = -1;
    QByteArray err;
    const QJsonObject top
        = runCli({QStringLiteral("rates"), QStringLiteral("top"), QStringLiteral("--input"), path,
                  QStringLiteral("--since"), QStringLiteral("2d"), QStringLiteral("--json")},
                 &rc, &err);
    QCOMPARE(rc, 0);
    QVERIFY(err.contains("malformed")); // diagnostics on stderr
    const QJsonArray senders = top.value(QStringLiteral("senders")).toArray();
    QVERIFY(!senders.isEmpty());
    const QJsonObject first = senders.first().toObject();
    QCOMPARE(first.value(QStringLiteral("account")).toString(), QString::fromStdString(o.burstAccount));
    QCOMPARE(qint64(first.value(QStringLiteral("messages")).toDouble()),
             qint64(g.truth.accounts.at(o.burstAccount).messages));
    QVERIFY(first.value(QStringLiteral("flagged")).toBool());
    // --since counts back from the newest entry of the file, whatever today is.
    QCOMPARE(QDateTime::fromString(top.value(QStringLiteral("until")).toString(), Qt::ISODate).time(),
             QDateTime::fromSecsSinceEpoch(g.truth.last, Qt::UTC).time());

    const QJsonObject limited
        = runCli({QStringLiteral("rates"), QStringLiteral("top"), QStringLiteral("--input"), path,
                  QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")},
                 &rc);
    QCOMPARE(rc, 0);
    QVERIFY(limited.value(QStringLiteral("senders")).toArray().size() <= 3);

    const QJsonObject series = runCli(
        {QStringLiteral("rates"), QStringLiteral("series"), QStringLiteral("--input"), path,
         QStringLiteral("--since"), QStringLiteral("1d"), QStringLiteral("--bucket"), QStringLiteral("1h"),
         QStringLiteral("--account"), QStringLiteral("ikasle3"), QStringLiteral("--json")},
        &rc);
    QCOMPARE(rc, 0);
    QCOMPARE(series.value(QStringLiteral("bucket")).toString(), QStringLiteral("1h"));
    qint64 sum = 0;
    for (const QJsonValue &p : series.value(QStringLiteral("points")).toArray())
        sum += qint64(p.toObject().value(QStringLiteral("messages")).toDouble());
    QCOMPARE(sum, qint64(g.truth.accounts.at(o.burstAccount).messages));

    // watch on a saved log: JSON lines, the burst account first, within a minute of its start.
    QProcess w;
    w.start(QStringLiteral(ZAINDARI_CLI),
            {QStringLiteral("watch"), QStringLiteral("--input"), path, QStringLiteral("--threshold"),
             QStringLiteral("60/min"), QStringLiteral("--json")});
    QVERIFY(w.waitForFinished(120000));
    QCOMPARE(w.exitCode(), 0);
    const QList<QByteArray> lines = w.readAllStandardOutput().trimmed().split('\n');
    QVERIFY(!lines.isEmpty());
    const QJsonObject alert = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(alert.value(QStringLiteral("account")).toString(), QString::fromStdString(o.burstAccount));
    QCOMPARE(alert.value(QStringLiteral("threshold")).toDouble(), 60.0);
    QVERIFY(alert.value(QStringLiteral("rate")).toDouble() > 60);
    QVERIFY(alert.contains(QStringLiteral("action")));
    const qint64 at
        = QDateTime::fromString(alert.value(QStringLiteral("t")).toString(), Qt::ISODate).toSecsSinceEpoch();
    QVERIFY(at % 86400 >= g.truth.burstStart % 86400 && at % 86400 <= g.truth.burstStart % 86400 + 60);

    // logins failed on the audit fixture.
    const QJsonObject logins
        = runCli({QStringLiteral("logins"), QStringLiteral("failed"), QStringLiteral("--input"),
                  QStringLiteral(RATES_FIXTURES "/audit-sample.log"), QStringLiteral("--since"),
                  QStringLiteral("1d"), QStringLiteral("--json")},
                 &rc);
    QCOMPARE(rc, 0);
    const QJsonArray accounts = logins.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.first().toObject().value(QStringLiteral("account")).toString(),
             QStringLiteral("irakasle4@tartanga.test"));
    QCOMPARE(accounts.first().toObject().value(QStringLiteral("ips")).toArray().size(), 5);
    QCOMPARE(logins.value(QStringLiteral("ips"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ip"))
                 .toString(),
             QStringLiteral("203.0.113.77"));
}

void TestRatesAnalysis::cliUsageErrors()
{
    const QString sample = QStringLiteral(RATES_FIXTURES "/postfix-sample.log");
    int rc = -1;
    runCli({QStringLiteral("rates"), QStringLiteral("top"), QStringLiteral("--input"), sample,
            QStringLiteral("--since"), QStringLiteral("yesterday")},
           &rc);
    QCOMPARE(rc, 2);
    runCli({QStringLiteral("rates"), QStringLiteral("series"), QStringLiteral("--input"), sample,
            QStringLiteral("--bucket"), QStringLiteral("5m")},
           &rc);
    QCOMPARE(rc, 2);
    runCli({QStringLiteral("watch"), QStringLiteral("--input"), sample, QStringLiteral("--threshold"),
            QStringLiteral("fast")},
           &rc);
    QCOMPARE(rc, 2);
    QByteArray err;
    runCli({QStringLiteral("watch"), QStringLiteral("--input"), sample, QStringLiteral("--auto-contain")},
           &rc, &err);
    // Automatic containment acts on the live server, never on a replayed file: a usage error.
    QCOMPARE(rc, 2);
    QVERIFY(err.contains("--input"));
    runCli({QStringLiteral("rates"), QStringLiteral("top"), QStringLiteral("--input"),
            QStringLiteral("/nonexistent/zimbra.log")},
           &rc, &err);
    QCOMPARE(rc, 1);
    QVERIFY(err.contains("/nonexistent/zimbra.log"));
}

void TestRatesAnalysis::fileJobOnAWorker()
{
    const loggen::Options o = incident();
    const Generated g = generate(o);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("zimbra.log")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(g.text.data(), qint64(g.text.size()));
    f.close();

    RatesFileJob job(f.fileName(), 2 * 86400, fixedClock(g.truth));
    QSignalSpy progress(&job, &RatesFileJob::progressed);
    QSignalSpy finished(&job, &RatesFileJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<RatesFileResult>();
    QVERIFY(result.ok);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 1000);
    QCOMPARE(result.report.senders.first().who.account, QString::fromStdString(o.burstAccount));
    QVERIFY(result.report.senders.first().flagged);
    QVERIFY(!result.alerts.isEmpty());
    QVERIFY(!result.series.points.isEmpty());

    RatesFileJob missing(dir.filePath(QStringLiteral("none.log")), 3600);
    QSignalSpy failed(&missing, &RatesFileJob::finished);
    missing.start();
    QVERIFY(failed.wait(10000));
    const auto bad = failed.first().first().value<RatesFileResult>();
    QVERIFY(!bad.ok);
    QVERIFY(bad.errorMessage.contains(QStringLiteral("none.log")));
}

QTEST_GUILESS_MAIN(TestRatesAnalysis)
#include "tst_ratesanalysis.moc"
