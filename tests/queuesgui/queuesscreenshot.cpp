// queuesgui-screenshot: the real main window against the lab, for README/visual checks under
// Xvfb. Creates a "Tartanga (lab)" profile through the profile store (in the XDG_CONFIG_HOME
// the caller chose), opens the Queues page, waits for the listing, chooses the captured
// sender's group, previews a message and saves pictures of the Queues page and the dashboard.
//
//   XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
//     xvfb-run -s '-screen 0 1400x900x24' ./queuesgui-screenshot --lang eu --out queues-eu.png
// --ask-host-key leaves the known-hosts store empty and grabs the host-key question instead.

#include "../gui/screenshottool.h"
#include "common/i18n.h"
#include "labqueue.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "queuemodel.h"
#include "queues/hostkeydialog.h"
#include "queues/mailqueuespage.h"
#include "queues/queuegroupspanel.h"
#include "ssh/sshtypes.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTimer>

using namespace zaindari;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption askOpt(QStringLiteral("ask-host-key"),
                                    QStringLiteral("grab the host-key question"));
    const QString out = test::screenshotCommandLine(app, parser, QStringLiteral("queues.png"), {askOpt});
    QString error;

    const QJsonObject ssh = test::labJson().value(QLatin1String("ssh")).toObject();
    if (ssh.isEmpty()) {
        qCritical("lab.json not found");
        return 2;
    }
    if (!parser.isSet(askOpt)) {
        const QString known = defaultKnownHostsFile();
        QDir().mkpath(QFileInfo(known).absolutePath());
        QFile::remove(known);
        QFile::copy(ssh.value(QLatin1String("known_hosts")).toString(), known);
    }
    ProfileStore store;
    SecretStore secrets;
    const QString name = QStringLiteral("Tartanga (lab)");
    if (!store.byName(name)) {
        Profile p = Profile::create(name);
        p.ssh.hosts = {
            {ssh.value(QLatin1String("host")).toString(), quint16(ssh.value(QLatin1String("port")).toInt())}};
        p.ssh.user = ssh.value(QLatin1String("user")).toString();
        p.ssh.auth = SshAuthMethod::KeyFile;
        p.ssh.keyFile = ssh.value(QLatin1String("key")).toString();
        if (!store.save(p, &error)) {
            qCritical("%s", qPrintable(error));
            return 2;
        }
    }
    MainWindow window(&store, &secrets);
    window.resize(1360, 860);
    window.selectProfileByName(name);
    window.show();
    window.showPage(MainWindow::QueuesIndex);
    auto *page = qobject_cast<MailQueuesPage *>(window.page(MainWindow::QueuesIndex));
    if (parser.isSet(askOpt)) {
        QTimer::singleShot(6000, &app, [&] {
            auto *dialog = page->findChild<HostKeyDialog *>();
            bool ok = window.grab().save(out);
            if (dialog)
                ok &= dialog->grab().save(test::withSuffix(out, QStringLiteral("-dialog")));
            QCoreApplication::exit(ok && dialog ? 0 : 1);
        });
        return app.exec();
    }
    QObject::connect(page, &MailQueuesPage::listingLoaded, &app, [&](bool ok) {
        static bool once = false;
        if (once)
            return;
        once = true;
        if (!ok) {
            qCritical("%s", qPrintable(page->statusText()));
            window.grab().save(out);
            QCoreApplication::exit(1);
            return;
        }
        QTimer::singleShot(500, &app, [&] {
            page->groupsPanel()->choose(QStringLiteral("ikasle3@tartanga.test"));
            QTableView *table = page->table();
            table->setFocus();
            table->selectRow(0);
            table->selectionModel()->select(table->model()->index(1, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            table->setCurrentIndex(table->model()->index(0, QueueModel::IdColumn));
            page->refresh(); // a second point on the chart
            QTimer::singleShot(6000, &app, [&] {
                bool saved = window.grab().save(out);
                window.showPage(MainWindow::DashboardIndex);
                QTimer::singleShot(400, &app, [&, saved] {
                    const bool dash = window.grab().save(test::withSuffix(out, QStringLiteral("-dashboard")));
                    QCoreApplication::exit(saved && dash ? 0 : 1);
                });
            });
        });
    });
    QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
