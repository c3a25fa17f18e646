#include "directoryjob.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace zaindari {

// The worker thread. Its QObject lives on the job's thread, so its signals, emitted from
// run(), reach the job queued; it deletes itself once run() has returned.
class DirectoryWorker : public QThread
{
    Q_OBJECT
public:
    DirectoryWorker(const DirectoryConfig &config, DirectoryJob::Work work)
        : m_config(config)
        , m_work(std::move(work))
    { }
    void requestCancel() { m_cancel.store(true); }

signals:
    void progressed(const QString &what);
    void done(const zaindari::DirectoryOutcome &outcome, const QVariant &result);

protected:
    void run() override
    {
        DirectorySession session(m_config, &m_cancel, [this](const QString &what) { emit progressed(what); });
        QVariant result;
        DirectoryOutcome o;
        if (m_cancel.load()) {
            o.error = DirectoryError::Cancelled;
            o.message = QCoreApplication::translate("zaindari::DirectoryJob", "Cancelled.");
        } else {
            o = m_work(session, &result);
        }
        emit done(o, result);
    }

private:
    const DirectoryConfig m_config;
    const DirectoryJob::Work m_work;
    std::atomic_bool m_cancel {false};
};

DirectoryJob::DirectoryJob(const DirectoryConfig &config, Work work, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_work(std::move(work))
{
    qRegisterMetaType<zaindari::DirectoryOutcome>();
}

DirectoryJob::~DirectoryJob()
{
    if (m_worker) {
        m_worker->requestCancel();
        m_worker->disconnect(this);
    }
}

void DirectoryJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    auto *worker = new DirectoryWorker(m_config, m_work);
    m_worker = worker;
    connect(worker, &DirectoryWorker::progressed, this, &DirectoryJob::progressed);
    connect(worker, &DirectoryWorker::done, this, &DirectoryJob::deliver);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void DirectoryJob::cancel()
{
    if (m_worker)
        m_worker->requestCancel();
    else if (!m_finished) {
        DirectoryOutcome o;
        o.error = DirectoryError::Cancelled;
        o.message = tr("Cancelled.");
        deliver(o, QVariant());
    }
}

void DirectoryJob::deliver(const DirectoryOutcome &outcome, const QVariant &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_outcome = outcome;
    m_result = result;
    emit finished(outcome);
}

TestConnectionJob::TestConnectionJob(const DirectoryConfig &config, QObject *parent)
    : DirectoryJob(
        config,
        [](DirectorySession &s, QVariant *result) {
            QString summary;
            const DirectoryOutcome o = s.testConnection(&summary);
            *result = summary;
            return o;
        },
        parent)
{ }

FindUsersJob::FindUsersJob(const DirectoryConfig &config, const QString &who, QObject *parent)
    : DirectoryJob(
        config,
        [who](DirectorySession &s, QVariant *result) {
            QList<DirectoryUser> users;
            const DirectoryOutcome o = s.findUsers(who, &users);
            *result = QVariant::fromValue(users);
            return o;
        },
        parent)
{ }

UserStatusJob::UserStatusJob(const DirectoryConfig &config, const QString &who, QObject *parent)
    : DirectoryJob(
        config,
        [who](DirectorySession &s, QVariant *result) {
            UserStatus status;
            const DirectoryOutcome o = s.readStatus(who, &status);
            *result = QVariant::fromValue(status);
            return o;
        },
        parent)
{ }

PolicyJob::PolicyJob(const DirectoryConfig &config, const PolicyChange &change, QObject *parent)
    : DirectoryJob(
        config,
        [change](DirectorySession &s, QVariant *result) {
            DomainPolicy policy;
            const DirectoryOutcome o
                = change.isEmpty() ? s.readPolicy(&policy) : s.writePolicy(change, &policy);
            *result = QVariant::fromValue(policy);
            return o;
        },
        parent)
{ }

AccountActionJob::AccountActionJob(const DirectoryConfig &config, const QString &who, AccountAction action,
                                   QObject *parent)
    : DirectoryJob(
        config,
        [who, action](DirectorySession &s, QVariant *result) {
            DirectoryUser user;
            const DirectoryOutcome o = s.applyAction(who, action, &user);
            *result = QVariant::fromValue(user);
            return o;
        },
        parent)
{ }

PasswordResetJob::PasswordResetJob(const DirectoryConfig &config, const QString &who, const QString &password,
                                   bool mustChange, QObject *parent)
    : DirectoryJob(
        config,
        [who, password, mustChange](DirectorySession &s, QVariant *result) {
            DirectoryUser user;
            const DirectoryOutcome o = s.resetPassword(who, password, mustChange, &user);
            *result = QVariant::fromValue(user);
            return o;
        },
        parent)
{ }

CredentialCheckJob::CredentialCheckJob(const DirectoryConfig &config, const QString &identity,
                                       const QString &password, QObject *parent)
    : DirectoryJob(
        config,
        [identity, password](DirectorySession &s, QVariant *) {
            return s.checkCredentials(identity, password);
        },
        parent)
{ }

} // namespace zaindari

#include "directoryjob.moc"
