#pragma once
// Shared plumbing of the Zimbra commands (`account ...`, `policy ...`): the admin session built
// from the connection options, running a job to its end, exit codes and the console audit log.

#include "command.h"
#include "connectionoptions.h"

#include "zimbra/zimbraclient.h"

#include <QJsonObject>

namespace zaindari {
class ZimbraJob;
}

namespace zaindari::cli {

// Builds `client` from --profile / --soap / --soap-user / --soap-password-file / --ca-file /
// --pin. The password comes from the file, else from the keychain for a saved profile.
// Returns ExitSuccess, or an exit code after printing the reason on stderr.
int openZimbraSession(Context &ctx, Connection *conn, ZimbraClient *client);

// Starts `job` and runs the event loop until it finishes (the CLI's only event loop: no
// nesting). A certificate question is answered "no" at once: the CLI trusts through --pin.
void runJob(ZimbraJob *job);

// CLI.md exit code for a job error (0 when none).
int exitCodeFor(const ZimbraError &e);

// Prints the error on stderr: the sentence, then the detail.
void reportError(const ZimbraError &e);

// {"code","message","detail"} for --json documents.
QJsonObject errorJson(const ZimbraError &e);

// Appends one line to the console's audit log (app/audit); a failure to log is reported on
// stderr and turns a successful exit into 1: an unlogged action must not look clean.
int audit(const Connection &conn, const QString &action, const QString &target, const ZimbraError &e,
          const QString &detail, int exitCode);

} // namespace zaindari::cli
