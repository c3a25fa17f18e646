// accountsgui-screenshot: the real main window against the lab, to look at the Accounts,
// Lockout policy and Audit log pages under Xvfb. Creates a "Tartanga (lab)" profile (SOAP with
// the emulator's certificate pinned, LDAPS with the lab CA) in the XDG_CONFIG_HOME the caller
// chose, keeps the lab passwords for the session only, searches the captured account, runs a
// harmless "unlock" on it in Zimbra (already active: nothing is sent, one audit entry) and saves
// OUT, OUT-policy and OUT-audit.
//
//   XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) DBUS_SESSION_BUS_ADDRESS=
//     xvfb-run -s '-screen 0 1400x900x24' ./accountsgui-screenshot --lang eu --out accounts-eu.png

#include "../gui/screenshottool.h"
#include "accounts/accountstablemodel.h"
#include "accounts/mailaccountspage.h"
#include "accounts/passwordresetdialog.h"
#include "common/certificatedialog.h"
#include "common/i18n.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "policy/lockoutpoliciespage.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace zaindari;

namespace {
QJsonObject labJson()
{
    const QString dir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    QFile f(dir + QStringLiteral("/lab.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QString readSecret(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption whoOpt(QStringLiteral("account"), QStringLiteral("account to show"),
                                    QStringLiteral("name"), QStringLiteral("ikasle3@tartanga.test"));
    const QString out = test::screenshotCommandLine(app, parser, QStringLiteral("accounts.png"), {whoOpt});
    QString error;

    const QJsonObject lab = labJson();
    const QJsonObject soap = lab.value(QLatin1String("soap")).toObject();
    const QJsonObject ldap = lab.value(QLatin1String("ldap")).toObject();
    if (soap.isEmpty() || ldap.isEmpty()) {
        qCritical("lab.json not found");
        return 2;
    }
    ProfileStore store;
    SecretStore secrets;
    const QString name = QStringLiteral("Tartanga (lab)");
    if (!store.byName(name)) {
        Profile p = Profile::create(name);
        p.soap.url = QUrl(soap.value(QLatin1String("url")).toString());
        p.soap.adminUser = soap.value(QLatin1String("admin")).toString();
        p.ldap.url = ldap.value(QLatin1String("url")).toString();
        p.ldap.bindIdentity = ldap.value(QLatin1String("bind")).toString();
        p.ldap.baseDn = ldap.value(QLatin1String("base")).toString();
        p.ldap.caFile = ldap.value(QLatin1String("ca_file")).toString();
        TlsTrust::storePin(p, TlsTrust::hostPort(p.soap.url.host(), p.soap.url.port()),
                           soap.value(QLatin1String("cert_sha256")).toString());
        if (!store.save(p, &error)) {
            qCritical("%s", qPrintable(error));
            return 2;
        }
    }
    const Profile profile = *store.byName(name);
    secrets.rememberForSession(profile.id, SecretKind::SoapPassword,
                               readSecret(soap.value(QLatin1String("password_file")).toString()));
    secrets.rememberForSession(profile.id, SecretKind::LdapPassword,
                               readSecret(ldap.value(QLatin1String("password_file")).toString()));

    MainWindow window(&store, &secrets);
    window.resize(1360, 860);
    window.selectProfileByName(name);
    window.show();
    window.showPage(MainWindow::AccountsIndex);
    auto *accounts = qobject_cast<MailAccountsPage *>(window.page(MainWindow::AccountsIndex));
    auto *policy = qobject_cast<LockoutPoliciesPage *>(window.page(MainWindow::LockoutIndex));
    const QString who = parser.value(whoOpt);
    accounts->setConfirmationsAutoAccepted(true);

    QObject::connect(accounts, &MailAccountsPage::actionFinished, &app, [&] {
        QObject::connect(accounts, &MailAccountsPage::detailsLoaded, &app, [&] {
            static bool once = false;
            if (once)
                return;
            once = true;
            QTimer::singleShot(1500, &app, [&] {
                bool ok = window.grab().save(out);
                window.showPage(MainWindow::LockoutIndex);
                QTimer::singleShot(5000, &app, [&, ok]() mutable {
                    ok &= window.grab().save(test::withSuffix(out, QStringLiteral("-policy")));
                    window.showPage(MainWindow::AuditIndex);
                    QTimer::singleShot(800, &app, [&, ok]() mutable {
                        ok &= window.grab().save(test::withSuffix(out, QStringLiteral("-audit")));
                        // The two dialogs a technician meets: a new AD password, a certificate.
                        auto *reset = new PasswordResetDialog(PasswordResetDialog::Target::Zimbra, who, true,
                                                              &window);
                        reset->show();
                        CertificateQuestion q;
                        q.hostPort = QStringLiteral("127.0.0.1:7071");
                        q.fingerprint = QLatin1String(QByteArray(32, '\x5a').toHex());
                        q.subject = QStringLiteral("CN=localhost");
                        q.issuer = QStringLiteral("CN=localhost");
                        q.notBefore = QDateTime::currentDateTime().addDays(-1);
                        q.notAfter = QDateTime::currentDateTime().addDays(365);
                        q.problems = {QStringLiteral("The certificate is self-signed, and untrusted")};
                        auto *cert = new CertificateDialog(q, CertificateDialog::Mode::Ask, &window);
                        cert->show();
                        QTimer::singleShot(500, &app, [&, ok, reset, cert]() mutable {
                            ok &= reset->grab().save(test::withSuffix(out, QStringLiteral("-reset")));
                            ok &= cert->grab().save(test::withSuffix(out, QStringLiteral("-certificate")));
                            QCoreApplication::exit(ok ? 0 : 1);
                        });
                    });
                });
            });
        });
    });
    QObject::connect(accounts, &MailAccountsPage::detailsLoaded, &app, [&] {
        static bool first = true;
        if (!first)
            return;
        first = false;
        if (accounts->selectedAccount() == who
            && accounts->zimbraButton(QStringLiteral("unlock"))->isEnabled())
            accounts->zimbraButton(QStringLiteral("unlock"))->click();
    });
    QTimer::singleShot(300, &app, [&] { accounts->search(who.section(QLatin1Char('@'), 0, 0)); });
    QObject::connect(accounts, &MailAccountsPage::searchFinished, &app, [&](int) {
        // Select the exact account among ikasle3, ikasle30..39.
        for (int r = 0; r < accounts->resultsModel()->rowCount(); ++r)
            if (accounts->resultsModel()->accountAt(r).name == who)
                accounts->resultsView()->selectRow(r);
    });
    Q_UNUSED(policy)
    QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
