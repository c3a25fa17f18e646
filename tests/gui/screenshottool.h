#pragma once
// The command line every screenshot tool shares (not a test; see tests/*/…screenshot.cpp):
// --lang eu|es|en installs the translators and the UI resources, --out names the PNG file, and
// the extra shots of one run are saved beside it with a suffix (contain.png, contain-report.png).

#include "common/i18n.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace zaindari::test {

// "shots/contain.png" + "-report" -> "shots/contain-report.png"
inline QString withSuffix(const QString &file, const QString &suffix)
{
    const int dot = int(file.lastIndexOf(QLatin1Char('.')));
    if (dot <= 0)
        return file + suffix;
    return file.left(dot) + suffix + file.mid(dot);
}

// Parses --lang, --out and `extra` into `parser`, installs the language; returns the --out file.
inline QString screenshotCommandLine(QApplication &app, QCommandLineParser &parser, const QString &defaultOut,
                                     const QList<QCommandLineOption> &extra = {})
{
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("eu, es or en"), QStringLiteral("lang"),
                                     QStringLiteral("en"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("PNG file"), QStringLiteral("file"),
                                    defaultOut);
    parser.addOptions({langOpt, outOpt});
    parser.addOptions(extra);
    parser.addHelpOption();
    parser.process(app);
    QString error;
    i18n::install(&app, parser.value(langOpt), &error);
    initUiResources();
    return parser.value(outOpt);
}

} // namespace zaindari::test
