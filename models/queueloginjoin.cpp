#include "queueloginjoin.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace zaindari {

QVector<QueueLoginGroup> joinQueueWithLogins(const QueueListing &listing,
                                             const std::function<QString(const QString &queueId)> &loginOf)
{
    QHash<QString, int> index;
    QVector<QueueLoginGroup> groups;
    for (const QueueMessage &m : listing.messages) {
        const QString id = m.id.toString();
        const QString login = loginOf ? loginOf(id) : QString();
        auto it = index.constFind(login);
        int g;
        if (it == index.constEnd()) {
            g = int(groups.size());
            index.insert(login, g);
            QueueLoginGroup group;
            group.login = login;
            groups.append(group);
        } else {
            g = it.value();
        }
        QueueLoginGroup &group = groups[g];
        ++group.messages;
        group.recipients += m.recipientCount;
        group.bytes += m.size;
        if (m.arrival && (!group.oldest || m.arrival < group.oldest))
            group.oldest = m.arrival;
        group.queueIds.append(id);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const QueueLoginGroup &a, const QueueLoginGroup &b) {
        if (a.login.isEmpty() != b.login.isEmpty())
            return b.login.isEmpty();
        if (a.messages != b.messages)
            return a.messages > b.messages;
        return a.login < b.login;
    });
    return groups;
}

QVector<QueueLoginGroup> joinQueueWithLogins(const QueueListing &listing,
                                             const QHash<QString, QString> &logins)
{
    return joinQueueWithLogins(listing, [&logins](const QString &id) { return logins.value(id); });
}

QueueLoginModel::QueueLoginModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int QueueLoginModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int QueueLoginModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueLoginModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueLoginGroup &g = m_groups.at(index.row());
    switch (role) {
    case LoginRole:
        return g.login;
    case QueueIdsRole:
        return g.queueIds;
    case Qt::TextAlignmentRole:
        return index.column() == Login ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == Login && g.login.isEmpty())
            return tr("Messages whose submission the mail log read back does not show with a login: "
                      "unauthenticated mail, bounces, or older than the log window");
        return {};
    case SortRole:
        switch (index.column()) {
        case Login:
            return g.login;
        case Messages:
            return g.messages;
        case Recipients:
            return g.recipients;
        case Size:
            return g.bytes;
        case Oldest:
            return g.oldest;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Login:
            return g.login.isEmpty() ? tr("(no login known)") : g.login;
        case Messages:
            return QLocale().toString(g.messages);
        case Recipients:
            return QLocale().toString(g.recipients);
        case Size:
            return QLocale().formattedDataSize(g.bytes);
        case Oldest:
            return g.oldest ? QLocale().toString(QDateTime::fromSecsSinceEpoch(g.oldest).toLocalTime(),
                                                 QLocale::ShortFormat)
                            : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant QueueLoginModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Size:
        return tr("Size");
    case Oldest:
        return tr("Oldest");
    default:
        return {};
    }
}

void QueueLoginModel::setGroups(const QVector<QueueLoginGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void QueueLoginModel::clear()
{
    if (m_groups.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_groups.size()) - 1);
    m_groups.clear();
    endRemoveRows();
}

} // namespace zaindari
