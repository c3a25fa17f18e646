#pragma once
// `policy show|set` (Zimbra part: classes of service) and the hooks for the directory part.

#include "command.h"
#include "connectionoptions.h"

#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace zaindari::cli {

void registerPolicyCommands(CommandRegistry &registry);

struct DirectoryPolicyPart
{
    int exitCode = 0;
    QJsonValue json; // {"threshold","observation_window_s","duration_s"} or null
    QStringList lines; // translated text lines
};
// `policy show` calls it after the COS part; it must call `done` exactly once.
using PolicyDirectoryHook = std::function<void(Context &ctx, const Connection &conn,
                                               std::function<void(DirectoryPolicyPart)> done)>;
void setPolicyDirectoryHook(PolicyDirectoryHook hook);

// `policy set --directory ...` is entirely the directory's; returns the exit code.
using PolicyDirectorySetHook = std::function<int(Context &ctx)>;
void setPolicyDirectorySetHook(PolicyDirectorySetHook hook);
PolicyDirectorySetHook &directorySetHook();

} // namespace zaindari::cli
