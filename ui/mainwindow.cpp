#include "mainwindow.h"

#include "accounts/adminconnections.h"
#include "accounts/mailaccountspage.h"
#include "audit/audittrailpage.h"
#include "common/settings.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "incident/containmentlauncher.h"
#include "pages/dashboardpage.h"
#include "policy/lockoutpoliciespage.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profilesmodel.h"
#include "queues/mailqueuespage.h"
#include "queues/queuedashboardbox.h"
#include "queues/sshconnectioncontroller.h"
#include "rates/queueloginpanel.h"
#include "rates/ratesalerting.h"
#include "rates/ratespage.h"
#include "widgets/connectionindicator.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace zaindari {

MainWindow::MainWindow(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_profiles(new ProfilesModel(store, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_toolBar(new QToolBar(this))
    , m_profileLabel(new QLabel(this))
    , m_profileCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setMinimumSize(800, 520);
    resize(1100, 700);

    auto *dashboard = new DashboardPage(this);
    auto *queues = new MailQueuesPage(store, secrets, this);
    // Issues 6 and 7: one Zimbra admin / Active Directory connection shared by the Accounts and
    // Lockout policy pages; it drives the two indicators.
    auto *admin = new AdminConnections(store, secrets, this);
    admin->setDialogParent(this);
    connect(admin, &AdminConnections::zimbraStateChanged, this,
            [this](ConnectionState s, const QString &m) { setBackendState(Backend::Zimbra, s, m); });
    connect(admin, &AdminConnections::directoryStateChanged, this,
            [this](ConnectionState s, const QString &m) { setBackendState(Backend::Directory, s, m); });
    // Issue 5: the Send-rates page follows the logs over the Queues page's SSH sessions.
    auto *rates = new RatesPage(queues->connection(), this);
    m_pages = {dashboard, queues, rates,
               new MailAccountsPage(admin, this), new LockoutPoliciesPage(admin, this), new AuditTrailPage(this)};
    connect(dashboard, &DashboardPage::manageProfilesRequested, this, &MainWindow::openProfileManager);
    // Issue 4: the Queues page's SSH sessions drive the SSH indicator; its counts go on the
    // dashboard (above the dashboard's buttons row and stretch).
    connect(queues->connection(), &SshConnectionController::stateChanged, this,
            [this](ConnectionState s, const QString &m) { setBackendState(Backend::Ssh, s, m); });
    auto *queueBox = new QueueDashboardBox(dashboard);
    if (auto *box = qobject_cast<QBoxLayout *>(dashboard->layout()))
        box->insertWidget(box->count() - 2, queueBox);
    connect(queues, &MailQueuesPage::summaryChanged, queueBox, &QueueDashboardBox::setSummary);
    connect(queueBox, &QueueDashboardBox::openRequested, this, [this] { showPage(QueuesIndex); });
    connect(this, &MainWindow::currentProfileChanged, queueBox, &QueueDashboardBox::clear);
    // Issue 5: a flagged login raises the dashboard banner and a tray notification.
    auto *alerting = new RatesAlerting(this, dashboard, rates,
                                       qobject_cast<MailAccountsPage *>(m_pages.at(AccountsIndex)));
    QueueLoginPanel::install(queues, rates); // the Queues page's "By login" tab
    // Issue 8: "Contain…" from an alert, the Accounts page, a queue group or a login group.
    m_launcher = new ContainmentLauncher(admin, queues->connection(), this);
    m_launcher->connectEntryPoints(rates, alerting->banner(),
                                   qobject_cast<MailAccountsPage *>(m_pages.at(AccountsIndex)), queues);
    connect(this, &MainWindow::currentProfileChanged, m_launcher, &ContainmentLauncher::closeForProfileChange);

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setUniformItemSizes(true);
    m_nav->setMinimumWidth(170);
    m_nav->setMaximumWidth(260);
    for (Page *p : std::as_const(m_pages)) {
        m_stack->addWidget(p);
        auto *item = new QListWidgetItem(p->icon(), p->title(), m_nav);
        item->setSizeHint(QSize(0, 36));
        connect(p, &Page::titleChanged, this, [this, p, item] {
            item->setText(p->title());
            if (m_stack->currentWidget() == p)
                updateWindowTitle();
        });
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_stack->setCurrentIndex(row);
            updateWindowTitle();
        }
    });
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    // Profile switcher.
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileCombo->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileCombo->setModel(m_profiles);
    m_profileCombo->setMinimumContentsLength(24);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileLabel->setBuddy(m_profileCombo);
    m_profileLabel->setContentsMargins(6, 0, 6, 0);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onProfileIndexChanged);
    connect(m_profiles, &QAbstractItemModel::modelReset, this, &MainWindow::restoreProfileSelection);

    // One indicator per backend, permanent so transient messages never hide them.
    for (Backend b : {Backend::Ssh, Backend::Zimbra, Backend::Directory}) {
        auto *ind = new ConnectionIndicator(b, this);
        m_indicators.insert(b, ind);
        statusBar()->addPermanentWidget(ind);
    }

    createActions();
    createMenus();
    m_toolBar->addWidget(m_profileLabel);
    m_toolBar->addWidget(m_profileCombo);
    m_toolBar->addAction(m_profilesAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);

    retranslateUi();
    m_nav->setCurrentRow(DashboardIndex);

    const AppSettings &settings = AppSettings::instance();
    if (!settings.mainWindowGeometry().isEmpty())
        restoreGeometry(settings.mainWindowGeometry());
    // Start on the profile used last time, else the first one.
    if (!selectProfileById(settings.lastProfileId()))
        restoreProfileSelection();
    onProfileIndexChanged(m_profileCombo->currentIndex());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_profilesAction = new QAction(QIcon(QStringLiteral(":/icons/profiles.svg")), QString(), this);
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfileManager);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_reportsAction = new QAction(this);
    connect(m_reportsAction, &QAction::triggered, m_launcher, &ContainmentLauncher::openSavedReport);

    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentPage);

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), QString(), this);
    // QKeySequence::Preferences is empty on most Linux desktops; Ctrl+, is the common choice.
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/zaindari.svg")), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    m_aboutQtAction = new QAction(QString(), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (int i = 0; i < m_pages.size(); ++i) {
        auto *a = new QAction(m_pages.at(i)->icon(), QString(), this);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions.append(a);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_profilesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_reportsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_preferencesAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

bool MainWindow::selectProfileByName(const QString &name)
{
    const std::optional<Profile> p = m_store->byName(name);
    return p && selectProfileById(p->id);
}

bool MainWindow::selectProfileById(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_profiles->rowForId(id);
    if (row < 0)
        return false;
    m_profileCombo->setCurrentIndex(row);
    return true;
}

std::optional<Profile> MainWindow::currentProfile() const
{
    return m_currentId.isEmpty() ? std::nullopt : m_store->byId(m_currentId);
}

void MainWindow::restoreProfileSelection()
{
    int row = m_profiles->rowForId(m_currentId);
    if (row < 0 && m_profiles->rowCount() > 0)
        row = 0;
    if (m_profileCombo->currentIndex() != row)
        m_profileCombo->setCurrentIndex(row);
    else
        onProfileIndexChanged(row); // same row, but the profile itself may have changed
}

void MainWindow::onProfileIndexChanged(int row)
{
    const QString id = m_profiles->idAt(row);
    const std::optional<Profile> p = id.isEmpty() ? std::nullopt : m_store->byId(id);
    const bool changed = id != m_currentId;
    m_currentId = id;
    for (Page *page : std::as_const(m_pages))
        page->setProfile(p);
    if (changed) {
        if (!id.isEmpty())
            AppSettings::instance().setLastProfileId(id);
        // A different profile means different servers: nothing is connected any more.
        for (Backend b : m_indicators.keys())
            setBackendState(b, ConnectionState::Disconnected);
        emit currentProfileChanged(id);
    }
    updateWindowTitle();
}

void MainWindow::setBackendState(Backend backend, ConnectionState state, const QString &message)
{
    if (ConnectionIndicator *ind = m_indicators.value(backend))
        ind->setState(state, message);
    for (Page *p : std::as_const(m_pages))
        p->setBackendState(backend, state, message);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

Page *MainWindow::page(int index) const
{
    return m_pages.value(index);
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_nav->setCurrentRow(index);
}

void MainWindow::openProfileManager()
{
    ProfileManagerDialog dialog(m_store, m_secrets, this);
    if (!m_currentId.isEmpty())
        dialog.selectProfile(m_currentId);
    dialog.exec();
    // The technician usually wants to work with the profile just edited or created.
    if (!dialog.currentId().isEmpty())
        selectProfileById(dialog.currentId());
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::openAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::refreshCurrentPage()
{
    Page *p = m_pages.value(m_stack->currentIndex());
    const QString message = p ? p->refresh() : QString();
    if (!message.isEmpty())
        statusBar()->showMessage(message, 5000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::instance().setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateWindowTitle()
{
    Page *p = m_pages.value(m_stack->currentIndex());
    const std::optional<Profile> profile = currentProfile();
    const QString page = p ? p->title() : QString();
    if (profile)
        //: Window title: %1 is the page, %2 the profile name
        setWindowTitle(tr("%1 — %2 — Zaindari").arg(page, profile->name));
    else
        //: Window title: %1 is the page
        setWindowTitle(tr("%1 — Zaindari").arg(page));
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_profilesAction->setText(tr("&Profiles…"));
    m_profilesAction->setIconText(tr("Profiles"));
    m_profilesAction->setToolTip(tr("Create, edit, import or export server profiles (%1)")
                                     .arg(m_profilesAction->shortcut().toString(QKeySequence::NativeText)));
    m_reportsAction->setText(tr("Open a saved &incident report…"));
    m_reportsAction->setToolTip(tr("Incident reports are kept in a reports folder beside the audit log"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setToolTip(tr("Close Zaindari"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Reload what the current page shows (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setToolTip(tr("Language and automatic refresh"));
    m_aboutAction->setText(tr("&About Zaindari"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pageActions.at(i)->setText(m_pages.at(i)->title());
        QListWidgetItem *item = m_nav->item(i);
        item->setText(m_pages.at(i)->title());
        //: Tooltip of a navigation entry; %1 is a keyboard shortcut such as Ctrl+1
        item->setToolTip(tr("Shortcut: %1").arg(m_pageActions.at(i)->shortcut().toString(QKeySequence::NativeText)));
    }
    m_profileLabel->setText(tr("P&rofile:"));
    m_profileCombo->setPlaceholderText(tr("No profile yet"));
    m_profileCombo->setToolTip(tr("The servers Zaindari works with"));
    m_nav->setAccessibleName(tr("Pages"));
    updateWindowTitle();
}

} // namespace zaindari
