#include "directorytester.h"

#include "directoryjob.h"

#include <QCoreApplication>

namespace zaindari {

void DirectoryConnectionTester::start(const Profile &profile, const QString &secret)
{
    if (m_started)
        return;
    m_started = true;
    auto *job = new TestConnectionJob(DirectoryConfig::fromProfile(profile, secret), this);
    m_job = job;
    connect(job, &DirectoryJob::progressed, this, &ConnectionTester::progressed);
    connect(job, &DirectoryJob::finished, this, [this, job](const DirectoryOutcome &o) {
        if (m_done)
            return;
        m_done = true;
        m_outcome = o;
        job->deleteLater();
        emit finished(o.ok(), o.ok() ? job->summary() : o.message, o.detail);
    });
    job->start();
}

void DirectoryConnectionTester::cancel()
{
    // A test changes nothing, so cancelling can answer at once; the worker stops at its next
    // check and its result is dropped with the job.
    if (!m_started || m_done)
        return;
    m_done = true;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_outcome = DirectoryOutcome();
    m_outcome.error = DirectoryError::Cancelled;
    m_outcome.message = QCoreApplication::translate("ConnectionTester", "The connection test was cancelled.");
    emit finished(false, m_outcome.message, QString());
}

} // namespace zaindari
