#include "queuejobs.h"

#include "postqueueparser.h"
#include "queuevalidation.h"
#include "ssh/sshcommandjob.h"
#include "ssh/sshsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <mutex>
#include <unistd.h>
#include <zlib.h>

namespace zaindari {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari", s);
}

} // namespace

// ---- QueueListJob ------------------------------------------------------------------------

struct QueueListJob::Part {
    QueueListing listing;
    PostqueueParser parser{&listing, 0};
};

QueueListJob::QueueListJob(const QList<Source> &sources, QObject *parent)
    : QObject(parent), m_sources(sources)
{
}

QueueListJob::~QueueListJob()
{
    cancel();
}

void QueueListJob::start()
{
    m_pending = int(m_sources.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(true); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_sources.size(); ++i) {
        const Source &src = m_sources[i];
        auto part = std::make_shared<Part>();
        part->listing.hostIndex(src.host);
        m_parts.push_back(part);
        SshCommandJob *job = src.session->createJob({src.paths.postqueue, QStringLiteral("-j")});
        // The parser runs on the session's worker thread; `part` is kept alive by the lambda.
        job->setStdoutSink([part](const char *data, size_t n) { part->parser.feed(data, n); });
        connect(job, &SshCommandJob::progressed, this, [this](qint64 rx, qint64, qint64) {
            Q_EMIT progressed(m_received + rx);
        });
        connect(job, &SshCommandJob::finished, this, [this, i, job](const SshCommandResult &r) {
            job->deleteLater();
            onOneFinished(i, r);
        });
        m_jobs << job;
        job->start();
    }
}

void QueueListJob::cancel()
{
    for (const QPointer<SshCommandJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

void QueueListJob::onOneFinished(int index, const SshCommandResult &r)
{
    Part &part = *m_parts[size_t(index)];
    part.parser.finish();
    m_received += r.bytesReceived;
    if (r.error != SshError::None && m_error == SshError::None) {
        m_error = r.error;
        m_message = r.message;
        m_detail = r.detail;
    }
    // A listing cut by a drop still holds every complete line; keep it, flagged by the error.
    m_listing.append(part.listing);
    if (--m_pending == 0)
        Q_EMIT finished(m_error == SshError::None);
}

QueueListing QueueListJob::takeListing()
{
    return std::move(m_listing);
}

// ---- QueueActionJob ----------------------------------------------------------------------

QueueActionJob::QueueActionJob(SshSession *session, const MtaPaths &paths, QueueAction action,
                               const QStringList &ids, QObject *parent)
    : QObject(parent), m_session(session), m_paths(paths), m_action(action)
{
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!isValidQueueId(id))
            m_invalid << id;
        else if (!seen.contains(id)) {
            seen.insert(id);
            m_ids << id;
        }
    }
    m_outcome.action = action;
    m_outcome.requested = m_ids;
}

void QueueActionJob::start()
{
    if (!m_session || m_ids.isEmpty()) {
        m_outcome = parsePostsuperOutput(m_action, m_ids, QByteArrayView(), true);
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_outcome); }, Qt::QueuedConnection);
        return;
    }
    m_job = m_session->createJob(postsuperArgv(m_paths, m_action), postsuperStdin(m_ids));
    connect(m_job, &SshCommandJob::stderrReceived, this, [this](const QByteArray &chunk) {
        m_stderr += chunk;
        const int lines = int(chunk.count('\n'));
        if (lines) {
            m_seen += lines;
            Q_EMIT progressed(qMin(m_seen, int(m_ids.size())), int(m_ids.size()));
        }
    });
    connect(m_job, &SshCommandJob::finished, this, &QueueActionJob::onActionFinished);
    m_job->start();
}

void QueueActionJob::cancel()
{
    // Canceling closes the channel: postsuper stops at its next write; the outcome then lists
    // the ids whose fate is unknown, which a re-listing resolves.
    if (m_job)
        m_job->cancel();
    if (m_verify)
        m_verify->cancel();
}

void QueueActionJob::onActionFinished(const SshCommandResult &r)
{
    m_job->deleteLater();
    const bool completed = r.error == SshError::None || r.error == SshError::CommandFailed
        || r.error == SshError::SudoPasswordRequired || r.error == SshError::SudoNotAllowed
        || r.error == SshError::CommandMissing;
    m_outcome = parsePostsuperOutput(m_action, m_ids, r.stdErr, completed && r.exitStatus >= 0);
    if (r.error != SshError::None) {
        m_error = r.error;
        m_message = r.message;
        m_detail = r.detail;
    }
    if (r.error == SshError::SudoPasswordRequired || r.error == SshError::SudoNotAllowed
        || r.error == SshError::CommandMissing) {
        // Nothing ran: every id is known not done.
        m_outcome.missingIds.clear();
        m_outcome.unknownIds.clear();
        m_outcome.doneIds.clear();
        m_outcome.completed = false;
        Q_EMIT finished(m_outcome);
        return;
    }
    if (!m_outcome.unknownIds.isEmpty() && r.error == SshError::ConnectionLost) {
        verifyAfterDrop();
        return;
    }
    Q_EMIT finished(m_outcome);
}

void QueueActionJob::verifyAfterDrop()
{
    // The session reconnects on demand; the queue as it is now tells the fate of each id:
    // held ids sit in "hold", released ones left it, deleted and requeued ones are gone
    // (pickup gives a requeued message a new id).
    m_verify = new QueueListJob({{m_session, QString(), m_paths}}, this);
    connect(m_verify, &QueueListJob::finished, this, [this](bool ok) {
        const QueueListing now = m_verify->takeListing();
        m_verify->deleteLater();
        m_verify = nullptr;
        if (!ok) {
            Q_EMIT finished(m_outcome); // fate stays unknown
            return;
        }
        QHash<QString, QueueName> where;
        for (const QueueMessage &m : now.messages)
            where.insert(m.id.toString(), m.queue);
        QStringList stillUnknown;
        for (const QString &id : std::as_const(m_outcome.unknownIds)) {
            const auto it = where.constFind(id);
            const bool present = it != where.constEnd();
            bool done = false;
            switch (m_action) {
            case QueueAction::Hold: done = present && *it == QueueName::Hold; break;
            case QueueAction::Release: done = present && *it != QueueName::Hold; break;
            case QueueAction::Delete:
            case QueueAction::Requeue: done = !present; break;
            }
            if (done)
                m_outcome.doneIds << id;
            else if (present)
                m_outcome.missingIds << id; // still there, untouched: not done
            else
                stillUnknown << id;
        }
        m_outcome.unknownIds = stillUnknown;
        Q_EMIT finished(m_outcome);
    });
    m_verify->start();
}

// ---- MessagePreviewJob -------------------------------------------------------------------

MessagePreviewJob::MessagePreviewJob(SshSession *session, const MtaPaths &paths, const QString &queueId,
                                     qsizetype maxBytes, QObject *parent)
    : QObject(parent), m_session(session), m_paths(paths), m_id(queueId), m_max(maxBytes)
{
}

void MessagePreviewJob::start()
{
    if (!isValidQueueId(m_id) || !m_session) {
        m_error = SshError::CommandFailed;
        //: %1 is what was given as a queue id
        m_message = tr("“%1” is not a Postfix queue id.").arg(m_id);
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(false); }, Qt::QueuedConnection);
        return;
    }
    // postcat -q ID prints the envelope, the headers and the body of a queued message.
    m_job = m_session->createJob(adminToolArgv(m_paths, m_paths.postcat) << QStringLiteral("-q") << m_id);
    auto buffer = std::make_shared<QByteArray>();
    auto truncated = std::make_shared<bool>(false);
    const qsizetype max = m_max;
    m_job->setStdoutSink([buffer, truncated, max](const char *data, size_t n) {
        const qsizetype room = max - buffer->size();
        if (room <= 0) {
            *truncated = true;
            return;
        }
        if (qsizetype(n) > room)
            *truncated = true;
        buffer->append(data, qMin(qsizetype(n), room));
    });
    connect(m_job, &SshCommandJob::finished, this, [this, buffer, truncated](const SshCommandResult &r) {
        m_job->deleteLater();
        m_text = QString::fromUtf8(*buffer);
        m_truncated = *truncated;
        m_error = r.error;
        m_message = r.message;
        Q_EMIT finished(r.error == SshError::None);
    });
    m_job->start();
}

void MessagePreviewJob::cancel()
{
    if (m_job)
        m_job->cancel();
}

// ---- saved files ---------------------------------------------------------------------------

bool readPostqueueFile(const QString &path, QueueListing *out, QString *error, const QString &host)
{
    gzFile gz = nullptr;
    if (path == QLatin1String("-")) {
        const int fd = dup(STDIN_FILENO);
        gz = fd >= 0 ? gzdopen(fd, "rb") : nullptr;
    } else {
        gz = gzopen(QFile::encodeName(path).constData(), "rb");
    }
    if (!gz) {
        //: %1 is a file path
        *error = tr("Cannot open %1.").arg(path);
        return false;
    }
    gzbuffer(gz, 256 * 1024);
    PostqueueParser parser(out, quint16(out->hostIndex(host)));
    std::vector<char> buf(1 << 20);
    int n;
    while ((n = gzread(gz, buf.data(), unsigned(buf.size()))) > 0)
        parser.feed(buf.data(), size_t(n));
    int errnum = 0;
    const QString msg = n < 0 ? QString::fromUtf8(gzerror(gz, &errnum)) : QString();
    gzclose(gz);
    parser.finish();
    if (n < 0) {
        //: %1 file path, %2 the zlib error
        *error = tr("Cannot read %1: %2").arg(path, msg);
        return false;
    }
    return true;
}

} // namespace zaindari
