#pragma once
// Language selection for the GUI and the CLI. Catalogues are embedded under :/i18n/
// (see translations/CMakeLists.txt): zaindari_eu.qm, zaindari_es.qm and qtbase_eu.qm, because
// Qt ships no Basque catalogue. Spanish Qt strings come from the system's qtbase_es.qm.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace zaindari::i18n {

// "en", "eu", "es" (English first: it is the source language).
QStringList supportedLanguages();

// "" -> the first supported language in QLocale::system().uiLanguages(), else "en".
// A supported code is returned as is; anything else resolves like "".
QString resolveLanguage(const QString &requested);

// Removes the translators a previous call installed, installs the catalogues of
// resolveLanguage(language) and sets QLocale::setDefault (eu_ES, es_ES, en_US or en_GB) so
// dates and numbers follow. Returns false (with a translated sentence in *error) when a
// catalogue could not be loaded; what could be loaded stays installed.
bool install(QCoreApplication *app, const QString &language, QString *error = nullptr);

// The language install() last applied ("" before the first call).
QString currentLanguage();

// Native name: "Euskara", "Español", "English". Empty for an unknown code.
QString languageName(const QString &code);

} // namespace zaindari::i18n
