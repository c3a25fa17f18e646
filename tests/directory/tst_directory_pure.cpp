// Pure parts of the directory client: no server involved.

#include "directory/adtime.h"
#include "directory/directorysession.h"
#include "directory/directorytypes.h"
#include "directory/ldapfilter.h"

#include <QtTest>

using namespace zaindari;

class TestDirectoryPure : public QObject
{
    Q_OBJECT
private slots:
    void escaping_data();
    void escaping();
    void escapingKeepsNul();
    void lookupFilterIsExact();
    void fileTime_data();
    void fileTime();
    void fileTimeRoundTrip();
    void fileTimeNever();
    void intervals();
    void uac();
    void lockoutNow();
    void policyValidation();
    void passwordReasons();
    void generatedPasswords();
    void unicodePwd();
};

void TestDirectoryPure::escaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("ikasle3") << QStringLiteral("ikasle3");
    QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("\\2A");
    QTest::newRow("parens") << QStringLiteral(")(uid=*") << QStringLiteral("\\29\\28uid=\\2A");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\5Cb");
    QTest::newRow("address") << QStringLiteral("ikasle3@tartanga.test")
                             << QStringLiteral("ikasle3@tartanga.test");
    // libldap also escapes non-ASCII bytes, which RFC 4515 allows: the UTF-8 value is the same.
    QTest::newRow("utf8") << QStringLiteral("Iñaki") << QStringLiteral("I\\C3\\B1aki");
}

void TestDirectoryPure::escaping()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    QCOMPARE(escapeLdapFilterValue(value), escaped);
}

void TestDirectoryPure::escapingKeepsNul()
{
    // A NUL must not cut the value short ("ikasle3" would then match a real user).
    const QString withNul = QStringLiteral("ikasle3") + QChar(0) + QStringLiteral("x");
    QCOMPARE(escapeLdapFilterValue(withNul), QStringLiteral("ikasle3\\00x"));
}

void TestDirectoryPure::lookupFilterIsExact()
{
    const QString f = userLookupFilter(QStringLiteral(" ik*)(cn=* "));
    QVERIFY(!f.contains(QStringLiteral("=*")));
    QVERIFY(f.contains(QStringLiteral("(sAMAccountName=ik\\2A\\29\\28cn=\\2A)")));
    QVERIFY(f.contains(QStringLiteral("(mail=ik\\2A\\29\\28cn=\\2A)")));
    QVERIFY(f.startsWith(QStringLiteral("(&(objectCategory=person)(objectClass=user)(|")));
    // Balanced parentheses: the user text cannot close the filter early.
    QCOMPARE(f.count(QLatin1Char('(')), f.count(QLatin1Char(')')));
    QVERIFY(userLookupFilter(QStringLiteral("   ")).isEmpty());
}

void TestDirectoryPure::fileTime_data()
{
    QTest::addColumn<qint64>("fileTime");
    QTest::addColumn<QDateTime>("expected");
    // 116444736000000000 is the Unix epoch in FILETIME (well known constant).
    QTest::newRow("unix epoch") << qint64(116444736000000000LL)
                                << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    // 2026-11-29 22:05:37.123 UTC = 1795989937 s since the Unix epoch.
    QTest::newRow("recent with ms") << qint64((1795989937LL + 11644473600LL) * 10000000LL + 1230000LL)
                                    << QDateTime(QDate(2026, 11, 29), QTime(22, 5, 37, 123), Qt::UTC);
    QTest::newRow("1601") << qint64(1) << QDateTime(QDate(1601, 1, 1), QTime(0, 0), Qt::UTC);
}

void TestDirectoryPure::fileTime()
{
    QFETCH(qint64, fileTime);
    QFETCH(QDateTime, expected);
    const auto t = fileTimeToDateTime(fileTime);
    QVERIFY(t.has_value());
    QCOMPARE(*t, expected);
}

void TestDirectoryPure::fileTimeRoundTrip()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QCOMPARE(*fileTimeToDateTime(dateTimeToFileTime(now)), now);
}

void TestDirectoryPure::fileTimeNever()
{
    QVERIFY(!fileTimeToDateTime(0));
    QVERIFY(!fileTimeToDateTime(std::numeric_limits<qint64>::max())); // accountExpires "never"
    QVERIFY(!fileTimeToDateTime(-5));
    QCOMPARE(parseAdInteger("9223372036854775807"),
             std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(parseAdInteger("-6000000000"), std::optional<qint64>(-6000000000LL));
    QVERIFY(!parseAdInteger("abc"));
    QVERIFY(!parseAdInteger(""));
}

void TestDirectoryPure::intervals()
{
    // Samba's 10-minute lockoutDuration and 6-minute window as stored.
    QCOMPARE(adIntervalToSeconds(-6000000000LL), std::optional<qint64>(600));
    QCOMPARE(adIntervalToSeconds(-3600000000LL), std::optional<qint64>(360));
    QCOMPARE(adIntervalToSeconds(0), std::optional<qint64>(0));
    QVERIFY(!adIntervalToSeconds(std::numeric_limits<qint64>::min())); // "forever"
    QCOMPARE(secondsToAdInterval(600), -6000000000LL);
    QCOMPARE(secondsToAdInterval(0), 0LL);
}

void TestDirectoryPure::uac()
{
    QVERIFY(uacDisabled(514)); // irakasle9 in the lab
    QVERIFY(!uacDisabled(512));
    QVERIFY(!uacDisabled(66048)); // normal + password never expires
    QVERIFY(uacDisabled(66050));
}

void TestDirectoryPure::lockoutNow()
{
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    const qint64 twoMinutesAgo = dateTimeToFileTime(now.addSecs(-120));
    const qint64 hourAgo = dateTimeToFileTime(now.addSecs(-3600));
    QVERIFY(isLockedOutNow(twoMinutesAgo, std::nullopt, 600, now));
    QVERIFY(!isLockedOutNow(hourAgo, std::nullopt, 600, now)); // expired lockout
    QVERIFY(isLockedOutNow(hourAgo, std::nullopt, std::nullopt, now)); // until an admin unlocks
    QVERIFY(!isLockedOutNow(0, std::nullopt, 600, now));
    // The server's computed flag wins over our arithmetic.
    QVERIFY(isLockedOutNow(hourAgo, quint32(Uac::Lockout), 600, now));
    QVERIFY(!isLockedOutNow(twoMinutesAgo, quint32(0), 600, now));
}

void TestDirectoryPure::policyValidation()
{
    DomainPolicy p;
    p.lockoutThreshold = 5;
    p.observationWindowSeconds = 360;
    p.lockoutDurationSeconds = 600;
    QVERIFY(validatePolicy(p).isEmpty());

    DomainPolicy bad = p;
    bad.lockoutThreshold = 1000;
    QVERIFY(!validatePolicy(bad).isEmpty());
    bad = p;
    bad.observationWindowSeconds = 900; // longer than the 10-minute duration
    QVERIFY(!validatePolicy(bad).isEmpty());
    bad = p;
    bad.lockoutDurationSeconds = 90; // not whole minutes
    QVERIFY(!validatePolicy(bad).isEmpty());
    bad = p;
    bad.observationWindowSeconds = 0;
    QVERIFY(!validatePolicy(bad).isEmpty());

    PolicyChange change;
    QVERIFY(change.isEmpty());
    change.lockoutThreshold = 3;
    change.lockoutDurationSeconds = 1800;
    const DomainPolicy after = change.appliedTo(p);
    QCOMPARE(after.lockoutThreshold, 3);
    QCOMPARE(after.lockoutDurationSeconds, std::optional<qint64>(1800));
    QCOMPARE(after.observationWindowSeconds, std::optional<qint64>(360));
    change = PolicyChange();
    change.complexity = false;
    p.pwdProperties = 0x11;
    QCOMPARE(change.appliedTo(p).pwdProperties, quint32(0x10));
}

void TestDirectoryPure::passwordReasons()
{
    DomainPolicy policy;
    policy.minPwdLength = 7;
    policy.pwdProperties = 1;
    // Samba's diagnostic for a short password.
    const QString samba = QStringLiteral(
        "0000052D: Constraint violation - check_password_restrictions: the password is too short. "
        "It should be equal or longer than 7 characters!");
    const QString shortReason = passwordRejectionReason(samba, policy, QStringLiteral("abc"));
    QVERIFY(shortReason.contains(QStringLiteral("7")));
    QVERIFY(shortReason.contains(QStringLiteral("long")));
    // Windows says only 0000052D: the policy tells which rule.
    const QString win
        = QStringLiteral("0000052D: SvcErr: DSID-031A1248, problem 5003 (WILL_NOT_PERFORM), data 0");
    QVERIFY(
        passwordRejectionReason(win, policy, QStringLiteral("abcdefgh")).contains(QStringLiteral("complex")));
    QVERIFY(passwordRejectionReason(win, policy, QStringLiteral("Abcdefg1!")) != shortReason);
}

void TestDirectoryPure::generatedPasswords()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString pw = generatePassword();
        QCOMPARE(pw.size(), 20);
        QVERIFY2(meetsComplexity(pw), qPrintable(pw));
        bool upper = false, lower = false, digit = false, symbol = false;
        for (const QChar c : pw) {
            upper |= c.isUpper();
            lower |= c.isLower();
            digit |= c.isDigit();
            symbol |= !c.isLetterOrNumber();
            QVERIFY(!QStringLiteral("0O1lI").contains(c));
        }
        QVERIFY(upper && lower && digit && symbol);
        seen.insert(pw);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(generatePassword(4).size(), 16); // never weaker than 16
    QVERIFY(!meetsComplexity(QStringLiteral("alllowercase")));
    QVERIFY(meetsComplexity(QStringLiteral("Lower1case")));
}

void TestDirectoryPure::unicodePwd()
{
    // MS-ADTS: the password in double quotes, UTF-16LE.
    const QByteArray v = unicodePwdValue(QStringLiteral("Añ1"));
    QCOMPARE(v, QByteArray("\x22\x00\x41\x00\xf1\x00\x31\x00\x22\x00", 10));
}

QTEST_GUILESS_MAIN(TestDirectoryPure)
#include "tst_directory_pure.moc"
