#pragma once
// SSH runs a command through the remote user's login shell (RFC 4254 "exec" carries one
// string), so every argument is quoted for a POSIX shell: wrapped in single quotes, with each
// embedded single quote written as '\'' . Arguments made only of safe characters stay bare
// so the commands read naturally in logs.

#include <QStringList>

namespace zaindari {

QString shellQuote(const QString &argument);
QString shellJoin(const QStringList &argv);

} // namespace zaindari
