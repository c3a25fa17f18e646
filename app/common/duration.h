#pragma once
// DUR arguments of zaindari-cli, in Zimbra's forms: "30s", "10m", "6h", "2d"; a bare number
// is seconds. No sign, no fractions, no combinations ("1h30m"): Zimbra accepts none of them.

#include <QString>

#include <optional>

namespace zaindari {

// Seconds, or nullopt for anything malformed, negative or beyond 100 years.
std::optional<qint64> parseDuration(const QString &text);

// Shortest exact form: 86400 -> "1d", 90 -> "90s", 0 -> "0s".
QString formatDuration(qint64 seconds);

} // namespace zaindari
