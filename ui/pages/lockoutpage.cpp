#include "lockoutpage.h"

namespace zaindari {

LockoutPolicyPage::LockoutPolicyPage(QWidget *parent)
    : PlaceholderPage(parent)
{
    init();
}

QString LockoutPolicyPage::title() const
{
    return tr("Lockout policy");
}

QIcon LockoutPolicyPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/lockout.svg"));
}

QString LockoutPolicyPage::purpose() const
{
    return tr("The account lockout policy of Zimbra and Active Directory, and whether the two agree.");
}

} // namespace zaindari
