// Pieces of the Accounts pages that need no server: the results model with its Active
// Directory columns (under QAbstractItemModelTester), the certificate dialog in its two modes
// and the password reset dialog.

#include "guitestsupport.h"

#include "accounts/accountstablemodel.h"
#include "accounts/accountviews.h"
#include "accounts/passwordresetdialog.h"
#include "common/certificatedialog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace zaindari;

class TestAccountsGuiWidgets : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase() { test::initApp(); }
    void modelWithDirectoryColumns();
    void certificateAskOffersThreeAnswers();
    void certificateChangedOffersNothingToAccept();
    void passwordDialogGeneratesAndChecksTyped();
    void zimbraViewShowsForwardingFirst();
};

void TestAccountsGuiWidgets::modelWithDirectoryColumns()
{
    AccountsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccountSummary a;
    a.id = QStringLiteral("1");
    a.name = QStringLiteral("ikasle5@tartanga.test");
    a.status = QStringLiteral("active");
    AccountSummary b = a;
    b.id = QStringLiteral("2");
    b.name = QStringLiteral("irakasle9@tartanga.test");
    model.setAccounts({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AccountsTableModel::TotalColumns));
    const QModelIndex locked = model.index(0, AccountsTableModel::AdLockedColumn);
    QCOMPARE(model.data(locked).toString(), QString()); // not answered yet

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    UserStatus s;
    s.lockedOut = true;
    model.setDirectoryStatus(QStringLiteral("IKASLE5@tartanga.test"), s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(locked).toString(), model.tr("locked out"));
    QCOMPARE(model.data(model.index(0, AccountsTableModel::AdEnabledColumn)).toString(), model.tr("enabled"));
    UserStatus d;
    d.enabled = false;
    model.setDirectoryStatus(b.name, d);
    QCOMPARE(model.data(model.index(1, AccountsTableModel::AdEnabledColumn)).toString(),
             model.tr("disabled"));
    model.setDirectoryStatus(b.name, std::nullopt);
    QCOMPARE(model.data(model.index(1, AccountsTableModel::AdEnabledColumn)).toString(),
             model.tr("not in AD"));
    // Zimbra columns come from the base model unchanged.
    QCOMPARE(model.data(model.index(1, AccountsModel::NameColumn)).toString(), b.name);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

static CertificateQuestion question()
{
    CertificateQuestion q;
    q.id = 7;
    q.hostPort = QStringLiteral("127.0.0.1:7071");
    q.fingerprint = QStringLiteral("618196825d4cb88f24e4791694a5a8b4e49224f6c3dc6e6c9555e989d72ef24d");
    q.subject = QStringLiteral("CN=zimbra.tartanga.test");
    q.issuer = QStringLiteral("CN=zimbra.tartanga.test");
    q.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    q.notAfter = QDateTime::currentDateTimeUtc().addDays(300);
    return q;
}

void TestAccountsGuiWidgets::certificateAskOffersThreeAnswers()
{
    const CertificateQuestion q = question();
    CertificateDialog dialog(q, CertificateDialog::Mode::Ask);
    const QString text = dialog.summaryText();
    QVERIFY(text.contains(q.hostPort));
    QVERIFY(text.contains(q.subject));
    QVERIFY2(text.contains(TlsTrust::displayFingerprint(q.fingerprint)), qPrintable(text));
    QVERIFY(dialog.acceptOnceButton() && dialog.pinButton() && dialog.rejectButton());
    QSignalSpy answered(&dialog, &CertificateDialog::answered);
    dialog.open();
    dialog.pinButton()->click();
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.first().first().value<CertificateDialog::Answer>(),
             CertificateDialog::Answer::AcceptAndPin);

    CertificateDialog escape(q, CertificateDialog::Mode::Ask);
    QSignalSpy escaped(&escape, &CertificateDialog::answered);
    escape.open();
    escape.reject(); // Escape key / window closed
    QCOMPARE(escaped.count(), 1);
    QCOMPARE(escaped.first().first().value<CertificateDialog::Answer>(), CertificateDialog::Answer::Reject);
}

void TestAccountsGuiWidgets::certificateChangedOffersNothingToAccept()
{
    CertificateQuestion q = question();
    q.expectedPins = {QStringLiteral("sha256:") + QString(64, QLatin1Char('a'))};
    CertificateDialog dialog(q, CertificateDialog::Mode::Changed);
    QVERIFY(!dialog.acceptOnceButton());
    QVERIFY(!dialog.pinButton());
    const QString text = dialog.summaryText();
    QVERIFY(text.contains(TlsTrust::displayFingerprint(QString(64, QLatin1Char('a')))));
    QVERIFY(text.contains(TlsTrust::displayFingerprint(q.fingerprint)));
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        QVERIFY2(b == dialog.rejectButton(), qPrintable(b->text()));
}

void TestAccountsGuiWidgets::passwordDialogGeneratesAndChecksTyped()
{
    PasswordResetDialog dialog(PasswordResetDialog::Target::Directory, QStringLiteral("ikasle3"), false);
    QVERIFY(dialog.isGenerated());
    QVERIFY(dialog.mustChange()); // default on
    const QString generated = dialog.password();
    QVERIFY(generated.size() >= 16);
    QVERIFY(meetsComplexity(generated));
    dialog.copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), generated);
}

void TestAccountsGuiWidgets::zimbraViewShowsForwardingFirst()
{
    ZimbraAccount a;
    a.name = QStringLiteral("ikasle3@tartanga.test");
    a.status = QStringLiteral("active");
    a.filterForwards = {QStringLiteral("thief@example.org")};
    const QString html = zimbraAccountHtml(a, QDateTime::currentDateTimeUtc());
    const int fwd = html.indexOf(QStringLiteral("thief@example.org"));
    QVERIFY(fwd >= 0);
    QVERIFY2(fwd < html.indexOf(QStringLiteral("ikasle3@tartanga.test")), "forwarding must come first");
}

QTEST_MAIN(TestAccountsGuiWidgets)
#include "tst_accountsgui_widgets.moc"
