#pragma once
// Where a send-rate alert goes outside the Send-rates page: a banner on the dashboard with an
// Open account button, and a desktop notification through the system tray when there is one.
// Kept here so the main window only creates it.

#include "mta/ratestypes.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace zaindari {

class AlertBanner;
class DashboardPage;
class MailAccountsPage;
class MainWindow;
class RatesPage;

class RatesAlerting : public QObject
{
    Q_OBJECT
public:
    RatesAlerting(MainWindow *window, DashboardPage *dashboard, RatesPage *rates, MailAccountsPage *accounts);

    AlertBanner *banner() const { return m_banner; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Switches to the Accounts page with `account` searched.
    void openAccount(const QString &account);

private:
    void onAlert(const RateAlert &alert);

    MainWindow *m_window;
    RatesPage *m_rates;
    QPointer<MailAccountsPage> m_accounts;
    AlertBanner *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace zaindari
