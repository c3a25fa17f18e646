#pragma once
// The SMTP sessions a login has open right now (deliverability.md 5.3): Postfix runs one smtpd
// process per client session and writes its pid in every log prefix, e.g.
//   postfix/submission/smtpd[12345]: 3F2A...: client=...[198.51.100.4], sasl_method=PLAIN, sasl_username=u@d
// A pid whose latest submission carries the login and that has not logged "disconnect from"
// since is a candidate; `ps` then confirms it is alive and still an smtpd (pids are reused).

#include "containmentplan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>

namespace zaindari {

// Candidates from a log tail, oldest session first. `host` fills LiveSession::host.
QList<LiveSession> smtpSessionCandidates(std::string_view log, const QString &login, const QString &host,
                                         int localOffsetSeconds = 0);

// `ps -o pid=,comm= -p 1,2,3`: runs as the SSH user (reading the process table needs no root).
QStringList psArgv(const QList<LiveSession> &candidates);

// Keeps the candidates that `ps` lists with the command name "smtpd".
QList<LiveSession> aliveSmtpd(const QList<LiveSession> &candidates, const QByteArray &psOutput);

QString pidList(const QList<LiveSession> &sessions); // "12345, 12399"

} // namespace zaindari
