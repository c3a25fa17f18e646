#pragma once
// Table model over a parsed queue listing (one or more MTA hosts). The listing is shared and
// immutable: a refresh swaps it in one reset (O(1) on the GUI thread; parsing happened on the
// session's worker), so 100,000 rows never block the event loop.

#include "mta/queuetypes.h"

#include <QAbstractTableModel>

#include <memory>

namespace zaindari {

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HostColumn, QueueColumn, IdColumn, ArrivalColumn, SizeColumn, SenderColumn,
                  RecipientsColumn, ReasonColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: epoch seconds, bytes, text
        IdRole,                      // queue id (QString)
        HostRole,                    // host column name
        MessageIndexRole,            // index into listing()->messages
    };

    explicit QueueModel(QObject *parent = nullptr);

    void setListing(std::shared_ptr<const QueueListing> listing);
    void clear();
    const QueueListing *listing() const { return m_listing.get(); }
    std::shared_ptr<const QueueListing> sharedListing() const { return m_listing; }
    // For keeping a selection across refreshes: host + id identify a message.
    int rowForId(const QString &host, const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void listingChanged();

private:
    std::shared_ptr<const QueueListing> m_listing;
    mutable QHash<QString, int> m_rowById; // built on first rowForId()
};

} // namespace zaindari
