#pragma once
// The incident report of a containment: timeline (first failed logins, login from a new IP,
// burst start, detection, each containment step), messages the login sent before containment,
// messages held or deleted. Rendered as HTML that QTextDocument understands (no CSS beyond
// its subset), in the UI language (the translators installed when toHtml() runs).
// PDF export needs QPdfWriter (QtGui), which the core does not link: the GUI prints the same
// HTML through QTextDocument::print(QPdfWriter*).
//
// The notice for the affected person is in Basque and Spanish whatever the UI language: it is
// sent to a student or teacher, not read by the technician.

#include "containmentplan.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace zaindari {

struct TimelineEvent
{
    enum class Kind { FailedLogin, NewIpLogin, BurstStart, Detection, Step };
    QDateTime time; // UTC
    Kind kind = Kind::Step;
    QString text; // translated sentence
    bool ok = true; // for steps
};

struct IncidentReport
{
    QString account;
    QString profile;
    QDateTime detectedAt;
    QList<TimelineEvent> timeline; // sorted by time
    int messagesSentBefore = -1;
    QList<QueueMatch> held;
    QList<QueueMatch> deleted;
    QList<StepResult> steps;

    // `evidence`: failed logins, new-IP login, burst start, detection (from the rates and login
    // analyses); the containment steps are added from `result`.
    static IncidentReport build(const ContainmentResult &result, const QList<TimelineEvent> &evidence);
    QString title() const;
    QString toHtml() const;
};

QString timelineKindLabel(TimelineEvent::Kind k); // translated

// "eu" or "es"; anything else gives the Basque text. Plain text with the account filled in.
QString affectedPersonNotice(const QString &account, const QString &language);

} // namespace zaindari
