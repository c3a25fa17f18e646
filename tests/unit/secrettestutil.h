#pragma once
// Helpers for the "no secret ever reaches the disk" suites.

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace secrettest {

// Files under `dir` whose bytes contain `secret` (UTF-8 or UTF-16), or whose QSettings values
// do (an INI file may escape characters, so raw bytes alone could miss it).
inline QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList hits;
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        bool hit = data.contains(utf8) || data.contains(utf16) || data.contains(utf8.toBase64());
        if (!hit && (path.endsWith(QLatin1String(".conf")) || path.endsWith(QLatin1String(".ini")))) {
            QSettings s(path, QSettings::IniFormat);
            const QStringList keys = s.allKeys();
            for (const QString &k : keys)
                hit = hit || s.value(k).toString().contains(secret);
        }
        if (hit)
            hits.append(path);
    }
    return hits;
}

} // namespace secrettest
