#include "incidentreport.h"

#include <QCoreApplication>

#include <algorithm>

namespace zaindari {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

} // namespace

QString timelineKindLabel(TimelineEvent::Kind k)
{
    switch (k) {
    case TimelineEvent::Kind::FailedLogin:
        return QCoreApplication::translate("IncidentReport", "Failed login");
    case TimelineEvent::Kind::NewIpLogin:
        return QCoreApplication::translate("IncidentReport", "Login from a new IP");
    case TimelineEvent::Kind::BurstStart:
        return QCoreApplication::translate("IncidentReport", "Sending burst starts");
    case TimelineEvent::Kind::Detection:
        return QCoreApplication::translate("IncidentReport", "Detection");
    case TimelineEvent::Kind::Step:
        return QCoreApplication::translate("IncidentReport", "Containment step");
    }
    return QString();
}

IncidentReport IncidentReport::build(const ContainmentResult &result, const QList<TimelineEvent> &evidence)
{
    IncidentReport r;
    r.account = result.account;
    r.messagesSentBefore = result.messagesSentBefore;
    r.held = result.held;
    r.deleted = result.deleted;
    r.steps = result.steps;
    r.timeline = evidence;
    for (const TimelineEvent &e : evidence)
        if (e.kind == TimelineEvent::Kind::Detection && !r.detectedAt.isValid())
            r.detectedAt = e.time;
    for (const StepResult &s : result.steps) {
        TimelineEvent e;
        e.time = s.finished;
        e.kind = TimelineEvent::Kind::Step;
        e.ok = s.done;
        //: %1 is a step title, %2 what happened
        e.text = (s.done ? QCoreApplication::translate("IncidentReport", "%1: done. %2")
                         : QCoreApplication::translate("IncidentReport", "%1: NOT done. %2"))
                     .arg(containStepTitle(s.step), s.detail);
        r.timeline << e;
    }
    std::stable_sort(r.timeline.begin(), r.timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    return r;
}

QString IncidentReport::title() const
{
    //: %1 is the account address
    return QCoreApplication::translate("IncidentReport", "Incident report: %1").arg(account);
}

QString IncidentReport::toHtml() const
{
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + esc(title())
        + QStringLiteral("</title></head><body>");
    h += QStringLiteral("<h1>") + esc(title()) + QStringLiteral("</h1>");
    if (!profile.isEmpty())
        //: %1 is the connection profile (school)
        h += QStringLiteral("<p>")
            + esc(QCoreApplication::translate("IncidentReport", "Server: %1").arg(profile))
            + QStringLiteral("</p>");
    if (detectedAt.isValid())
        h += QStringLiteral("<p>")
            + esc(QCoreApplication::translate("IncidentReport", "Detected: %1").arg(stamp(detectedAt)))
            + QStringLiteral("</p>");

    h += QStringLiteral("<h2>") + esc(QCoreApplication::translate("IncidentReport", "Timeline"))
        + QStringLiteral("</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>")
        + esc(QCoreApplication::translate("IncidentReport", "Time")) + QStringLiteral("</th><th>")
        + esc(QCoreApplication::translate("IncidentReport", "Event")) + QStringLiteral("</th><th>")
        + esc(QCoreApplication::translate("IncidentReport", "Detail")) + QStringLiteral("</th></tr>");
    for (const TimelineEvent &e : timeline) {
        h += QStringLiteral("<tr><td>") + esc(stamp(e.time)) + QStringLiteral("</td><td>")
            + esc(timelineKindLabel(e.kind)) + QStringLiteral("</td><td>")
            + (e.ok ? QString() : QStringLiteral("<b>")) + esc(e.text)
            + (e.ok ? QString() : QStringLiteral("</b>")) + QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>") + esc(QCoreApplication::translate("IncidentReport", "Messages"))
        + QStringLiteral("</h2><ul>");
    if (messagesSentBefore >= 0)
        //: %n is a number of messages
        h += QStringLiteral("<li>")
            + esc(QCoreApplication::translate("IncidentReport",
                                              "%n message(s) submitted by the login before containment",
                                              nullptr, messagesSentBefore))
            + QStringLiteral("</li>");
    h += QStringLiteral("<li>")
        + esc(QCoreApplication::translate("IncidentReport", "%n message(s) held", nullptr, int(held.size())))
        + QStringLiteral("</li><li>")
        + esc(QCoreApplication::translate("IncidentReport", "%n message(s) deleted", nullptr,
                                          int(deleted.size())))
        + QStringLiteral("</li></ul>");

    const QList<QueueMatch> touched = held + deleted;
    if (!touched.isEmpty()) {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>")
            + esc(QCoreApplication::translate("IncidentReport", "Host")) + QStringLiteral("</th><th>")
            + esc(QCoreApplication::translate("IncidentReport", "Queue id")) + QStringLiteral("</th><th>")
            + esc(QCoreApplication::translate("IncidentReport", "Sender")) + QStringLiteral("</th></tr>");
        for (const QueueMatch &m : touched)
            h += QStringLiteral("<tr><td>") + esc(m.host) + QStringLiteral("</td><td>") + esc(m.id)
                + QStringLiteral("</td><td>") + esc(m.sender.isEmpty() ? QStringLiteral("<>") : m.sender)
                + QStringLiteral("</td></tr>");
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

QString affectedPersonNotice(const QString &account, const QString &language)
{
    // Fixed texts in the two languages the school writes to its people in; not UI strings.
    if (language == QLatin1String("es"))
        return QStringLiteral(
                   "Hola:\n\n"
                   "Tu cuenta de correo %1 ha sido utilizada por otra persona para enviar correo no "
                   "deseado. Para protegerte a ti y al centro, la hemos bloqueado y hemos retenido los "
                   "mensajes pendientes.\n\n"
                   "Qué hacer ahora:\n"
                   "1. Pasa por la oficina de informática (o llama) para recibir una contraseña temporal.\n"
                   "2. Al entrar, elige una contraseña nueva que no uses en ningún otro sitio.\n"
                   "3. Si diste tu contraseña en una página o en respuesta a un correo, avísanos: "
                   "nunca te la pediremos por correo.\n"
                   "4. Revisa que tu cuenta no reenvía correo a direcciones que no conoces.\n\n"
                   "Gracias.\n")
            .arg(account);
    return QStringLiteral(
               "Kaixo:\n\n"
               "Zure %1 posta-kontua beste norbaitek erabili du nahi ez den posta bidaltzeko. Zu eta "
               "ikastetxea babesteko, kontua blokeatu dugu eta bidali gabeko mezuak atxiki ditugu.\n\n"
               "Zer egin orain:\n"
               "1. Etorri informatika bulegora (edo deitu) behin-behineko pasahitza jasotzeko.\n"
               "2. Sartzean, aukeratu beste inon erabiltzen ez duzun pasahitz berri bat.\n"
               "3. Pasahitza orri batean edo mezu bati erantzunez eman bazenuen, esan iezaguzu: "
               "ez dizugu inoiz posta bidez eskatuko.\n"
               "4. Egiaztatu zure kontuak ez duela posta ezagutzen ez dituzun helbideetara birbidaltzen.\n\n"
               "Eskerrik asko.\n")
        .arg(account);
}

} // namespace zaindari
