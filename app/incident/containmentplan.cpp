#include "containmentplan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zaindari {

QString containStepKey(ContainStep s)
{
    switch (s) {
    case ContainStep::Zimbra:
        return QStringLiteral("zimbra_lock");
    case ContainStep::SubmissionBlock:
        return QStringLiteral("submission_block");
    case ContainStep::Directory:
        return QStringLiteral("directory");
    case ContainStep::Queues:
        return QStringLiteral("queues");
    case ContainStep::Forwarding:
        return QStringLiteral("forwarding");
    }
    return QString();
}

QString containStepTitle(ContainStep s)
{
    switch (s) {
    case ContainStep::Zimbra:
        return QCoreApplication::translate("Containment", "Lock the Zimbra account and end its sessions");
    case ContainStep::SubmissionBlock:
        return QCoreApplication::translate("Containment", "Refuse the login at SMTP submission");
    case ContainStep::Directory:
        return QCoreApplication::translate("Containment", "Secure the directory account");
    case ContainStep::Queues:
        return QCoreApplication::translate("Containment", "Stop the account's queued mail");
    case ContainStep::Forwarding:
        return QCoreApplication::translate("Containment", "Check forwarding");
    }
    return QString();
}

int ContainmentPlan::countFor(const QString &host, QueueName q) const
{
    int n = 0;
    for (const QueueMatch &m : matches)
        if (m.host == host && m.queue == q)
            ++n;
    return n;
}

QJsonObject ContainmentPlan::countsJson() const
{
    QJsonObject out;
    for (const QString &h : hosts) {
        QJsonObject per;
        for (QueueName q : {QueueName::Maildrop, QueueName::Incoming, QueueName::Active, QueueName::Deferred,
                            QueueName::Hold})
            per.insert(queueNameToString(q), countFor(h, q));
        out.insert(h, per);
    }
    return out;
}

QStringList ContainmentPlan::previewLines() const
{
    QStringList out;
    //: %1 is an account address
    out << QCoreApplication::translate("Containment", "Containment plan for %1").arg(options.account);
    int n = 0;
    for (const PlannedStep &s : steps) {
        out << QStringLiteral("%1. %2").arg(++n).arg(containStepTitle(s.step));
        for (const QString &t : s.touches)
            out << QStringLiteral("   - ") + t;
    }
    for (const QString &p : problems)
        //: %1 is what could not be read while preparing the plan
        out << QCoreApplication::translate("Containment", "Warning: %1").arg(p);
    return out;
}

QJsonObject ContainmentPlan::previewJson() const
{
    QJsonArray st;
    for (const PlannedStep &s : steps)
        st.append(QJsonObject {{QStringLiteral("step"), containStepKey(s.step)},
                               {QStringLiteral("touches"), QJsonArray::fromStringList(s.touches)}});
    QJsonArray ids;
    for (const QueueMatch &m : matches)
        ids.append(QJsonObject {{QStringLiteral("host"), m.host},
                                {QStringLiteral("id"), m.id},
                                {QStringLiteral("queue"), queueNameToString(m.queue)},
                                {QStringLiteral("sender"), m.sender},
                                {QStringLiteral("bounce"), m.bounce},
                                {QStringLiteral("reply"), m.reply}});
    QJsonArray live;
    for (const LiveSession &l : liveSessions)
        live.append(QJsonObject {{QStringLiteral("host"), l.host},
                                 {QStringLiteral("pid"), l.pid},
                                 {QStringLiteral("service"), l.service},
                                 {QStringLiteral("last_seen"), l.lastSeen.toString(Qt::ISODate)}});
    return QJsonObject {{QStringLiteral("account"), options.account},
                        {QStringLiteral("directory_dn"), directoryDn},
                        {QStringLiteral("live_sessions"), live},
                        {QStringLiteral("forwarding"), QJsonArray::fromStringList(forwarding)},
                        {QStringLiteral("queues"), countsJson()},
                        {QStringLiteral("messages"), ids},
                        {QStringLiteral("steps"), st},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(problems)}};
}

QJsonObject StepResult::toJson() const
{
    return QJsonObject {{QStringLiteral("step"), containStepKey(step)},
                        {QStringLiteral("done"), done},
                        {QStringLiteral("detail"), detail}};
}

bool ContainmentResult::allDone() const
{
    for (const StepResult &s : steps)
        if (!s.done)
            return false;
    return !steps.isEmpty();
}

QJsonObject ContainmentResult::toJson() const
{
    QJsonArray st;
    for (const StepResult &s : steps)
        st.append(s.toJson());
    return QJsonObject {{QStringLiteral("account"), account},
                        {QStringLiteral("steps"), st},
                        {QStringLiteral("messages_held"), int(held.size())},
                        {QStringLiteral("messages_deleted"), int(deleted.size())},
                        {QStringLiteral("forwarding_removed"), QJsonArray::fromStringList(forwardingRemoved)},
                        {QStringLiteral("smtp_sessions_open"), sessionsOpenAfter}};
}

} // namespace zaindari
