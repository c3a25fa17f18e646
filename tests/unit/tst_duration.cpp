#include "common/duration.h"

#include <QTest>

using namespace zaindari;

class TestDuration : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1 = rejected
        QTest::newRow("seconds") << QStringLiteral("30s") << qint64(30);
        QTest::newRow("minutes") << QStringLiteral("10m") << qint64(600);
        QTest::newRow("hours") << QStringLiteral("6h") << qint64(21600);
        QTest::newRow("days") << QStringLiteral("2d") << qint64(172800);
        QTest::newRow("bare number is seconds") << QStringLiteral("45") << qint64(45);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("unit only") << QStringLiteral("h") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5m") << qint64(-1);
        QTest::newRow("plus sign") << QStringLiteral("+5") << qint64(-1);
        QTest::newRow("space") << QStringLiteral(" 5m") << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(-1);
        QTest::newRow("combined") << QStringLiteral("1h30m") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("3w") << qint64(-1);
        QTest::newRow("upper case unit") << QStringLiteral("3H") << qint64(-1);
        QTest::newRow("overflow") << QStringLiteral("999999999999d") << qint64(-1);
        QTest::newRow("beyond a century") << QStringLiteral("40000d") << qint64(-1);
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0665m") << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const std::optional<qint64> got = parseDuration(text);
        if (seconds < 0) {
            QVERIFY2(!got, qPrintable(QStringLiteral("accepted as %1").arg(got.value_or(0))));
        } else {
            QVERIFY(got);
            QCOMPARE(*got, seconds);
        }
    }

    void format_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("odd seconds") << qint64(90) << QStringLiteral("90s");
        QTest::newRow("minutes") << qint64(600) << QStringLiteral("10m");
        QTest::newRow("hours") << qint64(7200) << QStringLiteral("2h");
        QTest::newRow("day") << qint64(86400) << QStringLiteral("1d");
    }
    void format()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
        // What we print, we read back.
        QCOMPARE(parseDuration(text).value_or(-1), seconds);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
