// The profile manager driven through key and mouse events in each language: create, edit,
// validate, test a connection, delete with confirmation, export and import without secrets.

#include "common/settings.h"
#include "dialogs/profilemanagerdialog.h"
#include "guitestsupport.h"
#include "profiles/connectiontestpanel.h"
#include "profiles/profileeditor.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profiles/sshsection.h"
#include "profiles/zimbrasection.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace zaindari;

namespace {

QString expectedYes(const QString &lang)
{
    if (lang == QLatin1String("eu"))
        return QStringLiteral("&Bai");
    if (lang == QLatin1String("es"))
        return QStringLiteral("&Sí");
    return QStringLiteral("&Yes");
}

// Replaces the text of a line edit the way a user does: select all, type.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

QByteArray settingsFileContents()
{
    const auto s = openSettings();
    s->sync();
    QFile f(s->fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProfileManager : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private:
    ProfileStore *m_store = nullptr;
    SecretStore *m_secrets = nullptr;

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    static void showTab(ProfileManagerDialog &d, int index)
    {
        QTabBar *bar = d.editor()->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QCOMPARE(d.editor()->tabs()->currentIndex(), index);
    }

    // Answers the next modal message box with `button`, after checking its label.
    static void answerNextMessageBox(QMessageBox::StandardButton button, const QString &expectedText,
                                     bool *seen)
    {
        QTimer::singleShot(0, [=] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *seen = box->button(button) && box->button(button)->text() == expectedText;
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    }

private slots:
    void initTestCase()
    {
        test::initApp();
        m_store = new ProfileStore(this);
        m_secrets = new SecretStore(this);
    }
    void init()
    {
        for (const Profile &p : m_store->profiles())
            m_store->remove(p.id);
    }
    void cleanupTestCase() { test::useLanguage(QStringLiteral("en")); }

    void addEditDelete_data() { test::addLanguageRows(); }
    void addEditDelete()
    {
        QFETCH(QString, lang);
        test::useLanguage(lang);
        ProfileManagerDialog d(m_store, m_secrets);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QCOMPARE(d.listView()->model()->rowCount(), 0);
        QVERIFY(!d.editor()->isVisible());

        // New profile: name, one MTA host typed into the table, user, SOAP admin and password.
        QTest::mouseClick(child<QPushButton>(&d, "newProfile"), Qt::LeftButton);
        QVERIFY(d.editor()->isVisible());
        typeInto(d.editor()->nameEdit(), QStringLiteral("Ikastola Zaharra"));
        QTest::mouseClick(child<QPushButton>(&d, "addHost"), Qt::LeftButton);
        QWidget *cellEditor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(cellEditor));
        QTest::keyClicks(cellEditor, QStringLiteral("mta1.ikastola.example"));
        QTest::keyClick(cellEditor, Qt::Key_Return);
        typeInto(child<QLineEdit>(&d, "sshUser"), QStringLiteral("zimbra"));
        showTab(d, 1);
        typeInto(child<QLineEdit>(&d, "soapAdmin"), QStringLiteral("admin@ikastola.example"));
        QTest::mouseClick(child<QPushButton>(&d, "useDefaultSoapUrl"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&d, "soapUrl")->text(),
                 QStringLiteral("https://mta1.ikastola.example:7071/service/admin/soap"));
        const QString secret = QStringLiteral("Sekretu-%1-9x!").arg(lang);
        typeInto(child<QLineEdit>(&d, "soapPassword"), secret);
        QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);

        const std::optional<Profile> saved = m_store->byName(QStringLiteral("Ikastola Zaharra"));
        QVERIFY2(saved, qPrintable(d.statusText()));
        QCOMPARE(saved->ssh.hosts, (QList<MtaHost> {MtaHost {QStringLiteral("mta1.ikastola.example"), 22}}));
        QCOMPARE(saved->soap.adminUser, QStringLiteral("admin@ikastola.example"));
        QCOMPARE(saved->soap.url.toString(),
                 QStringLiteral("https://mta1.ikastola.example:7071/service/admin/soap"));
        QCOMPARE(d.listView()->model()->rowCount(), 1);
        QCOMPARE(d.listView()->currentIndex().data().toString(), QStringLiteral("Ikastola Zaharra"));
        QVERIFY(!d.editor()->isModified());
        // The password went to the secret store only, never to the settings file.
        QVERIFY(child<QLineEdit>(&d, "soapPassword")->text().isEmpty());
        QTRY_COMPARE(m_secrets->sessionSecret(saved->id, SecretKind::SoapPassword).value_or(QString()),
                     secret);
        QVERIFY(!settingsFileContents().isEmpty());
        QVERIFY(!settingsFileContents().contains(secret.toUtf8()));

        // Edit: rename and add a second host, then save with Ctrl+S.
        typeInto(d.editor()->nameEdit(), QStringLiteral("Ikastola Berria"));
        QVERIFY(d.editor()->isModified());
        showTab(d, 0);
        QTest::mouseClick(child<QPushButton>(&d, "addHost"), Qt::LeftButton);
        cellEditor = QApplication::focusWidget();
        QTest::keyClicks(cellEditor, QStringLiteral("mta2.ikastola.example"));
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QTest::keyClick(&d, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!d.editor()->isModified());
        QVERIFY(!m_store->byName(QStringLiteral("Ikastola Zaharra")));
        const std::optional<Profile> edited = m_store->byName(QStringLiteral("Ikastola Berria"));
        QVERIFY(edited);
        QCOMPARE(edited->id, saved->id);
        QCOMPARE(edited->ssh.hosts.size(), 2);

        // Delete, confirming in a message box whose buttons are in the chosen language.
        bool seen = false;
        answerNextMessageBox(QMessageBox::Yes, expectedYes(lang), &seen);
        QTest::mouseClick(child<QPushButton>(&d, "deleteProfile"), Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(m_store->profiles().isEmpty());
        QCOMPARE(d.listView()->model()->rowCount(), 0);
        QVERIFY(!m_secrets->sessionSecret(saved->id, SecretKind::SoapPassword));
    }

    void deleteCanBeDeclined()
    {
        test::useLanguage(QStringLiteral("en"));
        QVERIFY(m_store->save(Profile::create(QStringLiteral("Keep me"))));
        ProfileManagerDialog d(m_store, m_secrets);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        bool seen = false;
        answerNextMessageBox(QMessageBox::No, QStringLiteral("&No"), &seen);
        QTest::mouseClick(child<QPushButton>(&d, "deleteProfile"), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(m_store->profiles().size(), 1);
    }

    void invalidFieldsAreShownInline()
    {
        test::useLanguage(QStringLiteral("en"));
        ProfileManagerDialog d(m_store, m_secrets);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::mouseClick(child<QPushButton>(&d, "newProfile"), Qt::LeftButton);
        typeInto(d.editor()->nameEdit(), QStringLiteral("Broken"));
        QTest::mouseClick(child<QPushButton>(&d, "addHost"), Qt::LeftButton);
        QWidget *cellEditor = QApplication::focusWidget();
        QTest::keyClicks(cellEditor, QStringLiteral("mta1;reboot"));
        QTest::keyClick(cellEditor, Qt::Key_Return);
        showTab(d, 2);
        QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);
        QVERIFY(!m_store->byName(QStringLiteral("Broken")));
        // The editor jumps back to the SSH tab and shows the reason under the hosts table.
        QCOMPARE(d.editor()->tabs()->currentIndex(), 0);
        QStringList shown;
        for (QLabel *l : d.editor()->sshSection()->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
            if (l->isVisible())
                shown << l->text();
        }
        QCOMPARE(shown.size(), 1);
        QVERIFY(!d.statusText().isEmpty());

        // Fixing the host lets the profile be saved.
        QTableView *hosts = child<QTableView>(&d, "hostsView");
        const QModelIndex cell = hosts->model()->index(0, 0);
        hosts->setCurrentIndex(cell);
        hosts->edit(cell);
        cellEditor = QApplication::focusWidget();
        QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(cellEditor, QStringLiteral("mta1.example.org"));
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);
        QVERIFY(m_store->byName(QStringLiteral("Broken")));
    }

    void testConnectionReportsResult()
    {
        test::useLanguage(QStringLiteral("en"));
        Profile p = Profile::create(QStringLiteral("Tested"));
        p.ssh.hosts = {MtaHost {QStringLiteral("127.0.0.1"), 22}};
        QVERIFY(m_store->save(p));
        ProfileManagerDialog d(m_store, m_secrets);
        d.show();
        ConnectionTestPanel *panel = d.editor()->sshSection()->testPanel();
        QSignalSpy finished(panel, &ConnectionTestPanel::testFinished);
        QPushButton *button = panel->findChild<QPushButton *>();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const QString message = finished.first().at(1).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY(panel->resultText().contains(message));
        QVERIFY(!panel->isRunning());
    }

    void exportAndImportWithoutSecrets()
    {
        test::useLanguage(QStringLiteral("en"));
        Profile p = Profile::create(QStringLiteral("Exported"));
        p.ssh.hosts = {MtaHost {QStringLiteral("mta.example.org"), 22}};
        p.ssh.auth = SshAuthMethod::Password;
        QVERIFY(m_store->save(p));
        const QString secret = QStringLiteral("ssh-secret-7Q");
        m_secrets->rememberForSession(p.id, SecretKind::SshPassword, secret);

        ProfileManagerDialog d(m_store, m_secrets);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.json"));
        QVERIFY(d.exportProfiles(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("Exported"));
        QVERIFY(json.contains("mta.example.org"));
        QVERIFY(!json.contains(secret.toUtf8()));

        QVERIFY(m_store->remove(p.id));
        QCOMPARE(d.importProfiles(file), 1);
        const std::optional<Profile> back = m_store->byName(QStringLiteral("Exported"));
        QVERIFY(back);
        QCOMPARE(back->ssh.hosts, p.ssh.hosts);
        QCOMPARE(d.listView()->currentIndex().data().toString(), QStringLiteral("Exported"));
    }
};

QTEST_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
