#pragma once
// Saved profiles, persisted as JSON objects under "profiles/<id>" in the versioned settings
// file (see common/settings.h). A profile holds no secret; secrets live in SecretStore.

#include "profiles/profile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace zaindari {

// Lives on the main thread; several instances may exist and stay in step (see profilesChanged).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Opens the settings file (openSettings()) and migrates it if needed.
    explicit ProfileStore(QObject *parent = nullptr);
    ~ProfileStore() override;

    // Sorted by name (locale-aware, case-insensitive).
    QList<Profile> profiles() const;
    std::optional<Profile> byId(const QString &id) const;
    std::optional<Profile> byName(const QString &name) const; // exact match

    // Translated sentence for the first problem (validateProfile() plus: non-empty name, unique
    // among the other profiles), or empty when `p` can be saved.
    QString validationError(const Profile &p) const;

    // Adds or updates (by id; an empty id gets a fresh one). Emits profilesChanged().
    bool save(const Profile &p, QString *error = nullptr);
    bool remove(const QString &id);
    // A copy named "Name (copy)" ("Name (copy 2)", ...) with a fresh id, saved.
    std::optional<Profile> duplicate(const QString &id);

    // JSON file {"format":"zaindari-profiles","version":1,"profiles":[...]}; no secrets exist
    // in a Profile, so none can be exported. An empty `ids` exports every profile.
    bool exportTo(const QString &file, const QStringList &ids, QString *error = nullptr) const;
    // Validates the file and each profile; a name clash renames ("Name (imported)"), an id clash
    // gets a fresh id. Saves and returns the imported profiles. Invalid profiles are skipped and
    // named in *error; a file that is not a profile export imports nothing.
    QList<Profile> importFrom(const QString &file, QString *error = nullptr);

    static constexpr const char *ExportFormat = "zaindari-profiles";
    static constexpr int ExportVersion = 1;

signals:
    // Emitted by every ProfileStore of the process after any of them saved or removed one.
    void profilesChanged();

private:
    static void notifyAll();
    // `wanted` if free, else the first free numbered(2), numbered(3), ...
    QString uniqueName(const QString &wanted, const std::function<QString(int)> &numbered) const;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace zaindari
