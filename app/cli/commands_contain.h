#pragma once
// `contain USER [--hold|--delete] [--disable|--reset-password (--password-file F|--generate)]
// [--restart-mta] --yes` (CLI.md, issue 8).

#include "command.h"

namespace zaindari::cli {

void registerContainCommands(CommandRegistry &registry);

} // namespace zaindari::cli
