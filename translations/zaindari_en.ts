<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Recent failed logins: %n (%1)</source>
        <extracomment>%n failed logins, %1 their times</extracomment>
        <translation><numerusform>Recent failed logins: %n (%1)</numerusform><numerusform>Recent failed logins: %n (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Messages held: %n</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation><numerusform>Messages held: %n</numerusform><numerusform>Messages held: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Messages deleted: %n</source>
        <translation><numerusform>Messages deleted: %n</numerusform><numerusform>Messages deleted: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Groups (%n): %1</source>
        <extracomment>%n is the number of groups, %1 their names</extracomment>
        <translation><numerusform>Groups (%n): %1</numerusform><numerusform>Groups (%n): %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed log line(s).</source>
        <extracomment>%n is a number of lines</extracomment>
        <translation><numerusform>Skipped %n malformed log line.</numerusform><numerusform>Skipped %n malformed log lines.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed or truncated line(s) of postqueue output.</source>
        <extracomment>%n lines of postqueue output could not be read</extracomment>
        <translation><numerusform>Skipped %n malformed or truncated line of postqueue output.</numerusform><numerusform>Skipped %n malformed or truncated lines of postqueue output.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 would act on %n message(s).</source>
        <extracomment>%1 is the action (hold, delete...), %n a number of messages</extracomment>
        <translation><numerusform>%1 would act on %n message.</numerusform><numerusform>%1 would act on %n messages.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refusing to %1 %n message(s) without --yes (standard input is not a terminal).</source>
        <extracomment>%1 is the action, %n the number of messages</extracomment>
        <translation><numerusform>Refusing to %1 %n message without --yes (standard input is not a terminal).</numerusform><numerusform>Refusing to %1 %n messages without --yes (standard input is not a terminal).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About to %1 %n message(s):</source>
        <translation><numerusform>About to %1 %n message:</numerusform><numerusform>About to %1 %n messages:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) could not be written to the audit log.</source>
        <extracomment>%n is a number of steps</extracomment>
        <translation><numerusform>%n step could not be written to the audit log.</numerusform><numerusform>%n steps could not be written to the audit log.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for a password prompt on the desktop.</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation><numerusform>The system keychain did not answer within %n second; it may be locked and waiting for a password prompt on the desktop.</numerusform><numerusform>The system keychain did not answer within %n seconds; it may be locked and waiting for a password prompt on the desktop.</numerusform></translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message numerus="yes">
        <source>%n message(s) submitted by the login before containment</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation><numerusform>%n message submitted by the login before containment</numerusform><numerusform>%n messages submitted by the login before containment</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held</source>
        <translation><numerusform>%n message held</numerusform><numerusform>%n messages held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted</source>
        <translation><numerusform>%n message deleted</numerusform><numerusform>%n messages deleted</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari</name>
    <message numerus="yes">
        <source>Successful login from %1 (%2), an address the account had not used, after %n failed login(s).</source>
        <extracomment>%1 is an IP address, %2 a protocol, %n failed logins before it</extracomment>
        <translation><numerusform>Successful login from %1 (%2), an address the account had not used, after %n failed login.</numerusform><numerusform>Successful login from %1 (%2), an address the account had not used, after %n failed logins.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last of %n failed login(s), from %1.</source>
        <extracomment>%n failed logins, %1 a list of IP addresses</extracomment>
        <translation><numerusform>Last of %n failed login, from %1.</numerusform><numerusform>Last of %n failed logins, from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending burst starts: more than %n message(s) within one minute.</source>
        <extracomment>%n is the per-minute threshold</extracomment>
        <translation><numerusform>Sending burst starts: more than %n message within one minute.</numerusform><numerusform>Sending burst starts: more than %n messages within one minute.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::AlertBanner</name>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one minute at %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one minute</extracomment>
        <translation><numerusform>%1 sent %n message within one minute at %2 (threshold %3).</numerusform><numerusform>%1 sent %n messages within one minute at %2 (threshold %3).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one hour up to %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one hour</extracomment>
        <translation><numerusform>%1 sent %n message within one hour up to %2 (threshold %3).</numerusform><numerusform>%1 sent %n messages within one hour up to %2 (threshold %3).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) in the hour up to %2, far above its usual peak of %3 an hour.</source>
        <extracomment>%1 account, %2 date and time, %3 the account's usual hourly peak; %n messages in one hour</extracomment>
        <translation><numerusform>%1 sent %n message in the hour up to %2, far above its usual peak of %3 an hour.</numerusform><numerusform>%1 sent %n messages in the hour up to %2, far above its usual peak of %3 an hour.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::AuditTrailPage</name>
    <message numerus="yes">
        <source>%n line(s) of the audit file could not be read.</source>
        <extracomment>%n unreadable lines</extracomment>
        <translation><numerusform>%n line of the audit file could not be read.</numerusform><numerusform>%n lines of the audit file could not be read.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentDialog</name>
    <message numerus="yes">
        <source>Plan ready: %n queued message(s) of the account found. Check it, then Contain.</source>
        <extracomment>%n is the number of queued messages the plan found</extracomment>
        <translation><numerusform>Plan ready: %n queued message of the account found. Check it, then Contain.</numerusform><numerusform>Plan ready: %n queued messages of the account found. Check it, then Contain.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open SMTP session(s) of this login were seen when the plan was made:</source>
        <extracomment>%n is a number of SMTP sessions</extracomment>
        <translation><numerusform>%n open SMTP session of this login were seen when the plan was made:</numerusform><numerusform>%n open SMTP sessions of this login were seen when the plan was made:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n step(s) NOT done, see the summary.</source>
        <extracomment>%n is the number of steps not done</extracomment>
        <translation><numerusform>Finished: %n step NOT done, see the summary.</numerusform><numerusform>Finished: %n steps NOT done, see the summary.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n step(s) reverted.</source>
        <extracomment>%n is the number of undo steps</extracomment>
        <translation><numerusform>Undone: %n step reverted.</numerusform><numerusform>Undone: %n steps reverted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n step(s) could NOT be reverted, see the list.</source>
        <translation><numerusform>Undo: %n step could NOT be reverted, see the list.</numerusform><numerusform>Undo: %n steps could NOT be reverted, see the list.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentRunner</name>
    <message numerus="yes">
        <source>The queues are read again after %n ms and stragglers treated the same way.</source>
        <extracomment>%n is a number of milliseconds</extracomment>
        <translation><numerusform>The queues are read again after %n ms and stragglers treated the same way.</numerusform><numerusform>The queues are read again after %n ms and stragglers treated the same way.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the account held.</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation><numerusform>%n message of the account held.</numerusform><numerusform>%n messages of the account held.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the account deleted.</source>
        <translation><numerusform>%n message of the account deleted.</numerusform><numerusform>%n messages of the account deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: the fate of %n message(s) is unknown.</source>
        <translation><numerusform>%1: the fate of %n message is unknown.</numerusform><numerusform>%1: the fate of %n messages is unknown.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n held message(s) released.</source>
        <extracomment>%1 host, %n number of messages</extracomment>
        <translation><numerusform>%1: %n held message released.</numerusform><numerusform>%1: %n held messages released.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open SMTP session(s) of the login (smtpd pid %2).</source>
        <extracomment>%1 is a host, %2 a list of process ids, %n how many sessions</extracomment>
        <translation><numerusform>%1: %n open SMTP session of the login (smtpd pid %2).</numerusform><numerusform>%1: %n open SMTP sessions of the login (smtpd pid %2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP session(s) of the login are still open (smtpd pid %1): Postfix was not restarted.</source>
        <extracomment>%1 is a list of process ids, %n how many</extracomment>
        <translation><numerusform>%n SMTP session of the login are still open (smtpd pid %1): Postfix was not restarted.</numerusform><numerusform>%n SMTP sessions of the login are still open (smtpd pid %1): Postfix was not restarted.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::Directory</name>
    <message numerus="yes">
        <source>Not locked out (%n recent wrong password(s)).</source>
        <extracomment>%n is the number of wrong passwords since the last good one</extracomment>
        <translation><numerusform>Not locked out (%n recent wrong password).</numerusform><numerusform>Not locked out (%n recent wrong passwords).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The directory refused the password: it must be at least %n character(s) long.</source>
        <extracomment>%n is the domain's minimum password length</extracomment>
        <translation><numerusform>The directory refused the password: it must be at least %n character long.</numerusform><numerusform>The directory refused the password: it must be at least %n characters long.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::FailedLoginsPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; logged in from the new address &lt;b&gt;%2&lt;/b&gt; after %n failed login(s).</source>
        <extracomment>%1 account, %2 IP address, %n failed logins before</extracomment>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; logged in from the new address &lt;b&gt;%2&lt;/b&gt; after %n failed login.</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; logged in from the new address &lt;b&gt;%2&lt;/b&gt; after %n failed logins.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Distributed attack&lt;/b&gt; on &lt;b&gt;%1&lt;/b&gt;: failures from %n different addresses.</source>
        <extracomment>%1 account; %n addresses</extracomment>
        <translation><numerusform>&lt;b&gt;Distributed attack&lt;/b&gt; on &lt;b&gt;%1&lt;/b&gt;: failures from %n different addresses.</numerusform><numerusform>&lt;b&gt;Distributed attack&lt;/b&gt; on &lt;b&gt;%1&lt;/b&gt;: failures from %n different addresses.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::LockoutPoliciesPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::LoginFailuresModel</name>
    <message numerus="yes">
        <source>Distributed attack: %n addresses</source>
        <extracomment>%n is a number of addresses</extracomment>
        <translation><numerusform>Distributed attack: %n addresses</numerusform><numerusform>Distributed attack: %n addresses</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::MailAccountsPage</name>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <extracomment>%n accounts found</extracomment>
        <translation><numerusform>%n account found.</numerusform><numerusform>%n accounts found.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::MailQueuesPage</name>
    <message numerus="yes">
        <source>%n message(s) in the queues at %1.</source>
        <extracomment>%n messages, %1 a time of day</extracomment>
        <translation><numerusform>%n message in the queues at %1.</numerusform><numerusform>%n messages in the queues at %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the queue listing could not be read and were skipped.</source>
        <translation><numerusform>%n line of the queue listing could not be read and were skipped.</numerusform><numerusform>%n lines of the queue listing could not be read and were skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected message(s)</source>
        <translation><numerusform>%n selected message</numerusform><numerusform>%n selected messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) requested.</source>
        <extracomment>%1 is an action such as "Hold", %n the number of messages</extracomment>
        <translation><numerusform>%1: %n message requested.</numerusform><numerusform>%1: %n messages requested.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::MtaSettingsPanel</name>
    <message numerus="yes">
        <source>%n message(s) in the last 48 hours (zmmtastats, mta_count).</source>
        <translation><numerusform>%n message in the last 48 hours (zmmtastats, mta_count).</numerusform><numerusform>%n messages in the last 48 hours (zmmtastats, mta_count).</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::ProfileManagerDialog</name>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation><numerusform>Exported %n profile to %1, without passwords.</numerusform><numerusform>Exported %n profiles to %1, without passwords.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter their passwords before connecting.</source>
        <translation><numerusform>Imported %n profile. Enter their passwords before connecting.</numerusform><numerusform>Imported %n profiles. Enter their passwords before connecting.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::QueueActionConfirmDialog</name>
    <message numerus="yes">
        <source>Put %n message(s) on hold? They stay in the queue and can be released later.</source>
        <translation><numerusform>Put %n message on hold? They stay in the queue and can be released later.</numerusform><numerusform>Put %n messages on hold? They stay in the queue and can be released later.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Release %n message(s) from hold? Postfix will try to deliver them again.</source>
        <translation><numerusform>Release %n message from hold? Postfix will try to deliver them again.</numerusform><numerusform>Release %n messages from hold? Postfix will try to deliver them again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Requeue %n message(s)? Postfix reprocesses them at once.</source>
        <translation><numerusform>Requeue %n message? Postfix reprocesses them at once.</numerusform><numerusform>Requeue %n messages? Postfix reprocesses them at once.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s)? Deleted messages cannot be recovered.</source>
        <translation><numerusform>Delete %n message? Deleted messages cannot be recovered.</numerusform><numerusform>Delete %n messages? Deleted messages cannot be recovered.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>From %n sender(s), the largest being:</source>
        <translation><numerusform>From %n sender, the largest being:</numerusform><numerusform>From %n senders, the largest being:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s)</source>
        <extracomment>A line of the list of senders: %1 the sender, %n messages</extracomment>
        <translation><numerusform>%1 — %n message</numerusform><numerusform>%1 — %n messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>I understand that these %n message(s) will be deleted for good.</source>
        <translation><numerusform>I understand that these %n message will be deleted for good.</numerusform><numerusform>I understand that these %n messages will be deleted for good.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::QueueActionRunner</name>
    <message numerus="yes">
        <source> … and %n more</source>
        <extracomment>The end of a shortened list of queue ids; %n is how many more there are</extracomment>
        <translation><numerusform> … and %n more</numerusform><numerusform> … and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) placed on hold.</source>
        <translation><numerusform>%n message placed on hold.</numerusform><numerusform>%n messages placed on hold.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released from hold.</source>
        <translation><numerusform>%n message released from hold.</numerusform><numerusform>%n messages released from hold.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) requeued.</source>
        <translation><numerusform>%n message requeued.</numerusform><numerusform>%n messages requeued.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation><numerusform>%n message deleted.</numerusform><numerusform>%n messages deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had already left the queue (or were not in a queue this action applies to).</source>
        <translation><numerusform>%n message had already left the queue (or were not in a queue this action applies to).</numerusform><numerusform>%n messages had already left the queue (or were not in a queue this action applies to).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>For %n message(s) the outcome is unknown: the connection was lost before postsuper reported them.</source>
        <translation><numerusform>For %n message the outcome is unknown: the connection was lost before postsuper reported them.</numerusform><numerusform>For %n messages the outcome is unknown: the connection was lost before postsuper reported them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not touched because the action was canceled.</source>
        <translation><numerusform>%n message were not touched because the action was canceled.</numerusform><numerusform>%n messages were not touched because the action was canceled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Working on %n message(s)…</source>
        <extracomment>%n is the number of messages</extracomment>
        <translation><numerusform>Working on %n message…</numerusform><numerusform>Working on %n messages…</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::QueueDashboardBox</name>
    <message numerus="yes">
        <source>%n message(s) in total, read at %1; the Queues page refreshes them.</source>
        <extracomment>%n messages in total, %1 a time of day</extracomment>
        <translation><numerusform>%n message in total, read at %1; the Queues page refreshes them.</numerusform><numerusform>%n messages in total, read at %1; the Queues page refreshes them.</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::QueueGroupsPanel</name>
    <message numerus="yes">
        <source>%1: %n message(s), %2</source>
        <extracomment>Tooltip of a group: %1 the group, %n messages, %2 their total size</extracomment>
        <translation><numerusform>%1: %n message, %2</numerusform><numerusform>%1: %n messages, %2</numerusform></translation>
    </message>
</context>
<context>
    <name>zaindari::QueueModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <extracomment>first recipient and how many more</extracomment>
        <translation><numerusform>%1 (+%n more)</numerusform><numerusform>%1 (+%n more)</numerusform></translation>
    </message>
</context>
</TS>
