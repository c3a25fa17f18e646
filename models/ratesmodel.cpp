#include "ratesmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace zaindari {

RatesModel::RatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SenderRate &s = m_rows.at(index.row());
    if (role == FlaggedRole)
        return s.flagged;
    if (role == AccountRole)
        return s.who.account;
    if (role == Qt::FontRole && s.flagged) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && s.flagged)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() != Login)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Login && !s.who.authenticated)
        //: %1 is the client address the message came from
        return tr("Sent without a login from %1")
            .arg(s.who.client.isEmpty() ? tr("this server") : s.who.client);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Login:
        if (s.who.authenticated)
            return s.who.account;
        //: an envelope sender without a login; %1 the sender, %2 the client address
        return tr("%1 (no login, %2)")
            .arg(s.who.account.isEmpty() ? QStringLiteral("<>") : s.who.account,
                 s.who.client.isEmpty() ? tr("local") : s.who.client);
    case Messages:
        return sort ? QVariant(s.messages) : QVariant(QString::number(s.messages));
    case Recipients:
        return sort ? QVariant(s.recipients) : QVariant(QString::number(s.recipients));
    case Domains:
        return sort ? QVariant(s.recipientDomains) : QVariant(QString::number(s.recipientDomains));
    case Deferred:
        return sort ? QVariant(s.deferred) : QVariant(QString::number(s.deferred));
    case Bounced:
        return sort ? QVariant(s.bounced) : QVariant(QString::number(s.bounced));
    case RateNow:
        return sort ? QVariant(s.rateNow) : QVariant(QString::number(s.rateNow));
    case UsualRate:
        return sort ? QVariant(s.usualRate) : QVariant(QString::number(s.usualRate));
    default:
        return {};
    }
}

QVariant RatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case Messages:
        return tr("Messages");
    case Recipients:
        return tr("Recipients");
    case Domains:
        return tr("Recipient domains");
    case Deferred:
        return tr("Deferred");
    case Bounced:
        return tr("Bounced");
    case RateNow:
        return tr("Now (per minute)");
    case UsualRate:
        return tr("Usual peak (per hour)");
    default:
        return {};
    }
}

int RatesModel::rowForAccount(const QString &account) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].who.account == account)
            return i;
    return -1;
}

void RatesModel::setReport(const RatesReport &report)
{
    const QVector<SenderRate> &next = report.senders;
    bool sameSenders = next.size() == m_rows.size();
    for (int i = 0; sameSenders && i < next.size(); ++i)
        sameSenders = next[i].who == m_rows[i].who;
    if (sameSenders) {
        m_rows = next;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = next;
    endResetModel();
}

void RatesModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

} // namespace zaindari
