#include "queueactionrunner.h"

#include "mta/mtasessions.h"
#include "mta/queuejobs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace zaindari {

namespace {
constexpr int ShownIds = 30;

QString idList(const QStringList &ids)
{
    if (ids.size() <= ShownIds)
        return ids.join(QStringLiteral(", "));
    //: The end of a shortened list of queue ids; %n is how many more there are
    return ids.mid(0, ShownIds).join(QStringLiteral(", "))
        + QueueActionRunner::tr(" … and %n more", nullptr, int(ids.size() - ShownIds));
}

QString doneSentence(QueueAction a, int n)
{
    switch (a) {
    case QueueAction::Hold:
        return QueueActionRunner::tr("%n message(s) placed on hold.", nullptr, n);
    case QueueAction::Release:
        return QueueActionRunner::tr("%n message(s) released from hold.", nullptr, n);
    case QueueAction::Requeue:
        return QueueActionRunner::tr("%n message(s) requeued.", nullptr, n);
    case QueueAction::Delete:
        return QueueActionRunner::tr("%n message(s) deleted.", nullptr, n);
    }
    return {};
}

QString questionSentence(QueueAction a, int n)
{
    switch (a) {
    case QueueAction::Hold:
        return QueueActionConfirmDialog::tr(
            "Put %n message(s) on hold? They stay in the queue and can be released later.", nullptr, n);
    case QueueAction::Release:
        return QueueActionConfirmDialog::tr(
            "Release %n message(s) from hold? Postfix will try to deliver them again.", nullptr, n);
    case QueueAction::Requeue:
        return QueueActionConfirmDialog::tr("Requeue %n message(s)? Postfix reprocesses them at once.",
                                            nullptr, n);
    case QueueAction::Delete:
        return QueueActionConfirmDialog::tr("Delete %n message(s)? Deleted messages cannot be recovered.",
                                            nullptr, n);
    }
    return {};
}
} // namespace

QueueActionPlan QueueActionPlan::make(QueueAction action, const QueueListing &listing,
                                      const std::vector<int> &rows, const QString &scope)
{
    QueueActionPlan plan;
    plan.action = action;
    plan.scope = scope;
    QHash<int, int> hostSlot;
    for (int row : rows) {
        const QueueMessage &m = listing.messages[size_t(row)];
        int slot = hostSlot.value(m.host, -1);
        if (slot < 0) {
            slot = int(plan.hosts.size());
            hostSlot.insert(m.host, slot);
            plan.hosts << listing.hostOf(m);
            plan.idsPerHost << QStringList();
        }
        plan.idsPerHost[slot] << m.id.toString();
        ++plan.count;
    }
    const QList<QueueGroup> senders = groupMessages(listing, QueueGroupBy::Sender, 0, &rows);
    plan.senderCount = int(senders.size());
    plan.topSenders = senders.mid(0, 5);
    return plan;
}

QStringList QueueActionPlan::allIds() const
{
    QStringList ids;
    for (const QStringList &l : idsPerHost)
        ids << l;
    return ids;
}

QueueActionConfirmDialog::QueueActionConfirmDialog(const QueueActionPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("QueueActionConfirmDialog"));
    setWindowTitle(queueActionDisplay(plan.action));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(queueActionIsDestructive(plan.action) ? QStyle::SP_MessageBoxWarning
                                                                             : QStyle::SP_MessageBoxQuestion,
                                       nullptr, this)
                        .pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    const QLocale locale;
    QString html
        = QStringLiteral("<p><b>%1</b></p>").arg(questionSentence(plan.action, plan.count).toHtmlEscaped());
    //: %1 describes what was chosen, e.g. "the selected messages"
    html += QStringLiteral("<p>%1</p>").arg(tr("Chosen: %1.").arg(plan.scope.toHtmlEscaped()));
    if (plan.hosts.size() > 1)
        //: %1 is a list of MTA host names
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("On the hosts: %1.").arg(plan.hosts.join(QStringLiteral(", ")).toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p><ul>")
                .arg(tr("From %n sender(s), the largest being:", nullptr, plan.senderCount).toHtmlEscaped());
    for (const QueueGroup &g : plan.topSenders)
        //: A line of the list of senders: %1 the sender, %n messages
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1 — %n message(s)", nullptr, g.count).arg(g.label).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_text->setText(html);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(queueActionDisplay(plan.action), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirmAction"));
    if (queueActionIsDestructive(plan.action)) {
        // Delete needs an explicit tick: Enter alone never deletes.
        m_confirm = new QCheckBox(
            tr("I understand that these %n message(s) will be deleted for good.", nullptr, plan.count), this);
        m_confirm->setObjectName(QStringLiteral("confirmDelete"));
        layout->addWidget(m_confirm);
        m_ok->setEnabled(false);
        connect(m_confirm, &QCheckBox::toggled, m_ok, &QPushButton::setEnabled);
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    } else {
        m_ok->setDefault(true);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QString QueueActionConfirmDialog::text() const
{
    return m_text->text();
}

int QueueActionResult::done() const
{
    return int(doneIds().size());
}

QStringList QueueActionResult::doneIds() const
{
    QStringList ids;
    for (const PostsuperOutcome &o : outcomes)
        ids << o.doneIds;
    return ids;
}

QStringList QueueActionResult::missingIds() const
{
    QStringList ids;
    for (const PostsuperOutcome &o : outcomes)
        ids << o.missingIds;
    return ids;
}

QStringList QueueActionResult::unknownIds() const
{
    QStringList ids;
    for (const PostsuperOutcome &o : outcomes)
        ids << o.unknownIds;
    // Hosts never reached (canceled before their turn): nothing was sent there.
    return ids;
}

QString QueueActionResult::summary() const
{
    QStringList parts;
    parts << doneSentence(plan.action, done());
    const QStringList missing = missingIds();
    if (!missing.isEmpty())
        parts << QueueActionRunner::tr(
            "%n message(s) had already left the queue (or were not in a queue this action applies to).",
            nullptr, int(missing.size()));
    const QStringList unknown = unknownIds();
    if (!unknown.isEmpty())
        parts << QueueActionRunner::tr("For %n message(s) the outcome is unknown: the connection was lost "
                                       "before postsuper reported them.",
                                       nullptr, int(unknown.size()));
    int notSent = 0;
    for (int i = int(outcomes.size()); i < plan.idsPerHost.size(); ++i)
        notSent += int(plan.idsPerHost.at(i).size());
    if (notSent > 0)
        parts << QueueActionRunner::tr("%n message(s) were not touched because the action was canceled.",
                                       nullptr, notSent);
    if (!errors.isEmpty())
        parts << errors;
    return parts.join(QLatin1Char(' '));
}

QString QueueActionResult::details() const
{
    QStringList lines;
    const QStringList missing = missingIds();
    if (!missing.isEmpty())
        //: %1 is a list of queue ids
        lines << QueueActionRunner::tr("Already gone: %1").arg(idList(missing));
    const QStringList unknown = unknownIds();
    if (!unknown.isEmpty())
        lines << QueueActionRunner::tr("Outcome unknown: %1").arg(idList(unknown));
    for (const PostsuperOutcome &o : outcomes) {
        for (const QString &w : o.warnings)
            lines << w;
    }
    return lines.join(QLatin1Char('\n'));
}

QueueActionRunner::QueueActionRunner(MtaSessions *sessions, const QueueActionPlan &plan,
                                     QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_dialogParent(dialogParent)
{
    m_result.plan = plan;
}

QueueActionRunner::~QueueActionRunner()
{
    if (m_progress)
        m_progress->deleteLater();
}

void QueueActionRunner::start()
{
    if (m_dialogParent) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(QStringLiteral("QueueActionProgress"));
        m_progress->setWindowTitle(queueActionDisplay(m_result.plan.action));
        //: %n is the number of messages
        m_progress->setLabelText(tr("Working on %n message(s)…", nullptr, m_result.plan.count));
        m_progress->setRange(0, qMax(1, m_result.plan.count));
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &QueueActionRunner::cancel);
        m_progress->open();
    }
    runNext();
}

void QueueActionRunner::cancel()
{
    m_result.canceled = true;
    if (m_job)
        m_job->cancel();
}

void QueueActionRunner::runNext()
{
    ++m_index;
    SshSession *session = nullptr;
    if (m_index < m_result.plan.hosts.size() && m_sessions && !m_result.canceled)
        session = m_sessions->sessionFor(m_result.plan.hosts.at(m_index));
    if (!session) {
        if (m_index < m_result.plan.hosts.size() && !m_result.canceled)
            //: %1 is an MTA host name
            m_result.errors
                << tr("No connection to %1; nothing was sent there.").arg(m_result.plan.hosts.at(m_index));
        if (m_progress) {
            m_progress->disconnect(this);
            m_progress->close();
            m_progress->deleteLater();
        }
        Q_EMIT finished(m_result);
        return;
    }
    const QStringList ids = m_result.plan.idsPerHost.at(m_index);
    m_job = new QueueActionJob(session, m_sessions->settings().paths, m_result.plan.action, ids, this);
    connect(m_job, &QueueActionJob::progressed, this, [this](int done, int) {
        if (m_progress)
            m_progress->setValue(m_doneBefore + done);
        Q_EMIT progressed(m_doneBefore + done, m_result.plan.count);
    });
    connect(m_job, &QueueActionJob::finished, this, [this, ids](const PostsuperOutcome &outcome) {
        QueueActionJob *job = m_job;
        m_result.outcomes << outcome;
        if (job && job->error() != SshError::None && job->error() != SshError::Canceled)
            //: %1 is an MTA host name, %2 the error
            m_result.errors << tr("%1: %2").arg(m_result.plan.hosts.at(m_index), job->errorMessage());
        if (job)
            job->deleteLater();
        m_doneBefore += int(ids.size());
        runNext();
    });
    m_job->start();
}

} // namespace zaindari
