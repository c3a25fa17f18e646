#include "auditlogpage.h"

namespace zaindari {

AuditLogPage::AuditLogPage(QWidget *parent)
    : PlaceholderPage(parent)
{
    init();
}

QString AuditLogPage::title() const
{
    return tr("Audit log");
}

QIcon AuditLogPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/audit.svg"));
}

QString AuditLogPage::purpose() const
{
    return tr("Zimbra's audit log: logins, their origin and their outcome.");
}

} // namespace zaindari
