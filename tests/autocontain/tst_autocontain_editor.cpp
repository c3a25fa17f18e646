// The profile editor's Containment tab: off for a profile that never opted in, its fields
// disabled until "Contain automatically" is ticked, and what is set there is what the saved
// profile carries (the setting `watch --auto-contain` reads).
#include "../gui/guitestsupport.h"

#include "profiles/containmentsection.h"
#include "profiles/profileeditor.h"
#include "profiles/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>

using namespace zaindari;

class TestAutoContainEditor : public QObject
{
    Q_OBJECT
public:
    static void initMain() { test::isolateEnvironment(); }

private:
    template<typename T> static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() { test::initApp(); }

    void offUntilTicked()
    {
        SecretStore secrets;
        ProfileEditor editor(&secrets);
        editor.load(Profile::fromJson(QJsonObject {{QStringLiteral("name"), QStringLiteral("Old")}}));
        QTabWidget *tabs = editor.tabs();
        QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("Containment"));
        auto *section = editor.containmentSection();
        auto *autoBox = child<QCheckBox>(section, "autoContain");
        auto *threshold = child<QSpinBox>(section, "autoContainThreshold");
        auto *queue = child<QComboBox>(section, "autoContainQueue");
        auto *directory = child<QComboBox>(section, "autoContainDirectory");
        QVERIFY(autoBox && threshold && queue && directory);
        QVERIFY(!autoBox->isChecked());
        QVERIFY(!threshold->isEnabled());
        QVERIFY(!directory->isEnabled());
        QVERIFY(!autoBox->toolTip().isEmpty() && !threshold->toolTip().isEmpty());
        QVERIFY(!editor.profile().containment.autoContain);
        QVERIFY(!editor.isModified());

        tabs->setCurrentIndex(tabs->count() - 1);
        autoBox->click();
        QVERIFY(threshold->isEnabled());
        QVERIFY(editor.isModified());
        threshold->setValue(45);
        queue->setCurrentIndex(queue->findData(int(ContainQueueAction::Delete)));
        directory->setCurrentIndex(directory->findData(int(ContainDirectoryAction::Leave)));
        child<QCheckBox>(section, "autoContainRestartMta")->setChecked(false);
        QVERIFY(editor.validate());
        const ContainSettings c = editor.profile().containment;
        QVERIFY(c.autoContain);
        QCOMPARE(c.autoThresholdPerMinute, 45);
        QVERIFY(c.queue == ContainQueueAction::Delete);
        QVERIFY(c.directory == ContainDirectoryAction::Leave);
        QVERIFY(!c.restartMtaWhenSessionsOpen);
        QVERIFY(c.removeForwarding);

        // Loading it back shows the same settings.
        Profile p = editor.profile();
        ProfileEditor again(&secrets);
        again.load(p);
        QCOMPARE(again.profile().containment, c);
    }
};

QTEST_MAIN(TestAutoContainEditor)
#include "tst_autocontain_editor.moc"
