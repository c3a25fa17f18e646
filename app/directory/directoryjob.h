#pragma once
// Asynchronous directory jobs for the GUI and the CLI. Each job runs on a thread of its own
// with its own LDAP handle (libldap handles are not shared between threads), and reports once:
//
//   auto *job = new UserStatusJob(config, QStringLiteral("ikasle5"), this);
//   connect(job, &DirectoryJob::finished, this, [job](const DirectoryOutcome &o) {
//       if (o.ok()) show(job->status()); else showError(o.message, o.detail);
//       job->deleteLater();
//   });
//   job->start();
//
// finished() is emitted exactly once, on the thread that owns the job, also after cancel()
// (then with DirectoryError::Cancelled unless the work had already completed). A change
// already sent to the server when cancel() arrives is completed and reported as such.
// Deleting a running job is safe: the worker finishes alone and its result is dropped.

#include "directorysession.h"
#include "directorytypes.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

namespace zaindari {

class DirectoryWorker;

class DirectoryJob : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread; must only use the session and values it captured.
    using Work = std::function<DirectoryOutcome(DirectorySession &session, QVariant *result)>;

    DirectoryJob(const DirectoryConfig &config, Work work, QObject *parent = nullptr);
    ~DirectoryJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }

    DirectoryOutcome outcome() const { return m_outcome; }
    // The typed result, valid after a successful finished().
    QVariant result() const { return m_result; }

signals:
    void progressed(const QString &what);
    void finished(const zaindari::DirectoryOutcome &outcome);

private:
    void deliver(const DirectoryOutcome &outcome, const QVariant &result);

    DirectoryConfig m_config;
    Work m_work;
    QPointer<DirectoryWorker> m_worker;
    DirectoryOutcome m_outcome;
    QVariant m_result;
    bool m_running = false;
    bool m_finished = false;
};

// Test connection: TLS, bind, base. result(): QString summary.
class TestConnectionJob : public DirectoryJob
{
    Q_OBJECT
public:
    TestConnectionJob(const DirectoryConfig &config, QObject *parent = nullptr);
    QString summary() const { return result().toString(); }
};

class FindUsersJob : public DirectoryJob
{
    Q_OBJECT
public:
    FindUsersJob(const DirectoryConfig &config, const QString &who, QObject *parent = nullptr);
    QList<DirectoryUser> users() const { return result().value<QList<DirectoryUser>>(); }
};

class UserStatusJob : public DirectoryJob
{
    Q_OBJECT
public:
    UserStatusJob(const DirectoryConfig &config, const QString &who, QObject *parent = nullptr);
    UserStatus status() const { return result().value<UserStatus>(); }
};

class PolicyJob : public DirectoryJob
{
    Q_OBJECT
public:
    // Reads the policy; with a non-empty change, validates, writes and reads it back.
    PolicyJob(const DirectoryConfig &config, const PolicyChange &change = {}, QObject *parent = nullptr);
    DomainPolicy policy() const { return result().value<DomainPolicy>(); }
};

class AccountActionJob : public DirectoryJob
{
    Q_OBJECT
public:
    AccountActionJob(const DirectoryConfig &config, const QString &who, AccountAction action,
                     QObject *parent = nullptr);
    DirectoryUser user() const { return result().value<DirectoryUser>(); }
};

class PasswordResetJob : public DirectoryJob
{
    Q_OBJECT
public:
    PasswordResetJob(const DirectoryConfig &config, const QString &who, const QString &password,
                     bool mustChange, QObject *parent = nullptr);
    DirectoryUser user() const { return result().value<DirectoryUser>(); }
};

// Binds as `identity`/`password` on a connection of its own: ok() when the password works,
// else BindFailed with AD's sub-code in outcome().adCode ("52e", "775", "773", "533").
class CredentialCheckJob : public DirectoryJob
{
    Q_OBJECT
public:
    CredentialCheckJob(const DirectoryConfig &config, const QString &identity, const QString &password,
                       QObject *parent = nullptr);
};

} // namespace zaindari

Q_DECLARE_METATYPE(QList<zaindari::DirectoryUser>)
