#include "duration.h"

namespace zaindari {

namespace {
constexpr qint64 kMaxSeconds = qint64(100) * 366 * 86400;

qint64 unitSeconds(QChar unit)
{
    switch (unit.unicode()) {
    case 's':
        return 1;
    case 'm':
        return 60;
    case 'h':
        return 3600;
    case 'd':
        return 86400;
    default:
        return 0;
    }
}
} // namespace

std::optional<qint64> parseDuration(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 unit = 1;
    QStringView digits(text);
    if (!text.back().isDigit()) {
        unit = unitSeconds(text.back());
        digits.chop(1);
    }
    // Only ASCII digits: toLongLong alone would also accept "+5" and " 5".
    if (unit == 0 || digits.isEmpty() || digits.size() > 12)
        return std::nullopt;
    for (QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    const qint64 n = digits.toLongLong();
    if (n > kMaxSeconds / unit)
        return std::nullopt;
    return n * unit;
}

QString formatDuration(qint64 seconds)
{
    if (seconds != 0) {
        for (const auto &[unit, suffix] : {std::pair<qint64, char> {86400, 'd'}, {3600, 'h'}, {60, 'm'}})
            if (seconds % unit == 0)
                return QString::number(seconds / unit) + QLatin1Char(suffix);
    }
    return QString::number(seconds) + QLatin1Char('s');
}

} // namespace zaindari
