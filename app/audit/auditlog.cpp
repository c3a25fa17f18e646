#include "auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace zaindari {

class AuditLogTr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

namespace {
QString isoMs(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' '));
    if (!quote)
        return v.toUtf8();
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + v.toUtf8() + '"';
}
} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject {
        {QStringLiteral("time"), isoMs(time)}, {QStringLiteral("profile"), profile},
        {QStringLiteral("os_user"), osUser},   {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},    {QStringLiteral("result"), result},
        {QStringLiteral("detail"), detail},
    };
}

std::optional<AuditEntry> AuditEntry::fromJson(const QByteArray &line)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.action = o.value(QStringLiteral("action")).toString();
    if (!e.time.isValid() || e.action.isEmpty())
        return std::nullopt;
    e.time = e.time.toUTC();
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.osUser = o.value(QStringLiteral("os_user")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.result = o.value(QStringLiteral("result")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    return e;
}

bool AuditEntry::operator==(const AuditEntry &o) const
{
    return time == o.time && profile == o.profile && osUser == o.osUser && action == o.action
        && target == o.target && result == o.result && detail == o.detail;
}

AuditLog::AuditLog(const QString &path)
    : m_path(path)
{ }

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/zaindari/audit.jsonl");
}

QString AuditLog::currentOsUser()
{
    // getpwuid_r, not $USER: the environment can say anything.
    struct passwd pw;
    struct passwd *result = nullptr;
    char buf[4096];
    if (getpwuid_r(getuid(), &pw, buf, sizeof buf, &result) == 0 && result && result->pw_name)
        return QString::fromLocal8Bit(result->pw_name);
    return QString::number(getuid());
}

bool AuditLog::append(AuditEntry entry, QString *error) const
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    if (entry.osUser.isEmpty())
        entry.osUser = currentOsUser();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            //: %1 is a folder
            *error = AuditLogTr::tr("Could not create the folder %1 for the audit log.")
                         .arg(info.absolutePath());
        return false;
    }
    QFile f(m_path);
    const bool existed = f.exists();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            //: %1 is a file, %2 the system's reason
            *error = AuditLogTr::tr("Could not write the audit log %1: %2").arg(m_path, f.errorString());
        return false;
    }
    if (!existed)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // One write() of the whole line on an O_APPEND descriptor: lines never interleave.
    if (f.write(line) != line.size()) {
        if (error)
            *error = AuditLogTr::tr("Could not write the audit log %1: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

AuditReadResult parseAuditLog(const QByteArray &data)
{
    AuditReadResult r;
    for (const QByteArray &raw : data.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (auto e = AuditEntry::fromJson(line))
            r.entries.append(*e);
        else
            ++r.skippedLines;
    }
    return r;
}

AuditReadResult readAuditLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        AuditReadResult r;
        r.fileMissing = true;
        return r;
    }
    return parseAuditLog(f.readAll());
}

bool AuditFilter::matches(const AuditEntry &e) const
{
    if (from.isValid() && e.time < from)
        return false;
    if (to.isValid() && e.time >= to)
        return false;
    if (!action.isEmpty() && !e.action.startsWith(action))
        return false;
    if (!result.isEmpty() && e.result != result)
        return false;
    if (!text.isEmpty()) {
        const bool hit = e.profile.contains(text, Qt::CaseInsensitive)
            || e.osUser.contains(text, Qt::CaseInsensitive) || e.target.contains(text, Qt::CaseInsensitive)
            || e.detail.contains(text, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

bool AuditFilter::isEmpty() const
{
    return !from.isValid() && !to.isValid() && action.isEmpty() && result.isEmpty() && text.isEmpty();
}

QList<AuditEntry> filterAudit(const QList<AuditEntry> &entries, const AuditFilter &filter)
{
    QList<AuditEntry> out;
    for (const AuditEntry &e : entries)
        if (filter.matches(e))
            out.append(e);
    return out;
}

QByteArray auditToCsv(const QList<AuditEntry> &entries)
{
    QByteArray out = "time,profile,os_user,action,target,result,detail\r\n";
    for (const AuditEntry &e : entries) {
        const QList<QByteArray> cells {csvCell(isoMs(e.time)), csvCell(e.profile), csvCell(e.osUser),
                                       csvCell(e.action),      csvCell(e.target),  csvCell(e.result),
                                       csvCell(e.detail)};
        out += cells.join(',') + "\r\n";
    }
    return out;
}

} // namespace zaindari
