#include "submissionblock.h"

#include "mta/queuevalidation.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace zaindari {

namespace {

QString firstField(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    if (t.isEmpty() || t.startsWith('#'))
        return QString();
    qsizetype end = 0;
    while (end < t.size() && t.at(end) != ' ' && t.at(end) != '\t')
        ++end;
    return QString::fromUtf8(t.left(end)).toLower();
}

QStringList splitRestrictions(const QString &value)
{
    // postconf(5): restriction lists are separated by commas and/or whitespace; an entry
    // "check_sasl_access type:table" is two tokens.
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    return value.split(sep, Qt::SkipEmptyParts);
}

QString withSudo(const MtaPaths &paths, QStringList *argv)
{
    if (paths.sudoForAdminTools) {
        argv->prepend(QStringLiteral("-n"));
        argv->prepend(QStringLiteral("sudo"));
    }
    return QString();
}

} // namespace

bool isSafeMapPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/[A-Za-z0-9._/-]+$"));
    return re.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

bool isBlockableLogin(const QString &login)
{
    return !login.isEmpty() && login.contains(QLatin1Char('@')) && isValidAddress(login);
}

bool mapHasLogin(const QByteArray &content, const QString &login)
{
    const QString key = login.toLower();
    for (const QByteArray &line : content.split('\n'))
        if (firstField(line) == key)
            return true;
    return false;
}

QByteArray mapWithLogin(const QByteArray &content, const QString &login)
{
    if (mapHasLogin(content, login))
        return content;
    QByteArray out = content;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    // access(5): "REJECT optional text"; the text reaches the client in the 554 reply.
    out += login.toLower().toUtf8() + " REJECT 5.7.1 Account suspended by the mail administrator\n";
    return out;
}

QByteArray mapWithoutLogin(const QByteArray &content, const QString &login)
{
    const QString key = login.toLower();
    QByteArray out;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break;
        if (firstField(lines[i]) == key)
            continue;
        out += lines[i] + '\n';
    }
    return out;
}

bool mapIsEmpty(const QByteArray &content)
{
    for (const QByteArray &line : content.split('\n'))
        if (!firstField(line).isEmpty())
            return false;
    return true;
}

QString restrictionEntry(const QString &dbType, const QString &mapPath)
{
    return QStringLiteral("check_sasl_access ") + dbType + QLatin1Char(':') + mapPath;
}

QString restrictionsWith(const QString &current, const QString &entry)
{
    const QStringList have = splitRestrictions(current);
    const QStringList want = splitRestrictions(entry);
    for (qsizetype i = 0; i + 1 < have.size(); ++i)
        if (have[i] == want.value(0) && have[i + 1] == want.value(1))
            return current;
    // First, so that no earlier "permit" decides before the block is consulted.
    return have.isEmpty() ? entry : entry + QStringLiteral(", ") + have.join(QStringLiteral(", "));
}

QString restrictionsWithout(const QString &current, const QString &entry)
{
    QStringList have = splitRestrictions(current);
    const QStringList want = splitRestrictions(entry);
    for (qsizetype i = 0; i + 1 < have.size();) {
        if (have[i] == want.value(0) && have[i + 1] == want.value(1))
            have.remove(i, 2);
        else
            ++i;
    }
    return have.join(QStringLiteral(", "));
}

QStringList readMapArgv(const QString &mapPath)
{
    // A missing map is an empty one: the block has never been used on this host.
    return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("if [ -e \"$1\" ]; then cat -- \"$1\"; fi"), QStringLiteral("sh"), mapPath};
}

QStringList writeMapArgv(const QString &mapPath)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("umask 022 && cat > \"$1.zaindari-new\" && mv -f -- \"$1.zaindari-new\" \"$1\""),
            QStringLiteral("sh"), mapPath};
}

QStringList postmapArgv(const MtaPaths &paths, const QString &dbType, const QString &mapPath)
{
    // postmap is not in Zimbra's sudoers, and needs none on zimbra's own files.
    const QString dir = QFileInfo(paths.postconf).path();
    return {dir + QStringLiteral("/postmap"), dbType + QLatin1Char(':') + mapPath};
}

QStringList postconfReadArgv(const MtaPaths &paths)
{
    return {paths.postconf, QStringLiteral("-h"), QStringLiteral("smtpd_sender_restrictions"),
            QStringLiteral("default_database_type")};
}

QStringList postconfSetArgv(const MtaPaths &paths, const QString &value)
{
    QStringList argv {paths.postconf, QStringLiteral("-e"),
                      QStringLiteral("smtpd_sender_restrictions=") + value};
    withSudo(paths, &argv);
    return argv;
}

QStringList postfixArgv(const MtaPaths &paths, const QString &verb)
{
    QStringList argv {paths.postfix, verb};
    withSudo(paths, &argv);
    return argv;
}

} // namespace zaindari
