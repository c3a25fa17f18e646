#pragma once
// The console's own audit log: what this console did, append-only, one JSON object per line:
//   {"time":"2026-11-29T22:05:24.123Z","profile":"Tartanga","os_user":"teknikaria",
//    "action":"account.lock","target":"ikasle3@tartanga.test","result":"ok","detail":"..."}
// Lines are written with a single write() on a file opened in append mode, so the GUI and the
// CLI can both log at once without interleaving. Nothing is ever rewritten or removed here.
// Default file: $XDG_DATA_HOME/zaindari/audit.jsonl (~/.local/share/zaindari/audit.jsonl),
// mode 0600: it names accounts and people.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace zaindari {

struct AuditEntry
{
    QDateTime time; // UTC
    QString profile;
    QString osUser;
    QString action; // stable key: "account.lock", "policy.set", ...
    QString target; // account, COS, server ...
    QString result; // "ok" or "failed"
    QString detail; // what happened, or the error and its detail

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QByteArray &line);
    bool operator==(const AuditEntry &o) const;

    static QString resultOk() { return QStringLiteral("ok"); }
    static QString resultFailed() { return QStringLiteral("failed"); }
};

class AuditLog
{
public:
    explicit AuditLog(const QString &path = defaultPath());
    static QString defaultPath();
    // The login name of the person running the console.
    static QString currentOsUser();

    QString path() const { return m_path; }
    // Fills time (now) and osUser when empty. False with a translated sentence on failure.
    bool append(AuditEntry entry, QString *error = nullptr) const;

private:
    QString m_path;
};

struct AuditReadResult
{
    QList<AuditEntry> entries; // file order (oldest first)
    int skippedLines = 0; // broken or foreign lines, never fatal
    bool fileMissing = false;
};
AuditReadResult readAuditLog(const QString &path);
AuditReadResult parseAuditLog(const QByteArray &data);

struct AuditFilter
{
    QDateTime from; // inclusive, invalid = open
    QDateTime to; // exclusive, invalid = open
    QString action; // prefix match: "account" matches "account.lock"
    QString result; // exact, empty = any
    QString text; // case-insensitive substring of profile, user, target or detail
    bool matches(const AuditEntry &e) const;
    bool isEmpty() const;
};
QList<AuditEntry> filterAudit(const QList<AuditEntry> &entries, const AuditFilter &filter);

// RFC 4180 CSV with a header row (time,profile,os_user,action,target,result,detail); cells
// starting with = + - @ get a leading apostrophe so a spreadsheet never runs them as formulas.
QByteArray auditToCsv(const QList<AuditEntry> &entries);

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::AuditEntry)
