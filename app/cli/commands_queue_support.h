#pragma once
// Shared by the queue commands: getting a listing (file or SSH) and running an action.

#include "command.h"

#include "mta/postsuperoutput.h"
#include "mta/queuetypes.h"

namespace zaindari::cli {

void registerQueueCommands(CommandRegistry &registry);

// From --input, or `postqueue -j` on every MTA host of the connection. Prints diagnostics;
// returns an ExitCode.
int loadListing(Context &ctx, QueueListing *out);
// With --input, "now" is the newest arrival in the file (CLI.md: count back from the file).
qint64 newestArrival(const QueueListing &listing);
int runQueueAction(Context &ctx, QueueAction action);

} // namespace zaindari::cli
