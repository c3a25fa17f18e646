#pragma once
// Editable table of the MTA hosts of one profile (host, SSH port). A profile may list several
// MTA hosts that share the SSH settings.

#include "profiles/profile.h"

#include <QAbstractTableModel>

namespace zaindari {

class MtaHostsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HostColumn, PortColumn, ColumnCount };

    explicit MtaHostsModel(QObject *parent = nullptr);

    void setHosts(const QList<MtaHost> &hosts);
    QList<MtaHost> hosts() const { return m_hosts; }

    // Appends a host (port 22) and returns its row.
    int addHost(const QString &host);
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header texts are translated on each call; views repaint after this.
    void retranslate();

private:
    QList<MtaHost> m_hosts;
};

} // namespace zaindari
