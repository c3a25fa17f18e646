#pragma once
// Helpers shared by the containmentrunner*.cpp files (not part of the core's interface).

#include <QString>

namespace zaindari::containment_detail {

// With Zimbra's own authentication (or none known and no directory) a reset goes to Zimbra.
inline bool isInternalAuth(const QString &mech, bool haveDirectory)
{
    return mech == QLatin1String("zimbra") || (mech.isEmpty() && !haveDirectory);
}

// "sentence (detail)", or the sentence alone.
inline QString joinDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence : sentence + QStringLiteral(" (") + detail.trimmed() + QLatin1Char(')');
}

} // namespace zaindari::containment_detail
