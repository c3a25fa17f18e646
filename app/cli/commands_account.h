#pragma once
// `account show|lock|unlock|end-sessions|reset-password` (Zimbra part) and the hooks through
// which the Active Directory commands add their part without touching this file's logic.

#include "command.h"
#include "connectionoptions.h"

#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace zaindari::cli {

void registerAccountCommands(CommandRegistry &registry);

// Filled by the directory (AD) commands. `account show` calls it after the Zimbra part; it must
// call `done` exactly once with its exit code, the "directory" JSON value and text lines.
struct DirectoryPart
{
    int exitCode = 0;
    QJsonValue json; // object, or null when there is no directory configured
    QStringList lines; // translated text lines for human output
};
using AccountShowDirectoryHook = std::function<void(Context &ctx, const Connection &conn, const QString &user,
                                                    std::function<void(DirectoryPart)> done)>;
void setAccountShowDirectoryHook(AccountShowDirectoryHook hook);

// `account reset-password USER --directory ...` is the directory's; it receives the resolved
// connection, the user, the password (or empty with generate) and must-change, and returns the
// exit code after printing its own output.
using ResetPasswordDirectoryHook
    = std::function<int(Context &ctx, const Connection &conn, const QString &user, const QString &password,
                        bool generated, bool mustChange)>;
void setResetPasswordDirectoryHook(ResetPasswordDirectoryHook hook);

// A random password for --generate: 20 characters with upper and lower case, digits and
// punctuation, from the system's CSPRNG.
QString generatePassword();

} // namespace zaindari::cli
