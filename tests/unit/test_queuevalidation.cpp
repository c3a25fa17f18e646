// What may reach a remote command: queue ids, addresses, shell quoting (checked by a real
// /bin/sh), postsuper's output and the classification of remote failures.
#include "mta/postsuperoutput.h"
#include "mta/queuevalidation.h"
#include "ssh/shellquote.h"
#include "ssh/sshtypes.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace zaindari;

class TestQueueValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queueIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short lab id") << QStringLiteral("321D210B854") << true;
        QTest::newRow("short 10") << QStringLiteral("9A8B7C6D5E") << true;
        QTest::newRow("long") << QStringLiteral("4Lq8wn1Tcdz9tF2") << true;
        QTest::newRow("long with z in time") << QStringLiteral("4Lq8wz1Tcdz9tF2") << true;
        QTest::newRow("short lower case") << QStringLiteral("321d210b854") << false;
        QTest::newRow("too short") << QStringLiteral("ABCDE") << false;
        QTest::newRow("long vowel") << QStringLiteral("4Lq8wn1Tcaz9tF2") << false;
        QTest::newRow("long empty inode") << QStringLiteral("4Lq8wn1Tcdz") << false;
        QTest::newRow("long short time") << QStringLiteral("4Lq8wn1z9tF2") << false;
        QTest::newRow("shell") << QStringLiteral("ABCDEF;rm") << false;
        QTest::newRow("newline") << QStringLiteral("ABCDEF1\nABCDEF2") << false;
        QTest::newRow("ALL") << QStringLiteral("ALL") << false; // postsuper -d ALL: never
        QTest::newRow("dash") << QStringLiteral("-") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void queueIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidQueueId(id), valid);
        const bool byRegex = QRegularExpression(shortQueueIdPattern()).match(id).hasMatch()
            || QRegularExpression(longQueueIdPattern()).match(id).hasMatch();
        QCOMPARE(byRegex, valid);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ikasle3@tartanga.test") << true;
        QTest::newRow("plus") << QStringLiteral("a.b+c@x-y.example.org") << true;
        QTest::newRow("no at") << QStringLiteral("ikasle3") << false;
        QTest::newRow("space") << QStringLiteral("a b@x.test") << false;
        QTest::newRow("quote") << QStringLiteral("a'b@x.test") << false;
        QTest::newRow("dollar") << QStringLiteral("$(id)@x.test") << false;
        QTest::newRow("two at") << QStringLiteral("a@b@x.test") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(isValidAddress(address), valid);
    }

    void shellQuotingSurvivesARealShell_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("plain") << QStringList{QStringLiteral("/usr/sbin/postqueue"), QStringLiteral("-j")};
        QTest::newRow("quotes") << QStringList{QStringLiteral("it's"), QStringLiteral("\"x\""), QStringLiteral("'")};
        QTest::newRow("meta") << QStringList{QStringLiteral("$(touch /tmp/zaindari-pwned)"), QStringLiteral("`id`;|&><*?")};
        QTest::newRow("space and empty") << QStringList{QStringLiteral("a b"), QString(), QStringLiteral("\ttab\nnl")};
        QTest::newRow("unicode") << QStringList{QStringLiteral("ñ€😀"), QStringLiteral("~root"), QStringLiteral("#c")};
    }
    void shellQuotingSurvivesARealShell()
    {
        QFETCH(QStringList, argv);
        // The remote side runs the string through a POSIX shell; so does this test.
        const QString script = QStringLiteral("for a in ") + shellJoin(argv)
            + QStringLiteral("; do printf '%s\\0' \"$a\"; done");
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(sh.waitForFinished());
        QByteArray out = sh.readAllStandardOutput();
        QStringList got;
        for (const QByteArray &part : out.split('\0'))
            got << QString::fromUtf8(part);
        got.removeLast();
        QCOMPARE(got, argv);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/zaindari-pwned")));
        QCOMPARE(shellQuote(QStringLiteral("/usr/sbin/postsuper")), QStringLiteral("/usr/sbin/postsuper"));
    }

    void postsuperArgvAndStdin()
    {
        MtaPaths zimbra;
        zimbra.postsuper = QStringLiteral("/opt/zimbra/common/sbin/postsuper");
        zimbra.sudoForAdminTools = true;
        QCOMPARE(postsuperArgv(zimbra, QueueAction::Hold),
                 QStringList({QStringLiteral("sudo"), QStringLiteral("-n"), zimbra.postsuper, QStringLiteral("-h"),
                              QStringLiteral("-")}));
        MtaPaths plain = zimbra;
        plain.sudoForAdminTools = false;
        QCOMPARE(postsuperArgv(plain, QueueAction::Release).mid(1), QStringList({QStringLiteral("-H"), QStringLiteral("-")}));
        QCOMPARE(postsuperArgv(plain, QueueAction::Requeue).value(1), QStringLiteral("-r"));
        QCOMPARE(postsuperArgv(plain, QueueAction::Delete).value(1), QStringLiteral("-d"));
        QCOMPARE(postsuperStdin({QStringLiteral("AAAAAA1"), QStringLiteral("BBBBBB2")}), QByteArray("AAAAAA1\nBBBBBB2\n"));
    }

    void postsuperOutcomeFromPerIdLines()
    {
        QFile f(QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/fixtures/postqueue/postsuper-hold.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList requested = {QStringLiteral("321D210B854"), QStringLiteral("385F110B6C0"),
                                       QStringLiteral("ABCDEF1234")};
        const PostsuperOutcome o = parsePostsuperOutput(QueueAction::Hold, requested, f.readAll(), true);
        QCOMPARE(o.matched(), 3);
        QCOMPARE(o.done(), 2);
        QCOMPARE(o.reportedTotal, 2);
        QCOMPARE(o.missingIds, QStringList{QStringLiteral("ABCDEF1234")});
        QVERIFY(o.isExact());
        const QJsonObject j = o.toJson();
        QCOMPARE(j[QStringLiteral("action")].toString(), QStringLiteral("hold"));
        QCOMPARE(j[QStringLiteral("done")].toInt(), 2);
        QCOMPARE(j[QStringLiteral("dry_run")].toBool(), false);
    }

    void postsuperOutcomeWarningsAndOtherActions()
    {
        QFile f(QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/fixtures/postqueue/postsuper-delete-partial.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const PostsuperOutcome o = parsePostsuperOutput(
            QueueAction::Delete, {QStringLiteral("321D210B854"), QStringLiteral("385F110B6C0")}, f.readAll(), true);
        QCOMPARE(o.doneIds, QStringList{QStringLiteral("321D210B854")});
        QCOMPARE(o.missingIds, QStringList{QStringLiteral("385F110B6C0")});
        QCOMPARE(o.warnings.size(), 1);
        QCOMPARE(o.reportedTotal, 1);
        // "placed on hold" lines do not count for a delete.
        const PostsuperOutcome wrong = parsePostsuperOutput(QueueAction::Delete, {QStringLiteral("321D210B854")},
                                                            "postsuper: 321D210B854: placed on hold\n", true);
        QCOMPARE(wrong.done(), 0);
        // Nothing printed at all: postsuper found none of them.
        const PostsuperOutcome none = parsePostsuperOutput(QueueAction::Release, {QStringLiteral("321D210B854")}, "", true);
        QCOMPARE(none.missingIds, QStringList{QStringLiteral("321D210B854")});
        // Cut off: the rest is unknown, not missing.
        const PostsuperOutcome cut = parsePostsuperOutput(
            QueueAction::Requeue, {QStringLiteral("321D210B854"), QStringLiteral("385F110B6C0")},
            "postsuper: 321D210B854: requeued\npostsuper: 385F1", false);
        QCOMPARE(cut.doneIds, QStringList{QStringLiteral("321D210B854")});
        QCOMPARE(cut.unknownIds, QStringList{QStringLiteral("385F110B6C0")});
        QVERIFY(cut.missingIds.isEmpty());
        QVERIFY(!cut.isExact());
    }

    void remoteFailuresAreClassified()
    {
        QCOMPARE(classifyCommandResult(0, "warning: whatever"), SshError::None);
        QCOMPARE(classifyCommandResult(1, "sudo: a password is required\n"), SshError::SudoPasswordRequired);
        QCOMPARE(classifyCommandResult(1, "Sorry, user zimbra is not allowed to execute '/usr/sbin/postqueue -j' as root"),
                 SshError::SudoNotAllowed);
        QCOMPARE(classifyCommandResult(127, "bash: /nope: No such file or directory"), SshError::CommandMissing);
        QCOMPARE(classifyCommandResult(1, "sudo: /opt/x: command not found"), SshError::CommandMissing);
        QCOMPARE(classifyCommandResult(2, "postsuper: fatal: usage"), SshError::CommandFailed);
        SshCommandResult r;
        r.argv = {QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("/usr/sbin/postqueue"), QStringLiteral("-j")};
        r.exitStatus = 1;
        r.stdErr = "sudo: a password is required\n";
        finishCommandResult(r, QStringLiteral("zimbra@127.0.0.1:2222"));
        QCOMPARE(r.error, SshError::SudoPasswordRequired);
        QVERIFY(r.message.contains(QLatin1String("/usr/sbin/postqueue")));
        QVERIFY(r.message.contains(QLatin1String("password")));
        QCOMPARE(cliExitCode(SshError::HostKeyChanged), 4);
        QCOMPARE(cliExitCode(SshError::AuthFailed), 3);
        QCOMPARE(cliExitCode(SshError::SudoPasswordRequired), 1);
    }
};

QTEST_GUILESS_MAIN(TestQueueValidation)
#include "test_queuevalidation.moc"
