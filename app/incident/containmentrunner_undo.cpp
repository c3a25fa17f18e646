// Undo of a containment: unlock, enable, release held mail, remove the submission block.
#include "containmentrunner.h"
#include "containmentrunner_p.h"

#include "directory/directoryjob.h"
#include "mta/mtasessions.h"
#include "mta/queuejobs.h"
#include "zimbra/accountjobs.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace zaindari {

using containment_detail::isInternalAuth;
using containment_detail::joinDetail;

void ContainmentRunner::undo(const ContainmentResult &result)
{
    m_plan.options.account = result.account;
    auto steps = std::make_shared<QList<StepResult>>();
    auto record = [this, steps](ContainStep step, const QString &key, bool ok, const QString &detail) {
        StepResult r;
        r.step = step;
        r.done = ok;
        r.detail = detail;
        r.started = r.finished = QDateTime::currentDateTimeUtc();
        *steps << r;
        audit(QStringLiteral("undo.") + key, ok, detail);
        emit stepFinished(r);
    };
    // Chained: unlock -> enable -> release -> unblock.
    auto unblock = std::make_shared<std::function<void(int)>>();
    *unblock = [this, result, record, steps, unblock](int i) {
        if (!m_b.mta || i >= result.blockedHosts.size())
            return emit undoFinished(*steps);
        const int host = int(m_b.mta->hostNames().indexOf(result.blockedHosts[i]));
        if (host < 0)
            return (*unblock)(i + 1);
        blockHost(host, false, [=](bool ok, const QString &detail) {
            record(ContainStep::SubmissionBlock, QStringLiteral("submission_block"), ok,
                   ok ? tr("%1: the login is accepted at submission again.").arg(result.blockedHosts[i])
                      : detail);
            (*unblock)(i + 1);
        });
    };
    auto release = [this, result, record, unblock]() {
        if (!m_b.mta || result.held.isEmpty())
            return (*unblock)(0);
        QHash<QString, QStringList> byHost;
        for (const QueueMatch &m : result.held)
            byHost[m.host] << m.id;
        auto pending = std::make_shared<int>(int(byHost.size()));
        for (auto it = byHost.cbegin(); it != byHost.cend(); ++it) {
            SshSession *s = m_b.mta->sessionFor(it.key());
            if (!s) {
                if (--*pending == 0)
                    (*unblock)(0);
                continue;
            }
            auto *job
                = new QueueActionJob(s, m_b.mta->settings().paths, QueueAction::Release, it.value(), this);
            const QString host = it.key();
            connect(job, &QueueActionJob::finished, this, [=](const PostsuperOutcome &out) {
                job->deleteLater();
                const bool ok = job->error() == SshError::None;
                //: %1 host, %n number of messages
                record(ContainStep::Queues, QStringLiteral("queues"), ok,
                       ok ? tr("%1: %n held message(s) released.", nullptr, out.done()).arg(host)
                          : joinDetail(job->errorMessage(), job->errorDetail()));
                if (--*pending == 0)
                    (*unblock)(0);
            });
            job->start();
        }
    };
    auto enable = [this, result, record, release]() {
        if (!result.directoryDisabled || !m_b.directory)
            return release();
        auto *job = new AccountActionJob(*m_b.directory, result.account, AccountAction::Enable, this);
        connect(job, &DirectoryJob::finished, this, [=](const DirectoryOutcome &o) {
            job->deleteLater();
            record(ContainStep::Directory, QStringLiteral("directory"), o.ok(),
                   o.ok() ? tr("Directory account enabled again.") : joinDetail(o.message, o.detail));
            release();
        });
        job->start();
    };
    if (!result.zimbraLocked || !m_b.zimbra)
        return enable();
    auto *job = new ZimbraAccountActionJob(m_b.zimbra, result.account, ZimbraAccountAction::Unlock, this);
    connect(job, &ZimbraJob::finished, this, [=](const ZimbraError &e) {
        job->deleteLater();
        record(ContainStep::Zimbra, QStringLiteral("zimbra_lock"), !e.isError(),
               e.isError() ? joinDetail(e.message, e.detail) : tr("Zimbra account active again."));
        enable();
    });
    job->start();
}

} // namespace zaindari
