#include "mtahostsmodel.h"

namespace zaindari {

MtaHostsModel::MtaHostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MtaHostsModel::setHosts(const QList<MtaHost> &hosts)
{
    beginResetModel();
    m_hosts = hosts;
    endResetModel();
}

int MtaHostsModel::addHost(const QString &host)
{
    const int row = int(m_hosts.size());
    beginInsertRows({}, row, row);
    m_hosts.append(MtaHost {host.trimmed(), 22});
    endInsertRows();
    return row;
}

bool MtaHostsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_hosts.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_hosts.remove(row, count);
    endRemoveRows();
    return true;
}

int MtaHostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int MtaHostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MtaHostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MtaHost &h = m_hosts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (index.column() == HostColumn)
            return h.host;
        return role == Qt::EditRole ? QVariant(int(h.port)) : QVariant(QString::number(h.port));
    }
    if (role == Qt::TextAlignmentRole && index.column() == PortColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool MtaHostsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MtaHost &h = m_hosts[index.row()];
    if (index.column() == HostColumn) {
        const QString host = value.toString().trimmed();
        if (host == h.host)
            return true;
        h.host = host;
    } else {
        bool ok = false;
        const int port = value.toString().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        if (port == h.port)
            return true;
        h.port = quint16(port);
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags MtaHostsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant MtaHostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn:
        return tr("Host");
    case PortColumn:
        return tr("SSH port");
    default:
        return {};
    }
}

void MtaHostsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace zaindari
