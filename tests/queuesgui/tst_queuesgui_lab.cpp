// The Queues page against the lab: real sshd (key from lab.json), real Postfix with thousands
// of deferred messages. What a technician checks: the counts match the queue, choosing the
// captured sender shows exactly its messages, hold holds exactly those and release brings them
// back, the preview shows the message, and an unknown host key is asked about and, rejected,
// never connects.

#include "guitestsupport.h"
#include "labqueue.h"

#include "mta/mtasessions.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "queuefilterproxy.h"
#include "queuemodel.h"
#include "queues/hostkeydialog.h"
#include "queues/mailqueuespage.h"
#include "queues/messagepreviewpane.h"
#include "queues/queuecountsbar.h"
#include "queues/queuegroupspanel.h"
#include "queues/queuesizechart.h"
#include "queues/sshconnectioncontroller.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace zaindari;

namespace {
const QString Captured = QStringLiteral("ikasle3@tartanga.test");

QSet<QString> shownIds(const MailQueuesPage &page)
{
    const QStringList ids = page.proxy()->visibleIds();
    return QSet<QString>(ids.cbegin(), ids.cend());
}
} // namespace

class TestQueuesGuiLab : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase();
    void loadsCountsMatchingPostqueue();
    void senderGroupFiltersTable();
    void previewShowsMessage();
    void holdThenReleaseExactlyTheGroup();
    void refreshKeepsSelection();
    void unknownHostKeyAskedAndRejected();
    void changedHostKeyRefused();
    void cleanupTestCase();

private:
    bool waitLoaded(MailQueuesPage &page, int timeoutMs = 90000);
    // Accepts the confirmation the page opens, then closes the result box.
    bool confirmAction(MailQueuesPage &page);

    QJsonObject m_lab;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    Profile m_profile;
    std::unique_ptr<MailQueuesPage> m_page;
    QSet<QString> m_capturedIds;
};

void TestQueuesGuiLab::initTestCase()
{
    test::initApp();
    m_lab = test::labJson();
    if (m_lab.isEmpty())
        QFAIL("lab.json not found: bring the lab up (tests/lab/lab-up.sh)");
    const QJsonObject ssh = m_lab.value(QLatin1String("ssh")).toObject();
    QVERIFY(m_dir.isValid());
    // A copy, so that nothing the test accepts ever reaches the lab's own file.
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(QFile::copy(ssh.value(QLatin1String("known_hosts")).toString(), m_knownHosts));

    m_store = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>();
    m_profile = Profile::create(QStringLiteral("Lab"));
    m_profile.ssh.hosts
        = {{ssh.value(QLatin1String("host")).toString(), quint16(ssh.value(QLatin1String("port")).toInt())}};
    m_profile.ssh.user = ssh.value(QLatin1String("user")).toString();
    m_profile.ssh.auth = SshAuthMethod::KeyFile;
    m_profile.ssh.keyFile = ssh.value(QLatin1String("key")).toString();
    QString error;
    QVERIFY2(m_store->save(m_profile, &error), qPrintable(error));
    m_profile = *m_store->byName(QStringLiteral("Lab"));

    const test::LabQueue q = test::readLabQueue();
    QVERIFY2(q.count(QStringLiteral("deferred")) > 1000,
             "the lab should hold thousands of deferred messages");
    m_capturedIds = q.idsBySender.value(Captured);
    QVERIFY2(!m_capturedIds.isEmpty(), "the captured sender has no queued message");
    for (const QString &id : std::as_const(m_capturedIds))
        QCOMPARE(q.queueOf.value(id), QStringLiteral("deferred"));

    m_page = std::make_unique<MailQueuesPage>(m_store.get(), m_secrets.get());
    m_page->connection()->setKnownHostsFile(m_knownHosts);
    m_page->setProfile(m_profile);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(waitLoaded(*m_page));
}

bool TestQueuesGuiLab::waitLoaded(MailQueuesPage &page, int timeoutMs)
{
    QSignalSpy spy(&page, &MailQueuesPage::listingLoaded);
    if (!page.isLoading() && page.model()->rowCount() > 0 && !page.isActing())
        return true;
    if (!spy.wait(timeoutMs))
        return false;
    if (!spy.first().first().toBool())
        qWarning("listing failed: %s", qPrintable(page.statusText()));
    return spy.first().first().toBool();
}

bool TestQueuesGuiLab::confirmAction(MailQueuesPage &page)
{
    QueueActionConfirmDialog *dialog = nullptr;
    for (QueueActionConfirmDialog *d : page.findChildren<QueueActionConfirmDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    if (!dialog)
        return false;
    if (dialog->confirmBox())
        dialog->confirmBox()->setChecked(true);
    dialog->okButton()->click();
    return true;
}

void TestQueuesGuiLab::loadsCountsMatchingPostqueue()
{
    // The queue may move between two reads only if something delivers; the lab's relay is dead
    // and the retry delay an hour, so the counts are stable. Read again after the page did.
    QSignalSpy spy(m_page.get(), &MailQueuesPage::listingLoaded);
    QCOMPARE(m_page->refresh(), QString());
    QVERIFY(spy.wait(90000));
    QVERIFY(spy.first().first().toBool());
    const test::LabQueue q = test::readLabQueue();
    QueueCountsBar *bar = m_page->countsBar();
    QVERIFY(bar->hasCounts());
    QCOMPARE(bar->count(QueueName::Deferred), q.count(QStringLiteral("deferred")));
    QCOMPARE(bar->count(QueueName::Hold), q.count(QStringLiteral("hold")));
    QCOMPARE(bar->count(QueueName::Active), q.count(QStringLiteral("active")));
    QCOMPARE(bar->count(QueueName::Corrupt), q.count(QStringLiteral("corrupt")));
    QCOMPARE(bar->count(QueueName::Incoming),
             q.count(QStringLiteral("incoming")) + q.count(QStringLiteral("maildrop")));
    QCOMPARE(m_page->model()->rowCount(), int(q.queueOf.size()));
    QCOMPARE(m_page->connection()->state(), ConnectionState::Connected);
    // Two refreshes so far: two points on each line of the chart.
    QVERIFY(m_page->chart()->sampleCount() >= 2);
    QCOMPARE(m_page->chart()->points(QueueName::Deferred).last().y(),
             double(q.count(QStringLiteral("deferred"))));
}

void TestQueuesGuiLab::senderGroupFiltersTable()
{
    QueueGroupsPanel *groups = m_page->groupsPanel();
    groups->setGroupBy(QueueGroupBy::Sender);
    QTRY_VERIFY_WITH_TIMEOUT(groups->choose(Captured), 5000);
    QCOMPARE(*groups->chosenKey(), Captured);
    QCOMPARE(m_page->proxy()->rowCount(), int(m_capturedIds.size()));
    QCOMPARE(shownIds(*m_page), m_capturedIds);
    // The group's own count says the same.
    const QList<QTreeWidgetItem *> items = groups->tree()->findItems(Captured, Qt::MatchExactly, 0);
    QCOMPARE(items.size(), 1);
    QCOMPARE(QLocale().toInt(items.first()->text(1)), int(m_capturedIds.size()));
}

void TestQueuesGuiLab::previewShowsMessage()
{
    QTableView *table = m_page->table();
    QVERIFY(m_page->proxy()->rowCount() > 0);
    table->setCurrentIndex(m_page->proxy()->index(0, QueueModel::IdColumn));
    const QString id = table->currentIndex().data(QueueModel::IdRole).toString();
    // postcat -q through sudo -n: the envelope names the sender, the headers follow.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->preview()->queueId() == id && !m_page->preview()->text().isEmpty(),
                             30000);
    QVERIFY2(m_page->preview()->text().contains(Captured), qPrintable(m_page->preview()->text().left(400)));
    QVERIFY(m_page->preview()->text().contains(QLatin1String("Subject:")));
}

void TestQueuesGuiLab::holdThenReleaseExactlyTheGroup()
{
    m_page->groupsPanel()->setGroupBy(QueueGroupBy::Sender);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->groupsPanel()->choose(Captured), 5000);
    const test::LabQueue before = test::readLabQueue();

    // Hold: every shown row selected (the captured sender's group), confirmation accepted.
    m_page->table()->selectAll();
    QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), int(m_capturedIds.size()));
    QSignalSpy done(m_page.get(), &MailQueuesPage::actionFinished);
    m_page->actOnSelection(QueueAction::Hold);
    {
        auto *dialog = m_page->findChild<QueueActionConfirmDialog *>();
        QVERIFY(dialog);
        // The preview of the action says how many and from whom.
        QVERIFY2(dialog->text().contains(Captured), qPrintable(dialog->text()));
        QVERIFY(dialog->text().contains(QLocale().toString(int(m_capturedIds.size())))
                || dialog->text().contains(QString::number(m_capturedIds.size())));
    }
    QVERIFY(confirmAction(*m_page));
    QVERIFY(done.wait(120000));
    const auto held = done.first().first().value<QueueActionResult>();
    QCOMPARE(held.done(), int(m_capturedIds.size()));
    const QStringList heldIds = held.doneIds();
    QCOMPARE(QSet<QString>(heldIds.cbegin(), heldIds.cend()), m_capturedIds);
    QVERIFY(held.missingIds().isEmpty());
    QVERIFY(m_page->activityText().contains(QString::number(m_capturedIds.size())));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QMessageBox *>(QStringLiteral("QueueActionResultBox")), 5000);
    m_page->findChild<QMessageBox *>(QStringLiteral("QueueActionResultBox"))->close();

    const test::LabQueue afterHold = test::readLabQueue();
    for (auto it = before.queueOf.cbegin(); it != before.queueOf.cend(); ++it) {
        if (m_capturedIds.contains(it.key()))
            QCOMPARE(afterHold.queueOf.value(it.key()), QStringLiteral("hold"));
        else if (it.value() == QLatin1String("deferred"))
            QCOMPARE(afterHold.queueOf.value(it.key()), QStringLiteral("deferred")); // untouched
    }
    // The page refreshed by itself and shows the hold count.
    QVERIFY(waitLoaded(*m_page));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->countsBar()->count(QueueName::Hold),
                              afterHold.count(QStringLiteral("hold")), 30000);

    // Release the same group: back to deferred, nothing else touched.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 60000);
    QCOMPARE(shownIds(*m_page), m_capturedIds);
    m_page->table()->selectAll();
    done.clear();
    m_page->actOnSelection(QueueAction::Release);
    QVERIFY(confirmAction(*m_page));
    QVERIFY(done.wait(120000));
    const auto released = done.first().first().value<QueueActionResult>();
    QCOMPARE(released.done(), int(m_capturedIds.size()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QMessageBox *>(QStringLiteral("QueueActionResultBox")), 5000);
    m_page->findChild<QMessageBox *>(QStringLiteral("QueueActionResultBox"))->close();
    // Released mail goes back to the deferred queue (postsuper -H); qmgr may pick some up for
    // a moment, after which the dead relay defers them again.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const test::LabQueue now = test::readLabQueue();
            for (const QString &id : std::as_const(m_capturedIds)) {
                if (now.queueOf.value(id) != QLatin1String("deferred"))
                    return false;
            }
            return now.count(QStringLiteral("hold")) == before.count(QStringLiteral("hold"));
        }(),
        60000);
    QVERIFY(waitLoaded(*m_page));
}

void TestQueuesGuiLab::refreshKeepsSelection()
{
    QTableView *table = m_page->table();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && !m_page->isActing(), 60000);
    QVERIFY(m_page->proxy()->rowCount() > 10);
    table->clearSelection();
    QSet<QString> chosen;
    for (int r : {1, 3, 5}) {
        table->selectionModel()->select(m_page->proxy()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen.insert(m_page->proxy()->index(r, 0).data(QueueModel::IdRole).toString());
    }
    QSignalSpy spy(m_page.get(), &MailQueuesPage::listingLoaded);
    QCOMPARE(m_page->refresh(), QString());
    QVERIFY(spy.wait(90000));
    QSet<QString> after;
    for (const QModelIndex &i : table->selectionModel()->selectedRows())
        after.insert(i.data(QueueModel::IdRole).toString());
    QCOMPARE(after, chosen);
}

void TestQueuesGuiLab::changedHostKeyRefused()
{
    // known_hosts holds another ed25519 key for the lab's host: the page must warn and never
    // connect, and offer no way to accept.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong_known_hosts"));
    QFile f(wrong);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[127.0.0.1]:2222 ssh-ed25519 "
            "AAAAC3NzaC1lZDI1NTE5AAAAIJxraWsLQYxdYGuU8kGdYdpvOye/uy8s0a8WgEHLQKKi\n");
    f.close();
    MailQueuesPage page(m_store.get(), m_secrets.get());
    page.connection()->setKnownHostsFile(wrong);
    page.setProfile(m_profile);
    QSignalSpy refused(page.connection(), &SshConnectionController::hostKeyRefused);
    QSignalSpy loaded(&page, &MailQueuesPage::listingLoaded);
    QCOMPARE(page.refresh(), QString());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QCOMPARE(refused.size(), 1);
    QVERIFY(!page.findChild<HostKeyDialog *>());
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("HostKeyChangedWarning"));
    QVERIFY(box);
    // The warning names the fingerprint the server presented.
    const QString presented
        = m_lab.value(QLatin1String("ssh")).toObject().value(QLatin1String("host_key_sha256")).toString();
    QVERIFY2(box->text().contains(presented), qPrintable(box->text()));
    QCOMPARE(page.connection()->state(), ConnectionState::Error);
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestQueuesGuiLab::unknownHostKeyAskedAndRejected()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty_known_hosts"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();

    MailQueuesPage page(m_store.get(), m_secrets.get());
    page.connection()->setKnownHostsFile(empty);
    page.setProfile(m_profile);
    QSignalSpy asked(page.connection(), &SshConnectionController::hostKeyQuestionAsked);
    QSignalSpy loaded(&page, &MailQueuesPage::listingLoaded);
    QCOMPARE(page.refresh(), QString());
    QVERIFY(asked.wait(30000));
    HostKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<HostKeyDialog *>()) != nullptr && dialog->isVisible(),
                             5000);
    // The dialog shows the host, the key type and the fingerprint ssh-keygen prints.
    const QString expected
        = m_lab.value(QLatin1String("ssh")).toObject().value(QLatin1String("host_key_sha256")).toString();
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text(), expected);
    QCOMPARE(dialog->info().keyType, QStringLiteral("ssh-ed25519"));
    QVERIFY(dialog->rejectButton()->isDefault());
    dialog->rejectButton()->click();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QCOMPARE(page.connection()->state(), ConnectionState::Error);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.statusText().isEmpty());
    QCOMPARE(QFileInfo(empty).size(), 0); // nothing recorded
    QVERIFY(m_store->byId(m_profile.id)->trust.sshHostKeys.isEmpty());
}

void TestQueuesGuiLab::cleanupTestCase()
{
    m_page.reset();
    // Leave the queue as found even if a step failed: release what this test may have held.
    const test::LabQueue q = test::readLabQueue();
    QByteArray ids;
    for (const QString &id : std::as_const(m_capturedIds)) {
        if (q.queueOf.value(id) == QLatin1String("hold"))
            ids += id.toLatin1() + '\n';
    }
    if (!ids.isEmpty()) {
        QProcess p;
        p.start(QStringLiteral("/usr/sbin/postsuper"), {QStringLiteral("-H"), QStringLiteral("-")});
        p.write(ids);
        p.closeWriteChannel();
        p.waitForFinished(60000);
    }
}

QTEST_MAIN(TestQueuesGuiLab)
#include "tst_queuesgui_lab.moc"
