#pragma once
// The Active Directory side of zaindari-cli (issue 7): `account disable|enable|unlock-directory`,
// and through the hooks of commands_account.h / commands_policy.h the "directory" part of
// `account show` and `policy show`, `account reset-password --directory` and
// `policy set --directory`.

#include "command.h"
#include "connectionoptions.h"

#include "directory/directorytypes.h"

#include <optional>

namespace zaindari::cli {

void registerDirectoryCommands(CommandRegistry &registry);

// CLI.md's exit code for a directory outcome (0 success, 1 failed, 3 connect/auth, 4 trust).
int directoryExitCode(const DirectoryOutcome &o);

// The job configuration for `conn`: ExitSuccess, ExitUsage when no directory is configured
// (with a translated sentence in *error), or ExitConnect when no password is available.
int directoryConfig(const Connection &conn, DirectoryConfig *config, QString *error);
bool directoryConfigured(const Connection &conn);

// `account show USER` / `policy show` with --ldap but neither --soap nor --profile: only the
// directory part ("zimbra" / "cos" are null). nullopt when a Zimbra endpoint may be configured,
// so the Zimbra command runs as usual and asks for the directory part through its hook.
std::optional<int> directoryOnlyAccountShow(Context &ctx);
std::optional<int> directoryOnlyPolicyShow(Context &ctx);

} // namespace zaindari::cli
