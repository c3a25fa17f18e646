#include "queuefilterproxy.h"

#include "queuemodel.h"

#include <QDateTime>

#include <algorithm>

namespace zaindari {

QueueFilterProxy::QueueFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void QueueFilterProxy::setQueueModel(QueueModel *model)
{
    beginResetModel();
    if (m_queueModel)
        disconnect(m_queueModel, nullptr, this, nullptr);
    m_queueModel = model;
    QAbstractProxyModel::setSourceModel(model);
    // QueueModel only ever resets (a refresh swaps the whole listing).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_proxyOfRow.clear();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
        // Display-only changes: forward for the rows shown.
        for (int r = tl.row(); r <= br.row(); ++r) {
            const int p = r < int(m_proxyOfRow.size()) ? m_proxyOfRow[size_t(r)] : -1;
            if (p >= 0)
                Q_EMIT dataChanged(index(p, tl.column()), index(p, br.column()));
        }
    });
    rebuild();
    endResetModel();
}

void QueueFilterProxy::setQueueFilter(const QueueFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
    Q_EMIT filterChanged();
}

void QueueFilterProxy::setNow(qint64 epochSeconds)
{
    beginResetModel();
    m_now = epochSeconds;
    rebuild();
    endResetModel();
}

void QueueFilterProxy::rebuild()
{
    m_rows.clear();
    m_proxyOfRow.clear();
    const QueueListing *l = m_queueModel ? m_queueModel->listing() : nullptr;
    if (!l)
        return;
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    m_rows = filterRows(*l, m_filter, now);
    sortRows();
}

void QueueFilterProxy::sortRows()
{
    const QueueListing *l = m_queueModel ? m_queueModel->listing() : nullptr;
    if (l && m_sortColumn >= 0) {
        const auto &msgs = l->messages;
        auto firstRcpt = [l](const QueueMessage &m) {
            return m.recipientCount ? l->strings.bytes(l->recipientsOf(m)[0].address) : std::string_view();
        };
        auto less = [&](int x, int y) -> bool {
            const QueueMessage &a = msgs[size_t(x)];
            const QueueMessage &b = msgs[size_t(y)];
            switch (QueueModel::Column(m_sortColumn)) {
            case QueueModel::HostColumn: return l->hostOf(a) < l->hostOf(b);
            case QueueModel::QueueColumn: return a.queue < b.queue;
            case QueueModel::IdColumn: return a.id.view() < b.id.view();
            case QueueModel::ArrivalColumn: return a.arrival < b.arrival;
            case QueueModel::SizeColumn: return a.size < b.size;
            case QueueModel::SenderColumn: return l->strings.bytes(a.sender) < l->strings.bytes(b.sender);
            case QueueModel::RecipientsColumn: return firstRcpt(a) < firstRcpt(b);
            case QueueModel::ReasonColumn: return l->reasonOf(a) < l->reasonOf(b);
            case QueueModel::ColumnCount: break;
            }
            return false;
        };
        const auto column = QueueModel::Column(m_sortColumn);
        if (column == QueueModel::ArrivalColumn || column == QueueModel::SizeColumn
            || column == QueueModel::QueueColumn) {
            // Numeric keys: sort (key, row) pairs in one flat array; ties keep source order,
            // and this keeps a 100,000-row re-sort on refresh well inside one frame budget.
            std::vector<std::pair<qint64, int>> keyed;
            keyed.reserve(m_rows.size());
            for (int r : m_rows) {
                const QueueMessage &m = msgs[size_t(r)];
                const qint64 key = column == QueueModel::ArrivalColumn ? m.arrival
                    : column == QueueModel::SizeColumn                 ? m.size
                                                                       : qint64(m.queue);
                keyed.emplace_back(m_sortOrder == Qt::AscendingOrder ? key : -key, r);
            }
            std::sort(keyed.begin(), keyed.end());
            for (size_t i = 0; i < keyed.size(); ++i)
                m_rows[i] = keyed[i].second;
        } else if (m_sortOrder == Qt::AscendingOrder)
            std::stable_sort(m_rows.begin(), m_rows.end(), less);
        else
            std::stable_sort(m_rows.begin(), m_rows.end(), [&](int x, int y) { return less(y, x); });
    }
    m_proxyOfRow.assign(l ? l->messages.size() : 0, -1);
    for (size_t p = 0; p < m_rows.size(); ++p)
        m_proxyOfRow[size_t(m_rows[p])] = int(p);
}

void QueueFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    sortWithLayoutChange();
}

void QueueFilterProxy::sortWithLayoutChange()
{
    // Reordering only: a layout change keeps the views' selection and current index.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QPair<int, int>> sourcePos; // source row, column
    for (const QModelIndex &i : persistent)
        sourcePos.append({m_rows[size_t(i.row())], i.column()});
    sortRows();
    QModelIndexList updated;
    for (const auto &sp : std::as_const(sourcePos))
        updated.append(index(m_proxyOfRow[size_t(sp.first)], sp.second));
    changePersistentIndexList(persistent, updated);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QStringList QueueFilterProxy::visibleIds() const
{
    QStringList ids;
    const QueueListing *l = m_queueModel ? m_queueModel->listing() : nullptr;
    if (!l)
        return ids;
    ids.reserve(qsizetype(m_rows.size()));
    for (int r : m_rows)
        ids << l->messages[size_t(r)].id.toString();
    return ids;
}

QModelIndex QueueFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_queueModel || proxyIndex.row() >= int(m_rows.size()))
        return QModelIndex();
    return m_queueModel->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex QueueFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyOfRow.size()))
        return QModelIndex();
    const int p = m_proxyOfRow[size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

QModelIndex QueueFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex QueueFilterProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int QueueFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_queueModel ? 0 : m_queueModel->columnCount();
}

} // namespace zaindari
