#include "ratesjob.h"

#include <QDateTime>
#include <QThread>

namespace zaindari {

RatesFileJob::RatesFileJob(const QString &path, qint64 sinceSeconds, const RatesOptions &options,
                           QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_since(sinceSeconds)
    , m_options(options)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<zaindari::RatesFileResult>();
}

RatesFileJob::~RatesFileJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RatesFileJob::start()
{
    if (m_thread)
        return;
    m_cancel->store(false);
    // Values are captured, never `this`: the worker outlives nothing it does not own.
    const QString path = m_path;
    const qint64 since = m_since;
    const RatesOptions options = m_options;
    const auto cancel = m_cancel;
    QPointer<RatesFileJob> self(this);
    m_thread = QThread::create([path, since, options, cancel, self] {
        RatesFileResult result;
        RatesAnalysis analysis(options);
        int lastPermille = -1;
        const bool ok = analyzeLogFile(
            path, &analysis, &result.errorMessage, cancel.get(), [&](quint64 done, quint64 total) {
                const int permille = total ? int(done * 1000 / total) : 0;
                if (permille != lastPermille && self) {
                    lastPermille = permille;
                    QMetaObject::invokeMethod(self.data(), "progressed", Qt::QueuedConnection,
                                              Q_ARG(int, permille));
                }
            });
        result.canceled = cancel->load();
        result.ok = ok && !result.canceled;
        if (result.ok) {
            result.report = analysis.report(since);
            result.series = analysis.series(since, 60);
            result.alerts = analysis.alerts();
        }
        if (self)
            QMetaObject::invokeMethod(self.data(), "finished", Qt::QueuedConnection,
                                      Q_ARG(zaindari::RatesFileResult, result));
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

void RatesFileJob::cancel()
{
    m_cancel->store(true);
}

LiveRatesMonitor::LiveRatesMonitor(SshSession *session, const LogFollowOptions &follow,
                                   const RatesOptions &options, QObject *parent)
    : QObject(parent)
    , m_analysis(std::make_unique<RatesAnalysis>(options))
    , m_follower(session, follow)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(1000);
    connect(&m_throttle, &QTimer::timeout, this, &LiveRatesMonitor::reportUpdated);
    m_analysis->setAlertHook([this](const RateAlert &a) {
        if (m_live)
            emit alertRaised(a);
    });
    connect(&m_follower, &LogFollower::dataReceived, this, [this](const QByteArray &lines) {
        m_analysis->feed(std::string_view(lines.constData(), size_t(lines.size())));
        if (m_live && !m_throttle.isActive())
            m_throttle.start();
    });
    connect(&m_follower, &LogFollower::backlogFinished, this, [this] {
        m_live = true;
        // Alerts of the read-back that are still recent are news for the technician.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const RateAlert &a : m_analysis->alerts())
            if (a.t >= now - 600)
                emit alertRaised(a);
        emit backlogFinished();
        emit reportUpdated();
    });
    connect(&m_follower, &LogFollower::errorOccurred, this, &LiveRatesMonitor::errorOccurred);
    connect(&m_follower, &LogFollower::finished, this, &LiveRatesMonitor::finished);
}

void LiveRatesMonitor::start()
{
    m_analysis->anchorNow();
    m_follower.start();
}

void LiveRatesMonitor::cancel()
{
    m_follower.cancel();
}

RatesReport LiveRatesMonitor::report(qint64 sinceSeconds, int limit) const
{
    return m_analysis->report(sinceSeconds, limit, QDateTime::currentSecsSinceEpoch());
}

RateSeries LiveRatesMonitor::series(qint64 sinceSeconds, int bucketSeconds, const QString &account) const
{
    return m_analysis->series(sinceSeconds, bucketSeconds, account, QDateTime::currentSecsSinceEpoch());
}

} // namespace zaindari
