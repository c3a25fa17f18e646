#include "ratesalerting.h"

#include "accounts/mailaccountspage.h"
#include "alertbanner.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "ratespage.h"

#include <QBoxLayout>
#include <QSystemTrayIcon>

namespace zaindari {

RatesAlerting::RatesAlerting(MainWindow *window, DashboardPage *dashboard, RatesPage *rates,
                             MailAccountsPage *accounts)
    : QObject(window)
    , m_window(window)
    , m_rates(rates)
    , m_accounts(accounts)
    , m_banner(new AlertBanner(dashboard))
{
    // On top of the dashboard, under its heading: the first thing seen after a burst.
    if (auto *box = qobject_cast<QBoxLayout *>(dashboard->layout()))
        box->insertWidget(qMin(1, box->count()), m_banner);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/zaindari.svg")), this);
        m_tray->setToolTip(QStringLiteral("Zaindari"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            m_window->showPage(MainWindow::DashboardIndex);
        });
    }
    connect(rates, &RatesPage::alertRaised, this, &RatesAlerting::onAlert);
    connect(rates, &RatesPage::openAccountRequested, this, &RatesAlerting::openAccount);
    connect(m_banner, &AlertBanner::openAccountRequested, this, &RatesAlerting::openAccount);
    connect(m_banner, &AlertBanner::showRatesRequested, this, [this](const QString &account) {
        m_window->showPage(MainWindow::SendRatesIndex);
        m_rates->showAccount(account);
    });
    connect(window, &MainWindow::currentProfileChanged, m_banner, &AlertBanner::dismiss);
}

void RatesAlerting::onAlert(const RateAlert &alert)
{
    m_banner->showAlert(alert);
    if (m_tray)
        m_tray->showMessage(tr("Zaindari: possibly captured account"), AlertBanner::describe(alert),
                            QSystemTrayIcon::Warning, 15000);
}

void RatesAlerting::openAccount(const QString &account)
{
    if (account.isEmpty())
        return;
    m_window->showPage(MainWindow::AccountsIndex);
    if (m_accounts)
        m_accounts->search(account);
}

} // namespace zaindari
