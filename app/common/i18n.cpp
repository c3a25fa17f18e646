#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace zaindari::i18n {

namespace {

struct State
{
    QList<QPointer<QTranslator>> installed;
    QString language;
};

State &state()
{
    static State s;
    return s;
}

QLocale localeFor(const QString &lang)
{
    if (lang == QLatin1String("eu"))
        return QLocale(QLocale::Basque, QLocale::Spain);
    if (lang == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::Spain);
    // English: keep American conventions for American systems, British ones elsewhere
    // (day-month order, 24-hour clock), which is closer to what eu/es users expect.
    const QLocale sys = QLocale::system();
    if (sys.language() == QLocale::English && sys.territory() == QLocale::UnitedStates)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool load(QCoreApplication *app, const QString &file, const QString &dir, QString *failed)
{
    auto *t = new QTranslator(app);
    if (!t->load(file, dir)) {
        delete t;
        if (!failed->isEmpty())
            failed->append(QStringLiteral(", "));
        failed->append(file);
        return false;
    }
    QCoreApplication::installTranslator(t);
    state().installed.append(t);
    return true;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("eu"), QStringLiteral("es")};
}

QString resolveLanguage(const QString &requested)
{
    const QStringList supported = supportedLanguages();
    if (supported.contains(requested))
        return requested;
    // uiLanguages() is in preference order, e.g. "eu-ES", "es-ES", "en".
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &tag : ui) {
        const QString primary = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (supported.contains(primary))
            return primary;
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication *app, const QString &language, QString *error)
{
    State &s = state();
    for (const QPointer<QTranslator> &t : std::as_const(s.installed)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    s.installed.clear();

    const QString lang = resolveLanguage(language);
    s.language = lang;
    QLocale::setDefault(localeFor(lang));

    QString failed;
    const QString embedded = QStringLiteral(":/i18n");
    if (lang == QLatin1String("es")) {
        load(app, QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), &failed);
        load(app, QStringLiteral("zaindari_es"), embedded, &failed);
    } else if (lang == QLatin1String("eu")) {
        // Qt ships no Basque catalogue: the project provides one for Qt's own strings.
        load(app, QStringLiteral("qtbase_eu"), embedded, &failed);
        load(app, QStringLiteral("zaindari_eu"), embedded, &failed);
    } else {
        // English is the source language; its catalogue holds only the plural forms of the
        // "%n message(s)" texts, as Qt recommends for the source language.
        load(app, QStringLiteral("zaindari_en"), embedded, &failed);
    }
    if (!failed.isEmpty()) {
        if (error) {
            //: %1 is a language name such as "Euskara", %2 a list of catalogue names
            *error = QCoreApplication::translate("I18n",
                                                 "Some %1 translations could not be loaded (%2); "
                                                 "those texts appear in English.")
                         .arg(languageName(lang), failed);
        }
        return false;
    }
    return true;
}

QString currentLanguage()
{
    return state().language;
}

QString languageName(const QString &code)
{
    // Native names, deliberately not translated: a user must find their own language.
    if (code == QLatin1String("eu"))
        return QStringLiteral("Euskara");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QString();
}

} // namespace zaindari::i18n
