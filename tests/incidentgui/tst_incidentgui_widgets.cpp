// The containment dialog's state logic without any server: a dialog given no backends plans
// and runs for real (every step then fails as "not configured"), which is enough to check what
// a technician relies on — Contain stays disabled until a preview of the current choices, the
// delete warning, the stop-or-continue question on a failed step, the summary per step, no
// password shown when none was set — and the report dialog's saved file and audit entry.

#include "guitestsupport.h"

#include "accounts/mailaccountspage.h"
#include "audit/auditlog.h"
#include "incident/containmentdialog.h"
#include "incident/containmentlauncher.h"
#include "incident/incidentreportdialog.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "rates/alertbanner.h"

#include <QCheckBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace zaindari;

namespace {
const QString Account = QStringLiteral("ikasle12@tartanga.test");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}
} // namespace

class TestIncidentGuiWidgets : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase() { test::initApp(); }
    void containDisabledUntilPreviewOfCurrentChoices();
    void deleteWarnsAndConfirmationSaysSo();
    void failedStepAsksStopOrContinue();
    void summaryRendersEveryStepState();
    void reportIsSavedBesideAuditLog();
    void entryPointsOpenTheDialog();
};

void TestIncidentGuiWidgets::containDisabledUntilPreviewOfCurrentChoices()
{
    ContainmentDialog d(Account);
    d.show();
    auto *preview = child<QPushButton>(&d, "previewButton");
    auto *contain = child<QPushButton>(&d, "containButton");
    QVERIFY(preview && contain);
    QVERIFY(!preview->isEnabled()); // no backends yet
    QVERIFY(!contain->isEnabled());
    d.setBackends(ContainmentBackends(), {QStringLiteral("Zimbra: not configured here")});
    QVERIFY(preview->isEnabled());
    QVERIFY(!contain->isEnabled());
    QVERIFY(child<QLabel>(&d, "backendNotes")->text().contains(QLatin1String("not configured here")));

    // Defaults: hold, reset the password; no forwarding and no live session -> both unchecked.
    QVERIFY(child<QRadioButton>(&d, "queueHold")->isChecked());
    QVERIFY(child<QRadioButton>(&d, "directoryReset")->isChecked());
    QSignalSpy shown(&d, &ContainmentDialog::previewShown);
    preview->click();
    QVERIFY(shown.count() == 1 || shown.wait(5000));
    QVERIFY(!child<QCheckBox>(&d, "removeForwarding")->isChecked());
    QVERIFY(!child<QCheckBox>(&d, "restartMta")->isChecked());
    QVERIFY(contain->isEnabled());
    // The plan is listed step by step with what each touches.
    auto *steps = child<QTreeWidget>(&d, "steps");
    QCOMPARE(steps->topLevelItemCount() >= 5, true);
    QCOMPARE(steps->topLevelItem(0)->text(0), containStepTitle(ContainStep::Zimbra));
    QVERIFY(steps->topLevelItem(0)->childCount() > 0);

    // A changed choice makes the preview stale.
    child<QRadioButton>(&d, "directoryDisable")->setChecked(true);
    QVERIFY(!contain->isEnabled());
    QVERIFY(!d.previewIsCurrent());
    preview->click();
    QVERIFY(shown.count() == 2 || shown.wait(5000));
    QVERIFY(contain->isEnabled());
    QCOMPARE(d.plan().options.directory, DirectoryChoice::Disable);
    child<QCheckBox>(&d, "restartMta")->setChecked(true);
    QVERIFY(!contain->isEnabled());
}

void TestIncidentGuiWidgets::deleteWarnsAndConfirmationSaysSo()
{
    ContainmentDialog d(Account);
    d.show();
    d.setBackends(ContainmentBackends());
    auto *warning = child<QLabel>(&d, "deleteWarning");
    QVERIFY(warning->isHidden());
    child<QRadioButton>(&d, "queueDelete")->setChecked(true);
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("cannot be brought back")));
    QSignalSpy shown(&d, &ContainmentDialog::previewShown);
    child<QPushButton>(&d, "previewButton")->click();
    QVERIFY(shown.count() == 1 || shown.wait(5000));
    QCOMPARE(d.plan().options.queue, QueueChoice::Delete);

    // The final confirmation names the deletion; cancelling it runs nothing.
    child<QPushButton>(&d, "containButton")->click();
    auto *box = d.findChild<QMessageBox *>(QStringLiteral("confirmContain"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("DELETED")));
    QVERIFY(box->text().contains(QLatin1String("cannot be undone")));
    box->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    QCOMPARE(d.state(), ContainmentDialog::State::Previewed);
    child<QRadioButton>(&d, "queueHold")->setChecked(true);
    QVERIFY(warning->isHidden());
}

void TestIncidentGuiWidgets::failedStepAsksStopOrContinue()
{
    const QString audit = test::configDir().filePath(QStringLiteral("failed-audit.jsonl"));
    ContainmentBackends b;
    b.auditLogPath = audit;
    ContainmentDialog d(Account);
    d.show();
    d.setBackends(b);
    QSignalSpy shown(&d, &ContainmentDialog::previewShown);
    child<QPushButton>(&d, "previewButton")->click();
    QVERIFY(shown.count() == 1 || shown.wait(5000));
    d.setConfirmationsAutoAccepted(true);
    QSignalSpy asked(&d, &ContainmentDialog::failureQuestionAsked);
    QSignalSpy finished(&d, &ContainmentDialog::containmentFinished);
    child<QPushButton>(&d, "containButton")->click();
    QVERIFY(asked.wait(5000));
    auto *question = child<QFrame>(&d, "failureQuestion");
    QVERIFY(!question->isHidden());
    QCOMPARE(d.state(), ContainmentDialog::State::Running);
    QVERIFY(!child<QPushButton>(&d, "closeButton")->isEnabled()); // no closing half-way
    // The runner waits for the answer: nothing else finishes meanwhile.
    QTest::qWait(100);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(finished.count(), 0);
    child<QPushButton>(&d, "continueButton")->click(); // Zimbra failed: go on
    QVERIFY(asked.wait(5000)); // the submission block fails too
    child<QPushButton>(&d, "stopButton")->click();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const ContainmentResult r = d.result();
    QCOMPARE(r.steps.size(), d.plan().steps.size());
    QVERIFY(!r.steps.at(0).done && !r.steps.at(0).skipped);
    QVERIFY(!r.steps.at(1).done && !r.steps.at(1).skipped);
    for (int i = 2; i < r.steps.size(); ++i)
        QVERIFY2(r.steps.at(i).skipped, qPrintable(r.steps.at(i).detail));
    QVERIFY(question->isHidden());
    const QString summary = d.summaryText();
    QVERIFY(summary.contains(QLatin1String("NOT done")));
    QVERIFY(summary.contains(QLatin1String("not run")));
    QVERIFY(summary.contains(r.steps.at(0).detail));
    // No password was set: none is shown.
    QVERIFY(child<QFrame>(&d, "passwordBox")->isHidden());
    QVERIFY(d.shownPassword().isEmpty());
    // The report is offered after the run; Undo too, but with nothing changed it has nothing to do.
    QVERIFY(!child<QPushButton>(&d, "undoButton")->isHidden());
    QVERIFY(!child<QPushButton>(&d, "undoButton")->isEnabled());
    QVERIFY(child<QPushButton>(&d, "reportButton")->isEnabled());
    // Every step went to the audit log.
    const AuditReadResult log = readAuditLog(audit);
    QCOMPARE(log.entries.size(), r.steps.size());
}

void TestIncidentGuiWidgets::summaryRendersEveryStepState()
{
    ContainmentDialog d(Account);
    d.show();
    ContainmentResult r;
    r.account = Account;
    StepResult done;
    done.step = ContainStep::Zimbra;
    done.done = true;
    done.detail = QStringLiteral("Locked; token validity 3 -> 4");
    StepResult failed;
    failed.step = ContainStep::Directory;
    failed.detail = QStringLiteral("LDAP server down (Can't contact LDAP server)");
    StepResult skipped;
    skipped.step = ContainStep::Queues;
    skipped.skipped = true;
    skipped.detail = QStringLiteral("Not run: stopped after a failed step.");
    r.steps = {done, failed, skipped};
    d.showResult(r);
    // Rendered as a table: each step's title, its state and its detail, in run order.
    const QString text = d.summaryText();
    const qsizetype a = text.indexOf(containStepTitle(ContainStep::Zimbra));
    const qsizetype b = text.indexOf(containStepTitle(ContainStep::Directory));
    const qsizetype c = text.indexOf(containStepTitle(ContainStep::Queues));
    QVERIFY2(a >= 0 && a < b && b < c, qPrintable(text));
    const QString first = text.mid(a, b - a);
    const QString second = text.mid(b, c - b);
    const QString third = text.mid(c);
    QVERIFY2(first.contains(QLatin1String("done")) && !first.contains(QLatin1String("NOT"))
                 && first.contains(done.detail),
             qPrintable(first));
    QVERIFY2(second.contains(QLatin1String("NOT done")) && second.contains(failed.detail),
             qPrintable(second));
    QVERIFY2(third.contains(QLatin1String("not run")) && third.contains(skipped.detail), qPrintable(third));
    QVERIFY(child<QLabel>(&d, "status")->text().contains(QLatin1String("NOT done")));
}

void TestIncidentGuiWidgets::reportIsSavedBesideAuditLog()
{
    const QString audit = test::configDir().filePath(QStringLiteral("report/audit.jsonl"));
    ContainmentResult r;
    r.account = Account;
    StepResult s;
    s.step = ContainStep::Zimbra;
    s.done = true;
    s.detail = QStringLiteral("Locked.");
    s.started = s.finished = QDateTime::currentDateTimeUtc();
    r.steps = {s};
    IncidentReportDialog d(r);
    d.setAuditLogPath(audit);
    d.setProfileLabel(QStringLiteral("Tartanga"));
    const QDateTime detected = QDateTime::currentDateTimeUtc().addSecs(-120);
    d.setDetectedAt(detected);
    QSignalSpy ready(&d, &IncidentReportDialog::reportReady);
    d.start(nullptr, {}, {}, 30);
    QVERIFY(ready.count() == 1 || ready.wait(5000));
    QVERIFY(!d.problem().isEmpty()); // no MTA host: said, not fatal
    QVERIFY(d.html().contains(containStepTitle(ContainStep::Zimbra).toHtmlEscaped()));
    QCOMPARE(d.report().detectedAt, detected);
    const QString saved = d.savedPath();
    QVERIFY(saved.startsWith(IncidentReportDialog::reportsFolder(audit)));
    QVERIFY(saved.contains(QLatin1String("ikasle12")));
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), d.html());
    QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const AuditReadResult log = readAuditLog(audit);
    QCOMPARE(log.entries.size(), 1);
    QCOMPARE(log.entries.at(0).action, QStringLiteral("contain.report"));
    QVERIFY(log.entries.at(0).detail.contains(saved));
    // PDF export writes a real PDF.
    const QString pdf = test::configDir().filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(d.exportPdf(pdf, &error), qPrintable(error));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    // The notice tab: Basque and Spanish, with the account.
    auto *eu = child<QPlainTextEdit>(&d, "noticeEu");
    auto *es = child<QPlainTextEdit>(&d, "noticeEs");
    QVERIFY(eu && es && eu->isReadOnly());
    QVERIFY(eu->toPlainText().contains(Account) && eu->toPlainText().contains(QLatin1String("Kaixo")));
    QVERIFY(es->toPlainText().contains(Account) && es->toPlainText().contains(QLatin1String("Hola")));
}

void TestIncidentGuiWidgets::entryPointsOpenTheDialog()
{
    // The main window's wiring: the alert banner's Contain button (with the alert's time) and
    // the Accounts page's request each open a containment dialog for that account.
    ProfileStore store;
    SecretStore secrets;
    MainWindow window(&store, &secrets);
    ContainmentLauncher *launcher = window.containmentLauncher();
    QVERIFY(launcher);
    QList<ContainmentDialog *> opened;
    connect(launcher, &ContainmentLauncher::dialogOpened, this,
            [&opened](ContainmentDialog *d) { opened << d; });
    auto *banner = window.findChild<AlertBanner *>();
    QVERIFY(banner);
    RateAlert alert;
    alert.t = QDateTime::currentSecsSinceEpoch() - 300;
    alert.account = Account;
    alert.rate = 900;
    alert.threshold = 30;
    alert.window = QStringLiteral("minute");
    banner->showAlert(alert);
    QVERIFY(banner->containButton()->toolTip().size() > 0);
    banner->containButton()->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0)->account(), Account);
    QCOMPARE(opened.at(0)->detectedAt(), QDateTime::fromSecsSinceEpoch(alert.t, Qt::UTC));
    QVERIFY(!opened.at(0)->findChild<QLabel *>(QStringLiteral("detectedAt"))->isHidden());

    auto *accounts = qobject_cast<MailAccountsPage *>(window.page(MainWindow::AccountsIndex));
    QVERIFY(accounts);
    QVERIFY(!accounts->containButton()->isEnabled()); // nothing selected
    auto *shortcut = accounts->findChild<QShortcut *>(QStringLiteral("containShortcut"));
    QVERIFY(shortcut);
    QCOMPARE(shortcut->key(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QVERIFY(
        accounts->containButton()->toolTip().contains(shortcut->key().toString(QKeySequence::NativeText)));
    emit accounts->containRequested(QStringLiteral("irakasle2@tartanga.test"));
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1)->account(), QStringLiteral("irakasle2@tartanga.test"));
    QVERIFY(!opened.at(1)->detectedAt().isValid());
    QVERIFY(opened.at(1)->findChild<QLabel *>(QStringLiteral("detectedAt"))->isHidden());
    QCOMPARE(launcher->openDialogs().size(), 2);
    // A profile change closes the dialogs that are not running.
    launcher->closeForProfileChange();
    QCoreApplication::processEvents();
    QTRY_COMPARE(launcher->openDialogs().size(), 0);
}

QTEST_MAIN(TestIncidentGuiWidgets)
#include "tst_incidentgui_widgets.moc"
