#pragma once
// Filter and sort for QueueModel: text, sender, sender/recipient domain, reason, age bucket,
// queue, host (QueueFilter). A flat proxy over a row vector: filtering is one matcher pass
// (per-string flags precomputed) and sorting one std::stable_sort over raw fields, so 100,000
// rows filter and sort in milliseconds. QSortFilterProxyModel built a QModelIndex pair and a
// virtual call per comparison and needed seconds for the same sort.

#include "mta/queueanalysis.h"

#include <QAbstractProxyModel>

#include <vector>

namespace zaindari {

class QueueModel;

class QueueFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterProxy(QObject *parent = nullptr);

    void setQueueModel(QueueModel *model);
    void setQueueFilter(const QueueFilter &filter);
    const QueueFilter &queueFilter() const { return m_filter; }
    // The reference time for age buckets (default: now whenever the rows are rebuilt).
    void setNow(qint64 epochSeconds);
    // Queue ids of the rows shown, in display order (e.g. to act on "everything shown").
    QStringList visibleIds() const;
    // Source rows shown, in display order.
    const std::vector<int> &sourceRows() const { return m_rows; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

Q_SIGNALS:
    void filterChanged();

private:
    void rebuild();          // filter + sort, as a model reset
    void sortRows();
    void sortWithLayoutChange();

    QueueModel *m_queueModel = nullptr;
    QueueFilter m_filter;
    qint64 m_now = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows;        // proxy row -> source row
    std::vector<int> m_proxyOfRow;  // source row -> proxy row or -1
};

} // namespace zaindari
