#include "loginfailuresmodel.h"

#include <QDateTime>
#include <QLocale>

namespace zaindari {

LoginFailuresModel::LoginFailuresModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int LoginFailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoginFailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoginFailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountFailures &a = m_rows.at(index.row());
    if (role == SuspiciousRole)
        return a.successFromNewIp;
    if (role == DistributedRole)
        return a.distributed;
    if (role == AccountRole)
        return a.account;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Account:
        return a.account;
    case Failures:
        return QString::number(a.failures);
    case Addresses:
        return a.ips.join(QStringLiteral(", "));
    case LastFailure:
        return a.lastFailure ? QLocale().toString(QDateTime::fromSecsSinceEpoch(a.lastFailure).toLocalTime(),
                                                  QLocale::ShortFormat)
                             : QString();
    case Notes: {
        QStringList notes;
        if (a.successFromNewIp)
            //: %1 is an IP address
            notes << tr("Logged in from new address %1 after failures").arg(a.successIp);
        if (a.distributed)
            //: %n is a number of addresses
            notes << tr("Distributed attack: %n addresses", nullptr, int(a.ips.size()));
        if (a.lockouts)
            notes << tr("Locked out");
        return notes.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant LoginFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account:
        return tr("Account");
    case Failures:
        return tr("Failures");
    case Addresses:
        return tr("Addresses");
    case LastFailure:
        return tr("Last failure");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

void LoginFailuresModel::setReport(const LoginFailuresReport &report)
{
    beginResetModel();
    m_rows = report.accounts;
    endResetModel();
}

void LoginFailuresModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

} // namespace zaindari
