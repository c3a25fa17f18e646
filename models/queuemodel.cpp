#include "queuemodel.h"

#include <QDateTime>
#include <QLocale>

namespace zaindari {

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueueModel::setListing(std::shared_ptr<const QueueListing> listing)
{
    beginResetModel();
    m_listing = std::move(listing);
    m_rowById.clear();
    endResetModel();
    Q_EMIT listingChanged();
}

void QueueModel::clear()
{
    setListing(nullptr);
}

int QueueModel::rowForId(const QString &host, const QString &id) const
{
    if (!m_listing)
        return -1;
    if (m_rowById.isEmpty()) {
        m_rowById.reserve(m_listing->count());
        for (int r = 0; r < m_listing->count(); ++r) {
            const QueueMessage &m = m_listing->messages[size_t(r)];
            m_rowById.insert(m_listing->hostOf(m) + QLatin1Char('\n') + m.id.toString(), r);
        }
    }
    return m_rowById.value(host + QLatin1Char('\n') + id, -1);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_listing ? 0 : m_listing->count();
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_listing)
        return QVariant();
    const QueueListing &l = *m_listing;
    const QueueMessage &m = l.messages[size_t(index.row())];
    switch (role) {
    case IdRole:
        return m.id.toString();
    case HostRole:
        return l.hostOf(m);
    case MessageIndexRole:
        return index.row();
    case Qt::DisplayRole:
    case SortRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    const bool display = role != SortRole;
    switch (Column(index.column())) {
    case HostColumn:
        return l.hostOf(m);
    case QueueColumn:
        return display ? queueNameDisplay(m.queue) : QVariant(int(m.queue));
    case IdColumn:
        return m.id.toString();
    case ArrivalColumn:
        if (!display)
            return m.arrival;
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(m.arrival), QLocale::ShortFormat);
    case SizeColumn:
        return display ? QVariant(QLocale().formattedDataSize(m.size)) : QVariant(m.size);
    case SenderColumn:
        return l.senderOf(m).isEmpty() && display ? QStringLiteral("<>") : l.senderOf(m);
    case RecipientsColumn: {
        const QueueRecipient *r = l.recipientsOf(m);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (quint32 i = 0; i < m.recipientCount; ++i)
                lines << l.text(r[i].address) + (r[i].reason ? QStringLiteral(": ") + l.text(r[i].reason) : QString());
            return lines.join(QLatin1Char('\n'));
        }
        if (m.recipientCount == 0)
            return QString();
        if (m.recipientCount == 1 || !display)
            return l.text(r[0].address);
        //: first recipient and how many more
        return tr("%1 (+%n more)", nullptr, int(m.recipientCount - 1)).arg(l.text(r[0].address));
    }
    case ReasonColumn:
        return l.reasonOf(m);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case HostColumn: return tr("Host");
    case QueueColumn: return tr("Queue");
    case IdColumn: return tr("Id");
    case ArrivalColumn: return tr("Arrival");
    case SizeColumn: return tr("Size");
    case SenderColumn: return tr("Sender");
    case RecipientsColumn: return tr("Recipients");
    case ReasonColumn: return tr("Reason");
    case ColumnCount: break;
    }
    return QVariant();
}

} // namespace zaindari
