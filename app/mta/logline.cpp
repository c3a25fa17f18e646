#include "logline.h"

#include <cstring>

namespace zaindari::maillog {

namespace {

using sv = std::string_view;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool startsWith(sv s, sv prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Two ASCII digits at p, or -1.
int twoDigits(const char *p)
{
    if (!isDigit(p[0]) || !isDigit(p[1]))
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

int monthFromAbbrev(const char *p)
{
    // Case as syslog writes it ("Jan".."Dec"); compared as one 24-bit number.
    const unsigned v = (unsigned(uchar(p[0])) << 16) | (unsigned(uchar(p[1])) << 8) | uchar(p[2]);
    switch (v) {
    case ('J' << 16) | ('a' << 8) | 'n':
        return 1;
    case ('F' << 16) | ('e' << 8) | 'b':
        return 2;
    case ('M' << 16) | ('a' << 8) | 'r':
        return 3;
    case ('A' << 16) | ('p' << 8) | 'r':
        return 4;
    case ('M' << 16) | ('a' << 8) | 'y':
        return 5;
    case ('J' << 16) | ('u' << 8) | 'n':
        return 6;
    case ('J' << 16) | ('u' << 8) | 'l':
        return 7;
    case ('A' << 16) | ('u' << 8) | 'g':
        return 8;
    case ('S' << 16) | ('e' << 8) | 'p':
        return 9;
    case ('O' << 16) | ('c' << 8) | 't':
        return 10;
    case ('N' << 16) | ('o' << 8) | 'v':
        return 11;
    case ('D' << 16) | ('e' << 8) | 'c':
        return 12;
    default:
        return 0;
    }
}

// hh:mm:ss at p (8 chars available); -1 when malformed.
int timeOfDay(const char *p)
{
    const int h = twoDigits(p), m = twoDigits(p + 3), s = twoDigits(p + 6);
    if (h < 0 || m < 0 || s < 0 || p[2] != ':' || p[5] != ':' || h > 23 || m > 59 || s > 60)
        return -1;
    return h * 3600 + m * 60 + (s == 60 ? 59 : s);
}

// Skips ".ffffff" fractional seconds.
size_t skipFraction(sv line, size_t i)
{
    if (i < line.size() && line[i] == '.') {
        ++i;
        while (i < line.size() && isDigit(line[i]))
            ++i;
    }
    return i;
}

bool parseIsoStamp(sv line, LogStamp *st, size_t *pos)
{
    // yyyy-mm-ddThh:mm:ss
    if (line.size() < 20 || line[4] != '-' || line[7] != '-' || (line[10] != 'T' && line[10] != ' '))
        return false;
    const int y1 = twoDigits(line.data()), y2 = twoDigits(line.data() + 2);
    const int mo = twoDigits(line.data() + 5), d = twoDigits(line.data() + 8);
    const int tod = timeOfDay(line.data() + 11);
    if (y1 < 0 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || tod < 0)
        return false;
    st->year = y1 * 100 + y2;
    st->month = mo;
    st->day = d;
    st->secondOfDay = tod;
    size_t i = skipFraction(line, 19);
    if (i < line.size() && line[i] == 'Z') {
        st->hasZone = true;
        ++i;
    } else if (i + 5 < line.size() && (line[i] == '+' || line[i] == '-')) {
        const int oh = twoDigits(line.data() + i + 1);
        const bool colon = line[i + 3] == ':';
        const int om = twoDigits(line.data() + i + (colon ? 4 : 3));
        if (oh < 0 || om < 0)
            return false;
        st->hasZone = true;
        st->utcOffset = (line[i] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        i += colon ? 6 : 5;
    }
    *pos = i;
    return true;
}

bool parseBsdStamp(sv line, LogStamp *st, size_t *pos)
{
    // "Mmm dd hh:mm:ss": the day is space-padded ("Nov  9").
    if (line.size() < 16 || line[3] != ' ' || line[6] != ' ')
        return false;
    const int mo = monthFromAbbrev(line.data());
    int d;
    if (line[4] == ' ' && isDigit(line[5]))
        d = line[5] - '0';
    else
        d = twoDigits(line.data() + 4);
    const int tod = timeOfDay(line.data() + 7);
    if (mo == 0 || d < 1 || d > 31 || tod < 0)
        return false;
    st->month = mo;
    st->day = d;
    st->secondOfDay = tod;
    *pos = skipFraction(line, 15);
    return true;
}

} // namespace

bool parseSyslogLine(std::string_view line, SyslogLine *out)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    LogStamp st;
    size_t i = 0;
    const bool ok
        = !line.empty() && isDigit(line[0]) ? parseIsoStamp(line, &st, &i) : parseBsdStamp(line, &st, &i);
    if (!ok || i >= line.size() || line[i] != ' ')
        return false;
    ++i;
    const size_t hostEnd = line.find(' ', i);
    if (hostEnd == sv::npos || hostEnd == i)
        return false;
    const size_t progStart = hostEnd + 1;
    // program[pid]: or program:
    size_t j = progStart;
    while (j < line.size() && line[j] != '[' && line[j] != ':' && line[j] != ' ')
        ++j;
    if (j == progStart || j >= line.size() || line[j] == ' ')
        return false;
    const size_t progEnd = j;
    qint64 pid = 0;
    if (line[j] == '[') {
        const size_t close = line.find(']', j);
        if (close == sv::npos)
            return false;
        for (size_t k = j + 1; k < close && pid < (qint64(1) << 40); ++k)
            pid = isDigit(line[k]) ? pid * 10 + (line[k] - '0') : pid;
        j = close + 1;
    }
    if (j + 1 >= line.size() || line[j] != ':' || line[j + 1] != ' ')
        return false;
    out->stamp = st;
    out->host = line.substr(i, hostEnd - i);
    out->program = line.substr(progStart, progEnd - progStart);
    out->pid = pid;
    out->message = line.substr(j + 2);
    return true;
}

qint64 civilToEpoch(int y, int m, int d, int secondOfDay)
{
    // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + qint64(doe) - 719468) * 86400 + secondOfDay;
}

void SyslogClock::anchor(const LogStamp &newest, qint64 now, int localOffset)
{
    m_offset = localOffset;
    if (newest.year != 0) {
        m_year = newest.year;
    } else {
        // The year of "now" in the log's zone; one earlier if that puts the newest entry in
        // the future (a log copied on 2 January whose last line is from 31 December).
        const qint64 localNow = now + localOffset;
        qint64 days = localNow / 86400;
        // civil_from_days, year only
        days += 719468;
        const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
        const unsigned doe = unsigned(days - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        const int month = int(mp < 10 ? mp + 3 : mp - 9);
        int year = int(yoe) + int(era * 400) + (month <= 2);
        // One day of slack for clock skew between the log host and this one.
        if (civilToEpoch(year, newest.month, newest.day, newest.secondOfDay) - localOffset > now + 86400)
            --year;
        m_year = year;
    }
    m_newestKey = newest.month * 32 + newest.day;
}

void SyslogClock::anchorNow(qint64 now, int localOffset)
{
    LogStamp s;
    const qint64 local = now + localOffset;
    // Use the newest possible stamp: today in the log's zone.
    qint64 days = local / 86400 + 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    s.day = int(doy - (153 * mp + 2) / 5 + 1);
    s.month = int(mp < 10 ? mp + 3 : mp - 9);
    s.secondOfDay = int(local % 86400);
    anchor(s, now, localOffset);
}

qint64 SyslogClock::toUtc(const LogStamp &s) const
{
    if (s.year != 0)
        return civilToEpoch(s.year, s.month, s.day, s.secondOfDay) - (s.hasZone ? s.utcOffset : m_offset);
    // Entries after the newest one's date belong to the previous year.
    const int year = (s.month * 32 + s.day > m_newestKey + 1) ? m_year - 1 : m_year;
    return civilToEpoch(year, s.month, s.day, s.secondOfDay) - m_offset;
}

// ---- Postfix --------------------------------------------------------------------------

std::string_view bracketedAddress(std::string_view s)
{
    const size_t open = s.rfind('[');
    if (open == sv::npos)
        return {};
    const size_t close = s.find(']', open);
    if (close == sv::npos)
        return {};
    return s.substr(open + 1, close - open - 1);
}

bool looksLikeQueueId(std::string_view s)
{
    if (s.size() < 5 || s.size() > 30)
        return false;
    bool hex = true, longId = true;
    for (char c : s) {
        const bool digit = isDigit(c);
        const bool upperHex = c >= 'A' && c <= 'F';
        const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!digit && !upperHex)
            hex = false;
        if (!digit && !alpha)
            return false;
        if (alpha && std::strchr("AEIOUaeiou", c))
            longId = false;
    }
    return hex || longId;
}

std::string_view addressDomain(std::string_view address)
{
    const size_t at = address.rfind('@');
    return at == sv::npos ? sv() : address.substr(at + 1);
}

namespace {

// Reads "key=value" at *pos; value is <...> when it starts with '<', otherwise runs to the
// next ", " (or to the end/space when stopAtSpace). Leaves *pos after the ", " separator.
bool nextField(sv s, size_t *pos, sv *key, sv *value, bool stopAtSpace = false)
{
    size_t i = *pos;
    if (i >= s.size())
        return false;
    const size_t eq = s.find('=', i);
    if (eq == sv::npos)
        return false;
    *key = s.substr(i, eq - i);
    size_t v = eq + 1;
    size_t end;
    if (v < s.size() && s[v] == '<') {
        const size_t close = s.find('>', v);
        if (close == sv::npos)
            return false;
        *value = s.substr(v + 1, close - v - 1);
        end = close + 1;
    } else {
        end = v;
        while (end < s.size() && s[end] != ',' && !(stopAtSpace && s[end] == ' '))
            ++end;
        *value = s.substr(v, end - v);
    }
    // Separator: ", " or a single space (pickup, NOQUEUE reject trailers).
    if (end < s.size() && s[end] == ',')
        ++end;
    if (end < s.size() && s[end] == ' ')
        ++end;
    *pos = end;
    return true;
}

quint64 parseUnsigned(sv s, bool *ok)
{
    quint64 v = 0;
    *ok = !s.empty() && s.size() <= 19;
    for (char c : s) {
        if (!isDigit(c)) {
            *ok = false;
            return 0;
        }
        v = v * 10 + quint64(c - '0');
    }
    return v;
}

double parseDelay(sv s)
{
    double v = 0, scale = 0;
    for (char c : s) {
        if (c == '.') {
            scale = 1;
        } else if (isDigit(c)) {
            v = v * 10 + (c - '0');
            scale *= 10;
        } else {
            break;
        }
    }
    return scale > 0 ? v / scale : v;
}

DeliveryStatus statusFromWord(sv w)
{
    if (w == "sent")
        return DeliveryStatus::Sent;
    if (w == "deferred")
        return DeliveryStatus::Deferred;
    if (w == "bounced")
        return DeliveryStatus::Bounced;
    if (w == "expired")
        return DeliveryStatus::Expired;
    return DeliveryStatus::Unknown;
}

bool isLoopback(sv ip)
{
    return startsWith(ip, "127.") || ip == "::1";
}

bool parseDelivery(sv rest, PostfixEvent *ev)
{
    size_t pos = 0;
    sv key, value;
    bool haveTo = false;
    while (nextField(rest, &pos, &key, &value, true)) {
        if (key == "to") {
            ev->recipient = value;
            haveTo = true;
        } else if (key == "relay") {
            ev->relay = value;
        } else if (key == "delay") {
            ev->delay = parseDelay(value);
        } else if (key == "dsn") {
            ev->dsn = value;
        } else if (key == "status") {
            ev->status = statusFromWord(value);
            // The rest is " (reason)"; nextField stopped at the space.
            sv tail = rest.substr(pos);
            if (!tail.empty() && tail.front() == '(') {
                tail.remove_prefix(1);
                if (!tail.empty() && tail.back() == ')')
                    tail.remove_suffix(1);
            }
            ev->detail = tail;
            break;
        }
    }
    if (!haveTo || ev->status == DeliveryStatus::Unknown)
        return false;
    const sv d = ev->daemon;
    if (d == "local" || d == "virtual" || d == "lmtp" || d == "discard" || d == "pipe")
        ev->transport = Transport::Local;
    else
        ev->transport = Transport::Outbound;
    // A content filter (amavisd on 127.0.0.1:10024 in Zimbra) answers "250 ... queued as
    // NEWQID": the message continues under the new id and this hop is not a delivery.
    if (ev->status == DeliveryStatus::Sent && isLoopback(bracketedAddress(ev->relay))) {
        const size_t q = ev->detail.rfind("queued as ");
        if (q != sv::npos) {
            sv id = ev->detail.substr(q + 10);
            size_t e = 0;
            while (e < id.size()
                   && (isDigit(id[e]) || (id[e] >= 'A' && id[e] <= 'Z') || (id[e] >= 'a' && id[e] <= 'z')))
                ++e;
            id = id.substr(0, e);
            if (looksLikeQueueId(id)) {
                ev->newQueueId = id;
                ev->transport = Transport::Other;
            }
        }
    }
    return true;
}

// "RCPT from host[ip]: 554 5.7.1 <x>: text; from=<a> to=<b> proto=ESMTP helo=<h>"
void parseReject(sv rest, PostfixEvent *ev)
{
    ev->kind = PostfixEventKind::Reject;
    const size_t from = rest.find(" from ");
    if (from != sv::npos) {
        const size_t colon = rest.find("]: ", from);
        if (colon != sv::npos) {
            ev->clientIp = bracketedAddress(rest.substr(from, colon + 1 - from));
            rest = rest.substr(colon + 3);
        }
    }
    const size_t semi = rest.rfind("; from=<");
    ev->detail = semi == sv::npos ? rest : rest.substr(0, semi);
    if (semi != sv::npos) {
        size_t pos = semi + 2;
        sv key, value;
        while (nextField(rest, &pos, &key, &value, true)) {
            if (key == "from")
                ev->sender = value;
            else if (key == "to")
                ev->recipient = value;
        }
    }
}

bool parseWarning(sv rest, PostfixEvent *ev)
{
    // "unknown[127.0.0.9]: SASL LOGIN authentication failed: authentication failure[, sasl_username=u]"
    const size_t sasl = rest.find("]: SASL ");
    if (sasl == sv::npos)
        return true;
    const sv after = rest.substr(sasl + 8);
    const size_t sp = after.find(' ');
    if (sp == sv::npos || !startsWith(after.substr(sp + 1), "authentication failed"))
        return true;
    ev->kind = PostfixEventKind::SaslFailure;
    ev->clientIp = bracketedAddress(rest.substr(0, sasl + 1));
    ev->saslMethod = after.substr(0, sp);
    sv detail = after.substr(sp + 1 + 21);
    if (startsWith(detail, ": "))
        detail.remove_prefix(2);
    const size_t user = detail.find(", sasl_username=");
    if (user != sv::npos) {
        ev->saslUsername = detail.substr(user + 16);
        detail = detail.substr(0, user);
    }
    ev->detail = detail;
    return !ev->clientIp.empty();
}

} // namespace

bool parsePostfixMessage(std::string_view program, std::string_view message, PostfixEvent *ev)
{
    *ev = PostfixEvent();
    // syslog_name is "postfix" or "postfix/<service>" (Zimbra: postfix/submission/smtpd,
    // postfix/amavisd/smtpd); the daemon is the last component.
    if (!startsWith(program, "postfix"))
        return true;
    const size_t slash = program.rfind('/');
    if (slash == sv::npos)
        return true;
    ev->daemon = program.substr(slash + 1);
    const sv d = ev->daemon;

    if (startsWith(message, "warning: "))
        return d == "smtpd" ? parseWarning(message.substr(9), ev) : true;
    if (startsWith(message, "NOQUEUE: ")) {
        const sv rest = message.substr(9);
        if (startsWith(rest, "reject: ") || startsWith(rest, "milter-reject: "))
            parseReject(rest.substr(rest.find(' ') + 1), ev);
        return true;
    }
    const size_t colon = message.find(": ");
    if (colon == sv::npos || colon > 30 || !looksLikeQueueId(message.substr(0, colon)))
        return true;
    ev->queueId = message.substr(0, colon);
    const sv rest = message.substr(colon + 2);
    sv key, value;
    size_t pos = 0;

    if (startsWith(rest, "reject: ") || startsWith(rest, "milter-reject: ")) {
        parseReject(rest.substr(rest.find(' ') + 1), ev);
        return true;
    }
    if (d == "smtpd") {
        if (!startsWith(rest, "client="))
            return true;
        ev->kind = PostfixEventKind::Client;
        while (nextField(rest, &pos, &key, &value)) {
            if (key == "client")
                ev->clientIp = bracketedAddress(value);
            else if (key == "sasl_method")
                ev->saslMethod = value;
            else if (key == "sasl_username")
                ev->saslUsername = value;
        }
        return !ev->clientIp.empty();
    }
    if (d == "cleanup") {
        if (startsWith(rest, "message-id="))
            ev->kind = PostfixEventKind::MessageId;
        return true;
    }
    if (d == "qmgr") {
        if (rest == "removed") {
            ev->kind = PostfixEventKind::Removed;
            return true;
        }
        // qmgr itself logs recipients it gives up on (expired, or bounced without delivery).
        if (startsWith(rest, "to=<")) {
            ev->kind = PostfixEventKind::Delivery;
            return parseDelivery(rest, ev);
        }
        if (!startsWith(rest, "from="))
            return true;
        bool sizeOk = false, nrcptOk = false, expired = false;
        while (nextField(rest, &pos, &key, &value, true)) {
            if (key == "from") {
                ev->sender = value;
            } else if (key == "size") {
                ev->size = parseUnsigned(value, &sizeOk);
            } else if (key == "nrcpt") {
                bool ok;
                ev->nrcpt = quint32(parseUnsigned(value, &ok));
                nrcptOk = ok;
                break; // " (queue active)" follows
            } else if (key == "status") {
                expired = value == "expired";
                break;
            }
        }
        if (expired) {
            ev->kind = PostfixEventKind::Expired;
            return true;
        }
        ev->kind = PostfixEventKind::QueueActive;
        return sizeOk && nrcptOk;
    }
    if (d == "postsuper") {
        if (rest == "removed")
            ev->kind = PostfixEventKind::Removed;
        return true;
    }
    if (d == "pickup") {
        const size_t f = rest.find("from=<");
        if (f == sv::npos)
            return true;
        pos = f;
        if (!nextField(rest, &pos, &key, &value, true))
            return false;
        ev->kind = PostfixEventKind::Pickup;
        ev->sender = value;
        return true;
    }
    if (d == "bounce") {
        // "sender non-delivery notification: NEWQID" (also delay / delivery status)
        const size_t n = rest.find(" notification: ");
        if (n == sv::npos)
            return true;
        const sv id = rest.substr(n + 15);
        if (!looksLikeQueueId(id))
            return false;
        ev->kind = PostfixEventKind::Notification;
        ev->newQueueId = id;
        return true;
    }
    if (startsWith(rest, "to=<")) {
        ev->kind = PostfixEventKind::Delivery;
        return parseDelivery(rest, ev);
    }
    return true;
}

} // namespace zaindari::maillog
