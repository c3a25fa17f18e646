#pragma once
// Shared set-up of the GUI suites: each process gets its own empty configuration directory and
// no D-Bus session, so the real settings file and the real keychain stay untouched, and the
// secret store takes its "no keychain" path (secrets kept for the session only).

#include "common/i18n.h"
#include "uiresources.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cstring>

namespace zaindari::test {

inline QTemporaryDir &configDir()
{
    static QTemporaryDir dir;
    return dir;
}

// Call from the test class's static initMain(), i.e. before QApplication exists.
inline void isolateEnvironment()
{
    QVERIFY2(configDir().isValid(), "no temporary directory");
    qputenv("XDG_CONFIG_HOME", configDir().path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", (configDir().path() + QStringLiteral("/data")).toLocal8Bit());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline void initApp()
{
    initUiResources();
    QVERIFY2(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                 .startsWith(configDir().path()),
             "settings would not be isolated");
}

// Installs the catalogues of `lang` as the application does.
inline void useLanguage(const QString &lang)
{
    QString error;
    QVERIFY2(i18n::install(QCoreApplication::instance(), lang, &error), qPrintable(error));
    QCOMPARE(i18n::currentLanguage(), lang);
    // Installing a translator posts LanguageChange; widgets retranslate when it is delivered.
    QCoreApplication::processEvents();
}

// The translation of Qt's own "Close" button in each language, from Qt's catalogue (es) or
// the project's (eu). Written out here so the test fails if a catalogue is not loaded.
inline QString expectedClose(const QString &lang)
{
    if (lang == QLatin1String("eu"))
        return QStringLiteral("Itxi");
    if (lang == QLatin1String("es"))
        return QStringLiteral("Cerrar");
    return QStringLiteral("Close");
}

inline void addLanguageRows()
{
    QTest::addColumn<QString>("lang");
    for (const QString &l : i18n::supportedLanguages())
        QTest::newRow(qPrintable(l)) << l;
}

// Translates every string of one context into "⟦source⟧": proves that a widget re-reads its
// texts on LanguageChange whatever the real catalogues contain.
class PseudoTranslator : public QTranslator
{
public:
    explicit PseudoTranslator(const char *context)
        : m_context(context)
    { }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (std::strcmp(context, m_context) != 0)
            return {};
        return QStringLiteral("⟦") + QString::fromUtf8(source) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }

private:
    const char *m_context;
};

} // namespace zaindari::test
