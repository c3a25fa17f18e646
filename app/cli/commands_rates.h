#pragma once
// Shared by `rates top`, `rates series`, `logins failed` and `watch`: options, reading a saved
// log (--input) or the server's log over SSH, and the JSON shapes of CLI.md.

#include "command.h"

#include "incident/detector.h"
#include "mta/auditlog.h"
#include "mta/ratesanalysis.h"

#include <QJsonObject>

#include <functional>

namespace zaindari::cli {

void registerRatesCommands(CommandRegistry &registry);
void registerLoginCommands(CommandRegistry &registry);
void registerWatchCommands(CommandRegistry &registry);

QCommandLineOption logInputOption();
QCommandLineOption sinceOption();

// --since DUR (default when absent); false = usage error already printed.
bool readSince(const QCommandLineParser &p, qint64 defaultSeconds, qint64 *out);

enum class RemoteLog { Mta, Audit };

// Streams the server's log (connection options) into `sink`: the read-back window, then, when
// `follow`, new lines until the process ends. onBacklogDone runs once the window is in.
// Prints diagnostics; returns an ExitCode.
int streamRemoteLog(Context &ctx, RemoteLog which, qint64 windowSeconds, bool follow,
                    const std::function<void(const QByteArray &lines)> &sink,
                    const std::function<void()> &onBacklogDone = {});

// Fills `analysis` from --input or the server (window seconds back from now). ExitCode.
int loadMtaLog(Context &ctx, RatesAnalysis *analysis, qint64 windowSeconds);

QJsonObject senderToJson(const SenderRate &s);
QJsonObject alertToJson(const RateAlert &a);
QString isoUtc(qint64 t);
// "ikasle3" matches "ikasle3@tartanga.test"; a full address matches exactly (case-insensitive).
bool accountMatches(const QString &account, const QString &wanted);

} // namespace zaindari::cli
