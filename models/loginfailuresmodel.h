#pragma once
// Failed logins per account (Send-rates / Failed-logins page): failures, addresses, and the
// two call-outs of issue 5: a success from a new address after failures, and many addresses
// against one account (a distributed attack).

#include "mta/auditlog.h"

#include <QAbstractTableModel>

namespace zaindari {

class LoginFailuresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Account, Failures, Addresses, LastFailure, Notes, ColumnCount };
    enum Role { SuspiciousRole = Qt::UserRole + 1, DistributedRole, AccountRole };

    explicit LoginFailuresModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(const LoginFailuresReport &report);
    void clear();
    const AccountFailures &accountAt(int row) const { return m_rows.at(row); }

private:
    QVector<AccountFailures> m_rows;
};

} // namespace zaindari
