#include "auditlogmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace zaindari {

namespace {
struct ActionName
{
    const char *key;
    const char *name;
};
const ActionName kActionNames[] = {
    {"account.lock", QT_TRANSLATE_NOOP("AuditAction", "Lock account")},
    {"account.unlock", QT_TRANSLATE_NOOP("AuditAction", "Unlock account")},
    {"account.end-sessions", QT_TRANSLATE_NOOP("AuditAction", "End sessions")},
    {"account.clear-lockout", QT_TRANSLATE_NOOP("AuditAction", "Clear lockout")},
    {"account.reset-password", QT_TRANSLATE_NOOP("AuditAction", "Reset password")},
    {"policy.set", QT_TRANSLATE_NOOP("AuditAction", "Change lockout policy")},
    {"relayhost.set", QT_TRANSLATE_NOOP("AuditAction", "Change relay host")},
    {"directory.unlock", QT_TRANSLATE_NOOP("AuditAction", "Unlock in Active Directory")},
    {"directory.disable", QT_TRANSLATE_NOOP("AuditAction", "Disable in Active Directory")},
    {"directory.enable", QT_TRANSLATE_NOOP("AuditAction", "Enable in Active Directory")},
    {"directory.reset-password", QT_TRANSLATE_NOOP("AuditAction", "Reset Active Directory password")},
    {"directory.policy-set", QT_TRANSLATE_NOOP("AuditAction", "Change domain policy")},
};
} // namespace

QString auditActionName(const QString &action)
{
    for (const ActionName &a : kActionNames)
        if (action == QLatin1String(a.key))
            return QCoreApplication::translate("AuditAction", a.name);
    return action;
}

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditLogModel::append(const AuditEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    endInsertRows();
}

void AuditLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void AuditLogModel::reload(const QString &path)
{
    const AuditReadResult r = readAuditLog(path);
    m_skipped = r.skippedLines;
    setEntries(r.entries);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return QVariant();
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ProfileColumn:
            return e.profile;
        case UserColumn:
            return e.osUser;
        case ActionColumn:
            return auditActionName(e.action);
        case TargetColumn:
            return e.target;
        case ResultColumn:
            return e.result == AuditEntry::resultOk() ? tr("Done", "audit result")
                                                      : tr("Failed", "audit result");
        case DetailColumn:
            return e.detail;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn || index.column() == ActionColumn)
            return e.detail;
        break;
    case EntryTimeRole:
        return e.time;
    case ActionKeyRole:
        return e.action;
    case ResultKeyRole:
        return e.result;
    }
    return QVariant();
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Detail");
    }
    return QVariant();
}

AuditLogFilterModel::AuditLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void AuditLogFilterModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    invalidateFilter(); // Qt 6.4: no begin/endFilterChange yet
}

QList<AuditEntry> AuditLogFilterModel::visibleEntries() const
{
    QList<AuditEntry> out;
    const auto *src = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!src)
        return out;
    for (int r = 0; r < rowCount(); ++r)
        out.append(src->entryAt(mapToSource(index(r, 0)).row()));
    return out;
}

bool AuditLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *src = qobject_cast<const AuditLogModel *>(sourceModel());
    return src && m_filter.matches(src->entryAt(sourceRow));
}

} // namespace zaindari
