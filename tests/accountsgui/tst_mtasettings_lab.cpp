// The MTA settings panel (issue 6) against the lab's SOAP emulator. What a technician checks:
// the relay host the panel shows is the one Zimbra holds (read independently through the
// core's RelayHostJob on its own client, never through the panel), and a value that is not
// Postfix relay syntax is refused on the spot: no confirmation, no request, nothing in the
// audit log, and Zimbra still holds the old value.

#include "guitestsupport.h"

#include "accounts/adminconnections.h"
#include "policy/mtasettingspanel.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "zimbra/policyjobs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace zaindari;

namespace {
QJsonObject labJson()
{
    const QString dir = qEnvironmentVariable("ZAINDARI_LAB_DIR", QStringLiteral("/var/lib/zaindari-lab"));
    QFile f(dir + QStringLiteral("/lab.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString readSecret(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}
} // namespace

class TestMtaSettingsLab : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase();
    void showsTheRelayHostZimbraHolds();
    void invalidRelayHostIsRejectedBeforeSending();

private:
    // Independent read through the core (its own client), never through the panel.
    std::optional<RelayHostInfo> readRelay();

    QTemporaryDir m_dir;
    QString m_auditPath;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    Profile m_profile;
    QString m_soapPassword;
    std::unique_ptr<AdminConnections> m_conn;
    std::unique_ptr<MtaSettingsPanel> m_panel;
};

void TestMtaSettingsLab::initTestCase()
{
    test::initApp();
    const QJsonObject lab = labJson();
    if (lab.isEmpty())
        QFAIL("lab.json not found: bring the lab up (tests/lab/lab-up.sh)");
    QVERIFY(m_dir.isValid());
    m_auditPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
    const QJsonObject soap = lab.value(QLatin1String("soap")).toObject();
    m_store = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>();
    m_profile = Profile::create(QStringLiteral("Lab"));
    m_profile.soap.url = QUrl(soap.value(QLatin1String("url")).toString());
    m_profile.soap.adminUser = soap.value(QLatin1String("admin")).toString();
    // The emulator's self-signed certificate, confirmed as a technician would.
    TlsTrust::storePin(m_profile, TlsTrust::hostPort(m_profile.soap.url.host(), m_profile.soap.url.port()),
                       soap.value(QLatin1String("cert_sha256")).toString());
    QString error;
    QVERIFY2(m_store->save(m_profile, &error), qPrintable(error));
    m_soapPassword = readSecret(soap.value(QLatin1String("password_file")).toString());
    QVERIFY(!m_soapPassword.isEmpty());

    m_conn = std::make_unique<AdminConnections>(m_store.get(), m_secrets.get());
    m_conn->setProfile(m_profile);
    m_conn->setPasswords(m_soapPassword, QString());
    m_panel = std::make_unique<MtaSettingsPanel>(m_conn.get());
    m_panel->setAuditLogPath(m_auditPath);
    m_panel->resize(900, 700);
    m_panel->show();
}

std::optional<RelayHostInfo> TestMtaSettingsLab::readRelay()
{
    ZimbraClient client;
    client.setEndpoint(m_profile.soap.url, m_profile.soap.adminUser);
    client.setPassword(m_soapPassword);
    TlsTrust trust;
    trust.loadPins(m_profile);
    client.setTrust(trust);
    RelayHostJob job(&client);
    QSignalSpy done(&job, &ZimbraJob::finished);
    job.start();
    if (!done.wait(30000) || job.error().isError()) {
        qWarning("relay host: %s", qPrintable(job.error().message));
        return std::nullopt;
    }
    return job.info();
}

void TestMtaSettingsLab::showsTheRelayHostZimbraHolds()
{
    const auto truth = readRelay();
    QVERIFY2(truth, "the relay host cannot be read through the core");
    QSignalSpy loaded(m_panel.get(), &MtaSettingsPanel::relayLoaded);
    QSignalSpy stats(m_panel.get(), &MtaSettingsPanel::statsLoaded);
    m_panel->refresh();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), true);
    // The message counts answer too (a chart, or the note that the logger is off).
    QVERIFY(stats.size() == 1 || stats.wait(30000));
    QVERIFY2(stats.first().first().toBool(), qPrintable(m_panel->statsNoteText()));
    qInfo("%s (%d hours)", qPrintable(m_panel->statsNoteText()), int(m_panel->hourlyCounts().size()));

    QTableWidget *table = m_panel->relayTable();
    QCOMPARE(table->rowCount(), int(truth->servers.size()) + 1);
    // Row 0 is the global value; a school's lab has one set (the dead relay).
    QVERIFY2(!truth->global.isEmpty() || !truth->servers.isEmpty(), "nothing to compare in the lab");
    if (!truth->global.isEmpty())
        QCOMPARE(table->item(0, 1)->text(), truth->global);
    for (int i = 0; i < truth->servers.size(); ++i) {
        QCOMPARE(table->item(i + 1, 0)->text(), truth->servers.at(i).first);
        if (!truth->servers.at(i).second.isEmpty())
            QCOMPARE(table->item(i + 1, 1)->text(), truth->servers.at(i).second);
    }
    table->selectRow(0);
    QCOMPARE(m_panel->relayEdit()->text(), truth->global);
}

void TestMtaSettingsLab::invalidRelayHostIsRejectedBeforeSending()
{
    const auto before = readRelay();
    QVERIFY(before);
    m_panel->relayTable()->selectRow(0);
    QSignalSpy rejected(m_panel.get(), &MtaSettingsPanel::relayRejected);
    QSignalSpy applied(m_panel.get(), &MtaSettingsPanel::relayApplied);
    // Confirmations are NOT auto-accepted: a value that passed the check would open a question.
    m_panel->relayEdit()->setText(QStringLiteral("smtp.example.org; rm -rf /"));
    QTest::mouseClick(m_panel->applyButton(), Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(m_panel->messageText().contains(QStringLiteral("smtp.example.org; rm -rf /")),
             qPrintable(m_panel->messageText()));
    QVERIFY(m_panel->findChildren<QMessageBox *>().isEmpty());
    QTest::qWait(500);
    QCOMPARE(applied.size(), 0);
    QVERIFY2(!QFile::exists(m_auditPath), "an audit entry was written for a rejected value");
    const auto after = readRelay();
    QVERIFY(after);
    QCOMPARE(after->global, before->global);
}

QTEST_MAIN(TestMtaSettingsLab)
#include "tst_mtasettings_lab.moc"
