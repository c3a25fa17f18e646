// ProfileStore::exportTo / importFrom: profiles as a JSON file a technician can hand to a
// colleague. Profiles hold no secrets, so an export cannot leak one.
#include "profilestore.h"

#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace zaindari {

bool ProfileStore::exportTo(const QString &file, const QStringList &ids, QString *error) const
{
    QJsonArray list;
    const QList<Profile> all = profiles();
    for (const Profile &p : all)
        if (ids.isEmpty() || ids.contains(p.id))
            list.append(p.toJson());
    const QJsonObject doc {{QStringLiteral("format"), QLatin1String(ExportFormat)},
                           {QStringLiteral("version"), ExportVersion},
                           {QStringLiteral("profiles"), list}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0
        || !out.commit()) {
        if (error) {
            //: %1 is a file path, %2 the system's reason
            *error = QCoreApplication::translate("ProfileStore", "Could not write %1: %2")
                         .arg(file, out.errorString());
        }
        return false;
    }
    return true;
}

QList<Profile> ProfileStore::importFrom(const QString &file, QString *error)
{
    QList<Profile> imported;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error) {
            //: %1 is a file path, %2 the system's reason
            *error = QCoreApplication::translate("ProfileStore", "Could not read %1: %2")
                         .arg(file, in.errorString());
        }
        return imported;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.read(4 * 1024 * 1024), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String(ExportFormat)) {
        if (error) {
            //: %1 is a file path
            *error = QCoreApplication::translate("ProfileStore", "%1 is not a Zaindari profile export.")
                         .arg(file);
        }
        return imported;
    }
    if (root.value(QStringLiteral("version")).toInt() > ExportVersion) {
        if (error) {
            //: %1 is a file path
            *error = QCoreApplication::translate(
                         "ProfileStore",
                         "%1 was exported by a newer version of Zaindari; update Zaindari "
                         "to import it.")
                         .arg(file);
        }
        return imported;
    }

    QStringList problems;
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &v : list) {
        Profile p = Profile::fromJson(v.toObject());
        p.name = p.name.trimmed();
        if (p.id.isEmpty() || byId(p.id))
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<Profile> existing = profiles();
        const bool clash = std::any_of(existing.begin(), existing.end(), [&p](const Profile &o) {
            return o.name.trimmed().compare(p.name, Qt::CaseInsensitive) == 0;
        });
        if (clash && !p.name.isEmpty()) {
            const QString name = p.name;
            //: Name of an imported profile whose name was taken; %1 is the name in the file
            const QString renamed = QCoreApplication::translate("ProfileStore", "%1 (imported)").arg(name);
            //: Further imports of the same name; %1 is the name in the file, %2 a number
            const QString more = QCoreApplication::translate("ProfileStore", "%1 (imported %2)");
            p.name
                = uniqueName(renamed, [&more, &name](int n) { return more.arg(name, QString::number(n)); });
        }
        QString e;
        if (!save(p, &e)) {
            //: %1 is a profile name (may be empty), %2 the reason
            problems.append(
                QCoreApplication::translate("ProfileStore", "“%1” was not imported: %2").arg(p.name, e));
            continue;
        }
        imported.append(p);
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return imported;
}

} // namespace zaindari
