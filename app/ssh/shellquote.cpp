#include "shellquote.h"

namespace zaindari {

namespace {
bool isSafe(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '/'
        || u == '.' || u == '_' || u == '-' || u == '+' || u == ',' || u == ':' || u == '@'
        || u == '%';
}
} // namespace

QString shellQuote(const QString &argument)
{
    if (!argument.isEmpty()) {
        bool safe = true;
        for (const QChar c : argument) {
            if (!isSafe(c)) {
                safe = false;
                break;
            }
        }
        // A leading '-' is still one word; only the shell's own syntax matters here.
        if (safe)
            return argument;
    }
    QString out;
    out.reserve(argument.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString shellJoin(const QStringList &argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (const QString &a : argv)
        quoted << shellQuote(a);
    return quoted.join(QLatin1Char(' '));
}

} // namespace zaindari
