// Language selection: resolution, embedded catalogues, locale for dates and numbers.
#include "common/i18n.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace zaindari;

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void supportedAndNames()
    {
        QCOMPARE(i18n::supportedLanguages(),
                 (QStringList {QStringLiteral("en"), QStringLiteral("eu"), QStringLiteral("es")}));
        QCOMPARE(i18n::languageName(QStringLiteral("eu")), QStringLiteral("Euskara"));
        QCOMPARE(i18n::languageName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(i18n::languageName(QStringLiteral("en")), QStringLiteral("English"));
        QVERIFY(i18n::languageName(QStringLiteral("fr")).isEmpty());
    }

    void resolve()
    {
        QCOMPARE(i18n::resolveLanguage(QStringLiteral("eu")), QStringLiteral("eu"));
        QCOMPARE(i18n::resolveLanguage(QStringLiteral("es")), QStringLiteral("es"));
        // Unknown or empty: the system's, which is always one of ours.
        const QString system = i18n::resolveLanguage(QString());
        QVERIFY(i18n::supportedLanguages().contains(system));
        QCOMPARE(i18n::resolveLanguage(QStringLiteral("fr")), system);
    }

    void catalogsAreEmbedded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zaindari_eu") << QStringLiteral(":/i18n/zaindari_eu.qm");
        QTest::newRow("zaindari_es") << QStringLiteral(":/i18n/zaindari_es.qm");
        QTest::newRow("qtbase_eu") << QStringLiteral(":/i18n/qtbase_eu.qm");
    }
    void catalogsAreEmbedded()
    {
        QFETCH(QString, file);
        QVERIFY2(QFile::exists(file), qPrintable(file));
    }

    void installSetsLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale::Language>("locale");
        QTest::newRow("eu") << QStringLiteral("eu") << QLocale::Basque;
        QTest::newRow("es") << QStringLiteral("es") << QLocale::Spanish;
        QTest::newRow("en") << QStringLiteral("en") << QLocale::English;
    }
    void installSetsLocale()
    {
        QFETCH(QString, language);
        QFETCH(QLocale::Language, locale);
        QString error;
        QVERIFY2(i18n::install(QCoreApplication::instance(), language, &error), qPrintable(error));
        QCOMPARE(i18n::currentLanguage(), language);
        QCOMPARE(QLocale().language(), locale);
        // Numbers follow: Basque and Spanish group thousands with a dot, English with a comma.
        const QString n = QLocale().toString(1234567);
        QCOMPARE(n.contains(QLatin1Char(',')), language == QLatin1String("en"));
    }

    void spanishLoadsQtOwnCatalogue()
    {
        QVERIFY(i18n::install(QCoreApplication::instance(), QStringLiteral("es")));
        // From qtbase_es: Qt's own strings follow the language, not just ours.
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'."),
                 QStringLiteral("Opción desconocida «%1»."));
        QVERIFY(i18n::install(QCoreApplication::instance(), QStringLiteral("en")));
        // The Spanish catalogue is gone again.
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'."),
                 QStringLiteral("Unknown option '%1'."));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
