// The main window in each language: pages, shortcuts, status-bar indicators, profile switcher,
// live retranslation, and Qt's own strings in Basque and Spanish.

#include "common/settings.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "widgets/connectionindicator.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>

#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/profilemanagerdialog.h"

using namespace zaindari;

class TestMainWindow : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private:
    ProfileStore *m_store = nullptr;
    SecretStore *m_secrets = nullptr;

    void clearStore()
    {
        for (const Profile &p : m_store->profiles())
            m_store->remove(p.id);
    }

private slots:
    void initTestCase()
    {
        test::initApp();
        m_store = new ProfileStore(this);
        m_secrets = new SecretStore(this);
    }
    void init() { clearStore(); }
    void cleanupTestCase() { test::useLanguage(QStringLiteral("en")); }

    void constructsAndNavigates_data() { test::addLanguageRows(); }
    void constructsAndNavigates()
    {
        QFETCH(QString, lang);
        test::useLanguage(lang);
        MainWindow w(m_store, m_secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        QCOMPARE(w.navigation()->count(), int(MainWindow::PageCount));
        QCOMPARE(w.currentPage(), int(MainWindow::DashboardIndex));
        // Ctrl+1..6 switch pages; the navigation list follows.
        for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.currentPage(), i);
            QCOMPARE(w.navigation()->currentRow(), i);
            QCOMPARE(w.navigation()->item(i)->text(), w.page(i)->title());
        }
        // Clicking a navigation entry also switches.
        const QRect r = w.navigation()->visualItemRect(w.navigation()->item(MainWindow::QueuesIndex));
        QTest::mouseClick(w.navigation()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(w.currentPage(), int(MainWindow::QueuesIndex));
        QVERIFY(w.windowTitle().contains(w.page(MainWindow::QueuesIndex)->title()));
        // No profile yet: the switcher is empty and the pages say how to create one.
        QCOMPARE(w.profileCombo()->count(), 0);
        QVERIFY(!w.currentProfile());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(!w.statusBar()->currentMessage().isEmpty());
    }

    void indicatorsShowStateAndError_data() { test::addLanguageRows(); }
    void indicatorsShowStateAndError()
    {
        QFETCH(QString, lang);
        test::useLanguage(lang);
        MainWindow w(m_store, m_secrets);
        for (Backend b : {Backend::Ssh, Backend::Zimbra, Backend::Directory}) {
            ConnectionIndicator *ind = w.indicator(b);
            QVERIFY(ind);
            QCOMPARE(ind->state(), ConnectionState::Disconnected);
            QVERIFY(ind->text().contains(backendName(b)));
            QVERIFY(ind->text().contains(connectionStateName(ConnectionState::Disconnected)));
        }
        const QString failure = QStringLiteral("Server mta1.example.org refused the login: Access denied");
        w.setBackendState(Backend::Ssh, ConnectionState::Error, failure);
        QCOMPARE(w.indicator(Backend::Ssh)->state(), ConnectionState::Error);
        QCOMPARE(w.indicator(Backend::Ssh)->toolTip(), failure);
        QVERIFY(w.indicator(Backend::Ssh)->text().contains(connectionStateName(ConnectionState::Error)));
        w.setBackendState(Backend::Directory, ConnectionState::Connected);
        QVERIFY(w.indicator(Backend::Directory)
                    ->text()
                    .contains(connectionStateName(ConnectionState::Connected)));
        // The other indicators are not affected.
        QCOMPARE(w.indicator(Backend::Zimbra)->state(), ConnectionState::Disconnected);
    }

    void profileSwitcherFollowsStore()
    {
        test::useLanguage(QStringLiteral("en"));
        Profile a = Profile::create(QStringLiteral("Azkoitia"));
        a.ssh.hosts = {MtaHost {QStringLiteral("mta.azkoitia.example"), 22}};
        Profile b = Profile::create(QStringLiteral("Beasain"));
        QVERIFY(m_store->save(a));
        QVERIFY(m_store->save(b));
        MainWindow w(m_store, m_secrets);
        QCOMPARE(w.profileCombo()->count(), 2);
        QVERIFY(w.selectProfileByName(QStringLiteral("Beasain")));
        QCOMPARE(w.currentProfile()->id, b.id);
        QCOMPARE(w.profileCombo()->currentText(), QStringLiteral("Beasain"));
        QVERIFY(!w.selectProfileByName(QStringLiteral("Nowhere")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Beasain")));

        // Switching profiles shows it on the dashboard and disconnects every backend.
        w.setBackendState(Backend::Ssh, ConnectionState::Connected);
        QVERIFY(w.selectProfileById(a.id));
        auto *dash = qobject_cast<DashboardPage *>(w.page(MainWindow::DashboardIndex));
        QVERIFY(dash->summaryText().contains(QStringLiteral("mta.azkoitia.example")));
        QCOMPARE(w.indicator(Backend::Ssh)->state(), ConnectionState::Disconnected);

        // Renaming in the store keeps the selection; deleting falls back to the other one.
        a.name = QStringLiteral("Azkoitia institutua");
        QVERIFY(m_store->save(a));
        QCOMPARE(w.profileCombo()->currentText(), a.name);
        QCOMPARE(w.currentProfile()->id, a.id);
        QVERIFY(m_store->remove(a.id));
        QCOMPARE(w.currentProfile()->id, b.id);
    }

    void retranslatesLive()
    {
        test::useLanguage(QStringLiteral("en"));
        // LanguageChange reaches widgets through their native windows: show them, as a user would.
        MainWindow w(m_store, m_secrets);
        w.show();
        ProfileManagerDialog dialog(m_store, m_secrets, &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString fileTitle = w.fileMenu()->title();
        QCOMPARE(fileTitle, QStringLiteral("&File"));
        QDialogButtonBox *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QCOMPARE(box->button(QDialogButtonBox::Close)->text(), test::expectedClose(QStringLiteral("en")));

        // A translator for the window's context proves every menu re-reads its title.
        test::PseudoTranslator pseudo("zaindari::MainWindow");
        QCoreApplication::installTranslator(&pseudo);
        QTRY_COMPARE(w.fileMenu()->title(), QStringLiteral("⟦&File⟧"));
        QCOMPARE(w.helpMenu()->title(), QStringLiteral("⟦&Help⟧"));
        QCOMPARE(w.profilesAction()->text(), QStringLiteral("⟦&Profiles…⟧"));
        QCoreApplication::removeTranslator(&pseudo);
        QTRY_COMPARE(w.fileMenu()->title(), fileTitle);

        // The real catalogues, switched while the windows are open: Qt's own buttons follow.
        for (const QString &lang : {QStringLiteral("eu"), QStringLiteral("es"), QStringLiteral("en")}) {
            test::useLanguage(lang);
            QTRY_COMPARE(box->button(QDialogButtonBox::Close)->text(), test::expectedClose(lang));
            QTRY_COMPARE(w.fileMenu()->title(), QCoreApplication::translate("zaindari::MainWindow", "&File"));
            QCOMPARE(QLocale().language(), QLocale(lang).language());
        }
    }

    void preferencesSwitchLanguage()
    {
        test::useLanguage(QStringLiteral("en"));
        MainWindow w(m_store, m_secrets);
        PreferencesDialog prefs(&w);
        prefs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prefs));
        QComboBox *combo = prefs.languageCombo();
        // System default first, then the three languages under their own names.
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(1), QStringLiteral("Euskara"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Español"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("eu")));
        QDialogButtonBox *box = prefs.findChild<QDialogButtonBox *>();
        QPushButton *apply = box->button(QDialogButtonBox::Apply);
        QCOMPARE(apply->text(), QStringLiteral("Apply"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("eu"));
        QCOMPARE(AppSettings::instance().language(), QStringLiteral("eu"));
        // The dialog itself was retranslated in place, Qt's buttons included.
        QTRY_COMPARE(apply->text(), QStringLiteral("Aplikatu"));
        QTRY_COMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Utzi"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("eu"));

        combo->setCurrentIndex(0); // back to the system default
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(AppSettings::instance().language(), QString());
        QCOMPARE(i18n::currentLanguage(), i18n::resolveLanguage(QString()));
    }

    void aboutShowsVersions()
    {
        test::useLanguage(QStringLiteral("en"));
        AboutDialog about;
        const QString text = about.text();
        QVERIFY2(text.contains(QStringLiteral(ZAINDARI_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("libssh 0.")));
        QVERIFY(text.contains(QStringLiteral("OpenLDAP 2.")));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    }

    void lineEditMenuInBasque()
    {
        // Qt ships no Basque catalogue; the project's qtbase_eu provides the context menu.
        test::useLanguage(QStringLiteral("eu"));
        QLineEdit edit;
        edit.setText(QStringLiteral("kaixo"));
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                texts << a->text().section(QLatin1Char('\t'), 0, 0);
        }
        QVERIFY2(texts.contains(QStringLiteral("&Desegin")), qPrintable(texts.join(QLatin1Char(','))));
        QVERIFY(texts.contains(QStringLiteral("&Itsatsi")));
        QVERIFY(texts.contains(QStringLiteral("Hautatu dena")));
        QVERIFY(!texts.contains(QStringLiteral("Select All")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
