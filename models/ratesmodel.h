#pragma once
// The top-logins table of the Send-rates page: one row per sender of a RatesReport, columns as
// the technician reads them. setReport() updates rows in place when the same senders come
// back (a live refresh keeps the selection), inserts/removes the difference otherwise.

#include "mta/ratestypes.h"

#include <QAbstractTableModel>

namespace zaindari {

class RatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Login, Messages, Recipients, Domains, Deferred, Bounced, RateNow, UsualRate, ColumnCount };
    enum Role { FlaggedRole = Qt::UserRole + 1, AccountRole, SortRole };

    explicit RatesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(const RatesReport &report);
    void clear();
    const SenderRate &senderAt(int row) const { return m_rows.at(row); }
    int rowForAccount(const QString &account) const;

private:
    QVector<SenderRate> m_rows;
};

} // namespace zaindari
