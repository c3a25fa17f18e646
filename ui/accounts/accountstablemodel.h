#pragma once
// AccountsModel (Zimbra search results) plus the Active Directory side of each row: enabled
// and locked out now, filled as the directory answers (matched by mail / UPN).

#include "accountsmodel.h"
#include "directory/directorytypes.h"

#include <QHash>

namespace zaindari {

class AccountsTableModel : public AccountsModel
{
    Q_OBJECT
public:
    enum ExtraColumn { AdEnabledColumn = ColumnCount, AdLockedColumn, TotalColumns };

    explicit AccountsTableModel(QObject *parent = nullptr);

    void setAccounts(const QList<AccountSummary> &accounts);
    void clear();
    // Status for the row whose address is `name` (case-insensitive); nullopt: not in AD.
    void setDirectoryStatus(const QString &name, const std::optional<UserStatus> &status);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct AdSide
    {
        bool known = false; // answer arrived
        bool found = false;
        bool enabled = true;
        bool lockedOut = false;
    };
    QHash<QString, AdSide> m_ad; // lowercased address -> AD side
};

} // namespace zaindari
