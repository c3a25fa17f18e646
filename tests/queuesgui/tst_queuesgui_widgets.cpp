// The Queues page's widgets without a server: the action plan says how many and from whom,
// delete needs the explicit tick, the host-key dialog defaults to Reject, the counts bar and
// the outcome sentences say what postsuper reported.

#include "guitestsupport.h"

#include "mta/queuejobs.h"
#include "queues/hostkeydialog.h"
#include "queues/queueactionrunner.h"
#include "queues/queuecountsbar.h"
#include "queues/queuegroupspanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace zaindari;

class TestQueuesGuiWidgets : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase();
    void planCountsAndTopSenders();
    void deleteNeedsExplicitConfirmation();
    void holdConfirmsWithEnter();
    void hostKeyDialogDefaultsToReject();
    void countsBarShowsSummary();
    void groupsPanelChoosesAndClears();
    void resultNamesMissingIds();

private:
    QueueListing m_listing;
};

void TestQueuesGuiWidgets::initTestCase()
{
    test::initApp();
    QString error;
    QVERIFY2(readPostqueueFile(QStringLiteral(ZAINDARI_SOURCE_DIR "/tests/fixtures/postqueue/sample.jsonl"),
                               &m_listing, &error, QStringLiteral("mta1")),
             qPrintable(error));
    QVERIFY(m_listing.count() >= 4);
}

void TestQueuesGuiWidgets::planCountsAndTopSenders()
{
    std::vector<int> rows(size_t(m_listing.count()));
    for (int i = 0; i < m_listing.count(); ++i)
        rows[size_t(i)] = i;
    const QueueActionPlan plan
        = QueueActionPlan::make(QueueAction::Hold, m_listing, rows, QStringLiteral("all"));
    QCOMPARE(plan.count, m_listing.count());
    QCOMPARE(plan.hosts, QStringList {QStringLiteral("mta1")});
    QCOMPARE(plan.allIds().size(), m_listing.count());
    QVERIFY(!plan.topSenders.isEmpty());
    QCOMPARE(plan.topSenders.first().key, QStringLiteral("ikasle3@tartanga.test"));
    QCOMPARE(plan.topSenders.first().count, 2);

    // Only the chosen rows go into the plan.
    const QueueActionPlan one
        = QueueActionPlan::make(QueueAction::Hold, m_listing, {rows.back()}, QStringLiteral("one"));
    QCOMPARE(one.count, 1);
    QCOMPARE(one.allIds(), QStringList {m_listing.messages.back().id.toString()});
}

void TestQueuesGuiWidgets::deleteNeedsExplicitConfirmation()
{
    const QueueActionPlan plan
        = QueueActionPlan::make(QueueAction::Delete, m_listing, {0, 1}, QStringLiteral("two"));
    QueueActionConfirmDialog dialog(plan);
    dialog.show();
    QVERIFY(dialog.confirmBox());
    QVERIFY(!dialog.okButton()->isEnabled());
    // Enter must not delete: the default button is Cancel.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.confirmBox()->setChecked(true);
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestQueuesGuiWidgets::holdConfirmsWithEnter()
{
    const QueueActionPlan plan
        = QueueActionPlan::make(QueueAction::Hold, m_listing, {0, 1}, QStringLiteral("two"));
    QueueActionConfirmDialog dialog(plan);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(!dialog.confirmBox());
    QVERIFY(dialog.okButton()->isDefault());
    QVERIFY(dialog.text().contains(m_listing.senderOf(m_listing.messages[0]).toHtmlEscaped()));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
}

void TestQueuesGuiWidgets::hostKeyDialogDefaultsToReject()
{
    SshHostKeyInfo info;
    info.host = QStringLiteral("127.0.0.1");
    info.port = 2222;
    info.keyType = QStringLiteral("ssh-ed25519");
    info.fingerprint = QStringLiteral("SHA256:QK+ZrcKUtKAVfVJyv8Qq4YGx7ZYCUrsmdszw21bcoQc");
    HostKeyDialog dialog(QStringLiteral("127.0.0.1:2222"), info);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("fingerprint"))->text(), info.fingerprint);
    QVERIFY(dialog.rejectButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(HostKeyDialog::Rejected));

    HostKeyDialog again(QStringLiteral("127.0.0.1:2222"), info);
    again.show();
    again.rememberButton()->click();
    QCOMPARE(again.result(), int(HostKeyDialog::AcceptedAndRemembered));
}

void TestQueuesGuiWidgets::countsBarShowsSummary()
{
    QueueCountsBar bar;
    QVERIFY(!bar.hasCounts());
    const QueueSummary s = summarize(m_listing, 0);
    bar.setSummary(s);
    QCOMPARE(bar.count(QueueName::Deferred), s.counts[int(QueueName::Deferred)]);
    QCOMPARE(bar.count(QueueName::Hold), s.counts[int(QueueName::Hold)]);
    QSignalSpy toggled(&bar, &QueueCountsBar::queueToggled);
    auto *deferred = bar.findChild<QAbstractButton *>(QStringLiteral("count_deferred"));
    QVERIFY(deferred);
    deferred->click();
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.first().first().value<std::optional<QueueName>>(),
             std::optional<QueueName>(QueueName::Deferred));
}

void TestQueuesGuiWidgets::groupsPanelChoosesAndClears()
{
    QueueGroupsPanel panel;
    const QList<QueueGroup> groups = groupMessages(m_listing, QueueGroupBy::Sender, 0);
    panel.setGroups(groups, m_listing.count());
    QCOMPARE(panel.tree()->topLevelItemCount(), int(groups.size()) + 1); // + "All messages"
    QSignalSpy chosen(&panel, &QueueGroupsPanel::groupChosen);
    QVERIFY(panel.choose(QStringLiteral("ikasle3@tartanga.test")));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(panel.chosenKey().value_or(QString()), QStringLiteral("ikasle3@tartanga.test"));
    panel.clearChoice();
    QVERIFY(!panel.chosenKey());
}

void TestQueuesGuiWidgets::resultNamesMissingIds()
{
    QueueActionResult r;
    r.plan = QueueActionPlan::make(QueueAction::Hold, m_listing, {0, 1}, QStringLiteral("two"));
    PostsuperOutcome o;
    o.action = QueueAction::Hold;
    o.requested = r.plan.allIds();
    o.doneIds = {o.requested.at(0)};
    o.missingIds = {o.requested.at(1)};
    o.completed = true;
    r.outcomes << o;
    QCOMPARE(r.done(), 1);
    QVERIFY(r.details().contains(o.requested.at(1)));
    QVERIFY(!r.summary().isEmpty());
}

QTEST_MAIN(TestQueuesGuiWidgets)
#include "tst_queuesgui_widgets.moc"
