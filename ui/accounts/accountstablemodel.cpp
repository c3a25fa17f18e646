#include "accountstablemodel.h"

#include "accounts/accountviews.h"

#include <QBrush>
#include <QColor>

namespace zaindari {

AccountsTableModel::AccountsTableModel(QObject *parent)
    : AccountsModel(parent)
{ }

void AccountsTableModel::setAccounts(const QList<AccountSummary> &accounts)
{
    m_ad.clear();
    AccountsModel::setAccounts(accounts);
}

void AccountsTableModel::clear()
{
    m_ad.clear();
    AccountsModel::clear();
}

void AccountsTableModel::setDirectoryStatus(const QString &name, const std::optional<UserStatus> &status)
{
    AdSide side;
    side.known = true;
    side.found = status.has_value();
    if (status) {
        side.enabled = status->enabled;
        side.lockedOut = status->lockedOut;
    }
    const QString key = name.toLower();
    m_ad.insert(key, side);
    for (int r = 0; r < rowCount(); ++r) {
        if (accountAt(r).name.toLower() == key)
            emit dataChanged(index(r, AdEnabledColumn), index(r, AdLockedColumn));
    }
}

int AccountsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TotalColumns;
}

QVariant AccountsTableModel::data(const QModelIndex &idx, int role) const
{
    if (idx.isValid() && idx.column() == AuthMechColumn && role == Qt::DisplayRole && idx.row() < rowCount())
        return authMechText(accountAt(idx.row()).authMech);
    if (!idx.isValid() || idx.column() < ColumnCount)
        return AccountsModel::data(idx, role);
    if (idx.row() < 0 || idx.row() >= rowCount())
        return {};
    const AdSide side = m_ad.value(accountAt(idx.row()).name.toLower());
    const bool enabledCol = idx.column() == AdEnabledColumn;
    if (role == Qt::DisplayRole) {
        if (!side.known)
            return QString();
        if (!side.found)
            return tr("not in AD");
        if (enabledCol)
            return side.enabled ? tr("enabled") : tr("disabled");
        return side.lockedOut ? tr("locked out") : tr("no");
    }
    if (role == Qt::ForegroundRole && side.known && side.found
        && ((enabledCol && !side.enabled) || (!enabledCol && side.lockedOut)))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && !side.known)
        return tr("Waiting for Active Directory");
    return {};
}

QVariant AccountsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < ColumnCount)
        return AccountsModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == AdEnabledColumn ? tr("AD account") : tr("AD locked out");
    if (role == Qt::ToolTipRole)
        return section == AdEnabledColumn ? tr("Enabled or disabled in Active Directory")
                                          : tr("Locked out in Active Directory right now");
    return {};
}

} // namespace zaindari
