// incidentgui-screenshot: the containment dialog of the real main window against the lab, to
// look at it under Xvfb in each language. Opens "Contain…" for the captured account (default
// ikasle3, whose plan shows the burst, the forwarding and any open session), previews it —
// reading only, nothing is changed — and saves OUT; then the incident report dialog for a
// containment result made from the plan (not run) as OUT-report and its notice tab as
// OUT-notice.
//
//   XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) DBUS_SESSION_BUS_ADDRESS=
//     xvfb-run -s '-screen 0 1400x1000x24' ./incidentgui-screenshot --lang eu --out contain-eu.png

#include "../gui/screenshottool.h"
#include "labqueue.h"

#include "common/i18n.h"
#include "common/tlstrust.h"
#include "incident/containmentdialog.h"
#include "incident/containmentlauncher.h"
#include "incident/incidentreportdialog.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "queues/mailqueuespage.h"
#include "queues/sshconnectioncontroller.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

using namespace zaindari;

namespace {
QString readSecret(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// The states after a run, without touching the lab: a dialog with no backends plans and runs
// for real, every step failing as "not configured". OUT-question shows the stop-or-continue
// question, OUT-summary the summary after continuing.
void runWithoutServers(const QString &account, const QString &out, bool ok)
{
    auto *d = new ContainmentDialog(account);
    d->resize(980, 900);
    d->show();
    ContainmentBackends none;
    none.auditLogPath = QDir::temp().filePath(QStringLiteral("incidentgui-screenshot-audit.jsonl"));
    d->setBackends(none, {QStringLiteral("(screenshot) no server is configured: every step fails")});
    d->setConfirmationsAutoAccepted(true);
    auto questions = std::make_shared<int>(0);
    QObject::connect(d, &ContainmentDialog::failureQuestionAsked, d, [d, out, questions, ok]() mutable {
        if ((*questions)++ == 0) {
            QCoreApplication::processEvents();
            ok &= d->grab().save(test::withSuffix(out, QStringLiteral("-question")));
        }
        QTimer::singleShot(0, d, [d] { d->answerFailure(true); });
    });
    QObject::connect(d, &ContainmentDialog::containmentFinished, d, [d, out, ok]() mutable {
        QTimer::singleShot(300, d, [d, out, ok]() mutable {
            ok &= d->grab().save(test::withSuffix(out, QStringLiteral("-summary")));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
    QObject::connect(d, &ContainmentDialog::previewShown, d,
                     [d] { QTimer::singleShot(0, d, [d] { d->contain(); }); });
    d->preview();
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption whoOpt(QStringLiteral("account"), QStringLiteral("account"),
                                    QStringLiteral("name"), QStringLiteral("ikasle3@tartanga.test"));
    const QString out = test::screenshotCommandLine(app, parser, QStringLiteral("contain.png"), {whoOpt});
    QString error;

    const QJsonObject lab = test::labJson();
    const QJsonObject ssh = lab.value(QLatin1String("ssh")).toObject();
    const QJsonObject soap = lab.value(QLatin1String("soap")).toObject();
    const QJsonObject ldap = lab.value(QLatin1String("ldap")).toObject();
    if (ssh.isEmpty() || soap.isEmpty() || ldap.isEmpty()) {
        qCritical("lab.json not found");
        return 2;
    }
    ProfileStore store;
    SecretStore secrets;
    Profile p = Profile::create(QStringLiteral("Tartanga (lab)"));
    p.ssh.hosts
        = {{ssh.value(QLatin1String("host")).toString(), quint16(ssh.value(QLatin1String("port")).toInt())}};
    p.ssh.user = ssh.value(QLatin1String("user")).toString();
    p.ssh.auth = SshAuthMethod::KeyFile;
    p.ssh.keyFile = ssh.value(QLatin1String("key")).toString();
    p.soap.url = QUrl(soap.value(QLatin1String("url")).toString());
    p.soap.adminUser = soap.value(QLatin1String("admin")).toString();
    p.ldap.url = ldap.value(QLatin1String("url")).toString();
    p.ldap.bindIdentity = ldap.value(QLatin1String("bind")).toString();
    p.ldap.baseDn = ldap.value(QLatin1String("base")).toString();
    p.ldap.caFile = ldap.value(QLatin1String("ca_file")).toString();
    TlsTrust::storePin(p, TlsTrust::hostPort(p.soap.url.host(), p.soap.url.port()),
                       soap.value(QLatin1String("cert_sha256")).toString());
    if (!store.byName(p.name) && !store.save(p, &error)) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    const Profile profile = *store.byName(p.name);
    secrets.rememberForSession(profile.id, SecretKind::SoapPassword,
                               readSecret(soap.value(QLatin1String("password_file")).toString()));
    secrets.rememberForSession(profile.id, SecretKind::LdapPassword,
                               readSecret(ldap.value(QLatin1String("password_file")).toString()));

    MainWindow window(&store, &secrets);
    auto *queues = qobject_cast<MailQueuesPage *>(window.page(MainWindow::QueuesIndex));
    queues->connection()->setKnownHostsFile(ssh.value(QLatin1String("known_hosts")).toString());
    window.selectProfileByName(profile.name);
    window.resize(1360, 860);
    window.show();
    ContainmentDialog *dialog = window.containmentLauncher()->contain(parser.value(whoOpt));
    dialog->resize(980, 900);
    QObject::connect(
        dialog, &ContainmentDialog::previewShown, &app, [&, dialog](const ContainmentPlan &plan) {
            QTimer::singleShot(500, &app, [&, dialog, plan] {
                bool ok = dialog->grab().save(out);
                ContainmentResult r;
                r.account = plan.options.account;
                r.messagesSentBefore = -1;
                for (const PlannedStep &s : plan.steps) {
                    StepResult sr;
                    sr.step = s.step;
                    sr.skipped = true;
                    sr.detail = s.touches.value(0);
                    sr.started = sr.finished = QDateTime::currentDateTimeUtc();
                    r.steps << sr;
                }
                IncidentReportDialog *report
                    = window.containmentLauncher()->openReport(r, QDateTime::currentDateTimeUtc());
                report->resize(980, 800);
                QObject::connect(
                    report, &IncidentReportDialog::reportReady, &app,
                    [&, ok, report, account = plan.options.account]() mutable {
                        QTimer::singleShot(500, &app, [&, ok, report, account]() mutable {
                            ok &= report->grab().save(test::withSuffix(out, QStringLiteral("-report")));
                            report->tabs()->setCurrentIndex(1);
                            QCoreApplication::processEvents();
                            ok &= report->grab().save(test::withSuffix(out, QStringLiteral("-notice")));
                            runWithoutServers(account, out, ok);
                        });
                    });
            });
        });
    QObject::connect(dialog, &ContainmentDialog::failureQuestionAsked, &app,
                     [] { QCoreApplication::exit(4); });
    QTimer::singleShot(300, &app, [dialog] {
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [dialog, poll] {
            if (dialog->state() == ContainmentDialog::State::Idle)
                dialog->preview();
            else
                QTimer::singleShot(200, dialog, *poll);
        };
        (*poll)();
    });
    QTimer::singleShot(90000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
