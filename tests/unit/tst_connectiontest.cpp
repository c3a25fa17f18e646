#include "common/connectiontest.h"

#include <QSignalSpy>
#include <QTest>

using namespace zaindari;
Q_DECLARE_METATYPE(zaindari::Backend)

class TestConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    // The contract every tester keeps, pending or real: asynchronous, finished() exactly once,
    // a translated message; a profile with nothing configured cannot succeed.
    void finishesOnceWithAMessage_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("ssh") << Backend::Ssh;
        QTest::newRow("zimbra") << Backend::Zimbra;
        QTest::newRow("directory") << Backend::Directory;
    }
    void finishesOnceWithAMessage()
    {
        QFETCH(Backend, backend);
        QObject owner;
        ConnectionTester *t = createConnectionTester(backend, &owner);
        QCOMPARE(t->parent(), &owner);
        QSignalSpy finished(t, &ConnectionTester::finished);
        t->start(Profile::create(QStringLiteral("x")), QString());
        QCOMPARE(finished.count(), 0); // asynchronous: never from inside start()
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        t->cancel();
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void cancelStillFinishesOnce()
    {
        QObject owner;
        ConnectionTester *t = createConnectionTester(Backend::Zimbra, &owner);
        QSignalSpy finished(t, &ConnectionTester::finished);
        t->start(Profile::create(QStringLiteral("x")), QString());
        t->cancel();
        QCOMPARE(finished.count(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void namesAreDistinct()
    {
        QStringList names {backendName(Backend::Ssh), backendName(Backend::Zimbra),
                           backendName(Backend::Directory)};
        names.removeDuplicates();
        QCOMPARE(names.size(), 3);
        QCOMPARE(connectionStateName(ConnectionState::Connected), QStringLiteral("Connected"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
