// ratesgui-screenshot: the real main window against the lab, to look at the Send-rates page
// under Xvfb. Creates a "Tartanga (lab)" profile in the XDG_CONFIG_HOME the caller chose,
// opens Send rates, waits for the read-back, selects the busiest login and saves pictures of
// the rates tab (OUT), the failed-logins tab (OUT-logins), the alerts tab (OUT-alerts) and the
// dashboard with its banner (OUT-dashboard).
//
//   XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
//     xvfb-run -s '-screen 0 1400x900x24' ./ratesgui-screenshot --lang eu --out rates-eu.png

#include "../gui/screenshottool.h"
#include "common/i18n.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "rates/ratespage.h"
#include "ratesmodel.h"
#include "ssh/sshtypes.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace zaindari;

namespace {
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QString out = test::screenshotCommandLine(app, parser, QStringLiteral("rates.png"));
    QString error;

    const QString labDir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    QFile labFile(labDir + QStringLiteral("/lab.json"));
    if (!labFile.open(QIODevice::ReadOnly)) {
        qCritical("lab.json not found");
        return 2;
    }
    const QJsonObject lab = QJsonDocument::fromJson(labFile.readAll()).object();
    const QJsonObject ssh = lab.value(QLatin1String("ssh")).toObject();
    const QString known = defaultKnownHostsFile();
    QDir().mkpath(QFileInfo(known).absolutePath());
    QFile::remove(known);
    QFile::copy(ssh.value(QLatin1String("known_hosts")).toString(), known);

    ProfileStore store;
    SecretStore secrets;
    Profile p = Profile::create(QStringLiteral("Tartanga (lab)"));
    p.ssh.hosts
        = {{ssh.value(QLatin1String("host")).toString(), quint16(ssh.value(QLatin1String("port")).toInt())}};
    p.ssh.user = ssh.value(QLatin1String("user")).toString();
    p.ssh.auth = SshAuthMethod::KeyFile;
    p.ssh.keyFile = ssh.value(QLatin1String("key")).toString();
    if (!store.byName(p.name) && !store.save(p, &error)) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    MainWindow window(&store, &secrets);
    window.selectProfileByName(p.name);
    window.resize(1360, 860);
    window.show();
    auto *page = qobject_cast<RatesPage *>(window.page(MainWindow::SendRatesIndex));
    window.showPage(MainWindow::SendRatesIndex);
    bool done = false;
    auto grab = [&] {
        if (done)
            return;
        done = true;
        QTimer::singleShot(1500, &window, [&] {
            const QString top
                = page->model()->rowCount() ? page->model()->senderAt(0).who.account : QString();
            page->showAccount(top);
            QTimer::singleShot(1500, &window, [&] {
                bool ok = window.grab().save(out);
                page->tabs()->setCurrentIndex(RatesPage::FailedLoginsTab);
                QCoreApplication::processEvents();
                ok &= window.grab().save(test::withSuffix(out, QStringLiteral("-logins")));
                page->tabs()->setCurrentIndex(RatesPage::AlertsTab);
                QCoreApplication::processEvents();
                ok &= window.grab().save(test::withSuffix(out, QStringLiteral("-alerts")));
                window.showPage(MainWindow::DashboardIndex);
                QCoreApplication::processEvents();
                ok &= window.grab().save(test::withSuffix(out, QStringLiteral("-dashboard")));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    };
    QObject::connect(page, &RatesPage::backlogLoaded, &window, grab);
    QTimer::singleShot(60000, &window, [] { QCoreApplication::exit(3); });
    return app.exec();
}
