#include "loginput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace zaindari {

namespace {

struct GzCloser
{
    void operator()(gzFile f) const
    {
        if (f)
            gzclose(f);
    }
};
using GzPtr = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

QString openError(const QString &path, int err)
{
    //: %1 is a file name, %2 the system's reason
    return QCoreApplication::translate("LogInput", "Cannot open the log %1: %2")
        .arg(path, QString::fromLocal8Bit(std::strerror(err)));
}

QString readError(const QString &path, const char *detail)
{
    //: %1 is a file name, %2 zlib's or the system's reason
    return QCoreApplication::translate("LogInput", "Cannot read the log %1: %2")
        .arg(path, QString::fromLocal8Bit(detail));
}

// gzdopen reads plain files transparently, so one code path serves both.
GzPtr openInput(const QString &path, quint64 *size, QString *error)
{
    int fd;
    if (path == QLatin1String("-")) {
        fd = dup(STDIN_FILENO);
        *size = 0;
    } else {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st
        {
        };
        if (fd >= 0 && fstat(fd, &st) == 0)
            *size = quint64(st.st_size);
    }
    if (fd < 0) {
        *error = openError(path, errno);
        return nullptr;
    }
    GzPtr gz(gzdopen(fd, "rb"));
    if (!gz) {
        ::close(fd);
        *error = openError(path, ENOMEM);
        return nullptr;
    }
    gzbuffer(gz.get(), 256 * 1024);
    return gz;
}

} // namespace

bool readLogInput(const QString &path, const LogReadOptions &options, QString *error)
{
    quint64 total = 0;
    GzPtr gz = openInput(path, &total, error);
    if (!gz)
        return false;
    std::string buf;
    buf.resize(options.chunkSize + 1);
    size_t carry = 0;
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return true;
        if (carry == buf.size()) // one line longer than the buffer: grow
            buf.resize(buf.size() * 2);
        const int n = gzread(gz.get(), buf.data() + carry, unsigned(buf.size() - carry));
        if (n < 0) {
            int errnum = 0;
            const char *msg = gzerror(gz.get(), &errnum);
            *error = readError(path, errnum == Z_ERRNO ? std::strerror(errno) : msg);
            return false;
        }
        const size_t have = carry + size_t(n);
        if (n == 0) {
            if (have > 0 && options.chunk)
                options.chunk(std::string_view(buf.data(), have));
            break;
        }
        // Hand over complete lines only; keep the partial tail for the next read.
        size_t end = have;
        while (end > 0 && buf[end - 1] != '\n')
            --end;
        if (end == 0) {
            carry = have;
            continue;
        }
        if (options.chunk && !options.chunk(std::string_view(buf.data(), end)))
            return true;
        carry = have - end;
        std::memmove(buf.data(), buf.data() + end, carry);
        if (options.progress)
            options.progress(quint64(gzoffset(gz.get())), total);
    }
    if (options.progress)
        options.progress(total, total);
    return true;
}

std::optional<maillog::LogStamp> newestStampIn(std::string_view data)
{
    size_t end = data.size();
    while (end > 0) {
        const size_t nl = end >= 2 ? data.rfind('\n', end - 2) : std::string_view::npos;
        const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
        std::string_view line = data.substr(start, end - start);
        if (!line.empty() && line.back() == '\n')
            line.remove_suffix(1);
        maillog::SyslogLine sl;
        if (maillog::parseSyslogLine(line, &sl))
            return sl.stamp;
        if (start == 0)
            break;
        end = start;
    }
    return std::nullopt;
}

std::optional<maillog::LogStamp> newestLogStamp(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    char magic[2] = {};
    const bool gz = f.peek(magic, 2) == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
    if (!gz) {
        // The last 64 KiB hold many lines; widen only if they hold none.
        for (qint64 window = 64 * 1024;; window *= 8) {
            const qint64 from = std::max<qint64>(0, f.size() - window);
            f.seek(from);
            const QByteArray tail = f.read(f.size() - from);
            if (auto s = newestStampIn(std::string_view(tail.constData(), size_t(tail.size()))))
                return s;
            if (from == 0)
                return std::nullopt;
        }
    }
    f.close();
    // gzip cannot be read backwards: decompress once, keeping the last complete chunk.
    std::string last;
    std::optional<maillog::LogStamp> found;
    LogReadOptions opt;
    opt.chunk = [&](std::string_view chunk) {
        if (auto s = newestStampIn(chunk))
            found = s;
        return true;
    };
    QString error;
    readLogInput(path, opt, &error);
    return found;
}

bool readAllInput(const QString &path, std::string *data, QString *error)
{
    data->clear();
    LogReadOptions opt;
    opt.chunk = [data](std::string_view chunk) {
        data->append(chunk);
        return true;
    };
    return readLogInput(path, opt, error);
}

int localUtcOffset()
{
    return QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc());
}

} // namespace zaindari
