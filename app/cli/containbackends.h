#pragma once
// The backends a containment runs against (app/incident/containmentrunner.h), built from the
// connection options: the Zimbra admin session, the directory configuration and one SSH
// session per MTA host. Shared by `contain` and `watch --auto-contain` so both contain the
// same way.

#include "command.h"
#include "connectionoptions.h"

#include "incident/containmentrunner.h"

#include <memory>

namespace zaindari {
class MtaSessions;
class ZimbraClient;
} // namespace zaindari

namespace zaindari::cli {

struct ContainBackendSet
{
    ContainBackendSet();
    ~ContainBackendSet();
    ContainBackendSet(const ContainBackendSet &) = delete;
    ContainBackendSet &operator=(const ContainBackendSet &) = delete;

    std::unique_ptr<ZimbraClient> zimbra; // null when no SOAP endpoint is configured
    std::unique_ptr<MtaSessions> mta; // null when no MTA host is configured
    ContainmentBackends backends; // points into the two above
};

// Fills `out` from `conn` (already resolved; the Zimbra session re-reads the connection
// options into it). `label` names the audit log's profile when no saved profile is used.
// Unknown SSH host keys are refused with the fingerprint on stderr (the CLI never asks).
// Returns ExitSuccess, or an exit code after printing the reason on stderr; ExitUsage when no
// backend at all is configured.
int openContainBackends(Context &ctx, Connection *conn, const QString &label, ContainBackendSet *out);

} // namespace zaindari::cli
