#include "ratesanalysis.h"

#include "loginput.h"

#include <QDateTime>

namespace zaindari {

RatesAnalysis::RatesAnalysis(const RatesOptions &options)
    : m_options(options)
    , m_detector(options.detector)
{
    if (m_options.now == 0)
        m_options.now = QDateTime::currentSecsSinceEpoch();
    anchorNow();
    m_analyzer.setSubmissionHook(
        [this](qint64 t, int key, const SenderIdentity &who) { onSubmitted(t, key, who); });
}

void RatesAnalysis::anchor(const maillog::LogStamp &newest)
{
    maillog::SyslogClock clock;
    clock.anchor(newest, m_options.now, m_options.localOffset);
    m_analyzer.setClock(clock);
}

void RatesAnalysis::anchorNow()
{
    maillog::SyslogClock clock;
    clock.anchorNow(m_options.now, m_options.localOffset);
    m_analyzer.setClock(clock);
}

void RatesAnalysis::feed(std::string_view chunk)
{
    if (!m_carry.empty()) {
        // Complete the line left over from the previous chunk first.
        const size_t nl = chunk.find('\n');
        if (nl == std::string_view::npos) {
            m_carry.append(chunk);
            return;
        }
        m_carry.append(chunk.substr(0, nl));
        m_analyzer.feedLine(m_carry);
        m_carry.clear();
        chunk.remove_prefix(nl + 1);
    }
    const size_t rest = m_analyzer.feed(chunk);
    if (rest)
        m_carry.assign(chunk.substr(chunk.size() - rest));
}

void RatesAnalysis::finish()
{
    if (!m_carry.empty()) {
        m_analyzer.feedLine(m_carry);
        m_carry.clear();
    }
}

void RatesAnalysis::onSubmitted(qint64 t, int key, const SenderIdentity &who)
{
    // The baseline (usual hourly peak) is refreshed once per log hour per sender: cheap, and
    // it never includes the hour being judged.
    auto &at = m_baselineAt[key];
    if (at == 0 || t - at >= 3600) {
        at = t;
        m_detector.setBaseline(who.account, m_analyzer.usualHourlyPeak(key, t - 3600));
    }
    if (auto alert = m_detector.submitted(t, key, who.account)) {
        m_alerts.push_back(*alert);
        if (m_alertHook)
            m_alertHook(*alert);
    }
}

RatesReport RatesAnalysis::report(qint64 sinceSeconds, int limit, qint64 until) const
{
    RatesReport r;
    r.stats = m_analyzer.stats();
    r.until = until ? until : r.stats.newest;
    r.since = sinceSeconds > 0 ? r.until - sinceSeconds : r.stats.oldest;
    r.senders = m_analyzer.senders(r.since, r.until);
    QSet<QString> flagged;
    for (const RateAlert &a : m_alerts)
        if (a.t >= r.since && a.t <= r.until)
            flagged.insert(a.account);
    for (SenderRate &s : r.senders)
        s.flagged = flagged.contains(s.who.account);
    if (limit > 0 && r.senders.size() > limit)
        r.senders.resize(limit);
    return r;
}

RateSeries RatesAnalysis::series(qint64 sinceSeconds, int bucketSeconds, const QString &account,
                                 qint64 until) const
{
    const LogParseStats &st = m_analyzer.stats();
    const qint64 end = until ? until : st.newest;
    const qint64 start = sinceSeconds > 0 ? end - sinceSeconds : st.oldest;
    return m_analyzer.series(start, end, bucketSeconds, account);
}

bool analyzeLogFile(const QString &path, RatesAnalysis *analysis, QString *error,
                    const std::atomic<bool> *cancel,
                    const std::function<void(quint64 done, quint64 total)> &progress)
{
    LogReadOptions opt;
    opt.cancel = cancel;
    opt.progress = progress;
    if (path == QLatin1String("-")) {
        // Standard input cannot be read twice: keep it to find the newest entry first.
        std::string data;
        if (!readAllInput(path, &data, error))
            return false;
        if (auto s = newestStampIn(data))
            analysis->anchor(*s);
        analysis->feed(data);
        analysis->finish();
        return true;
    }
    if (auto s = newestLogStamp(path))
        analysis->anchor(*s);
    opt.chunk = [analysis](std::string_view chunk) {
        analysis->feed(chunk);
        return true;
    };
    const bool ok = readLogInput(path, opt, error);
    analysis->finish();
    return ok;
}

} // namespace zaindari
