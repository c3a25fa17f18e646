#include "accountsmodel.h"

#include <QLocale>

namespace zaindari {

namespace {
AccountStatusInfo statusOf(const AccountSummary &s)
{
    ZimbraAccount a;
    a.status = s.status;
    return explainStatus(a, QDateTime::currentDateTimeUtc());
}
} // namespace

AccountsModel::AccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccountsModel::setAccounts(const QList<AccountSummary> &accounts)
{
    beginResetModel();
    m_rows = accounts;
    endResetModel();
}

void AccountsModel::updateAccount(const AccountSummary &account)
{
    const int row = rowOf(account.id);
    if (row < 0)
        return;
    m_rows[row] = account;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccountsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AccountsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const AccountSummary &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case DisplayNameColumn:
            return a.displayName;
        case StatusColumn:
            return statusOf(a).label;
        case CosColumn:
            return a.cosName;
        case LastLoginColumn:
            return a.lastLogon.isValid() ? QLocale().toString(a.lastLogon.toLocalTime(), QLocale::ShortFormat)
                                         : tr("never", "last login");
        case AuthMechColumn:
            return a.authMech;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusOf(a).sentence;
        break;
    case AccountIdRole:
        return a.id;
    case StatusKeyRole:
        return accountStateKey(statusOf(a).state);
    case LastLoginRole:
        return a.lastLogon;
    }
    return QVariant();
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Account");
    case DisplayNameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case CosColumn:
        return tr("Class of service");
    case LastLoginColumn:
        return tr("Last login");
    case AuthMechColumn:
        return tr("Password checked by");
    }
    return QVariant();
}

} // namespace zaindari
