#pragma once
// The saved profiles as a list (profile manager, profile switcher). Mirrors ProfileStore: the
// store is the only owner of profile data, this model never edits it.

#include "profiles/profile.h"

#include <QAbstractListModel>
#include <QList>

namespace zaindari {

class ProfileStore;

class ProfilesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, HostsRole };

    explicit ProfilesModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // -1 when no profile has that id.
    int rowForId(const QString &id) const;
    QString idAt(int row) const;
    Profile profileAt(int row) const;

    // Re-reads the store. Called on ProfileStore::profilesChanged; public for tests.
    void reload();

private:
    ProfileStore *m_store;
    QList<Profile> m_profiles;
};

// "mta1.example.org, mta2.example.org:2222" (port shown only when not 22).
QString hostsSummary(const QList<MtaHost> &hosts);

} // namespace zaindari
