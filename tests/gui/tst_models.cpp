// Every model of zaindari-models under QAbstractItemModelTester while it is filled, updated
// and cleared; contents compared as readable text.

#include "guitestsupport.h"
#include "mtahostsmodel.h"
#include "profiles/profilestore.h"
#include "profilesmodel.h"
#include "trustpinsmodel.h"

#include <QAbstractItemModelTester>

using namespace zaindari;

namespace {

// "cell|cell" per row, rows joined by newlines; header first.
QString dump(const QAbstractItemModel &m, int role = Qt::DisplayRole)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m.columnCount(); ++c)
        header << m.headerData(c, Qt::Horizontal).toString();
    if (m.columnCount() > 1)
        lines << header.join(QLatin1Char('|'));
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m.columnCount(); ++c)
            cells << m.index(r, c).data(role).toString();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

Profile makeProfile(const QString &name, const QStringList &hosts)
{
    Profile p = Profile::create(name);
    for (const QString &h : hosts)
        p.ssh.hosts.append(MtaHost {h, 22});
    return p;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private slots:
    void initTestCase() { test::initApp(); }

    void profilesModel()
    {
        ProfileStore store;
        for (const Profile &p : store.profiles())
            store.remove(p.id);
        ProfilesModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dump(model), QString());

        // Filled: the store sorts by name whatever the insertion order.
        QString error;
        QVERIFY2(
            store.save(makeProfile(QStringLiteral("Zumaia school"), {QStringLiteral("mta.zumaia.example")}),
                       &error),
            qPrintable(error));
        Profile beta
            = makeProfile(QStringLiteral("Bergara"),
                          {QStringLiteral("mta1.bergara.example"), QStringLiteral("mta2.bergara.example")});
        beta.ssh.hosts[1].port = 2222;
        QVERIFY2(store.save(beta, &error), qPrintable(error));
        QVERIFY2(store.save(makeProfile(QStringLiteral("Azpeitia"), {}), &error), qPrintable(error));
        QCOMPARE(dump(model), QStringLiteral("Azpeitia\nBergara\nZumaia school"));
        QCOMPARE(dump(model, ProfilesModel::HostsRole),
                 QStringLiteral("\nmta1.bergara.example, mta2.bergara.example:2222\nmta.zumaia.example"));
        QCOMPARE(model.idAt(model.rowForId(beta.id)), beta.id);
        QCOMPARE(model.rowForId(QStringLiteral("no-such-id")), -1);

        // Updated: a rename moves the row.
        beta.name = QStringLiteral("Zarautz");
        QVERIFY(store.save(beta, &error));
        QCOMPARE(dump(model), QStringLiteral("Azpeitia\nZarautz\nZumaia school"));
        QCOMPARE(model.profileAt(1).ssh.hosts.size(), 2);

        // Cleared.
        for (const Profile &p : store.profiles())
            QVERIFY(store.remove(p.id));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(dump(model), QString());
    }

    void mtaHostsModel()
    {
        MtaHostsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHosts(
            {MtaHost {QStringLiteral("mta1.example.org"), 22}, MtaHost {QStringLiteral("192.0.2.10"), 2200}});
        QCOMPARE(dump(model), QStringLiteral("Host|SSH port\nmta1.example.org|22\n192.0.2.10|2200"));

        const int row = model.addHost(QStringLiteral("  mta3.example.org "));
        QCOMPARE(row, 2);
        QVERIFY(model.setData(model.index(row, MtaHostsModel::PortColumn), QStringLiteral("2022")));
        // Ports outside 1..65535 and non-numbers are refused and leave the value alone.
        QVERIFY(!model.setData(model.index(row, MtaHostsModel::PortColumn), QStringLiteral("70000")));
        QVERIFY(!model.setData(model.index(row, MtaHostsModel::PortColumn), QStringLiteral("ssh")));
        QVERIFY(model.setData(model.index(0, MtaHostsModel::HostColumn), QStringLiteral("mta0.example.org")));
        QCOMPARE(
            dump(model),
            QStringLiteral("Host|SSH port\nmta0.example.org|22\n192.0.2.10|2200\nmta3.example.org|2022"));

        QVERIFY(model.removeRows(1, 1));
        QVERIFY(!model.removeRows(5, 1));
        QCOMPARE(model.hosts(),
                 (QList<MtaHost> {MtaHost {QStringLiteral("mta0.example.org"), 22},
                                  MtaHost {QStringLiteral("mta3.example.org"), 2022}}));
        model.setHosts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void trustPinsModel()
    {
        TrustPinsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrustPins pins;
        pins.sshHostKeys = {{QStringLiteral("mta1.example.org:22"), QStringLiteral("SHA256:abc")},
                            {QStringLiteral("mta2.example.org:22"), QStringLiteral("SHA256:def")}};
        pins.tlsCertificates = {{QStringLiteral("mail.example.org:7071"), QStringLiteral("sha256:0123")}};
        model.setPins(pins);
        QCOMPARE(dump(model),
                 QStringLiteral("Kind|Server|Fingerprint\n"
                                "SSH host key|mta1.example.org:22|SHA256:abc\n"
                                "SSH host key|mta2.example.org:22|SHA256:def\n"
                                "TLS certificate|mail.example.org:7071|sha256:0123"));
        QCOMPARE(model.pins(), pins);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable) == false);

        QVERIFY(model.forget(1));
        QVERIFY(!model.forget(7));
        pins.sshHostKeys.removeAt(1);
        QCOMPARE(model.pins(), pins);
        model.setPins({});
        QCOMPARE(dump(model), QStringLiteral("Kind|Server|Fingerprint"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
