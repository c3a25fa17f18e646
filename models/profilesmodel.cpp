#include "profilesmodel.h"

#include "profiles/profilestore.h"

namespace zaindari {

QString hostsSummary(const QList<MtaHost> &hosts)
{
    QStringList parts;
    for (const MtaHost &h : hosts) {
        // Bracket IPv6 literals so the port stays unambiguous (RFC 3986 host syntax).
        const QString host
            = h.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + h.host + QLatin1Char(']') : h.host;
        parts << (h.port == 22 ? host : host + QLatin1Char(':') + QString::number(h.port));
    }
    return parts.join(QStringLiteral(", "));
}

ProfilesModel::ProfilesModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesModel::reload);
    m_profiles = m_store->profiles();
}

void ProfilesModel::reload()
{
    // The store sorts by name, so a rename can move rows: a reset is the honest signal.
    beginResetModel();
    m_profiles = m_store->profiles();
    endResetModel();
}

int ProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.name;
    case Qt::ToolTipRole:
        if (p.ssh.hosts.isEmpty())
            return tr("No MTA host configured");
        //: %1 is a comma-separated list of host names
        return tr("MTA hosts: %1").arg(hostsSummary(p.ssh.hosts));
    case IdRole:
        return p.id;
    case HostsRole:
        return hostsSummary(p.ssh.hosts);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfilesModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(IdRole, "id");
    r.insert(HostsRole, "hosts");
    return r;
}

int ProfilesModel::rowForId(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QString ProfilesModel::idAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QString();
}

Profile ProfilesModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : Profile();
}

} // namespace zaindari
