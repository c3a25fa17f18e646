#include "accountspage.h"

namespace zaindari {

AccountsPage::AccountsPage(QWidget *parent)
    : PlaceholderPage(parent)
{
    init();
}

QString AccountsPage::title() const
{
    return tr("Accounts");
}

QIcon AccountsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/accounts.svg"));
}

QString AccountsPage::purpose() const
{
    return tr("Zimbra and Active Directory accounts side by side: failed logins, lockouts and status, with "
              "one-click containment of a phished account.");
}

} // namespace zaindari
