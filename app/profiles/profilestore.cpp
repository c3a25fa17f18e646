#include "profilestore.h"

#include "common/settings.h"
#include "validation.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace zaindari {

namespace {

// Every live store in this process: a profile saved through one (the profile manager) must
// refresh the others (the main window's switcher).
QList<ProfileStore *> &liveStores()
{
    static QList<ProfileStore *> stores;
    return stores;
}

const QString kGroup = QStringLiteral("profiles");

QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Profile ids become QSettings keys and keychain keys: only UUID-like text is accepted.
bool isUsableId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
    });
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(openSettings())
{
    migrateSettings(*m_settings);
    liveStores().append(this);
}

ProfileStore::~ProfileStore()
{
    liveStores().removeAll(this);
}

void ProfileStore::notifyAll()
{
    const QList<ProfileStore *> stores = liveStores();
    for (ProfileStore *store : stores)
        emit store->profilesChanged();
}

QList<Profile> ProfileStore::profiles() const
{
    // Another process (the CLI, a second window) may have written the file.
    m_settings->sync();
    QList<Profile> list;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childKeys();
    for (const QString &id : ids) {
        const QJsonObject o = QJsonDocument::fromJson(m_settings->value(id).toString().toUtf8()).object();
        if (o.isEmpty())
            continue;
        Profile p = Profile::fromJson(o);
        p.id = id; // the key is authoritative
        list.append(p);
    }
    m_settings->endGroup();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const Profile &a, const Profile &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<Profile> ProfileStore::byId(const QString &id) const
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all)
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::optional<Profile> ProfileStore::byName(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all)
        if (p.name == name)
            return p;
    return std::nullopt;
}

QString ProfileStore::validationError(const Profile &p) const
{
    const QString e = validateProfile(p);
    if (!e.isEmpty())
        return e;
    if (!p.id.isEmpty() && !isUsableId(p.id))
        return QCoreApplication::translate("ProfileStore", "The profile has a damaged identifier.");
    const QString name = p.name.trimmed();
    const QList<Profile> all = profiles();
    for (const Profile &other : all) {
        if (other.id != p.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            //: %1 is a profile name
            return QCoreApplication::translate("ProfileStore", "A profile named “%1” already exists.")
                .arg(name);
        }
    }
    return QString();
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    Profile p = profile;
    p.name = p.name.trimmed();
    if (p.id.isEmpty())
        p.id = freshId();
    const QString e = validationError(p);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    m_settings->setValue(kGroup + QLatin1Char('/') + p.id,
                         QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)));
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore",
                                                 "The profile could not be written to the settings file.");
        return false;
    }
    notifyAll();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    const QString key = kGroup + QLatin1Char('/') + id;
    if (!isUsableId(id) || !m_settings->contains(key))
        return false;
    m_settings->remove(key);
    m_settings->sync();
    notifyAll();
    return true;
}

QString ProfileStore::uniqueName(const QString &wanted, const std::function<QString(int)> &numbered) const
{
    const QList<Profile> all = profiles();
    auto taken = [&all](const QString &name) {
        return std::any_of(all.begin(), all.end(), [&name](const Profile &p) {
            return p.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = numbered(i);
        if (!taken(candidate))
            return candidate;
    }
}

std::optional<Profile> ProfileStore::duplicate(const QString &id)
{
    std::optional<Profile> original = byId(id);
    if (!original)
        return std::nullopt;
    Profile copy = *original;
    copy.id = freshId();
    //: Name of a duplicated profile; %1 is the original name
    const QString first = QCoreApplication::translate("ProfileStore", "%1 (copy)").arg(original->name);
    //: Name of a duplicated profile when "Name (copy)" exists; %1 is the original name, %2 a number
    const QString more = QCoreApplication::translate("ProfileStore", "%1 (copy %2)");
    copy.name = uniqueName(
        first, [&more, &original](int n) { return more.arg(original->name, QString::number(n)); });
    if (!save(copy))
        return std::nullopt;
    return copy;
}

} // namespace zaindari
