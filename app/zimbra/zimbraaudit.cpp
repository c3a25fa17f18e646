#include "zimbraaudit.h"

namespace zaindari {

AuditEntry zimbraAuditEntry(const QString &profile, const QString &action, const QString &target,
                            const ZimbraError &error, const QString &detailOnSuccess)
{
    AuditEntry e;
    e.profile = profile;
    e.action = action;
    e.target = target;
    if (!error.isError()) {
        e.result = AuditEntry::resultOk();
        e.detail = detailOnSuccess;
        return e;
    }
    e.result = AuditEntry::resultFailed();
    e.detail = error.detail.isEmpty()
        ? error.message
        : error.message + QStringLiteral(" [") + error.detail + QLatin1Char(']');
    return e;
}

} // namespace zaindari
