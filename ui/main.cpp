// zaindari: the desktop console. Parses the command line, installs the translators (from
// --lang, else the saved preference, else the system locale) and shows the main window.

#include "common/i18n.h"
#include "common/settings.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "mainwindow.h"
#include "profiles/profileeditor.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The language must be known before the parser's texts are built, so that --help is
// translated: look for --lang ahead of QCommandLineParser.
QString languageFromArgs(int argc, char **argv)
{
    // The last --lang wins, as in QCommandLineParser::value().
    QString lang;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            lang = QString::fromLocal8Bit(argv[++i]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            lang = QString::fromLocal8Bit(argv[i] + 7);
    }
    return lang;
}

// --help and --version must work without a display (CI, ssh sessions): they need no widgets.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *opt : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], opt) == 0)
                return true;
        }
    }
    return false;
}

// Saves `widget` to `file`; for README screenshots taken under Xvfb.
bool grabTo(QWidget *widget, const QString &file)
{
    widget->raise();
    widget->activateWindow();
    return widget->grab().save(file);
}

QString withSuffix(const QString &file, const QString &suffix)
{
    const int dot = file.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return file + suffix;
    return file.left(dot) + suffix + file.mid(dot);
}

} // namespace

int main(int argc, char **argv)
{
    const QString requested = languageFromArgs(argc, argv);
    const bool validRequest = requested.isEmpty() || zaindari::i18n::supportedLanguages().contains(requested);
    std::unique_ptr<QCoreApplication> app;
    // An unknown --lang is reported without a display too.
    if (wantsTextOnly(argc, argv) || !validRequest)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zaindari"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZAINDARI_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Zaindari"));

    QString i18nError;
    zaindari::i18n::install(
        app.get(),
        validRequest && !requested.isEmpty() ? requested : zaindari::AppSettings::instance().language(),
        &i18nError);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Zaindari: watch a Zimbra mail server backed by Active Directory and contain "
        "captured accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open the saved profile called <name>."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this language for this run: eu, es or en."),
        QCoreApplication::translate("main", "language"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a picture of the main window and the dialogs to <file> and quit."),
        QCoreApplication::translate("main", "file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({profileOption, langOption, screenshotOption});
    parser.process(*app);

    QTextStream err(stderr);
    if (!validRequest) {
        //: %1 is what the user typed after --lang
        err << QCoreApplication::translate("main", "Unknown language “%1”: use eu, es or en.").arg(requested)
            << '\n';
        return 2;
    }
    if (!i18nError.isEmpty())
        err << i18nError << '\n';
    err.flush();

    zaindari::initUiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/zaindari.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.zaindari.Zaindari"));

    zaindari::ProfileStore store;
    zaindari::SecretStore secrets;
    zaindari::MainWindow window(&store, &secrets);
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        if (!window.selectProfileByName(name)) {
            //: %1 is a profile name given on the command line
            err << QCoreApplication::translate("main", "No profile is called “%1”; see File → Profiles….")
                       .arg(name)
                << '\n';
            err.flush();
            return 2;
        }
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        // Grab once the window has been laid out and painted, then each dialog, then quit.
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, &store, &secrets, file] {
            bool ok = grabTo(&window, file);
            auto *profiles = new zaindari::ProfileManagerDialog(&store, &secrets, &window);
            profiles->setAttribute(Qt::WA_DeleteOnClose);
            profiles->resize(980, 680);
            profiles->show();
            auto *prefs = new zaindari::PreferencesDialog(&window);
            prefs->setAttribute(Qt::WA_DeleteOnClose);
            prefs->show();
            QTimer::singleShot(600, &window, [profiles, prefs, file, ok]() mutable {
                ok &= grabTo(profiles, withSuffix(file, QStringLiteral("-profiles")));
                QTabWidget *tabs = profiles->editor()->tabs();
                for (int i = 1; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QCoreApplication::processEvents();
                    ok &= grabTo(profiles, withSuffix(file, QStringLiteral("-profiles-%1").arg(i + 1)));
                }
                ok &= grabTo(prefs, withSuffix(file, QStringLiteral("-preferences")));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return app->exec();
}
