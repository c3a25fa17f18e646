#include "adtime.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace zaindari {

std::optional<QDateTime> fileTimeToDateTime(qint64 fileTime)
{
    if (fileTime <= 0 || fileTime == std::numeric_limits<qint64>::max())
        return std::nullopt;
    const qint64 secs = fileTime / kFileTimeTicksPerSecond - kFileTimeUnixEpochSeconds;
    const qint64 ms = (fileTime % kFileTimeTicksPerSecond) / 10000;
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + ms, Qt::UTC);
}

qint64 dateTimeToFileTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return 0;
    const qint64 ms = dt.toMSecsSinceEpoch();
    return (ms / 1000 + kFileTimeUnixEpochSeconds) * kFileTimeTicksPerSecond + (ms % 1000) * 10000;
}

std::optional<qint64> adIntervalToSeconds(qint64 interval)
{
    if (interval == std::numeric_limits<qint64>::min())
        return std::nullopt;
    const qint64 magnitude = interval < 0 ? -interval : interval;
    return magnitude / kFileTimeTicksPerSecond;
}

qint64 secondsToAdInterval(qint64 seconds)
{
    return -seconds * kFileTimeTicksPerSecond;
}

std::optional<qint64> parseAdInteger(const QByteArray &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

QString formatAdTime(const std::optional<QDateTime> &t)
{
    if (!t)
        return QCoreApplication::translate("zaindari::AdTime", "never", "an AD time that is not set");
    return QLocale().toString(t->toLocalTime(), QLocale::ShortFormat);
}

} // namespace zaindari
