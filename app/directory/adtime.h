#pragma once
// Active Directory time values.
// - Points in time (pwdLastSet, lockoutTime, badPasswordTime, lastLogonTimestamp, accountExpires)
//   are FILETIMEs: 100-ns intervals since 1601-01-01 UTC, as a decimal 64-bit integer. 0 means
//   "never"/"not set"; 0x7FFFFFFFFFFFFFFF means "never" for accountExpires.
// - Durations of the domain policy (lockoutDuration, lockOutObservationWindow, maxPwdAge,
//   minPwdAge) are NEGATIVE 100-ns intervals; 0x8000000000000000 (INT64_MIN) means "forever".

#include <QDateTime>
#include <QString>

#include <optional>

namespace zaindari {

// Seconds between 1601-01-01 and 1970-01-01 (369 years with 89 leap days).
constexpr qint64 kFileTimeUnixEpochSeconds = 11644473600LL;
constexpr qint64 kFileTimeTicksPerSecond = 10000000LL;

// A real point in time, or nullopt for 0, "never" (INT64_MAX) and negative values.
std::optional<QDateTime> fileTimeToDateTime(qint64 fileTime);
// UTC date-time -> FILETIME (truncated to whole 100-ns ticks; Qt has millisecond precision).
qint64 dateTimeToFileTime(const QDateTime &dt);

// A policy interval (negative ticks) as seconds; nullopt for INT64_MIN ("forever").
// Positive values, which AD never stores, are read by magnitude.
std::optional<qint64> adIntervalToSeconds(qint64 interval);
// Seconds -> AD's negative ticks (0 stays 0).
qint64 secondsToAdInterval(qint64 seconds);

// Parses an attribute's decimal text; nullopt when absent or malformed.
std::optional<qint64> parseAdInteger(const QByteArray &text);

// A time in the technician's locale ("29/11/2026 22:05"); translated "never" for nullopt.
QString formatAdTime(const std::optional<QDateTime> &t);

} // namespace zaindari
