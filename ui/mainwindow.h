#pragma once
// The console's main window: navigation list and pages, a profile switcher, one connection
// indicator per backend in the status bar, and the File / View / Settings / Help menus.

#include "common/connectiontest.h"
#include "profiles/profile.h"

#include <QMainWindow>
#include <QMap>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace zaindari {

class ConnectionIndicator;
class ContainmentLauncher;
class Page;
class ProfileStore;
class ProfilesModel;
class SecretStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageIndex {
        DashboardIndex,
        QueuesIndex,
        SendRatesIndex,
        AccountsIndex,
        LockoutIndex,
        AuditIndex,
        PageCount
    };

    MainWindow(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects a profile in the switcher; false if none has that name / id.
    bool selectProfileByName(const QString &name);
    bool selectProfileById(const QString &id);
    std::optional<Profile> currentProfile() const;

    // Later issues' connection objects report here; the status bar and the pages follow.
    void setBackendState(Backend backend, ConnectionState state, const QString &message = {});

    int currentPage() const;
    Page *page(int index) const;
    ConnectionIndicator *indicator(Backend backend) const { return m_indicators.value(backend); }
    QComboBox *profileCombo() const { return m_profileCombo; }
    QListWidget *navigation() const { return m_nav; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *settingsMenu() const { return m_settingsMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QAction *profilesAction() const { return m_profilesAction; }
    // Issue 8: opens the containment dialog from alerts, the Accounts page and queue groups.
    ContainmentLauncher *containmentLauncher() const { return m_launcher; }

public slots:
    void showPage(int index);
    void openProfileManager();
    void openPreferences();
    void openAbout();
    void refreshCurrentPage();

signals:
    void currentProfileChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void onProfileIndexChanged(int row);
    void restoreProfileSelection();
    void retranslateUi();
    void updateWindowTitle();

    ProfileStore *m_store;
    SecretStore *m_secrets;
    ProfilesModel *m_profiles;
    QString m_currentId;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    QToolBar *m_toolBar;
    QLabel *m_profileLabel;
    QComboBox *m_profileCombo;
    QMap<Backend, ConnectionIndicator *> m_indicators;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reportsAction = nullptr;
    ContainmentLauncher *m_launcher = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace zaindari
