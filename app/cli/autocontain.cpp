#include "autocontain.h"

#include "commands_account.h"
#include "commands_rates.h"
#include "output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace zaindari::cli {

namespace {

// An automatic run races a burst in progress: the submission block already refuses new
// sessions, so the second look for stragglers comes sooner than an interactive run's 5 s.
constexpr int kAutoRecheckMs = 2000;

ContainmentOptions optionsFor(const ContainSettings &s, const QString &account)
{
    ContainmentOptions o;
    o.account = account;
    o.queue = s.queue == ContainQueueAction::Delete ? QueueChoice::Delete : QueueChoice::Hold;
    switch (s.directory) {
    case ContainDirectoryAction::Disable:
        o.directory = DirectoryChoice::Disable;
        break;
    case ContainDirectoryAction::ResetPassword:
        o.directory = DirectoryChoice::ResetPassword;
        o.newPassword = generatePassword();
        o.passwordGenerated = true;
        break;
    case ContainDirectoryAction::Leave:
        o.directory = DirectoryChoice::Skip;
        break;
    }
    // The runner restarts Postfix only on a host where a session of the login is still alive
    // after the block's reload.
    o.restartMta = s.restartMtaWhenSessionsOpen;
    o.urgent = true; // MTA first, Postfix stopped before the block when a session is open
    o.removeForwarding = s.removeForwarding;
    o.recheckDelayMs = kAutoRecheckMs;
    return o;
}

} // namespace

AutoContainer::AutoContainer(const Output &out, const Profile &profile, const ContainmentBackends &backends,
                             RatesAnalysis *analysis, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_profile(profile)
    , m_backends(backends)
    , m_analysis(analysis)
{ }

int AutoContainer::keyFor(const QString &account)
{
    const auto it = m_keys.constFind(account);
    if (it != m_keys.constEnd())
        return *it;
    const MailLogAnalyzer &a = m_analysis->analyzer();
    for (int k = 0; k < a.senderCount(); ++k) {
        const SenderIdentity &who = a.sender(k);
        if (who.authenticated && who.account == account) {
            m_keys.insert(account, k);
            return k;
        }
    }
    return -1;
}

int AutoContainer::minuteRate(const QString &account, qint64 t)
{
    const int key = keyFor(account);
    return key < 0 ? 0 : m_analysis->detector().countInLastMinute(key, t);
}

RateAlert AutoContainer::containAlert(const QString &account, qint64 t, int rate)
{
    RateAlert a;
    a.t = t;
    a.account = account;
    a.rate = rate;
    a.threshold = m_profile.containment.autoThresholdPerMinute;
    a.window = QStringLiteral("minute");
    a.action = QStringLiteral("contain");
    return a;
}

RateAlert AutoContainer::onAlert(const RateAlert &alert, bool live)
{
    // Only SASL logins are accounts to contain; the detector also rates unauthenticated senders.
    if (m_handled.contains(alert.account) || keyFor(alert.account) < 0)
        return alert;
    if (!live) {
        m_flagged.insert(alert.account);
        m_flaggedBeforeLive.insert(alert.account);
        return alert;
    }
    const int rate = minuteRate(alert.account, alert.t);
    if (rate < m_profile.containment.autoThresholdPerMinute) {
        m_flagged.insert(alert.account);
        return alert;
    }
    start(alert.account);
    return containAlert(alert.account, alert.t, rate);
}

void AutoContainer::setLive(qint64 newest)
{
    m_liveSince = newest;
    for (const QString &account : std::as_const(m_flaggedBeforeLive))
        m_hourAtLive.insert(account, m_analysis->detector().countInLastHour(keyFor(account), newest));
}

QList<RateAlert> AutoContainer::check()
{
    QList<RateAlert> out;
    if (m_flagged.isEmpty())
        return out;
    const qint64 t = m_analysis->analyzer().stats().newest;
    const QSet<QString> flagged = m_flagged;
    for (const QString &account : flagged) {
        if (m_flaggedBeforeLive.contains(account) && t - m_liveSince < 60) {
            // Its last minute still holds read-back lines: count only the new ones (a lower
            // bound: read-back lines leaving the hour window are not added back).
            const int fresh
                = m_analysis->detector().countInLastHour(keyFor(account), t) - m_hourAtLive.value(account);
            if (fresh < m_profile.containment.autoThresholdPerMinute)
                continue;
        }
        const int rate = minuteRate(account, t);
        if (rate < m_profile.containment.autoThresholdPerMinute)
            continue;
        m_flagged.remove(account);
        start(account);
        out << containAlert(account, t, rate);
    }
    return out;
}

void AutoContainer::start(const QString &login)
{
    m_handled.insert(login);
    m_flagged.remove(login);
    m_pending << login;
    if (!m_runner)
        QTimer::singleShot(0, this, &AutoContainer::next);
}

void AutoContainer::next()
{
    if (m_runner)
        return;
    if (m_pending.isEmpty()) {
        emit becameIdle();
        return;
    }
    const QString login = m_pending.takeFirst();
    // SASL logins may be bare ("ikasle3"); containment needs the address.
    const QString account = m_profile.accountAddress(login);
    if (account.isEmpty()) {
        ++m_failures;
        //: %1 is a login
        Output::error(QCoreApplication::translate(
                          "zaindari::cli",
                          "Cannot contain %1: the profile gives no mail domain for a bare login (set the "
                          "Zimbra admin account as name@domain).")
                          .arg(login));
        QTimer::singleShot(0, this, &AutoContainer::next);
        return;
    }
    const ContainmentOptions options = optionsFor(m_profile.containment, account);
    m_runner = new ContainmentRunner(m_backends, this);
    m_runner->setFailurePolicy([](const StepResult &) { return true; }); // nobody to ask: go on
    connect(m_runner, &ContainmentRunner::planReady, this, [this](const ContainmentPlan &plan) {
        for (const QString &l : plan.previewLines())
            Output::error(l); // stderr: stdout stays the JSON-lines stream
        m_runner->run(plan);
    });
    connect(m_runner, &ContainmentRunner::stepFinished, this, [this](const StepResult &r) {
        if (m_out.isJson())
            return;
        //: %1 is a step title, %2 "done" or "NOT done", %3 the detail
        m_out.line(QCoreApplication::translate("zaindari::cli", "%1: %2. %3")
                       .arg(containStepTitle(r.step),
                            r.done ? QCoreApplication::translate("zaindari::cli", "done")
                                   : QCoreApplication::translate("zaindari::cli", "NOT done"),
                            r.detail));
    });
    connect(m_runner, &ContainmentRunner::finished, this, [this, options](const ContainmentResult &r) {
        report(r, options);
        m_runner->deleteLater();
        m_runner = nullptr;
        QTimer::singleShot(0, this, &AutoContainer::next);
    });
    if (!m_out.isJson())
        //: %1 is an account address
        m_out.line(QCoreApplication::translate("zaindari::cli", "Containing %1 automatically.").arg(account));
    m_runner->prepare(options);
}

void AutoContainer::report(const ContainmentResult &result, const ContainmentOptions &options)
{
    if (!result.allDone() || result.auditFailures > 0)
        ++m_failures;
    if (m_out.isJson()) {
        // The same document as `contain --json`, on its own line of the stream.
        QJsonObject doc = result.toJson();
        if (options.passwordGenerated && result.passwordReset)
            doc.insert(QStringLiteral("password"), options.newPassword);
        m_out.jsonLine(doc);
    } else {
        //: %n is a number of messages
        m_out.line(QCoreApplication::translate("Cli", "Messages held: %n", nullptr, int(result.held.size())));
        m_out.line(
            QCoreApplication::translate("Cli", "Messages deleted: %n", nullptr, int(result.deleted.size())));
        if (options.passwordGenerated && result.passwordReset)
            //: %1 is the generated password, shown once
            m_out.line(
                QCoreApplication::translate(
                    "zaindari::cli", "New password (shown once; must be changed at the next logon): %1")
                    .arg(options.newPassword));
    }
    if (result.auditFailures > 0)
        //: %n is a number of steps
        Output::error(QCoreApplication::translate("Cli", "%n step(s) could not be written to the audit log.",
                                                  nullptr, result.auditFailures));
}

} // namespace zaindari::cli
