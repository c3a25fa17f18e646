#pragma once
// Queue work over SSH as job objects: start(), cancel(), progress, one finished().
// The remote commands come only from MtaPaths; ids go on postsuper's standard input.

#include "postsuperoutput.h"
#include "queuetypes.h"
#include "ssh/sshtypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace zaindari {

class SshSession;
class SshCommandJob;

// `postqueue -j` on one or more hosts (never through sudo: Zimbra grants none for it and
// listing needs no root), parsed on each session's worker thread as the output arrives.
class QueueListJob : public QObject
{
    Q_OBJECT
public:
    struct Source {
        SshSession *session = nullptr;
        QString host;   // the host column
        MtaPaths paths;
    };
    explicit QueueListJob(const QList<Source> &sources, QObject *parent = nullptr);
    ~QueueListJob() override;

    void start();
    void cancel();
    // Valid after finished(); takes the listing out of the job.
    QueueListing takeListing();
    SshError error() const { return m_error; }
    QString errorMessage() const { return m_message; }
    QString errorDetail() const { return m_detail; }

Q_SIGNALS:
    void progressed(qint64 bytesReceived);
    // ok: every host answered; a partial listing (some hosts failed) is still available.
    void finished(bool ok);

private:
    void onOneFinished(int index, const SshCommandResult &r);

    struct Part;
    QList<Source> m_sources;
    std::vector<std::shared_ptr<Part>> m_parts;
    QList<QPointer<SshCommandJob>> m_jobs;
    QueueListing m_listing;
    int m_pending = 0;
    qint64 m_received = 0;
    SshError m_error = SshError::None;
    QString m_message;
    QString m_detail;
};

// postsuper -h|-H|-r|-d - with the ids on stdin: one command for any number of ids.
// When the connection drops mid-way, the ids postsuper already reported are done; for the
// rest the job reconnects and lists the queue again to tell what was and was not done.
class QueueActionJob : public QObject
{
    Q_OBJECT
public:
    QueueActionJob(SshSession *session, const MtaPaths &paths, QueueAction action,
                   const QStringList &ids, QObject *parent = nullptr);

    void start();
    void cancel();
    const PostsuperOutcome &outcome() const { return m_outcome; }
    SshError error() const { return m_error; }
    QString errorMessage() const { return m_message; }
    QString errorDetail() const { return m_detail; }
    // Ids rejected before anything ran (not valid Postfix queue ids).
    QStringList invalidIds() const { return m_invalid; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const zaindari::PostsuperOutcome &outcome);

private:
    void onActionFinished(const SshCommandResult &r);
    void verifyAfterDrop();

    QPointer<SshSession> m_session;
    MtaPaths m_paths;
    QueueAction m_action;
    QStringList m_ids;
    QStringList m_invalid;
    PostsuperOutcome m_outcome;
    QByteArray m_stderr;
    QPointer<SshCommandJob> m_job;
    QueueListJob *m_verify = nullptr;
    SshError m_error = SshError::None;
    QString m_message;
    QString m_detail;
    int m_seen = 0;
};

// postcat -q ID: headers and the start of the body, bounded (the whole message may be huge).
class MessagePreviewJob : public QObject
{
    Q_OBJECT
public:
    MessagePreviewJob(SshSession *session, const MtaPaths &paths, const QString &queueId,
                      qsizetype maxBytes = 64 * 1024, QObject *parent = nullptr);
    void start();
    void cancel();
    QString text() const { return m_text; }
    bool truncated() const { return m_truncated; }
    SshError error() const { return m_error; }
    QString errorMessage() const { return m_message; }

Q_SIGNALS:
    void finished(bool ok);

private:
    QPointer<SshSession> m_session;
    MtaPaths m_paths;
    QString m_id;
    qsizetype m_max;
    QString m_text;
    bool m_truncated = false;
    SshError m_error = SshError::None;
    QString m_message;
    QPointer<SshCommandJob> m_job;
};

// Reads saved `postqueue -j` output: plain or gzip (zlib detects which), "-" = stdin.
// Returns false with a translated sentence when the file cannot be read.
bool readPostqueueFile(const QString &path, QueueListing *out, QString *error,
                       const QString &host = QString());

} // namespace zaindari
