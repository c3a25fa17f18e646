#pragma once
// Read-only table of what the technician confirmed: SSH host keys and TLS certificates,
// one row each. "Forget" removes a row; the next connection asks again.

#include "profiles/profile.h"

#include <QAbstractTableModel>

namespace zaindari {

class TrustPinsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, EndpointColumn, FingerprintColumn, ColumnCount };
    enum class Kind { SshHostKey, TlsCertificate };

    explicit TrustPinsModel(QObject *parent = nullptr);

    void setPins(const TrustPins &pins);
    TrustPins pins() const;

    // Removes one confirmed key or certificate.
    bool forget(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Row
    {
        Kind kind;
        QString endpoint;
        QString fingerprint;
    };
    QList<Row> m_rows;
};

} // namespace zaindari
