#include "postqueueparser.h"

#include <cstring>

namespace zaindari {

namespace {

constexpr int kMaxDepth = 32; // unknown nested values: bounded, so hostile input cannot recurse deep

inline void skipWs(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        ++p;
}

inline bool expect(const char *&p, const char *end, char c)
{
    skipWs(p, end);
    if (p < end && *p == c) {
        ++p;
        return true;
    }
    return false;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(const char *&p, const char *end, unsigned *out)
{
    if (end - p < 4)
        return false;
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return false;
        v = (v << 4) | unsigned(h);
    }
    p += 4;
    *out = v;
    return true;
}

void appendUtf8(std::string &s, unsigned cp)
{
    if (cp < 0x80) {
        s += char(cp);
    } else if (cp < 0x800) {
        s += char(0xC0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
    } else {
        s += char(0xF0 | (cp >> 18));
        s += char(0x80 | ((cp >> 12) & 0x3F));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
    }
}

// Reads a JSON string starting at '"'. Without escapes the result points into the input
// (no copy); otherwise it is decoded into scratch.
bool readString(const char *&p, const char *end, std::string &scratch, std::string_view *out)
{
    skipWs(p, end);
    if (p >= end || *p != '"')
        return false;
    ++p;
    const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
    if (!q)
        return false;
    if (!std::memchr(p, '\\', size_t(q - p))) {
        *out = std::string_view(p, size_t(q - p));
        p = q + 1;
        return true;
    }
    scratch.clear();
    while (p < end) {
        const char c = *p++;
        if (c == '"') {
            *out = std::string_view(scratch);
            return true;
        }
        if (c != '\\') {
            scratch += c;
            continue;
        }
        if (p >= end)
            return false;
        const char e = *p++;
        switch (e) {
        case '"': scratch += '"'; break;
        case '\\': scratch += '\\'; break;
        case '/': scratch += '/'; break;
        case 'b': scratch += '\b'; break;
        case 'f': scratch += '\f'; break;
        case 'n': scratch += '\n'; break;
        case 'r': scratch += '\r'; break;
        case 't': scratch += '\t'; break;
        case 'u': {
            unsigned cp = 0;
            if (!readHex4(p, end, &cp))
                return false;
            if (cp >= 0xD800 && cp < 0xDC00) {
                unsigned lo = 0;
                const char *save = p;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && (p += 2, readHex4(p, end, &lo))
                    && lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else {
                    p = save;
                    cp = 0xFFFD; // lone high surrogate
                }
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                cp = 0xFFFD; // lone low surrogate
            }
            appendUtf8(scratch, cp);
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool readInt(const char *&p, const char *end, qint64 *out)
{
    skipWs(p, end);
    bool neg = false;
    if (p < end && *p == '-') {
        neg = true;
        ++p;
    }
    if (p >= end || *p < '0' || *p > '9')
        return false;
    qint64 v = 0;
    int digits = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        if (++digits > 18)
            return false; // beyond any time or size Postfix writes
        v = v * 10 + (*p - '0');
        ++p;
    }
    // Tolerate a fraction or exponent (never written by Postfix) by ignoring it.
    if (p < end && (*p == '.' || *p == 'e' || *p == 'E')) {
        ++p;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == 'e' || *p == 'E'))
            ++p;
    }
    *out = neg ? -v : v;
    return true;
}

bool readLiteral(const char *&p, const char *end, const char *lit, size_t n)
{
    if (size_t(end - p) < n || std::memcmp(p, lit, n) != 0)
        return false;
    p += n;
    return true;
}

bool readBool(const char *&p, const char *end, bool *out)
{
    skipWs(p, end);
    if (readLiteral(p, end, "true", 4)) {
        *out = true;
        return true;
    }
    if (readLiteral(p, end, "false", 5)) {
        *out = false;
        return true;
    }
    return false;
}

bool skipValue(const char *&p, const char *end, std::string &scratch, int depth)
{
    if (depth > kMaxDepth)
        return false;
    skipWs(p, end);
    if (p >= end)
        return false;
    std::string_view sv;
    qint64 n = 0;
    switch (*p) {
    case '"':
        return readString(p, end, scratch, &sv);
    case 't':
        return readLiteral(p, end, "true", 4);
    case 'f':
        return readLiteral(p, end, "false", 5);
    case 'n':
        return readLiteral(p, end, "null", 4);
    case '[':
        ++p;
        if (expect(p, end, ']'))
            return true;
        do {
            if (!skipValue(p, end, scratch, depth + 1))
                return false;
        } while (expect(p, end, ','));
        return expect(p, end, ']');
    case '{':
        ++p;
        if (expect(p, end, '}'))
            return true;
        do {
            if (!readString(p, end, scratch, &sv) || !expect(p, end, ':')
                || !skipValue(p, end, scratch, depth + 1))
                return false;
        } while (expect(p, end, ','));
        return expect(p, end, '}');
    default:
        return readInt(p, end, &n);
    }
}

} // namespace

PostqueueParser::PostqueueParser(QueueListing *out, quint16 host)
    : m_out(out), m_host(host)
{
}

void PostqueueParser::feed(const char *data, size_t size)
{
    if (size == 0)
        return;
    const char *p = data;
    const char *end = data + size;
    m_out->bytesParsed += qint64(size);
    if (!m_pending.empty()) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size));
        if (!nl) {
            m_pending.append(p, size);
            return;
        }
        m_pending.append(p, size_t(nl - p));
        parseLine(m_pending.data(), m_pending.data() + m_pending.size());
        m_pending.clear();
        p = nl + 1;
    }
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl) {
            m_pending.assign(p, size_t(end - p));
            return;
        }
        parseLine(p, nl);
        p = nl + 1;
    }
}

void PostqueueParser::finish()
{
    if (!m_pending.empty()) {
        parseLine(m_pending.data(), m_pending.data() + m_pending.size());
        m_pending.clear();
    }
}

QueueListing PostqueueParser::parse(QByteArrayView data, const QString &host)
{
    QueueListing listing;
    const int h = listing.hostIndex(host);
    PostqueueParser parser(&listing, quint16(h));
    // About 400 bytes per message in practice (lab-notes): reserve to avoid regrowth.
    listing.messages.reserve(size_t(data.size() / 300 + 1));
    listing.recipients.reserve(size_t(data.size() / 250 + 1));
    parser.feed(data);
    parser.finish();
    return listing;
}

void PostqueueParser::parseLine(const char *begin, const char *end)
{
    ++m_line;
    const char *p = begin;
    skipWs(p, end);
    if (p == end)
        return; // blank line: not an error
    const size_t recipientsBefore = m_out->recipients.size();
    QueueMessage m;
    m.host = m_host;
    m.firstRecipient = quint32(recipientsBefore);
    if (parseObject(p, end, m)) {
        skipWs(p, end);
        if (p == end && m.id.size > 0) {
            m.recipientCount = quint32(m_out->recipients.size() - recipientsBefore);
            m_out->messages.push_back(m);
            return;
        }
    }
    m_out->recipients.resize(recipientsBefore);
    ++m_out->brokenLines;
    if (m_out->brokenLineNumbers.size() < size_t(MaxBrokenLineNumbers))
        m_out->brokenLineNumbers.push_back(m_line);
}

bool PostqueueParser::parseObject(const char *&p, const char *end, QueueMessage &m)
{
    if (!expect(p, end, '{'))
        return false;
    if (expect(p, end, '}'))
        return true;
    std::string_view key;
    std::string_view value;
    do {
        if (!readString(p, end, m_scratch, &key) || !expect(p, end, ':'))
            return false;
        // Keys are plain ASCII in Postfix output, so the no-escape fast path returns them in
        // place; a key with escapes only lands in m_scratch, which a value read may reuse,
        // so it is compared before reading the value.
        enum { Other, QName, QId, Arrival, Size, Forced, Sender, Rcpts } which = Other;
        if (key == "queue_name") which = QName;
        else if (key == "queue_id") which = QId;
        else if (key == "arrival_time") which = Arrival;
        else if (key == "message_size") which = Size;
        else if (key == "forced_expire") which = Forced;
        else if (key == "sender") which = Sender;
        else if (key == "recipients") which = Rcpts;
        switch (which) {
        case QName:
            if (!readString(p, end, m_scratch, &value))
                return false;
            m.queue = queueNameFromString(value);
            break;
        case QId:
            if (!readString(p, end, m_scratch, &value) || value.empty() || !m.id.assign(value))
                return false;
            break;
        case Arrival:
            if (!readInt(p, end, &m.arrival))
                return false;
            break;
        case Size:
            if (!readInt(p, end, &m.size))
                return false;
            break;
        case Forced:
            if (!readBool(p, end, &m.forcedExpire))
                return false;
            break;
        case Sender:
            if (!readString(p, end, m_scratch, &value))
                return false;
            m.sender = m_out->strings.intern(value);
            break;
        case Rcpts:
            if (!expect(p, end, '['))
                return false;
            if (expect(p, end, ']'))
                break;
            do {
                if (!expect(p, end, '{'))
                    return false;
                QueueRecipient r;
                if (!expect(p, end, '}')) {
                    do {
                        if (!readString(p, end, m_scratch, &key) || !expect(p, end, ':'))
                            return false;
                        if (key == "address") {
                            if (!readString(p, end, m_scratch, &value))
                                return false;
                            r.address = m_out->strings.intern(value);
                        } else if (key == "delay_reason") {
                            if (!readString(p, end, m_scratch, &value))
                                return false;
                            r.reason = m_out->strings.intern(value);
                        } else if (!skipValue(p, end, m_scratch, 2)) {
                            return false;
                        }
                    } while (expect(p, end, ','));
                    if (!expect(p, end, '}'))
                        return false;
                }
                m_out->recipients.push_back(r);
            } while (expect(p, end, ','));
            if (!expect(p, end, ']'))
                return false;
            break;
        case Other:
            if (!skipValue(p, end, m_scratch, 1))
                return false;
            break;
        }
    } while (expect(p, end, ','));
    return expect(p, end, '}');
}

} // namespace zaindari
