#pragma once
// Search results of the Accounts page: one row per account (AccountSearchJob::accounts()).

#include "zimbra/accountjobs.h"

#include <QAbstractTableModel>

namespace zaindari {

class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DisplayNameColumn,
        StatusColumn,
        CosColumn,
        LastLoginColumn,
        AuthMechColumn,
        ColumnCount
    };
    enum Role { AccountIdRole = Qt::UserRole + 1, StatusKeyRole, LastLoginRole };

    explicit AccountsModel(QObject *parent = nullptr);

    void setAccounts(const QList<AccountSummary> &accounts);
    // Replaces one row after an action (lock, unlock) without reloading the list.
    void updateAccount(const AccountSummary &account);
    void clear();
    AccountSummary accountAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccountSummary> m_rows;
};

} // namespace zaindari
