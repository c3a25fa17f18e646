#include "accountviews.h"

#include <QCoreApplication>
#include <QLocale>

namespace zaindari {

namespace {
// lupdate sees AccountViews::tr() calls under this context.
class AccountViews
{
    Q_DECLARE_TR_FUNCTIONS(zaindari::AccountViews)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td valign='top' style='padding-right:10px'><b>") + esc(label)
        + QStringLiteral("</b></td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

QString list(const QStringList &items)
{
    QStringList escaped;
    for (const QString &s : items)
        escaped << esc(s);
    return escaped.join(QStringLiteral("<br>"));
}

QString box(const QString &colour, const QString &html)
{
    return QStringLiteral("<table width='100%' cellpadding='6' style='background-color:") + colour
        + QStringLiteral(";'><tr><td>") + html + QStringLiteral("</td></tr></table>");
}

// "CN=Teachers,OU=Groups,DC=x" -> "Teachers": the DN stays in the tooltip-less text only when
// it has no CN.
QString groupName(const QString &dn)
{
    if (dn.startsWith(QLatin1String("CN="), Qt::CaseInsensitive)) {
        QString first = dn.mid(3);
        int i = 0;
        QString out;
        while (i < first.size()) {
            const QChar c = first.at(i);
            if (c == QLatin1Char('\\') && i + 1 < first.size()) {
                out += first.at(i + 1);
                i += 2;
                continue;
            }
            if (c == QLatin1Char(','))
                break;
            out += c;
            ++i;
        }
        return out;
    }
    return dn;
}
} // namespace

QString localTime(const QDateTime &t)
{
    if (!t.isValid())
        return AccountViews::tr("never");
    // Short formats such as Basque "yy/M/d" read ambiguously in an incident report: keep the
    // locale's order and separators, with a four-digit year.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(t.toLocalTime(), format);
}

QString localTime(const std::optional<QDateTime> &t)
{
    return t ? localTime(*t) : AccountViews::tr("never");
}

QString authMechText(const QString &mech)
{
    if (mech.isEmpty() || mech == QLatin1String("zimbra"))
        return AccountViews::tr("Zimbra's own password");
    if (mech == QLatin1String("ad"))
        return AccountViews::tr("Active Directory");
    if (mech == QLatin1String("ldap"))
        return AccountViews::tr("External LDAP directory");
    if (mech == QLatin1String("kerberos5"))
        return AccountViews::tr("Kerberos");
    //: %1 is Zimbra's zimbraAuthMech value, e.g. custom:sso
    return AccountViews::tr("Other (%1)").arg(mech);
}

QString zimbraAccountHtml(const ZimbraAccount &a, const QDateTime &nowUtc)
{
    const AccountStatusInfo info = explainStatus(a, nowUtc);
    QString html;
    if (a.forwardsMail()) {
        QString fwd = QStringLiteral("<b>") + esc(AccountViews::tr("This account forwards mail elsewhere."))
            + QStringLiteral("</b> ")
            + esc(AccountViews::tr(
                "A forwarding rule nobody asked for is a classic sign of a captured account."));
        if (!a.forwardingAddresses.isEmpty())
            fwd += QStringLiteral("<br>") + esc(AccountViews::tr("Forwarding addresses:"))
                + QStringLiteral(" <b>") + esc(a.forwardingAddresses.join(QStringLiteral(", ")))
                + QStringLiteral("</b>");
        if (!a.filterForwards.isEmpty())
            fwd += QStringLiteral("<br>") + esc(AccountViews::tr("Mail filters that redirect to:"))
                + QStringLiteral(" <b>") + esc(a.filterForwards.join(QStringLiteral(", ")))
                + QStringLiteral("</b>");
        if (a.localDeliveryDisabled)
            fwd += QStringLiteral("<br><b>") + esc(AccountViews::tr("No copy is kept in the mailbox."))
                + QStringLiteral("</b>");
        html += box(QStringLiteral("#f8d7da"), fwd);
    }
    const bool bad = info.state != AccountState::Active;
    html += box(bad ? QStringLiteral("#fff3cd") : QStringLiteral("#d1e7dd"),
                QStringLiteral("<b>") + esc(info.label) + QStringLiteral("</b><br>") + esc(info.sentence));

    html += QStringLiteral("<table>");
    html += row(AccountViews::tr("Account"), esc(a.name));
    if (!a.displayName.isEmpty())
        html += row(AccountViews::tr("Name"), esc(a.displayName));
    html += row(AccountViews::tr("Class of service"),
                esc(a.cosName.isEmpty() ? AccountViews::tr("default") : a.cosName));
    html += row(AccountViews::tr("Authentication"), esc(authMechText(a.authMech)));
    html += row(AccountViews::tr("Last login"), esc(localTime(a.lastLogon)));
    if (!a.lockoutFailures.isEmpty()) {
        QStringList times;
        for (const QDateTime &t : a.lockoutFailures)
            times << localTime(t);
        html += row(AccountViews::tr("Failed logins counted"), list(times));
    }
    if (a.lockedTime.isValid())
        html += row(AccountViews::tr("Locked out at"), esc(localTime(a.lockedTime)));
    if (info.lockoutEnds.isValid())
        html += row(AccountViews::tr("Lockout ends"), esc(localTime(info.lockoutEnds)));
    html += row(AccountViews::tr("Lockout policy"),
                esc(a.lockout.isActive()
                        //: %1 failures, %2 and %3 Zimbra durations such as 6m
                        ? AccountViews::tr("%1 failures within %2 lock for %3")
                              .arg(a.lockout.maxFailures)
                              .arg(a.lockout.failureLifetime, a.lockout.duration)
                        : AccountViews::tr("off")));
    html += row(AccountViews::tr("Forwarding"),
                a.forwardsMail()
                    ? QStringLiteral("<b>") + esc(AccountViews::tr("yes, see above")) + QStringLiteral("</b>")
                    : esc(AccountViews::tr("none")));
    html += row(AccountViews::tr("Aliases"),
                a.aliases.isEmpty() ? esc(AccountViews::tr("none")) : list(a.aliases));
    if (a.passwordModified.isValid())
        html += row(AccountViews::tr("Password changed"), esc(localTime(a.passwordModified)));
    if (a.passwordMustChange)
        html += row(AccountViews::tr("Password"), esc(AccountViews::tr("must be changed at next login")));
    html += QStringLiteral("</table>");
    return html;
}

QString directoryStatusHtml(const UserStatus &s)
{
    QString html;
    const bool bad = !s.enabled || s.lockedOut;
    QString head
        = QStringLiteral("<b>") + esc(s.enabledText()) + QStringLiteral("</b><br>") + esc(s.lockoutText());
    html += box(bad ? QStringLiteral("#fff3cd") : QStringLiteral("#d1e7dd"), head);
    html += QStringLiteral("<table>");
    html += row(AccountViews::tr("Account"), esc(s.user.samAccountName));
    html += row(AccountViews::tr("Logon name"), esc(s.user.userPrincipalName));
    if (!s.user.displayName.isEmpty())
        html += row(AccountViews::tr("Name"), esc(s.user.displayName));
    html += row(AccountViews::tr("Enabled"),
                esc(s.enabled ? AccountViews::tr("yes") : AccountViews::tr("no, disabled")));
    html += row(AccountViews::tr("Locked out now"),
                s.lockedOut ? QStringLiteral("<b>") + esc(AccountViews::tr("yes")) + QStringLiteral("</b>")
                            : esc(AccountViews::tr("no")));
    if (s.lockoutTime)
        html += row(AccountViews::tr("Locked out at"), esc(localTime(s.lockoutTime)));
    if (s.lockedOut)
        html += row(AccountViews::tr("Lockout ends"),
                    esc(s.lockoutEnds ? localTime(s.lockoutEnds)
                                      : AccountViews::tr("when an administrator unlocks it")));
    html += row(AccountViews::tr("Wrong passwords (badPwdCount)"), QString::number(s.badPwdCount));
    html += row(AccountViews::tr("Last wrong password"), esc(localTime(s.badPasswordTime)));
    html += row(
        AccountViews::tr("Password set"),
        esc(s.mustChangePassword ? AccountViews::tr("must change at next logon") : localTime(s.pwdLastSet)));
    html += row(AccountViews::tr("Password"), esc(s.passwordText()));
    html += row(AccountViews::tr("Last logon (replicated, up to 14 days late)"), esc(localTime(s.lastLogon)));
    html += row(AccountViews::tr("Account expires"),
                esc(s.accountExpires ? localTime(s.accountExpires) : AccountViews::tr("never")));
    QStringList groups;
    for (const QString &g : s.groups)
        groups << groupName(g);
    html += row(AccountViews::tr("Groups"), groups.isEmpty() ? esc(AccountViews::tr("none")) : list(groups));
    html += QStringLiteral("</table>");

    if (s.controllers.size() > 1) {
        html += QStringLiteral("<p><b>")
            + esc(AccountViews::tr("Per domain controller (these counters are not replicated):"))
            + QStringLiteral("</b></p><table border='1' cellpadding='3' cellspacing='0'><tr><th>")
            + esc(AccountViews::tr("Controller")) + QStringLiteral("</th><th>")
            + esc(AccountViews::tr("Wrong passwords")) + QStringLiteral("</th><th>")
            + esc(AccountViews::tr("Last wrong password")) + QStringLiteral("</th><th>")
            + esc(AccountViews::tr("Locked out")) + QStringLiteral("</th></tr>");
        for (const ControllerStatus &c : s.controllers) {
            html += QStringLiteral("<tr><td>") + esc(c.controller) + QStringLiteral("</td>");
            if (!c.reachable) {
                html += QStringLiteral("<td colspan='3'>") + esc(c.error) + QStringLiteral("</td></tr>");
                continue;
            }
            html += QStringLiteral("<td>") + QString::number(c.badPwdCount) + QStringLiteral("</td><td>")
                + esc(localTime(c.badPasswordTime)) + QStringLiteral("</td><td>")
                + esc(c.lockedOut ? AccountViews::tr("yes") : AccountViews::tr("no"))
                + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace zaindari
