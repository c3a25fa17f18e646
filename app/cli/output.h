#pragma once
// Everything zaindari-cli prints. Results go to stdout: translated text, or with --json one
// JSON document (snake_case keys, never translated; times ISO 8601 UTC; sizes in bytes;
// durations in seconds), or JSON lines for streaming commands. Diagnostics go to stderr.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zaindari::cli {

class Output
{
public:
    explicit Output(bool json)
        : m_json(json)
    { }
    bool isJson() const { return m_json; }

    void document(const QJsonObject &doc) const; // one JSON document and a newline
    void jsonLine(const QJsonObject &line) const; // one line of a JSON-lines stream, flushed
    void line(const QString &text) const; // one line of human-readable text
    // Columns padded to the widest cell (by character count); the header row comes first.
    void table(const QStringList &headers, const QList<QStringList> &rows) const;

    // "zaindari-cli: message" on stderr.
    static void error(const QString &message);

    // "2026-03-01T08:15:00Z"; an invalid time gives an empty string.
    static QString isoUtc(const QDateTime &time);

private:
    bool m_json;
};

} // namespace zaindari::cli
