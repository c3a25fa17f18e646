// `rates top` and `rates series`: who sends how much, from a saved MTA log (--input) or the
// server's log over SSH. JSON shapes: CLI.md.
#include "commands_rates.h"

#include "output.h"

#include "common/duration.h"
#include "mta/loginput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace zaindari::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}

constexpr qint64 kDefaultRatesWindow = 3600;

QCommandLineOption limitOption()
{
    return QCommandLineOption(QStringLiteral("limit"), tr("Show at most N entries."), QStringLiteral("N"));
}

QCommandLineOption bucketOption()
{
    return QCommandLineOption(QStringLiteral("bucket"), tr("Bucket size of a series: 1m or 1h (default 1m)."),
                              QStringLiteral("1m|1h"));
}

QCommandLineOption accountOption()
{
    return QCommandLineOption(QStringLiteral("account"), tr("Only this login (name or address)."),
                              QStringLiteral("A"));
}

void printStatsDiagnostics(const LogParseStats &st)
{
    if (st.malformed > 0) {
        //: %n is a number of lines
        Output::error(QCoreApplication::translate("Cli", "Skipped %n malformed log line(s).", nullptr,
                                                  int(st.malformed)));
    }
}

QJsonObject statsToJson(const LogParseStats &st)
{
    return QJsonObject {{QStringLiteral("lines"), double(st.lines)},
                        {QStringLiteral("malformed"), double(st.malformed)},
                        {QStringLiteral("bytes"), double(st.bytes)}};
}

int ratesTop(Context &ctx)
{
    qint64 since = 0;
    if (!readSince(ctx.parser, kDefaultRatesWindow, &since))
        return ExitUsage;
    int limit = 20;
    if (ctx.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            Output::error(tr("--limit takes a positive number."));
            return ExitUsage;
        }
    }
    RatesOptions options;
    options.localOffset = localUtcOffset();
    RatesAnalysis analysis(options);
    const int rc = loadMtaLog(ctx, &analysis, since);
    if (rc != ExitSuccess)
        return rc;
    const qint64 until = ctx.parser.isSet(QStringLiteral("input")) ? 0 : QDateTime::currentSecsSinceEpoch();
    const RatesReport report = analysis.report(since, limit, until);
    printStatsDiagnostics(report.stats);

    if (ctx.out.isJson()) {
        QJsonArray senders;
        for (const SenderRate &s : report.senders)
            senders.append(senderToJson(s));
        ctx.out.document(QJsonObject {{QStringLiteral("since"), isoUtc(report.since)},
                                      {QStringLiteral("until"), isoUtc(report.until)},
                                      {QStringLiteral("senders"), senders},
                                      {QStringLiteral("log"), statsToJson(report.stats)}});
        return ExitSuccess;
    }
    if (report.senders.isEmpty()) {
        ctx.out.line(tr("No mail was accepted in this period."));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const SenderRate &s : report.senders) {
        QString who = s.who.account.isEmpty() ? QStringLiteral("<>") : s.who.account;
        if (!s.who.authenticated)
            //: an envelope sender without a login; %1 the sender, %2 the client address
            who = QCoreApplication::translate("Cli", "%1 (no login, %2)")
                      .arg(who, s.who.client.isEmpty() ? tr("local") : s.who.client);
        rows.append({who, QString::number(s.messages), QString::number(s.recipients),
                     QString::number(s.recipientDomains), QString::number(s.deferred),
                     QString::number(s.bounced), QString::number(s.rateNow), QString::number(s.usualRate),
                     s.flagged ? tr("FLAGGED") : QString()});
    }
    ctx.out.table({tr("Login"), tr("Messages"), tr("Recipients"), tr("Domains"), tr("Deferred"),
                   tr("Bounced"), tr("Now/min"), tr("Usual/h"), tr("Alert")},
                  rows);
    return ExitSuccess;
}

int ratesSeries(Context &ctx)
{
    qint64 since = 0;
    if (!readSince(ctx.parser, kDefaultRatesWindow, &since))
        return ExitUsage;
    int bucket = 60;
    if (ctx.parser.isSet(QStringLiteral("bucket"))) {
        const QString b = ctx.parser.value(QStringLiteral("bucket"));
        if (b == QLatin1String("1h"))
            bucket = 3600;
        else if (b != QLatin1String("1m")) {
            //: %1 is what the user typed
            Output::error(QCoreApplication::translate("Cli", "--bucket takes 1m or 1h, not “%1”.").arg(b));
            return ExitUsage;
        }
    }
    const QString account = ctx.parser.value(QStringLiteral("account"));
    RatesOptions options;
    options.localOffset = localUtcOffset();
    RatesAnalysis analysis(options);
    const int rc = loadMtaLog(ctx, &analysis, since);
    if (rc != ExitSuccess)
        return rc;
    const qint64 until = ctx.parser.isSet(QStringLiteral("input")) ? 0 : QDateTime::currentSecsSinceEpoch();
    const RateSeries series = analysis.series(since, bucket, account, until);
    printStatsDiagnostics(analysis.analyzer().stats());

    if (ctx.out.isJson()) {
        QJsonArray points;
        for (const RatePoint &p : series.points)
            points.append(QJsonObject {{QStringLiteral("t"), isoUtc(p.t)},
                                       {QStringLiteral("sent"), double(p.sent)},
                                       {QStringLiteral("deferred"), double(p.deferred)},
                                       {QStringLiteral("bounced"), double(p.bounced)},
                                       {QStringLiteral("messages"), double(p.messages)}});
        QJsonObject doc {
            {QStringLiteral("bucket"), bucket == 3600 ? QStringLiteral("1h") : QStringLiteral("1m")},
            {QStringLiteral("points"), points}};
        if (!account.isEmpty())
            doc.insert(QStringLiteral("account"), account);
        ctx.out.document(doc);
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const RatePoint &p : series.points)
        rows.append({isoUtc(p.t), QString::number(p.messages), QString::number(p.sent),
                     QString::number(p.deferred), QString::number(p.bounced)});
    ctx.out.table({tr("Time (UTC)"), tr("Accepted"), tr("Sent"), tr("Deferred"), tr("Bounced")}, rows);
    return ExitSuccess;
}

} // namespace

QCommandLineOption logInputOption()
{
    return QCommandLineOption(
        QStringLiteral("input"),
        tr("Read a saved log (plain or .gz; - is standard input) instead of connecting."),
        QStringLiteral("FILE"));
}

QCommandLineOption sinceOption()
{
    return QCommandLineOption(QStringLiteral("since"),
                              tr("Period to look at, counted back from now, or from the newest entry "
                                 "with --input: 30s, 10m, 6h, 2d."),
                              QStringLiteral("DUR"));
}

bool readSince(const QCommandLineParser &p, qint64 defaultSeconds, qint64 *out)
{
    *out = defaultSeconds;
    if (!p.isSet(QStringLiteral("since")))
        return true;
    const auto d = parseDuration(p.value(QStringLiteral("since")));
    if (!d || *d <= 0) {
        //: %1 is what the user typed
        Output::error(QCoreApplication::translate(
                          "Cli", "--since takes a duration such as 30s, 10m, 6h or 2d, not “%1”.")
                          .arg(p.value(QStringLiteral("since"))));
        return false;
    }
    *out = *d;
    return true;
}

QString isoUtc(qint64 t)
{
    return t ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) : QString();
}

bool accountMatches(const QString &account, const QString &wanted)
{
    if (wanted.contains(QLatin1Char('@')))
        return account.compare(wanted, Qt::CaseInsensitive) == 0;
    return account.section(QLatin1Char('@'), 0, 0).compare(wanted, Qt::CaseInsensitive) == 0;
}

QJsonObject senderToJson(const SenderRate &s)
{
    return QJsonObject {
        {QStringLiteral("account"), s.who.account},
        {QStringLiteral("authenticated"), s.who.authenticated},
        {QStringLiteral("client"),
         s.who.client.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.who.client)},
        {QStringLiteral("messages"), double(s.messages)},
        {QStringLiteral("recipients"), double(s.recipients)},
        {QStringLiteral("recipient_domains"), double(s.recipientDomains)},
        {QStringLiteral("outbound_messages"), double(s.outboundMessages)},
        {QStringLiteral("sent"), double(s.sent)},
        {QStringLiteral("deferred"), double(s.deferred)},
        {QStringLiteral("deferred_messages"), double(s.deferredMessages)},
        {QStringLiteral("bounced"), double(s.bounced)},
        {QStringLiteral("rate_now"), s.rateNow},
        {QStringLiteral("usual_rate"), s.usualRate},
        {QStringLiteral("flagged"), s.flagged},
    };
}

QJsonObject alertToJson(const RateAlert &a)
{
    return QJsonObject {{QStringLiteral("t"), isoUtc(a.t)},   {QStringLiteral("account"), a.account},
                        {QStringLiteral("rate"), a.rate},     {QStringLiteral("threshold"), a.threshold},
                        {QStringLiteral("window"), a.window}, {QStringLiteral("action"), a.action}};
}

int loadMtaLog(Context &ctx, RatesAnalysis *analysis, qint64 windowSeconds)
{
    if (ctx.parser.isSet(QStringLiteral("input"))) {
        QString error;
        if (!analyzeLogFile(ctx.parser.value(QStringLiteral("input")), analysis, &error)) {
            Output::error(error);
            return ExitFailed;
        }
        return ExitSuccess;
    }
    analysis->anchorNow();
    const int rc
        = streamRemoteLog(ctx, RemoteLog::Mta, windowSeconds, false, [analysis](const QByteArray &lines) {
              analysis->feed(std::string_view(lines.constData(), size_t(lines.size())));
          });
    analysis->finish();
    return rc;
}

void registerRatesCommands(CommandRegistry &registry)
{
    Command top;
    top.words = {QStringLiteral("rates"), QStringLiteral("top")};
    top.description = QT_TRANSLATE_NOOP(
        "Cli", "Logins that sent the most mail: messages, recipients, deferred, bounced.");
    top.needsConnection = true;
    top.options = {sinceOption(), limitOption(), logInputOption()};
    top.run = ratesTop;
    registry.add(top);

    Command series;
    series.words = {QStringLiteral("rates"), QStringLiteral("series")};
    series.description = QT_TRANSLATE_NOOP("Cli", "Mail sent, deferred and bounced per minute or per hour.");
    series.needsConnection = true;
    series.options = {sinceOption(), bucketOption(), accountOption(), logInputOption()};
    series.run = ratesSeries;
    registry.add(series);
}

} // namespace zaindari::cli
