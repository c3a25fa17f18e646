#include "mailqueuespage.h"

#include "common/settings.h"
#include "messagepreviewpane.h"
#include "mta/mtasessions.h"
#include "mta/queuejobs.h"
#include "queuecountsbar.h"
#include "queuefilterbar.h"
#include "queuefilterproxy.h"
#include "queuegroupspanel.h"
#include "queuemodel.h"
#include "queuesizechart.h"
#include "sshconnectioncontroller.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace zaindari {

MailQueuesPage::MailQueuesPage(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : Page(parent)
    , m_conn(new SshConnectionController(store, secrets, this))
{
    setObjectName(QStringLiteral("MailQueuesPage"));
    m_pool.setMaxThreadCount(1);
    m_conn->setDialogParent(this);
    buildUi();

    connect(m_conn, &SshConnectionController::sessionsReady, this, [this] {
        if (m_waitingForSessions) {
            m_waitingForSessions = false;
            startListing();
        }
    });
    connect(m_conn, &SshConnectionController::sessionsUnavailable, this, [this](const QString &message) {
        m_waitingForSessions = false;
        m_loading = false;
        setStatus(message, true);
        updateActions();
        Q_EMIT listingLoaded(false);
    });
    connect(m_conn, &SshConnectionController::hostKeyQuestionAsked, this,
            [this](const QString &host, const SshHostKeyInfo &) {
                //: %1 is an MTA host name
                setStatus(tr("Waiting for your answer about the host key of %1…").arg(host));
            });
    connect(m_conn, &SshConnectionController::hostKeyRefused, this,
            [this](const QString &, const QString &warning) { logActivity(warning); });
    connect(m_conn, &SshConnectionController::hostKeyPinned, this,
            [this](const QString &host, const QString &fp) {
                //: %1 host, %2 SHA-256 fingerprint
                logActivity(tr("Host key of %1 accepted and remembered: %2").arg(host, fp));
            });

    m_autoRefresh = new QTimer(this);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        // Never stack refreshes, and never refresh under an open question or a running action.
        if (!m_loading && !m_runner && m_loadedOnce)
            refresh();
    });
    connect(&AppSettings::instance(), &AppSettings::autoRefreshSecondsChanged, this,
            &MailQueuesPage::restartAutoRefresh);
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(300);
    connect(m_previewDelay, &QTimer::timeout, this, &MailQueuesPage::startPreview);
    retranslateUi();
}

MailQueuesPage::~MailQueuesPage()
{
    ++m_generation;
    m_pool.waitForDone();
    if (m_listJob)
        m_listJob->cancel();
}

QString MailQueuesPage::title() const
{
    return tr("Queues");
}

QIcon MailQueuesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/queues.svg"));
}

void MailQueuesPage::setProfile(const std::optional<Profile> &profile)
{
    const bool same = profile && m_profile && profile->id == m_profile->id && profile->ssh == m_profile->ssh;
    m_profile = profile;
    m_conn->setProfile(profile);
    if (same)
        return;
    ++m_generation;
    if (m_listJob)
        m_listJob->cancel();
    m_listJob = nullptr;
    m_loading = false;
    m_waitingForSessions = false;
    m_loadedOnce = false;
    m_autoRefresh->stop();
    m_model->clear();
    m_summary = QueueSummary();
    m_counts->clear();
    m_groups->setGroups({}, 0);
    m_chart->clear();
    m_preview->showNothing();
    m_filters->setHosts({});
    setStatus(QString());
    updateActions();
    if (isVisible() && m_conn->hasHosts())
        refresh();
}

QString MailQueuesPage::refresh()
{
    if (!m_conn->hasHosts()) {
        const QString message = m_profile
            ? tr("This profile lists no MTA host; add one in the profile manager.")
            : tr("Choose or create a profile first.");
        setStatus(message, true);
        return message;
    }
    if (m_loading)
        return tr("The queues are being read already.");
    m_loading = true;
    m_waitingForSessions = true;
    setStatus(tr("Reading the queues…"));
    updateActions();
    m_conn->prepare();
    return {};
}

void MailQueuesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Connect on first sight rather than at start-up: a profile may point at servers the
    // technician does not want to reach now (and a host-key question needs context).
    if (!m_loadedOnce && !m_loading && m_conn->hasHosts())
        QTimer::singleShot(0, this, [this] {
            if (!m_loadedOnce && !m_loading)
                refresh();
        });
}

void MailQueuesPage::startListing()
{
    MtaSessions *sessions = m_conn->sessions();
    if (!sessions) {
        m_loading = false;
        updateActions();
        return;
    }
    auto *job = new QueueListJob(sessions->listSources(), this);
    m_listJob = job;
    connect(job, &QueueListJob::progressed, this, [this](qint64 bytes) {
        //: %1 is an amount of data such as "1.2 MB"
        setStatus(tr("Reading the queues… %1 received").arg(QLocale().formattedDataSize(bytes)));
    });
    connect(job, &QueueListJob::finished, this, &MailQueuesPage::onListingFinished);
    job->start();
}

void MailQueuesPage::onListingFinished(bool ok)
{
    QueueListJob *job = m_listJob;
    if (!job)
        return;
    m_listJob = nullptr;
    job->deleteLater();
    auto listing = std::make_shared<QueueListing>(job->takeListing());
    const QString error = ok ? QString() : job->errorMessage();
    if (!ok && listing->count() == 0) {
        m_loading = false;
        setStatus(error, true);
        logActivity(error);
        updateActions();
        Q_EMIT listingLoaded(false);
        return;
    }
    if (!ok)
        logActivity(error);
    // Summary and groups on a pool thread: a few tens of ms at 100,000 rows, still too long
    // for the GUI thread. The generation drops a result that a newer refresh overtook.
    const quint64 generation = ++m_generation;
    const QueueGroupBy by = m_groups->groupBy();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::shared_ptr<const QueueListing> shared = listing;
    m_pool.start([this, generation, shared, by, now, ok, error] {
        QueueSummary summary = summarize(*shared, now, 5);
        QList<QueueGroup> groups = groupMessages(*shared, by, now);
        // `this` outlives the task: the destructor waits for the pool.
        QMetaObject::invokeMethod(
            this,
            [this, generation, shared, summary, groups, now, ok, error] {
                applyListing(generation, shared, summary, groups, now);
                if (!ok)
                    setStatus(error, true);
                Q_EMIT listingLoaded(ok);
            },
            Qt::QueuedConnection);
    });
}

void MailQueuesPage::applyListing(quint64 generation, std::shared_ptr<const QueueListing> listing,
                                  const QueueSummary &summary, const QList<QueueGroup> &groups, qint64 now)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    // Keep what the technician looked at: selected and current messages, scroll position.
    QList<QPair<QString, QString>> selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    selected.reserve(rows.size());
    for (const QModelIndex &i : rows)
        selected.append({i.data(QueueModel::HostRole).toString(), i.data(QueueModel::IdRole).toString()});
    const QModelIndex cur = m_table->currentIndex();
    const QPair<QString, QString> current {cur.data(QueueModel::HostRole).toString(),
                                           cur.data(QueueModel::IdRole).toString()};
    const int scroll = m_table->verticalScrollBar()->value();

    m_now = now;
    m_summary = summary;
    // Filter first, then swap the listing: the proxy rebuilds once and the selection restored
    // below is not reset again afterwards.
    m_proxy->setNow(now);
    m_proxy->setQueueFilter(currentFilter());
    m_model->setListing(listing);
    m_table->setColumnHidden(QueueModel::HostColumn, listing->hosts.size() < 2);
    m_filters->setHosts(listing->hosts);

    QItemSelection selection;
    for (const auto &s : std::as_const(selected)) {
        const int row = m_model->rowForId(s.first, s.second);
        if (row < 0)
            continue;
        const QModelIndex p = m_proxy->mapFromSource(m_model->index(row, 0));
        if (p.isValid())
            selection.select(p, p.siblingAtColumn(QueueModel::ColumnCount - 1));
    }
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        const int curRow = current.second.isEmpty() ? -1 : m_model->rowForId(current.first, current.second);
        if (curRow >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->mapFromSource(m_model->index(curRow, QueueModel::IdColumn)),
                QItemSelectionModel::NoUpdate);
    }
    m_table->selectionModel()->select(selection,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->verticalScrollBar()->setValue(scroll);

    m_counts->setSummary(summary);
    m_groups->setGroups(groups, listing->count());
    m_chart->addSample(QDateTime::fromSecsSinceEpoch(now), summary);
    m_loadedOnce = true;
    const QString time = QLocale().toString(QDateTime::fromSecsSinceEpoch(now).time(), QLocale::ShortFormat);
    //: %n messages, %1 a time of day
    setStatus(tr("%n message(s) in the queues at %1.", nullptr, listing->count()).arg(time));
    if (listing->brokenLines > 0)
        logActivity(tr("%n line(s) of the queue listing could not be read and were skipped.", nullptr,
                       listing->brokenLines));
    updateShownLabel();
    updateActions();
    restartAutoRefresh();
    Q_EMIT summaryChanged(summary);
}

void MailQueuesPage::recomputeGroups()
{
    std::shared_ptr<const QueueListing> listing = m_model->sharedListing();
    if (!listing)
        return;
    const quint64 generation = m_generation;
    const QueueGroupBy by = m_groups->groupBy();
    const qint64 now = m_now;
    m_pool.start([this, listing, by, now, generation] {
        QList<QueueGroup> groups = groupMessages(*listing, by, now);
        QMetaObject::invokeMethod(
            this,
            [this, groups, generation, listing, by] {
                if (generation == m_generation && by == m_groups->groupBy())
                    m_groups->setGroups(groups, listing->count());
            },
            Qt::QueuedConnection);
    });
}

QueueFilter MailQueuesPage::currentFilter() const
{
    QueueFilter f = m_filters->filter();
    if (const std::optional<QString> key = m_groups->chosenKey()) {
        const QueueFilter g = filterForGroup(m_groups->groupBy(), *key);
        // The chosen group narrows what the fields say; on the same property it wins.
        if (!g.sender.isEmpty()) {
            f.sender = g.sender;
            f.senderDomain.clear();
        }
        if (!g.senderDomain.isEmpty()) {
            f.senderDomain = g.senderDomain;
            f.sender.clear();
        }
        if (!g.recipientDomain.isEmpty())
            f.recipientDomain = g.recipientDomain;
        if (!g.reason.isEmpty())
            f.reason = g.reason;
        if (g.ageBucket >= 0)
            f.ageBucket = g.ageBucket;
    }
    return f;
}

void MailQueuesPage::applyFilter()
{
    m_proxy->setQueueFilter(currentFilter());
    updateShownLabel();
    updateActions();
}

void MailQueuesPage::updateShownLabel()
{
    const QLocale locale;
    //: %1 rows shown, %2 messages in total
    m_shown->setText(tr("Showing %1 of %2")
                         .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

std::vector<int> MailQueuesPage::selectedListingRows() const
{
    std::vector<int> rows;
    const QModelIndexList sel = m_table->selectionModel()->selectedRows();
    rows.reserve(size_t(sel.size()));
    for (const QModelIndex &i : sel)
        rows.push_back(i.data(QueueModel::MessageIndexRole).toInt());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MailQueuesPage::actOnSelection(QueueAction action)
{
    const QueueListing *listing = m_model->listing();
    const std::vector<int> rows = selectedListingRows();
    if (!listing || rows.empty() || m_runner)
        return;
    confirmAndRun(QueueActionPlan::make(action, *listing, rows,
                                        tr("%n selected message(s)", nullptr, int(rows.size()))));
}

void MailQueuesPage::actOnGroup(QueueAction action, const QString &key)
{
    const QueueListing *listing = m_model->listing();
    if (!listing || m_runner)
        return;
    const std::vector<int> rows = filterRows(*listing, filterForGroup(m_groups->groupBy(), key), m_now);
    if (rows.empty())
        return;
    QString label = key;
    for (const QueueGroup &g : groupMessages(*listing, m_groups->groupBy(), m_now, &rows)) {
        if (g.key == key)
            label = g.label;
    }
    //: %1 is a group of the grouping panel (a sender, a domain, a reason, an age)
    confirmAndRun(
        QueueActionPlan::make(action, *listing, rows, tr("every message of the group “%1”").arg(label)));
}

void MailQueuesPage::confirmAndRun(const QueueActionPlan &plan)
{
    auto *dialog = new QueueActionConfirmDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, plan] {
        if (m_runner || !m_conn->sessions())
            return;
        m_autoRefresh->stop();
        if (m_listJob)
            m_listJob->cancel();
        //: %1 is an action such as "Hold", %n the number of messages
        logActivity(
            tr("%1: %n message(s) requested.", nullptr, plan.count).arg(queueActionDisplay(plan.action)));
        m_runner = new QueueActionRunner(m_conn->sessions(), plan, this, this);
        connect(m_runner, &QueueActionRunner::finished, this, &MailQueuesPage::onActionFinished);
        updateActions();
        m_runner->start();
    });
    dialog->open();
}

void MailQueuesPage::onActionFinished(const QueueActionResult &result)
{
    if (m_runner)
        m_runner->deleteLater();
    m_runner = nullptr;
    const QString summary = result.summary();
    const QString details = result.details();
    logActivity(summary);
    if (!details.isEmpty())
        logActivity(details);
    auto *box = new QMessageBox(result.errors.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                queueActionDisplay(result.plan.action), summary, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("QueueActionResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
    updateActions();
    Q_EMIT actionFinished(result);
    // Show the queues as they are now.
    m_loading = false;
    refresh();
}

void MailQueuesPage::schedulePreview()
{
    m_previewDelay->start();
}

void MailQueuesPage::startPreview()
{
    const QModelIndex cur = m_table->currentIndex();
    if (m_previewJob)
        m_previewJob->cancel();
    if (!cur.isValid() || !m_conn->sessions()) {
        m_preview->showNothing();
        return;
    }
    const QString id = cur.data(QueueModel::IdRole).toString();
    const QString host = cur.data(QueueModel::HostRole).toString();
    SshSession *session = m_conn->sessions()->sessionFor(host);
    if (!session)
        return;
    m_preview->showLoading(id);
    auto *job = new MessagePreviewJob(session, m_conn->sessions()->settings().paths, id, 16 * 1024, this);
    m_previewJob = job;
    connect(job, &MessagePreviewJob::finished, this, [this, job, id](bool ok) {
        job->deleteLater();
        if (m_previewJob != job)
            return;
        if (ok)
            m_preview->showText(id, job->text(), job->truncated());
        else
            m_preview->showError(id, job->errorMessage());
    });
    job->start();
}

void MailQueuesPage::restartAutoRefresh()
{
    const int seconds = AppSettings::instance().autoRefreshSeconds();
    if (seconds <= 0 || !m_loadedOnce) {
        m_autoRefresh->stop();
        return;
    }
    m_autoRefresh->start(seconds * 1000);
}

void MailQueuesPage::logActivity(const QString &line)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::LongFormat);
    //: A line of the activity log: %1 time, %2 what happened
    m_log->appendPlainText(tr("%1  %2").arg(time, line));
    // Bounded: the log is for this session's history, not an archive.
    if (m_log->blockCount() > 2000)
        m_log->setMaximumBlockCount(2000);
}

void MailQueuesPage::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString MailQueuesPage::activityText() const
{
    return m_log->toPlainText();
}

QString MailQueuesPage::statusText() const
{
    return m_statusText;
}

void MailQueuesPage::updateActions()
{
    const bool haveSelection = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    const bool can = haveSelection && !m_runner && m_conn->sessions();
    for (QAction *a : {m_holdAction, m_releaseAction, m_requeueAction, m_deleteAction})
        a->setEnabled(can);
    m_refreshAction->setEnabled(!m_loading && !m_runner);
}

} // namespace zaindari
