// queue_bench: figures for the queue view at 100,000 messages (issue 4). Prints, never fails
// on a figure. Run: queue_bench [MESSAGES]   (default 100000)
//
//  - parse throughput of PostqueueParser (MB/s, best of 5, in memory)
//  - end to end: read the file + parse + build the model + filter proxy, in a fresh child
//    process so its peak RSS (VmHWM) is the loader's alone
//  - group (every grouping) and filter (sender, domain, text) times over all rows
//  - the same input through `jq -c .` and Python's json module, and the ratios
//  - the longest event-loop block while a worker thread loads the listing and the model
//    takes it (a 1 ms QTimer probe)
#include "mta/queueanalysis.h"
#include "mta/queuejobs.h"
#include "mta/postqueueparser.h"
#include "queuefilterproxy.h"
#include "queuegen.h"
#include "queuemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace zaindari;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Child mode: load FILE like the console does and report time and peak memory.
int endToEnd(const QString &path)
{
    QElapsedTimer t;
    t.start();
    auto listing = std::make_shared<QueueListing>();
    QString error;
    if (!readPostqueueFile(path, listing.get(), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 parsed = t.nsecsElapsed();
    QueueModel model;
    QueueFilterProxy proxy;
    proxy.setQueueModel(&model);
    model.setListing(listing);
    const int rows = proxy.rowCount();
    const qint64 total = t.nsecsElapsed();
    printf("%d %.1f %.1f %lld\n", rows, ms(parsed), ms(total), peakRssKb());
    return 0;
}

double timeCommand(const QString &shellCommand, bool *ok)
{
    QElapsedTimer t;
    t.start();
    const int rc = QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), shellCommand});
    *ok = rc == 0;
    return ms(t.nsecsElapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--e2e"))
        return endToEnd(args.value(2));
    const int n = args.size() > 1 ? args.value(1).toInt() : 100000;
    const qint64 now = 1795990400;

    QTemporaryDir dir;
    const QByteArray data = bench::generatePostqueue(n, now);
    const QString file = dir.filePath(QStringLiteral("postqueue.jsonl"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return 1;
    }
    const double mb = double(data.size()) / 1e6;
    out() << QStringLiteral("queue_bench: %1 messages, %2 MB of postqueue -j output\n").arg(n).arg(mb, 0, 'f', 1);

    // 1. Parser throughput.
    qint64 best = std::numeric_limits<qint64>::max();
    int parsedCount = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const QueueListing l = PostqueueParser::parse(data);
        best = qMin(best, t.nsecsElapsed());
        parsedCount = l.count();
    }
    out() << QStringLiteral("parse:            %1 ms  %2 MB/s  (%3 messages; target >= 200 MB/s)\n")
                 .arg(ms(best), 0, 'f', 1).arg(mb / (double(best) / 1e9), 0, 'f', 0).arg(parsedCount);

    // 2. End to end in a child process.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--e2e"), file});
    child.waitForFinished(120000);
    const QList<QByteArray> e2e = child.readAllStandardOutput().trimmed().split(' ');
    out() << QStringLiteral("end to end:       %1 ms (read+parse %2 ms), %3 rows, peak RSS %4 MB  "
                            "(targets < 1000 ms, < 150 MB)\n")
                 .arg(QString::fromLatin1(e2e.value(2)), QString::fromLatin1(e2e.value(1)),
                      QString::fromLatin1(e2e.value(0)))
                 .arg(e2e.value(3).toDouble() / 1024.0, 0, 'f', 1);

    // 3. Group and filter.
    const auto listing = std::make_shared<const QueueListing>(PostqueueParser::parse(data));
    QElapsedTimer t;
    t.start();
    int groups = 0;
    for (QueueGroupBy by : {QueueGroupBy::Sender, QueueGroupBy::SenderDomain, QueueGroupBy::RecipientDomain,
                            QueueGroupBy::Reason, QueueGroupBy::AgeBucket, QueueGroupBy::Queue})
        groups += int(groupMessages(*listing, by, now).size());
    const qint64 groupNs = t.nsecsElapsed();
    QueueFilter bySender;
    bySender.sender = QStringLiteral("ikasle3@tartanga.test");
    QueueFilter byDomainText;
    byDomainText.recipientDomain = QStringLiteral("mail.ru");
    byDomainText.text = QStringLiteral("rcpt12");
    t.restart();
    const size_t a = filterRows(*listing, bySender, now).size();
    const size_t b = filterRows(*listing, byDomainText, now).size();
    const qint64 filterNs = t.nsecsElapsed();
    QueueModel model;
    QueueFilterProxy proxy;
    proxy.setQueueModel(&model);
    model.setListing(listing);
    t.restart();
    proxy.setQueueFilter(bySender);
    const int proxyRows = proxy.rowCount();
    const qint64 proxyNs = t.nsecsElapsed();
    t.restart();
    proxy.setQueueFilter(QueueFilter());
    proxy.sort(QueueModel::ArrivalColumn);
    const qint64 sortNs = t.nsecsElapsed();
    out() << QStringLiteral("group (6 kinds):  %1 ms (%2 groups)   filter (2 filters): %3 ms (%4 + %5 rows)\n")
                 .arg(ms(groupNs), 0, 'f', 1).arg(groups).arg(ms(filterNs), 0, 'f', 1).arg(a).arg(b);
    out() << QStringLiteral("proxy filter:     %1 ms (%2 rows)   proxy sort by arrival: %3 ms  (target < 100 ms)\n")
                 .arg(ms(proxyNs), 0, 'f', 1).arg(proxyRows).arg(ms(sortNs), 0, 'f', 1);

    // 4. jq and Python on the same file.
    const QString q = QStringLiteral("'") + file + QStringLiteral("'");
    bool jqOk = false, pyOk = false;
    const double jqMs = QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty()
        ? -1 : timeCommand(QStringLiteral("jq -c . < ") + q + QStringLiteral(" > /dev/null"), &jqOk);
    const double pyMs = timeCommand(
        QStringLiteral("python3 -c 'import json,sys\nfor l in sys.stdin: json.loads(l)' < ") + q, &pyOk);
    QProcess self;
    QElapsedTimer ours;
    ours.start();
    self.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--e2e"), file});
    self.waitForFinished(120000);
    const double oursMs = ms(ours.nsecsElapsed());
    out() << QStringLiteral("same file, whole process: zaindari %1 ms, jq -c . %2 ms%3, python3 json %4 ms%5\n")
                 .arg(oursMs, 0, 'f', 0)
                 .arg(jqMs, 0, 'f', 0).arg(jqOk ? QString() : QStringLiteral(" (failed)"))
                 .arg(pyMs, 0, 'f', 0).arg(pyOk ? QString() : QStringLiteral(" (failed)"));
    out() << QStringLiteral("ratios:           jq/zaindari %1x, python/zaindari %2x\n")
                 .arg(jqMs / oursMs, 0, 'f', 1).arg(pyMs / oursMs, 0, 'f', 1);
    out().flush();

    // 5. Event-loop responsiveness: a worker parses, the GUI thread only swaps the listing in.
    QueueModel liveModel;
    QueueFilterProxy liveProxy;
    liveProxy.setQueueModel(&liveModel);
    liveProxy.sort(QueueModel::ArrivalColumn);
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 worst = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 nowNs = clock.nsecsElapsed();
        worst = qMax(worst, nowNs - last);
        last = nowNs;
    });
    probe.start();
    QThread *worker = QThread::create([&, file] {
        auto loaded = std::make_shared<QueueListing>();
        QString error;
        readPostqueueFile(file, loaded.get(), &error);
        QMetaObject::invokeMethod(&app, [&, loaded] {
            liveModel.setListing(loaded);
            QTimer::singleShot(50, &app, &QCoreApplication::quit); // a few more probe ticks
        }, Qt::QueuedConnection);
    });
    worker->start();
    app.exec();
    worker->wait();
    delete worker;
    out() << QStringLiteral("event loop:       longest block %1 ms while loading %2 rows off-thread "
                            "(sorted proxy attached; target < 50 ms)\n")
                 .arg(ms(worst), 0, 'f', 1).arg(liveProxy.rowCount());
    return 0;
}
