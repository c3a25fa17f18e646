#include "directorytester.h"

#include "directoryjob.h"

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
        m_outcome = o;
        job->deleteLater();
        emit finished(o.ok(), o.ok() ? job->summary() : o.message, o.detail);
    });
    job->start();
}

void DirectoryConnectionTester::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace zaindari
