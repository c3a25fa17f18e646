// `watch`: the captured-account detector on the MTA log, printing one alert per line (JSON
// lines with --json). With --input it replays a saved log in its own timeline; live, it reads
// back the last hour (so the rate windows start full) and then follows the new lines.
// With --auto-contain (a saved profile that opts in) a flagged login whose rate reaches the
// profile's automatic threshold is contained while the log is still followed (autocontain.h).
#include "autocontain.h"
#include "commands_account_zimbra.h"
#include "commands_rates.h"
#include "connectionoptions.h"
#include "containbackends.h"

#include "output.h"

#include "mta/loginput.h"
#include "mta/mtasessions.h"
#include "zimbra/zimbraclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QRegularExpression>

#include <memory>

namespace zaindari::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}

constexpr qint64 kWarmupWindow = 3600;
constexpr qint64 kRecentAlert = 600; // backlog alerts younger than this are still news

QCommandLineOption thresholdOption()
{
    return QCommandLineOption(QStringLiteral("threshold"),
                              tr("Alert when a login sends more than N messages a minute (N/min) or an "
                                 "hour (N/h)."),
                              QStringLiteral("N/min"));
}

// "40", "40/min", "40/m" -> per minute; "500/h" -> per hour.
bool parseThreshold(const QString &text, DetectorThresholds *t)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,7})(?:/(min|m|h|hour))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || m.captured(1).toInt() < 1)
        return false;
    const int n = m.captured(1).toInt();
    if (m.captured(2).startsWith(QLatin1Char('h')))
        t->perHour = n;
    else
        t->perMinute = n;
    return true;
}

void printAlert(const Output &out, const RateAlert &a)
{
    if (out.isJson()) {
        out.jsonLine(alertToJson(a));
        return;
    }
    const QString when = isoUtc(a.t);
    if (a.window == QLatin1String("minute"))
        //: %1 time, %2 login, %3 messages in one minute, %4 the threshold
        out.line(QCoreApplication::translate("Cli", "%1 %2: %3 messages in one minute (threshold %4)")
                     .arg(when, a.account, QString::number(a.rate), QString::number(a.threshold)));
    else if (a.window == QLatin1String("hour"))
        //: %1 time, %2 login, %3 messages in one hour, %4 the threshold
        out.line(QCoreApplication::translate("Cli", "%1 %2: %3 messages in one hour (threshold %4)")
                     .arg(when, a.account, QString::number(a.rate), QString::number(a.threshold)));
    else
        //: %1 time, %2 login, %3 messages in one hour, %4 the limit from its usual hourly peak
        out.line(QCoreApplication::translate("Cli",
                                             "%1 %2: %3 messages in one hour, far above its usual "
                                             "peak (limit %4)")
                     .arg(when, a.account, QString::number(a.rate), QString::number(a.threshold)));
}

// --auto-contain: the saved profile must opt in; then the backends are opened and the Zimbra
// admin login checked now, so a watch that would fail to contain fails at once, not at 3 a.m.
int openAutoContain(Context &ctx, Connection *conn, ContainBackendSet *backends)
{
    const QCommandLineParser &p = ctx.parser;
    if (p.isSet(QStringLiteral("input"))) {
        Output::error(tr("--auto-contain watches the server's log; it cannot replay a saved log (--input)."));
        return ExitUsage;
    }
    // The connection is read more than once (the log follower has its own SSH session), and
    // standard input can be read only once.
    if (p.value(QStringLiteral("soap-password-file")) == QLatin1String("-")
        || p.value(QStringLiteral("ldap-password-file")) == QLatin1String("-")) {
        Output::error(tr("With --auto-contain give the passwords in files (or the keychain), not on "
                         "standard input."));
        return ExitUsage;
    }
    QString error;
    int rc = resolveConnection(p, ctx.profiles, conn, &error);
    if (rc != ExitSuccess) {
        Output::error(error);
        return rc;
    }
    if (!conn->savedProfile || !conn->profile.containment.autoContain) {
        Output::error(
            tr("Automatic containment is off: it runs only for a saved profile that opts in. Turn on "
               "“Contain automatically” in the profile's Containment tab (or set \"auto_contain\": true "
               "in the \"containment\" section of an exported profile and import it), then run "
               "watch --profile NAME --auto-contain."));
        return ExitFailed;
    }
    rc = openContainBackends(ctx, conn, conn->profile.name, backends);
    if (rc != ExitSuccess)
        return rc;
    if (ZimbraClient *z = backends->zimbra.get()) {
        ZimbraError failure;
        QEventLoop loop;
        QObject::connect(z, &ZimbraClient::loggedIn, &loop, &QEventLoop::quit);
        QObject::connect(z, &ZimbraClient::loginFailed, &loop, [&](const ZimbraError &e) {
            failure = e;
            loop.quit();
        });
        z->login();
        loop.exec();
        if (failure.isError()) {
            reportError(failure);
            return exitCodeFor(failure);
        }
    }
    // Connected before the first alert: containment does not wait for the SSH handshake.
    if (backends->mta)
        for (SshSession *s : backends->mta->sessions())
            s->connectToHost();
    return ExitSuccess;
}

int watch(Context &ctx)
{
    RatesOptions options;
    options.localOffset = localUtcOffset();
    if (ctx.parser.isSet(QStringLiteral("threshold"))
        && !parseThreshold(ctx.parser.value(QStringLiteral("threshold")), &options.detector.defaults)) {
        //: %1 is what the user typed
        Output::error(QCoreApplication::translate("Cli", "--threshold takes N/min or N/h, not “%1”.")
                          .arg(ctx.parser.value(QStringLiteral("threshold"))));
        return ExitUsage;
    }
    RatesAnalysis analysis(options);

    const bool autoContain = ctx.parser.isSet(QStringLiteral("auto-contain"));
    Connection conn;
    ContainBackendSet backends;
    std::unique_ptr<AutoContainer> container;
    if (autoContain) {
        const int rc = openAutoContain(ctx, &conn, &backends);
        if (rc != ExitSuccess)
            return rc;
        container = std::make_unique<AutoContainer>(ctx.out, conn.profile, backends.backends, &analysis);
    }

    if (ctx.parser.isSet(QStringLiteral("input"))) {
        analysis.setAlertHook([&ctx](const RateAlert &a) { printAlert(ctx.out, a); });
        const int rc = loadMtaLog(ctx, &analysis, 0);
        const quint64 malformed = analysis.analyzer().stats().malformed;
        if (malformed > 0)
            //: %n is a number of lines
            Output::error(QCoreApplication::translate("Cli", "Skipped %n malformed log line(s).", nullptr,
                                                      int(malformed)));
        return rc;
    }

    const bool once = ctx.parser.isSet(QStringLiteral("once"));
    bool live = false;
    analysis.anchorNow();
    AutoContainer *c = container.get();
    analysis.setAlertHook([&ctx, &live, c, once](const RateAlert &a) {
        // Alerts from the read-back still matter when recent: a burst in progress. Following,
        // the read-back only primes the rate windows for containment; with --once (a check
        // from cron, say) a recent alert is all there is to act on.
        const bool recent = a.t >= QDateTime::currentSecsSinceEpoch() - kRecentAlert;
        const RateAlert shown = c ? c->onAlert(a, live || (once && recent)) : a;
        if (live || recent)
            printAlert(ctx.out, shown);
    });
    auto checkContainment = [&ctx, c] {
        if (c)
            for (const RateAlert &a : c->check())
                printAlert(ctx.out, a);
    };
    int rc = streamRemoteLog(
        ctx, RemoteLog::Mta, kWarmupWindow, !once,
        [&analysis, &live, &checkContainment](const QByteArray &lines) {
            analysis.feed(std::string_view(lines.constData(), size_t(lines.size())));
            if (live)
                checkContainment();
        },
        [&live, c, &conn, &analysis] {
            live = true;
            if (c) {
                c->setLive(analysis.analyzer().stats().newest);
                //: %1 is a number of messages
                Output::error(tr("Automatic containment is on: a flagged login is contained when it "
                                 "reaches %1 messages a minute.")
                                  .arg(conn.profile.containment.autoThresholdPerMinute));
            }
        });
    if (c && !c->idle()) {
        // --once, or the log could no longer be followed: finish the containments started.
        QEventLoop loop;
        QObject::connect(c, &AutoContainer::becameIdle, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (c && c->failures() > 0 && rc == ExitSuccess)
        rc = ExitFailed;
    return rc;
}

} // namespace

void registerWatchCommands(CommandRegistry &registry)
{
    Command w;
    w.words = {QStringLiteral("watch")};
    w.description = QT_TRANSLATE_NOOP("Cli",
                                      "Watch send rates and print an alert when a login sends far too "
                                      "much; with --auto-contain, contain it.");
    w.needsConnection = true;
    w.options = {thresholdOption(),
                 QCommandLineOption(QStringLiteral("once"), tr("Check the last hour once and exit.")),
                 QCommandLineOption(QStringLiteral("auto-contain"),
                                    tr("Contain a flagged login automatically, once, when its messages in "
                                       "one minute reach the profile's automatic threshold (the saved "
                                       "profile must opt in: its Containment tab). The alert line then "
                                       "says \"action\":\"contain\", and the result of the containment, "
                                       "the document of contain --json, follows on its own line.")),
                 logInputOption()};
    w.run = watch;
    registry.add(w);
}

} // namespace zaindari::cli
