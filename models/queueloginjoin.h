#pragma once
// The Queues page's "by login" grouping (issue 5): queued messages joined with the SASL login
// that submitted them, as the MTA log tells (Zimbra lets a logged-in user pick any envelope
// sender, so the sender column alone hides who is really sending). The join takes the lookup
// as a function, so it needs neither the log nor SSH: the caller passes what its log analysis
// knows (MailLogAnalyzer::senderOfQueueId) and messages the log never named fall in one
// "no login known" group.

#include "mta/queuetypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace zaindari {

struct QueueLoginGroup
{
    QString login; // "" = no login known (unauthenticated, or older than the log read back)
    quint64 messages = 0;
    quint64 recipients = 0;
    qint64 bytes = 0;
    qint64 oldest = 0; // arrival of the oldest message, UTC s
    QStringList queueIds;
};

// Groups `listing`'s messages by loginOf(queue id); most messages first, "" last.
QVector<QueueLoginGroup> joinQueueWithLogins(const QueueListing &listing,
                                             const std::function<QString(const QString &queueId)> &loginOf);
// The same with a ready map (queue id -> login).
QVector<QueueLoginGroup> joinQueueWithLogins(const QueueListing &listing,
                                             const QHash<QString, QString> &logins);

class QueueLoginModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Login, Messages, Recipients, Size, Oldest, ColumnCount };
    enum Role { LoginRole = Qt::UserRole + 1, QueueIdsRole, SortRole };

    explicit QueueLoginModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setGroups(const QVector<QueueLoginGroup> &groups);
    void clear();
    const QueueLoginGroup &groupAt(int row) const { return m_groups.at(row); }

private:
    QVector<QueueLoginGroup> m_groups;
};

} // namespace zaindari
