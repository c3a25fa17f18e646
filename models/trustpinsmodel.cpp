#include "trustpinsmodel.h"

#include <QFont>
#include <QFontDatabase>

namespace zaindari {

TrustPinsModel::TrustPinsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TrustPinsModel::setPins(const TrustPins &pins)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &p : pins.sshHostKeys)
        m_rows.append(Row {Kind::SshHostKey, p.first, p.second});
    for (const auto &p : pins.tlsCertificates)
        m_rows.append(Row {Kind::TlsCertificate, p.first, p.second});
    endResetModel();
}

TrustPins TrustPinsModel::pins() const
{
    TrustPins pins;
    for (const Row &r : m_rows) {
        auto &list = r.kind == Kind::SshHostKey ? pins.sshHostKeys : pins.tlsCertificates;
        list.append({r.endpoint, r.fingerprint});
    }
    return pins;
}

bool TrustPinsModel::forget(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int TrustPinsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrustPinsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrustPinsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn:
            return r.kind == Kind::SshHostKey ? tr("SSH host key") : tr("TLS certificate");
        case EndpointColumn:
            return r.endpoint;
        case FingerprintColumn:
            return r.fingerprint;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == FingerprintColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

Qt::ItemFlags TrustPinsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TrustPinsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case EndpointColumn:
        //: Column header: host and port of a pinned key or certificate
        return tr("Server");
    case FingerprintColumn:
        return tr("Fingerprint");
    default:
        return {};
    }
}

void TrustPinsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, KindColumn), index(int(m_rows.size()) - 1, KindColumn));
}

} // namespace zaindari
