// `watch`: the captured-account detector on the MTA log, printing one alert per line (JSON
// lines with --json). With --input it replays a saved log in its own timeline; live, it reads
// back the last hour (so the rate windows start full) and then follows the new lines.
#include "commands_rates.h"

#include "output.h"

#include "mta/loginput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

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

int watch(Context &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("auto-contain"))) {
        Output::error(
            tr("Automatic containment arrives with a later version of Zaindari. Run watch "
               "without --auto-contain and contain a flagged account with “zaindari-cli contain”."));
        return ExitFailed;
    }
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
    analysis.setAlertHook([&ctx, &live](const RateAlert &a) {
        // Alerts from the read-back still matter when recent: a burst in progress.
        if (live || a.t >= QDateTime::currentSecsSinceEpoch() - kRecentAlert)
            printAlert(ctx.out, a);
    });
    return streamRemoteLog(
        ctx, RemoteLog::Mta, kWarmupWindow, !once,
        [&analysis](const QByteArray &lines) {
            analysis.feed(std::string_view(lines.constData(), size_t(lines.size())));
        },
        [&live] { live = true; });
}

} // namespace

void registerWatchCommands(CommandRegistry &registry)
{
    Command w;
    w.words = {QStringLiteral("watch")};
    w.description
        = QT_TRANSLATE_NOOP("Cli", "Watch send rates and print an alert when a login sends far too much.");
    w.needsConnection = true;
    w.options = {thresholdOption(),
                 QCommandLineOption(QStringLiteral("once"), tr("Check the last hour once and exit.")),
                 QCommandLineOption(QStringLiteral("auto-contain"),
                                    tr("Contain a flagged account automatically (a later version).")),
                 logInputOption()};
    w.run = watch;
    registry.add(w);
}

} // namespace zaindari::cli
