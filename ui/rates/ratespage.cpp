#include "ratespage.h"

#include "alertbanner.h"
#include "common/settings.h"
#include "failedloginspanel.h"
#include "highlightproxy.h"
#include "mta/mtasessions.h"
#include "queues/sshconnectioncontroller.h"
#include "rateschart.h"
#include "ratesfeed.h"
#include "ratesmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTreeWidget>

namespace zaindari {

namespace {
// Read back the longest window the selector offers, so changing the window never reads again.
constexpr qint64 kBacklogSeconds = 24 * 3600;
} // namespace

RatesPage::RatesPage(SshConnectionController *connection, QWidget *parent)
    : Page(parent)
    , m_conn(connection)
    , m_feed(new RatesFeed(this))
    , m_model(new RatesModel(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_highlight(new HighlightProxy(this))
{
    setObjectName(QStringLiteral("sendRatesPage"));
    m_highlight->addRule({RatesModel::FlaggedRole, QColor(0xfd, 0xd8, 0xd5), [] {
                              return tr("Flagged: this login crossed a send-rate threshold in the window.");
                          }});
    buildUi();

    connect(m_feed, &RatesFeed::snapshotUpdated, this, &RatesPage::onSnapshot);
    connect(m_feed, &RatesFeed::alertRaised, this, &RatesPage::onAlert);
    connect(m_feed, &RatesFeed::progressed, this, [this](qint64 bytes) {
        if (m_reading)
            //: %1 is an amount of data such as "12.4 MB"
            m_progress->setFormat(tr("Reading: %1").arg(QLocale().formattedDataSize(bytes)));
    });
    connect(m_feed, &RatesFeed::backlogFinished, this, [this] {
        m_reading = false;
        m_progress->hide();
        setStatus(tr("Following the logs: new lines appear within seconds."));
    });
    connect(m_feed, &RatesFeed::errorOccurred, this, [this](const QString &message, const QString &detail) {
        setStatus(detail.isEmpty() ? message : message + QLatin1Char(' ') + detail, true);
    });
    connect(m_feed, &RatesFeed::finished, this, [this](bool ok, const QString &message) {
        m_reading = false;
        m_progress->hide();
        m_cancel->setEnabled(false);
        if (!ok && !message.isEmpty())
            setStatus(message, true);
        else if (!ok)
            setStatus(tr("Stopped. Reload to read the logs again."));
    });
    connect(m_conn, &SshConnectionController::sessionsReady, this, [this] {
        // Whoever asked for the sessions (this page or the Queues page), start following.
        if (m_waitingForSessions || !m_started)
            startFeed();
    });
    connect(m_conn, &SshConnectionController::sessionsUnavailable, this, [this](const QString &message) {
        if (!m_waitingForSessions)
            return;
        m_waitingForSessions = false;
        m_reading = false;
        m_progress->hide();
        m_cancel->setEnabled(false);
        setStatus(message, true);
    });

    connect(m_window, &QComboBox::currentIndexChanged, this, &RatesPage::applyView);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &RatesPage::applyView);
    connect(m_reload, &QPushButton::clicked, this, &RatesPage::startMonitoring);
    connect(m_cancel, &QPushButton::clicked, this, &RatesPage::cancel);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RatesPage::onSelectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openAccountRequested(index.siblingAtColumn(0).data(RatesModel::AccountRole).toString());
    });
    connect(m_failed, &FailedLoginsPanel::accountActivated, this, &RatesPage::openAccountRequested);
    connect(m_alerts, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openAccountRequested(item->text(1)); });
    m_alerts->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_alerts, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_alerts->itemAt(pos);
        if (!item)
            return;
        QMenu menu(this);
        menu.addAction(tr("&Contain this account…"), this, [this, item] {
            emit containRequested(
                item->text(1),
                QDateTime::fromSecsSinceEpoch(item->data(0, Qt::UserRole).toLongLong(), Qt::UTC));
        });
        menu.addAction(tr("&Open account"), this, [this, item] { emit openAccountRequested(item->text(1)); });
        menu.exec(m_alerts->viewport()->mapToGlobal(pos));
    });
    connect(m_applyThresholds, &QPushButton::clicked, this, &RatesPage::saveThresholds);

    retranslateUi();
    setStatus(tr("Not connected. The page reads the mail log when you open it."));
}

RatesPage::~RatesPage() = default;

QString RatesPage::title() const
{
    return tr("Send rates");
}

QIcon RatesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/sendrates.svg"));
}

void RatesPage::setProfile(const std::optional<Profile> &profile)
{
    const bool same = profile && m_profile && profile->id == m_profile->id && profile->ssh == m_profile->ssh;
    m_profile = profile;
    loadThresholds();
    if (same)
        return;
    // Different servers: what was shown belongs to the old ones.
    m_feed->cancel();
    m_started = false;
    m_waitingForSessions = false;
    m_model->clear();
    m_failed->clear();
    m_chart->clear();
    m_drill->clear();
    m_drillAccount.clear();
    m_conn->setProfile(profile);
    if (!profile || profile->ssh.hosts.isEmpty())
        setStatus(tr("This profile has no MTA host: add one in the profile's SSH section."));
    else
        setStatus(tr("Not connected. The page reads the mail log when you open it."));
    if (isVisible() && profile && !profile->ssh.hosts.isEmpty())
        startMonitoring();
}

QString RatesPage::refresh()
{
    if (!m_profile || m_profile->ssh.hosts.isEmpty())
        return tr("This profile has no MTA host: add one in the profile's SSH section.");
    startMonitoring();
    return {};
}

void RatesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_started && !m_waitingForSessions && m_profile && !m_profile->ssh.hosts.isEmpty())
        startMonitoring();
}

void RatesPage::startMonitoring()
{
    if (!m_profile || m_profile->ssh.hosts.isEmpty())
        return;
    m_waitingForSessions = true;
    m_reading = true;
    m_progress->setFormat(tr("Connecting…"));
    m_progress->show();
    m_cancel->setEnabled(true);
    setStatus(tr("Connecting to %1…").arg(m_profile->ssh.hosts.constFirst().host));
    m_conn->prepare(); // sessionsReady -> startFeed (queued even when they exist)
}

void RatesPage::startFeed()
{
    MtaSessions *sessions = m_conn->sessions();
    SshSession *session = sessions ? sessions->sessions().value(0) : nullptr;
    if (!session || !m_profile)
        return;
    m_waitingForSessions = false;
    m_started = true;
    m_reading = true;
    m_progress->setFormat(tr("Reading the logs…"));
    m_progress->show();
    m_cancel->setEnabled(true);
    setStatus(tr("Reading the last 24 hours of %1 and %2…")
                  .arg(m_profile->ssh.mtaLogPath, m_profile->ssh.auditLogPath));
    DetectorConfig config;
    config.defaults.perMinute = m_perMinute->value();
    config.defaults.perHour = m_perHour->value();
    // The lab and most school servers log in the console's zone; the log carries no zone.
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    m_feed->setView(windowSeconds(), bucketSeconds(), m_drillAccount);
    m_feed->start(session, m_profile->ssh.mtaLogPath, m_profile->ssh.auditLogPath, kBacklogSeconds, config,
                  offset);
}

void RatesPage::cancel()
{
    m_waitingForSessions = false;
    m_started = true; // stopped on purpose: the Queues page connecting must not restart it
    m_feed->cancel();
}

bool RatesPage::isMonitoring() const
{
    return m_feed->isRunning();
}

qint64 RatesPage::windowSeconds() const
{
    return m_window->currentData().toLongLong();
}

int RatesPage::bucketSeconds() const
{
    return m_bucket->currentData().toInt();
}

void RatesPage::applyView()
{
    m_feed->setView(windowSeconds(), bucketSeconds(), m_drillAccount);
}

QString RatesPage::selectedAccount() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(RatesModel::AccountRole).toString()
                             : QString();
}

void RatesPage::onSelectionChanged()
{
    const QString account = selectedAccount();
    if (account == m_drillAccount || account.isEmpty())
        return;
    m_drillAccount = account;
    m_drill->clear();
    //: Chart title; %1 is a login
    m_drill->setHeading(tr("Sent by %1").arg(account));
    applyView();
}

bool RatesPage::showAccount(const QString &account)
{
    m_tabs->setCurrentIndex(RatesTab);
    for (int row = 0; row < m_highlight->rowCount(); ++row) {
        const QModelIndex index = m_highlight->index(row, 0);
        if (index.data(RatesModel::AccountRole).toString() == account) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            m_table->setFocus();
            return true;
        }
    }
    return false;
}

void RatesPage::onSnapshot()
{
    const RatesSnapshot &s = m_feed->snapshot();
    m_model->setReport(s.report); // updates rows in place: the selection survives
    m_table->resizeColumnsToContents();
    m_chart->setSeries(s.series);
    if (!m_drillAccount.isEmpty() && s.account == m_drillAccount)
        m_drill->setSeries(s.accountSeries);
    m_failed->setData(s.logins, s.authEvents, s.windowSeconds, s.bucketSeconds);
    if (!m_reading) {
        const LogParseStats &st = s.report.stats;
        //: %1 lines read, %2 senders, %3 lines skipped as malformed
        setStatus(
            tr("Following the logs: %1 lines read, %2 senders in the window, %3 malformed lines skipped.")
                .arg(QLocale().toString(st.lines), QLocale().toString(qlonglong(s.report.senders.size())),
                     QLocale().toString(st.malformed)));
        emit backlogLoaded();
    }
}

void RatesPage::onAlert(const RateAlert &alert)
{
    m_alertLog.append(alert);
    auto *item = new QTreeWidgetItem(
        {QLocale().toString(QDateTime::fromSecsSinceEpoch(alert.t).toLocalTime(), QLocale::ShortFormat),
         alert.account, AlertBanner::describe(alert)});
    item->setToolTip(2, item->text(2));
    item->setData(0, Qt::UserRole, alert.t); // detection time for "Contain…"
    m_alerts->insertTopLevelItem(0, item);
    m_alerts->resizeColumnToContents(0);
    m_alerts->resizeColumnToContents(1);
    emit alertRaised(alert);
}

void RatesPage::loadThresholds()
{
    const DetectorConfig defaults;
    const AppSettings &settings = AppSettings::instance();
    const QString id = m_profile ? m_profile->id : QString();
    const int perMinute = id.isEmpty() ? 0 : settings.rateThresholdPerMinute(id);
    const int perHour = id.isEmpty() ? 0 : settings.rateThresholdPerHour(id);
    m_perMinute->setValue(perMinute > 0 ? perMinute : defaults.defaults.perMinute);
    m_perHour->setValue(perHour > 0 ? perHour : defaults.defaults.perHour);
    m_applyThresholds->setEnabled(!id.isEmpty());
}

void RatesPage::saveThresholds()
{
    if (!m_profile)
        return;
    AppSettings::instance().setRateThresholds(m_profile->id, m_perMinute->value(), m_perHour->value());
    DetectorConfig config;
    config.defaults.perMinute = m_perMinute->value();
    config.defaults.perHour = m_perHour->value();
    m_feed->setDetectorConfig(config);
    setStatus(tr("Thresholds saved for %1.").arg(m_profile->name));
}

void RatesPage::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString RatesPage::statusText() const
{
    return m_statusText;
}

} // namespace zaindari
