#pragma once
// One audit-log entry (app/audit) for a Zimbra action, built the same way by the GUI and the
// CLI: result "ok" with what changed, or "failed" with the sentence and the Zimbra detail.

#include "audit/auditlog.h"
#include "zimbraerror.h"

namespace zaindari {

// `action` is a stable key: "account.lock", "account.unlock", "account.end-sessions",
// "account.clear-lockout", "account.reset-password", "policy.set", "relayhost.set".
AuditEntry zimbraAuditEntry(const QString &profile, const QString &action, const QString &target,
                            const ZimbraError &error, const QString &detailOnSuccess);

} // namespace zaindari
