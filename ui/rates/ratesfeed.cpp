#include "ratesfeed.h"

#include "mta/ratesanalysis.h"
#include "queueloginjoin.h"
#include "ssh/sshsession.h"

#include <QDateTime>
#include <QHash>
#include <QThread>
#include <QTimer>

#include <memory>

namespace zaindari {

namespace {
constexpr int kSnapshotIntervalMs = 1000;
constexpr int kIdleRepublishTicks = 15;
constexpr int kMaxAuthEvents = 50000; // the newest; a chart needs no more
// Alerts found while reading back are news when they are this recent.
constexpr qint64 kRecentAlertSeconds = 3600;
} // namespace

// Owns the parsers; every method runs on the feed's worker thread (queued calls only).
class RatesWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void reset(quint64 generation, const RatesOptions &options, int localOffset)
    {
        m_generation = generation;
        m_live = false;
        m_analysis = std::make_unique<RatesAnalysis>(options);
        m_analysis->anchorNow();
        m_analysis->setAlertHook([this](const RateAlert &a) {
            if (m_live)
                emit alertRaised(m_generation, a);
        });
        m_audit = std::make_unique<AuditLogAnalyzer>(localOffset);
        if (!m_timer) {
            m_timer = new QTimer(this);
            m_timer->setInterval(kSnapshotIntervalMs);
            connect(m_timer, &QTimer::timeout, this, [this] {
                // "Rate now" and the window move with the clock even when the log is quiet.
                if (m_dirty || ++m_idleTicks >= kIdleRepublishTicks)
                    publish();
            });
            m_timer->start();
        }
        m_dirty = true;
    }
    void feedMta(const QByteArray &lines)
    {
        if (!m_analysis)
            return;
        m_analysis->feed(std::string_view(lines.constData(), size_t(lines.size())));
        m_dirty = true;
    }
    void feedAudit(const QByteArray &lines)
    {
        if (!m_audit)
            return;
        m_audit->feed(std::string_view(lines.constData(), size_t(lines.size())));
        m_dirty = true;
    }
    void setView(qint64 window, int bucket, const QString &account)
    {
        m_window = window;
        m_bucket = bucket;
        m_account = account;
        publish();
    }
    void setConfig(const DetectorConfig &config)
    {
        if (m_analysis)
            m_analysis->detector().setConfig(config);
    }
    void goLive()
    {
        if (!m_analysis)
            return;
        m_live = true;
        // The latest read-back alert of each login within the last hour: the technician who
        // opens the console after a burst must still hear about it.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QHash<QString, RateAlert> latest;
        for (const RateAlert &a : m_analysis->alerts())
            if (a.t >= now - kRecentAlertSeconds)
                latest.insert(a.account, a);
        for (const RateAlert &a : std::as_const(latest))
            emit alertRaised(m_generation, a);
        publish();
    }

    QVector<QueueLoginGroup> joinQueue(const QueueListing &listing) const
    {
        if (!m_analysis)
            return joinQueueWithLogins(listing, QHash<QString, QString>());
        const MailLogAnalyzer &analyzer = m_analysis->analyzer();
        return joinQueueWithLogins(listing, [&analyzer](const QString &id) {
            const QByteArray latin = id.toLatin1();
            const SenderIdentity *who
                = analyzer.senderOfQueueId(std::string_view(latin.constData(), size_t(latin.size())));
            // Only a SASL login says who really sent; an envelope sender can be anything.
            return who && who->authenticated ? who->account : QString();
        });
    }

Q_SIGNALS:
    void snapshotReady(const zaindari::RatesSnapshot &snapshot);
    void alertRaised(quint64 generation, const zaindari::RateAlert &alert);

private:
    void publish()
    {
        m_dirty = false;
        m_idleTicks = 0;
        if (!m_analysis)
            return;
        RatesSnapshot s;
        s.generation = m_generation;
        s.windowSeconds = m_window;
        s.bucketSeconds = m_bucket;
        s.account = m_account;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        s.report = m_analysis->report(m_window, 0, now);
        s.series = m_analysis->series(m_window, m_bucket, QString(), now);
        if (!m_account.isEmpty())
            s.accountSeries = m_analysis->series(m_window, m_bucket, m_account, now);
        if (m_audit) {
            s.logins = m_audit->report(m_window, now);
            const QVector<AuthEvent> &events = m_audit->events();
            int first = int(events.size());
            while (first > 0 && events.at(first - 1).t >= now - m_window
                   && int(events.size()) - first < kMaxAuthEvents)
                --first;
            s.authEvents = events.mid(first);
        }
        emit snapshotReady(s);
    }

    std::unique_ptr<RatesAnalysis> m_analysis;
    std::unique_ptr<AuditLogAnalyzer> m_audit;
    QTimer *m_timer = nullptr;
    quint64 m_generation = 0;
    qint64 m_window = 3600;
    int m_bucket = 60;
    QString m_account;
    bool m_dirty = false;
    bool m_live = false;
    int m_idleTicks = 0;
};

RatesFeed::RatesFeed(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new RatesWorker)
{
    qRegisterMetaType<zaindari::RatesSnapshot>();
    qRegisterMetaType<zaindari::RateAlert>();
    m_thread->setObjectName(QStringLiteral("rates-worker"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RatesWorker::snapshotReady, this, &RatesFeed::onSnapshot, Qt::QueuedConnection);
    connect(
        m_worker, &RatesWorker::alertRaised, this,
        [this](quint64 generation, const RateAlert &a) {
            if (generation == m_generation)
                emit alertRaised(a);
        },
        Qt::QueuedConnection);
    m_thread->start();
}

RatesFeed::~RatesFeed()
{
    stopFollowers();
    m_thread->quit();
    m_thread->wait();
}

void RatesFeed::stopFollowers()
{
    for (LogFollower *f : {m_mta.data(), m_audit.data()}) {
        if (!f)
            continue;
        f->disconnect(this);
        f->cancel();
        f->deleteLater();
    }
    m_mta.clear();
    m_audit.clear();
}

void RatesFeed::start(SshSession *session, const QString &mtaLog, const QString &auditLog,
                      qint64 backlogSeconds, const DetectorConfig &config, int localOffset)
{
    stopFollowers();
    const quint64 generation = ++m_generation;
    m_mtaBytes = m_auditBytes = 0;
    m_mtaBacklog = m_auditBacklog = m_backlogDone = false;
    RatesOptions options;
    options.detector = config;
    options.localOffset = localOffset;
    RatesWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, generation, options, localOffset] { worker->reset(generation, options, localOffset); },
        Qt::QueuedConnection);
    setView(m_window, m_bucket, m_account);

    LogFollowOptions mta;
    mta.path = mtaLog;
    mta.backlogSeconds = backlogSeconds;
    LogFollowOptions audit = mta;
    audit.path = auditLog;
    m_mta = new LogFollower(session, mta, this);
    m_audit = new LogFollower(session, audit, this);

    connect(m_mta, &LogFollower::dataReceived, this, [worker](const QByteArray &lines) {
        QMetaObject::invokeMethod(
            worker, [worker, lines] { worker->feedMta(lines); }, Qt::QueuedConnection);
    });
    connect(m_audit, &LogFollower::dataReceived, this, [worker](const QByteArray &lines) {
        QMetaObject::invokeMethod(
            worker, [worker, lines] { worker->feedAudit(lines); }, Qt::QueuedConnection);
    });
    connect(m_mta, &LogFollower::progressed, this, [this](qint64 bytes) {
        m_mtaBytes = bytes;
        emit progressed(bytesReceived());
    });
    connect(m_audit, &LogFollower::progressed, this, [this](qint64 bytes) {
        m_auditBytes = bytes;
        emit progressed(bytesReceived());
    });
    connect(m_mta, &LogFollower::backlogFinished, this, [this] {
        m_mtaBacklog = true;
        checkBacklog();
    });
    connect(m_audit, &LogFollower::backlogFinished, this, [this] {
        m_auditBacklog = true;
        checkBacklog();
    });
    // A missing audit.log (a Postfix-only host) must not hold the page in "reading".
    connect(m_audit, &LogFollower::finished, this, [this](bool ok, const QString &message) {
        if (!ok) {
            m_auditBacklog = true;
            emit errorOccurred(message, QString());
            checkBacklog();
        }
    });
    connect(m_mta, &LogFollower::errorOccurred, this,
            [this](SshError, const QString &message, const QString &detail) {
                emit errorOccurred(message, detail);
            });
    connect(m_mta, &LogFollower::finished, this, &RatesFeed::finished);
    m_mta->start();
    m_audit->start();
}

void RatesFeed::checkBacklog()
{
    if (m_backlogDone || !m_mtaBacklog || !m_auditBacklog)
        return;
    m_backlogDone = true;
    RatesWorker *worker = m_worker;
    // Queued after every dataReceived of the read-back, so the worker has parsed them all.
    QMetaObject::invokeMethod(
        worker, [worker] { worker->goLive(); }, Qt::QueuedConnection);
    emit backlogFinished();
}

void RatesFeed::cancel()
{
    stopFollowers();
    emit finished(false, QString());
}

bool RatesFeed::isRunning() const
{
    return m_mta && m_mta->isRunning();
}

void RatesFeed::setView(qint64 windowSeconds, int bucketSeconds, const QString &account)
{
    m_window = windowSeconds;
    m_bucket = bucketSeconds;
    m_account = account;
    RatesWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, windowSeconds, bucketSeconds, account] {
            worker->setView(windowSeconds, bucketSeconds, account);
        },
        Qt::QueuedConnection);
}

void RatesFeed::setDetectorConfig(const DetectorConfig &config)
{
    RatesWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, config] { worker->setConfig(config); }, Qt::QueuedConnection);
}

void RatesFeed::requestQueueLogins(std::shared_ptr<const QueueListing> listing)
{
    if (!listing)
        return;
    RatesWorker *worker = m_worker;
    QPointer<RatesFeed> self(this);
    // The listing is immutable and shared: reading it on the worker is safe.
    QMetaObject::invokeMethod(
        worker,
        [worker, listing, self] {
            const QVector<QueueLoginGroup> groups = worker->joinQueue(*listing);
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, groups] {
                        if (self)
                            emit self->queueLoginsJoined(groups);
                    },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RatesFeed::onSnapshot(const RatesSnapshot &snapshot)
{
    if (snapshot.generation != m_generation)
        return; // from a previous start: stale
    m_snapshot = snapshot;
    emit snapshotUpdated();
}

} // namespace zaindari

#include "ratesfeed.moc"
