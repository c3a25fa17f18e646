// Benchmark of the MTA log path (issue 5): generates a Postfix log in the real format, measures
// the line parser and the full analysis on one core, then runs pflogsumm and
// `zaindari-cli rates top --input` on the same file and prints the ratio (goal: >= 10x).
//
// Usage: log_bench [LINES (default 3000000)] [--keep] ; figures go to stdout.
#include "log_bench_gen.h"

#include "mta/loginput.h"
#include "mta/logline.h"
#include "mta/ratesanalysis.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <string>

#include <sys/resource.h>

using namespace zaindari;

namespace {

// CPU seconds of this thread: on a shared machine wall time also measures the neighbours.
double threadCpu()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpu()
{
    rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
        + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Wall seconds; *cpu = CPU seconds the child used (user + system).
double runTimed(const QString &program, const QStringList &args, int *exitCode, double *cpu)
{
    const double cpuBefore = childrenCpu();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(-1)) {
        *exitCode = -1;
        return 0;
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const double wall = double(t.nsecsElapsed()) / 1e9;
    *cpu = childrenCpu() - cpuBefore;
    return wall;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    long long wanted = 3000000;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--keep")
            keep = true;
        else
            wanted = std::atoll(argv[i]);
    }

    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    const QString path = dir.filePath(QStringLiteral("zimbra.log"));

    // ~8.5 lines per generated message.
    loggen::Options o;
    o.messages = long(double(wanted) / 8.5);
    o.duration = 20 * 3600;
    o.burstMessages = 5000;
    o.burstOffset = 18 * 3600;
    o.malformedEvery = 100003;
    std::string text;
    text.reserve(size_t(wanted) * 170);
    loggen::Generator gen(o);
    const loggen::Truth truth = gen.run([&text](const std::string &line) {
        text += line;
        text += '\n';
    });
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(text.data(), qint64(text.size())) != qint64(text.size())) {
            std::fprintf(stderr, "log_bench: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("generated: %lld lines, %.1f MB (%s)\n", truth.lines, double(text.size()) / 1e6,
                qPrintable(path));

    // 1. The line parser alone: syslog header + Postfix event, zero-copy, one core.
    {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpu();
        quint64 lines = 0, events = 0, malformed = 0;
        std::string_view rest(text);
        while (!rest.empty()) {
            const size_t nl = rest.find('\n');
            const std::string_view line = rest.substr(0, nl);
            rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
            ++lines;
            maillog::SyslogLine sl;
            maillog::PostfixEvent ev;
            if (!maillog::parseSyslogLine(line, &sl)
                || !maillog::parsePostfixMessage(sl.program, sl.message, &ev))
                ++malformed;
            else if (ev.kind != maillog::PostfixEventKind::None)
                ++events;
        }
        const double s = double(t.nsecsElapsed()) / 1e9, cpu = threadCpu() - cpu0;
        std::printf("line parser:   cpu %.3f s = %.2f M lines/s on one core (wall %.3f s) (%llu events, %llu "
                    "malformed)\n",
                    cpu, double(lines) / cpu / 1e6, s, (unsigned long long)events,
                    (unsigned long long)malformed);
    }
    // 2. The full analysis (parse + join by queue id + per-minute counts + detector), in memory.
    {
        RatesOptions ro;
        ro.now = truth.last + 60;
        RatesAnalysis a(ro);
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpu();
        a.anchor(*newestStampIn(text));
        a.feed(text);
        a.finish();
        const RatesReport r = a.report(0, 10);
        const double s = double(t.nsecsElapsed()) / 1e9, cpu = threadCpu() - cpu0;
        std::printf("full analysis: cpu %.3f s = %.2f M lines/s on one core (wall %.3f s) (top: %s, %llu "
                    "messages, %d alerts)\n",
                    cpu, double(truth.lines) / cpu / 1e6, s, qPrintable(r.senders.value(0).who.account),
                    (unsigned long long)r.senders.value(0).messages, int(a.alerts().size()));
    }
    // 3. Side by side, as processes on the same file.
    int rc = 0;
    double zcpu = 0, pcpu = 0;
    const QString cli = QStringLiteral(ZAINDARI_CLI);
    const double zt = runTimed(cli,
                               {QStringLiteral("rates"), QStringLiteral("top"), QStringLiteral("--input"),
                                path, QStringLiteral("--since"), QStringLiteral("30d")},
                               &rc, &zcpu);
    std::printf("zaindari-cli rates top --input: wall %.3f s, cpu %.3f s (exit %d)\n", zt, zcpu, rc);
    const QString pflogsumm = QStandardPaths::findExecutable(QStringLiteral("pflogsumm"));
    if (pflogsumm.isEmpty()) {
        std::printf("pflogsumm: not installed (installer/bootstrap-debian.sh installs it)\n");
        return rc == 0 ? 0 : 1;
    }
    int prc = 0;
    const double pt = runTimed(pflogsumm, {path}, &prc, &pcpu);
    std::printf("pflogsumm:                      wall %.3f s, cpu %.3f s (exit %d)\n", pt, pcpu, prc);
    std::printf("ratio pflogsumm / zaindari-cli: %.1fx wall, %.1fx cpu (goal >= 10x)\n",
                zt > 0 ? pt / zt : 0.0, zcpu > 0 ? pcpu / zcpu : 0.0);
    return rc == 0 && prc == 0 ? 0 : 1;
}
