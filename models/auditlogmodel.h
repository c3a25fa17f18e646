#pragma once
// The Audit-log page: the console's own actions (app/audit), newest last as in the file, with
// a filter proxy (AuditFilter) and translated action names.

#include "audit/auditlog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace zaindari {

// "account.lock" -> "Lock account" (translated); unknown keys are returned as they are.
QString auditActionName(const QString &action);

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ProfileColumn,
        UserColumn,
        ActionColumn,
        TargetColumn,
        ResultColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { EntryTimeRole = Qt::UserRole + 1, ActionKeyRole, ResultKeyRole };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    void append(const AuditEntry &entry);
    void clear();
    // Reads the file again (entries and skipped-line count).
    void reload(const QString &path = AuditLog::defaultPath());
    int skippedLines() const { return m_skipped; }
    const QList<AuditEntry> &entries() const { return m_entries; }
    AuditEntry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    int m_skipped = 0;
};

class AuditLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditLogFilterModel(QObject *parent = nullptr);
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    // The rows that pass the filter, for CSV export (auditToCsv).
    QList<AuditEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AuditFilter m_filter;
};

} // namespace zaindari
