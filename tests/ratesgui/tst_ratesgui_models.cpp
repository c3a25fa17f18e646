// Models and widgets of the Send-rates page without a server: the queue-by-login join under
// QAbstractItemModelTester, the alert banner's sentence and buttons, the per-profile
// thresholds' round trip through the settings layer.

#include "guitestsupport.h"

#include "common/settings.h"
#include "mta/postqueueparser.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "queueloginjoin.h"
#include "queues/sshconnectioncontroller.h"
#include "rates/alertbanner.h"
#include "rates/ratespage.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>

using namespace zaindari;

namespace {
// postqueue -j lines: three from the captured login, one unknown, one from another login.
QByteArray listing()
{
    auto line = [](const char *id, const char *sender, int rcpts, qint64 arrival, int size) -> QByteArray {
        QByteArray r = "{\"queue_name\":\"deferred\",\"queue_id\":\"" + QByteArray(id)
            + "\",\"arrival_time\":" + QByteArray::number(arrival)
            + ",\"message_size\":" + QByteArray::number(size) + ",\"forced_expire\":false,\"sender\":\""
            + sender + "\",\"recipients\":[";
        for (int i = 0; i < rcpts; ++i)
            r += (i ? "," : "") + QByteArray("{\"address\":\"r") + QByteArray::number(i)
                + "@example.net\",\"delay_reason\":\"connect refused\"}";
        r += "]}\n";
        return r;
    };
    QByteArray all = line("4A1B2C3D4E", "boss@tartanga.test", 2, 1700000100, 1000);
    all += line("4A1B2C3D4F", "other@example.org", 1, 1700000050, 500);
    all += line("5B1B2C3D40", "x@example.org", 3, 1700000200, 300);
    all += line("6C1B2C3D41", "", 1, 1700000000, 200);
    all += line("7D1B2C3D42", "irakasle1@tartanga.test", 1, 1700000300, 100);
    return all;
}

QString rowText(const QAbstractItemModel &m, int row)
{
    QStringList cells;
    for (int c = 0; c < QueueLoginModel::Oldest; ++c)
        cells << m.index(row, c).data(QueueLoginModel::SortRole).toString();
    return cells.join(QLatin1Char('|'));
}
} // namespace

class TestRatesGuiModels : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase() { test::initApp(); }
    void joinGroupsByLogin();
    void modelUnderTester();
    void bannerDescribesAndOpens();
    void thresholdsRoundTrip();
    void keyboardMnemonicsUniquePerTab();
};

void TestRatesGuiModels::joinGroupsByLogin()
{
    const QueueListing l = PostqueueParser::parse(listing());
    QCOMPARE(int(l.messages.size()), 5);
    // The log says who submitted what; the envelope senders are deliberately unrelated.
    const QHash<QString, QString> logins {
        {QStringLiteral("4A1B2C3D4E"), QStringLiteral("ikasle3@tartanga.test")},
        {QStringLiteral("4A1B2C3D4F"), QStringLiteral("ikasle3@tartanga.test")},
        {QStringLiteral("5B1B2C3D40"), QStringLiteral("ikasle3@tartanga.test")},
        {QStringLiteral("7D1B2C3D42"), QStringLiteral("irakasle1@tartanga.test")}};
    const QVector<QueueLoginGroup> g = joinQueueWithLogins(l, logins);
    QCOMPARE(g.size(), 3);
    QCOMPARE(g.at(0).login, QStringLiteral("ikasle3@tartanga.test"));
    QCOMPARE(g.at(0).messages, 3u);
    QCOMPARE(g.at(0).recipients, 6u);
    QCOMPARE(g.at(0).bytes, 1800);
    QCOMPARE(g.at(0).oldest, 1700000050);
    QCOMPARE(g.at(1).login, QStringLiteral("irakasle1@tartanga.test"));
    QCOMPARE(g.at(2).login, QString()); // unknown last, however many
    QCOMPARE(g.at(2).queueIds, QStringList {QStringLiteral("6C1B2C3D41")});
}

void TestRatesGuiModels::modelUnderTester()
{
    QueueLoginModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QueueListing l = PostqueueParser::parse(listing());
    model.setGroups(joinQueueWithLogins(l, [](const QString &id) {
        return id.startsWith(QLatin1Char('4')) ? QStringLiteral("ikasle3@tartanga.test") : QString();
    }));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(rowText(model, 0), QStringLiteral("ikasle3@tartanga.test|2|3|1500"));
    QCOMPARE(rowText(model, 1), QStringLiteral("|3|5|600"));
    QCOMPARE(model.index(1, QueueLoginModel::Login).data().toString(),
             QueueLoginModel::tr("(no login known)"));
    model.setGroups(joinQueueWithLogins(l, QHash<QString, QString>()));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(rowText(model, 0), QStringLiteral("|5|8|2100"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRatesGuiModels::bannerDescribesAndOpens()
{
    AlertBanner banner;
    QVERIFY(!banner.isVisibleTo(nullptr) || banner.isHidden());
    RateAlert a;
    a.t = 1700000000;
    a.account = QStringLiteral("ikasle3@tartanga.test");
    a.rate = 2500;
    a.threshold = 30;
    a.window = QStringLiteral("minute");
    banner.showAlert(a);
    QVERIFY(!banner.isHidden());
    QVERIFY(banner.text().contains(a.account));
    QVERIFY(banner.text().contains(QStringLiteral("2500")));
    QVERIFY(banner.text().contains(QStringLiteral("30")));
    QSignalSpy open(&banner, &AlertBanner::openAccountRequested);
    banner.openButton()->click();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), a.account);
    banner.dismiss();
    QVERIFY(banner.isHidden());
}

void TestRatesGuiModels::thresholdsRoundTrip()
{
    AppSettings &s = AppSettings::instance();
    const QString id = QStringLiteral("0b7c2f9e-1111-2222-3333-444455556666");
    QCOMPARE(s.rateThresholdPerMinute(id), 0); // unset: the detector's defaults apply
    QSignalSpy changed(&s, &AppSettings::rateThresholdsChanged);
    s.setRateThresholds(id, 12, 150);
    QCOMPARE(changed.size(), 1);
    s.setRateThresholds(id, 12, 150); // the same again: no write, no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(s.rateThresholdPerMinute(id), 12);
    QCOMPARE(s.rateThresholdPerHour(id), 150);
    QCOMPARE(s.rateThresholdPerMinute(QStringLiteral("another")), 0);
}

// Alt+letter must reach one control: the page's bar, the tab bar and the open tab together (the
// main window's menus use F, V, S, H and its profile box R).
void TestRatesGuiModels::keyboardMnemonicsUniquePerTab()
{
    ProfileStore store;
    SecretStore secrets;
    SshConnectionController conn(&store, &secrets);
    RatesPage page(&conn);
    page.resize(1200, 800);
    page.show();
    auto mnemonic = [](const QString &text) -> QChar {
        const int i = text.indexOf(QLatin1Char('&'));
        return i >= 0 && i + 1 < text.size() ? text.at(i + 1).toLower() : QChar();
    };
    for (int tab = 0; tab < page.tabs()->count(); ++tab) {
        page.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QHash<QChar, QString> seen;
        for (QChar c :
             {QLatin1Char('f'), QLatin1Char('v'), QLatin1Char('s'), QLatin1Char('h'), QLatin1Char('r')})
            seen.insert(c, QStringLiteral("main window"));
        QStringList texts;
        for (int t = 0; t < page.tabs()->count(); ++t)
            texts << page.tabs()->tabText(t);
        for (QLabel *l : page.findChildren<QLabel *>())
            if (l->isVisible() && !mnemonic(l->text()).isNull()) {
                QVERIFY2(l->buddy(), qPrintable(l->text()));
                texts << l->text();
            }
        for (QAbstractButton *b : page.findChildren<QAbstractButton *>())
            if (b->isVisible())
                texts << b->text();
        for (const QString &t : std::as_const(texts)) {
            const QChar c = mnemonic(t);
            if (c.isNull())
                continue;
            QVERIFY2(!seen.contains(c), qPrintable(t + QStringLiteral(" clashes with ") + seen.value(c)));
            seen.insert(c, t);
        }
    }
}

QTEST_MAIN(TestRatesGuiModels)
#include "tst_ratesgui_models.moc"
