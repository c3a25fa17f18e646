#include "queuevalidation.h"

#include <QRegularExpression>

namespace zaindari {

namespace {
// Maximum length: 5 + 16 hex (64-bit inode) for short ids; for long ids the seconds field
// grows slowly (6 chars cover until year 2610) and a 64-bit inode needs 12 base-51 chars.
constexpr int kMaxIdLength = 30;
const char kSafe52[] = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz";

bool inSafe(QChar c, int base)
{
    const char l = c.toLatin1();
    if (l == 0 || c.unicode() > 0x7f)
        return false;
    for (int i = 0; i < base; ++i) {
        if (kSafe52[i] == l)
            return true;
    }
    return false;
}
} // namespace

QString shortQueueIdPattern()
{
    return QStringLiteral("^[0-9A-F]{6,21}$");
}

QString longQueueIdPattern()
{
    return QStringLiteral("^[0-9BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz]{10,}z"
                          "[0-9BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy]+$");
}

bool isValidShortQueueId(const QString &id)
{
    if (id.size() < 6 || id.size() > 21)
        return false;
    for (const QChar c : id) {
        const ushort u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

bool isValidLongQueueId(const QString &id)
{
    if (id.size() > kMaxIdLength)
        return false;
    const qsizetype sep = id.lastIndexOf(QLatin1Char('z'));
    if (sep < 10 || sep == id.size() - 1)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (i == sep)
            continue;
        // The time digits are base 52 (may hold 'z'); the inode part is base 51 (never 'z'),
        // which is why the separator is the last 'z' (MQID_FIND_LG_INUM_SEPARATOR).
        if (!inSafe(id.at(i), i < sep ? 52 : 51))
            return false;
    }
    return true;
}

bool isValidQueueId(const QString &id)
{
    return isValidShortQueueId(id) || isValidLongQueueId(id);
}

bool isValidAddress(const QString &address, bool allowEmpty)
{
    if (address.isEmpty())
        return allowEmpty;
    if (address.size() > 320) // RFC 5321: 64 local + @ + 255 domain
        return false;
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9!#%&*+/=?^_{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return re.match(address).hasMatch();
}

} // namespace zaindari
