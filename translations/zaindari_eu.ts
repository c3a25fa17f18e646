<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eu">
<context>
    <name>AccountStatus</name>
    <message>
        <source>Active</source>
        <comment>account status</comment>
        <translation>Aktiboa</translation>
    </message>
    <message>
        <source>The account is active: the person can log in and receives mail.</source>
        <translation>Kontua aktibo dago: pertsonak saioa has dezake eta posta jasotzen du.</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>account status</comment>
        <translation>Blokeatuta</translation>
    </message>
    <message>
        <source>An administrator locked the account: nobody can log in until an administrator unlocks it. Mail is still delivered.</source>
        <translation>Administratzaile batek blokeatu du kontua: inork ezin du saioa hasi administratzaile batek desblokeatu arte. Posta entregatzen jarraitzen da.</translation>
    </message>
    <message>
        <source>Lockout over</source>
        <comment>account status</comment>
        <translation>Blokeoa amaituta</translation>
    </message>
    <message>
        <source>Too many failed logins locked the account, but the lockout ended at %1. Zimbra still shows "lockout" until the next successful login; the person can log in now.</source>
        <extracomment>%1 is the date and time the lockout ended</extracomment>
        <translation>Saio-hasiera hutsegite gehiegik blokeatu zuten kontua, baina blokeoa amaitu zen (%1). Zimbrak "lockout" erakusten du oraindik hurrengo saio-hasiera arrakastatsura arte; pertsonak saioa has dezake orain.</translation>
    </message>
    <message>
        <source>Locked out</source>
        <comment>account status</comment>
        <translation>Blokeoan</translation>
    </message>
    <message>
        <source>Too many failed logins locked the account until %1. An administrator can clear the lockout sooner.</source>
        <extracomment>%1 is the date and time the lockout ends</extracomment>
        <translation>Saio-hasiera hutsegite gehiegik kontua blokeatu dute, data honetara arte: %1. Administratzaile batek lehenago ken dezake blokeoa.</translation>
    </message>
    <message>
        <source>Too many failed logins locked the account until an administrator clears the lockout.</source>
        <translation>Saio-hasiera hutsegite gehiegik kontua blokeatu dute, administratzaile batek blokeoa kendu arte.</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Itxita</translation>
    </message>
    <message>
        <source>The account is closed: no login, and mail to it is rejected.</source>
        <translation>Kontua itxita dago: ezin da saioa hasi, eta hari bidalitako posta baztertu egiten da.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>account status</comment>
        <translation>Mantentze-lanetan</translation>
    </message>
    <message>
        <source>The account is in maintenance (for example during a move or a restore): no login, and mail waits until it ends.</source>
        <translation>Kontua mantentze-lanetan dago (adibidez, lekualdatze edo leheneratze batean): ezin da saioa hasi, eta posta zain geratzen da amaitu arte.</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>account status</comment>
        <translation>Zain</translation>
    </message>
    <message>
        <source>The account is pending activation: no login, and mail to it is rejected.</source>
        <translation>Kontua aktibatzeko zain dago: ezin da saioa hasi, eta hari bidalitako posta baztertu egiten da.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>account status</comment>
        <translation>Ezezaguna</translation>
    </message>
    <message>
        <source>Zimbra reports the status "%1", which Zaindari does not know.</source>
        <extracomment>%1 is the raw zimbraAccountStatus value</extracomment>
        <translation>Zimbrak "%1" egoera jakinarazi du, eta Zaindarik ez du ezagutzen.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Lock account</source>
        <translation>Blokeatu kontua</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Desblokeatu kontua</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Amaitu saioak</translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation>Kendu blokeoa</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Berrezarri pasahitza</translation>
    </message>
    <message>
        <source>Change lockout policy</source>
        <translation>Aldatu blokeo-politika</translation>
    </message>
    <message>
        <source>Change relay host</source>
        <translation>Aldatu errele-ostalaria</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not create the folder %1 for the audit log.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Ezin izan da %1 karpeta sortu auditoria-erregistrorako.</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Ezin izan da %1 auditoria-erregistroa idatzi: %2</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Zimbra admin</source>
        <translation>Zimbra administrazioa</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>never</source>
        <translation>inoiz ez</translation>
    </message>
    <message>
        <source>none</source>
        <translation>bat ere ez</translation>
    </message>
    <message>
        <source>Zimbra account: %1</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>Zimbra kontua: %1</translation>
    </message>
    <message>
        <source>Status: %1. %2</source>
        <extracomment>%1 is a one-word status, %2 its explanation</extracomment>
        <translation>Egoera: %1. %2</translation>
    </message>
    <message>
        <source>Class of service: %1</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation>Zerbitzu-klasea: %1</translation>
    </message>
    <message>
        <source>the domain's default</source>
        <translation>domeinuaren lehenetsia</translation>
    </message>
    <message>
        <source>Password checked by: %1</source>
        <extracomment>%1 is zimbra, ad, ldap, ...</extracomment>
        <translation>Pasahitza egiaztatzen duena: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ezezaguna</translation>
    </message>
    <message>
        <source>Last login: %1</source>
        <extracomment>%1 is a date and time or "never"</extracomment>
        <translation>Azken saio-hasiera: %1</translation>
    </message>
    <message>
        <source>WARNING: mail is forwarded to %1</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>ABISUA: posta helbide hauetara birbidaltzen da: %1</translation>
    </message>
    <message>
        <source>Forwarding: none</source>
        <translation>Birbidaltzea: bat ere ez</translation>
    </message>
    <message>
        <source>WARNING: mail filters redirect mail to %1</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>ABISUA: posta-iragazkiek posta helbide hauetara birbideratzen dute: %1</translation>
    </message>
    <message>
        <source>WARNING: no copy is kept in the mailbox (local delivery disabled).</source>
        <translation>ABISUA: ez da kopiarik gordetzen postontzian (tokiko entrega desgaituta).</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <extracomment>%1 is a list of addresses or "none"</extracomment>
        <translation>Aliasak: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recent failed logins: %n (%1)</source>
        <extracomment>%n failed logins, %1 their times</extracomment>
        <translation><numerusform>Azken saio-hasiera hutsegitea: %n (%1)</numerusform><numerusform>Azken saio-hasiera hutsegiteak: %n (%1)</numerusform></translation>
    </message>
    <message>
        <source>Locked out since: %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Blokeoaren hasiera: %1</translation>
    </message>
    <message>
        <source>lock after %1 failed logins within %2, for %3</source>
        <extracomment>%1 failures, %2 window (e.g. 6m), %3 lockout time (e.g. 10m)</extracomment>
        <translation>blokeatu %2 epean %1 saio-hasiera hutsegite izanez gero, %3 denborarako</translation>
    </message>
    <message>
        <source>no lockout</source>
        <translation>blokeorik ez</translation>
    </message>
    <message>
        <source>Lockout policy in force: %1 (set on the account itself: %2)</source>
        <extracomment>%1 describes the policy, %2 lists attributes set on the account itself or "none"</extracomment>
        <translation>Indarrean dagoen blokeo-politika: %1 (kontuan bertan ezarrita: %2)</translation>
    </message>
    <message>
        <source>%1 is locked; its sessions are no longer valid.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 blokeatuta dago; bere saioak jada ez dira baliozkoak.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 desblokeatuta dago.</translation>
    </message>
    <message>
        <source>Every session of %1 has ended; logging in again needs the password.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 kontuaren saio guztiak amaitu dira; berriro saioa hasteko pasahitza behar da.</translation>
    </message>
    <message>
        <source>The lockout of %1 is cleared.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 kontuaren blokeoa kendu da.</translation>
    </message>
    <message>
        <source>Give exactly one of --password-file FILE and --generate.</source>
        <translation>Eman --password-file FILE edo --generate, bietako bat bakarrik.</translation>
    </message>
    <message>
        <source>Only one password can come from standard input.</source>
        <translation>Pasahitz bakarra etor daiteke sarrera estandarretik.</translation>
    </message>
    <message>
        <source>Resetting the directory password is not available in this build.</source>
        <translation>Direktorioko pasahitza berrezartzea ez dago erabilgarri konpilazio honetan.</translation>
    </message>
    <message>
        <source>The Zimbra password of %1 was reset; its sessions have ended.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 kontuaren Zimbra pasahitza berrezarri da; bere saioak amaitu dira.</translation>
    </message>
    <message>
        <source>New password (shown only now): %1</source>
        <extracomment>%1 is the generated password, shown once</extracomment>
        <translation>Pasahitz berria (orain bakarrik erakusten da): %1</translation>
    </message>
    <message>
        <source>Show an account: status, lockout, forwarding, aliases.</source>
        <translation>Erakutsi kontu bat: egoera, blokeoa, birbidaltzea, aliasak.</translation>
    </message>
    <message>
        <source>Lock a Zimbra account (no login until unlocked).</source>
        <translation>Blokeatu Zimbra kontu bat (ezin da saioa hasi desblokeatu arte).</translation>
    </message>
    <message>
        <source>Unlock a Zimbra account and clear its lockout.</source>
        <translation>Desblokeatu Zimbra kontu bat eta kendu bere blokeoa.</translation>
    </message>
    <message>
        <source>End every session of a Zimbra account.</source>
        <translation>Amaitu Zimbra kontu baten saio guztiak.</translation>
    </message>
    <message>
        <source>Reset an account's password.</source>
        <translation>Berrezarri kontu baten pasahitza.</translation>
    </message>
    <message>
        <source>File holding the new password; - reads standard input.</source>
        <translation>Pasahitz berria duen fitxategia; - ikurrarekin sarrera estandarra irakurtzen da.</translation>
    </message>
    <message>
        <source>Generate a strong password and print it once.</source>
        <translation>Sortu pasahitz sendo bat eta inprimatu behin.</translation>
    </message>
    <message>
        <source>Make the person change it at the next login.</source>
        <translation>Behartu pertsona hurrengo saio-hasieran pasahitza aldatzera.</translation>
    </message>
    <message>
        <source>Reset the directory (Active Directory) password instead.</source>
        <translation>Berrezarri direktorioko (Active Directory) pasahitza horren ordez.</translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint: give --soap URL or a --profile that has one.</source>
        <translation>Ez dago Zimbra administrazioaren amaiera-punturik: eman --soap URL edo hura duen --profile bat.</translation>
    </message>
    <message>
        <source>No Zimbra admin account: give --soap-user NAME or a --profile that has one.</source>
        <translation>Ez dago Zimbra administratzaile-konturik: eman --soap-user NAME edo hura duen --profile bat.</translation>
    </message>
    <message>
        <source>The CA file holds no usable certificate: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>CA fitxategiak ez du ziurtagiri erabilgarririk: %1</translation>
    </message>
    <message>
        <source>No Zimbra admin password: give --soap-password-file FILE (or - for standard input).</source>
        <translation>Ez dago Zimbra administratzailearen pasahitzik: eman --soap-password-file FILE (edo - sarrera estandarrerako).</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <extracomment>%1 is the server's or library's own text</extracomment>
        <translation>Xehetasuna: %1</translation>
    </message>
    <message>
        <source>After checking the fingerprint on the server, trust it with --pin %1</source>
        <extracomment>%1 is an option value such as sha256:0123...</extracomment>
        <translation>Hatz-marka zerbitzarian egiaztatu ondoren, fidatu hartaz aukera honekin: --pin %1</translation>
    </message>
    <message>
        <source>Active Directory: %1</source>
        <extracomment>%1 is a DN</extracomment>
        <translation>Active Directory: %1</translation>
    </message>
    <message>
        <source>Last wrong password: %1</source>
        <extracomment>%1 is a date and time or "never"</extracomment>
        <translation>Azken pasahitz okerra: %1</translation>
    </message>
    <message>
        <source>Last logon (replicated, may be up to two weeks old): %1</source>
        <extracomment>%1 is a date and time or "never"</extracomment>
        <translation>Azken saio-hasiera (erreplikatua, bi aste zaharra izan daiteke): %1</translation>
    </message>
    <message>
        <source>Account expires: %1</source>
        <extracomment>%1 is a date and time or "never"</extracomment>
        <translation>Kontuaren iraungitzea: %1</translation>
    </message>
    <message numerus="yes">
        <source>Groups (%n): %1</source>
        <extracomment>%n is the number of groups, %1 their names</extracomment>
        <translation><numerusform>Taldea (%n): %1</numerusform><numerusform>Taldeak (%n): %1</numerusform></translation>
    </message>
    <message>
        <source>  %1: %2 wrong password(s), last %3; %4</source>
        <extracomment>%1 controller URL, %2 wrong passwords, %3 time of the last one, %4 locked or not</extracomment>
        <translation>  %1: %2 pasahitz oker, azkena %3; %4</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>blokeoan</translation>
    </message>
    <message>
        <source>not locked out</source>
        <translation>ez dago blokeoan</translation>
    </message>
    <message>
        <source>  %1: not reachable (%2)</source>
        <extracomment>%1 controller URL, %2 the reason</extracomment>
        <translation>  %1: ezin da iritsi (%2)</translation>
    </message>
    <message>
        <source>Active Directory: accounts are never locked out.</source>
        <translation>Active Directory: kontuak ez dira inoiz blokeatzen.</translation>
    </message>
    <message>
        <source>Active Directory: lock after %1 failed logons within %2 minutes, until an administrator unlocks.</source>
        <extracomment>%1 failures, %2 window in minutes</extracomment>
        <translation>Active Directory: blokeatu %2 minutuko epean %1 saio-hasiera hutsegite izanez gero, administratzaile batek desblokeatu arte.</translation>
    </message>
    <message>
        <source>Active Directory: lock after %1 failed logons within %2 minutes, for %3 minutes.</source>
        <extracomment>%1 failures, %2 window in minutes, %3 lockout in minutes</extracomment>
        <translation>Active Directory: blokeatu %2 minutuko epean %1 saio-hasiera hutsegite izanez gero, %3 minutuz.</translation>
    </message>
    <message>
        <source>Passwords: at least %1 characters, complexity required: %2, history: %3.</source>
        <extracomment>%1 minimum length, %2 yes/no, %3 remembered passwords</extracomment>
        <translation>Pasahitzak: gutxienez %1 karaktere, konplexutasuna derrigorrezkoa: %2, historia: %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bai</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ez</translation>
    </message>
    <message>
        <source>%1 is disabled in Active Directory: no logon works until it is enabled.</source>
        <extracomment>%1 is a DN</extracomment>
        <translation>%1 desgaituta dago Active Directory-n: ezin da saioa hasi gaitu arte.</translation>
    </message>
    <message>
        <source>%1 is enabled in Active Directory.</source>
        <translation>%1 gaituta dago Active Directory-n.</translation>
    </message>
    <message>
        <source>%1 is unlocked in Active Directory; its wrong-password count is cleared.</source>
        <translation>%1 desblokeatuta dago Active Directory-n; pasahitz okerren kontagailua garbitu da.</translation>
    </message>
    <message>
        <source>The directory may accept the previous password for up to an hour after a reset; use --must-change, or disable the account, to end that at once.</source>
        <translation>Berrezarri ondoren, direktorioak aurreko pasahitza onar dezake ordubetez; erabili --must-change, edo desgaitu kontua, hori berehala amaitzeko.</translation>
    </message>
    <message>
        <source>The Active Directory password of %1 was reset.</source>
        <extracomment>%1 is a DN</extracomment>
        <translation>%1 kontuaren Active Directory pasahitza berrezarri da.</translation>
    </message>
    <message>
        <source>The person must change it at the next logon.</source>
        <translation>Pertsonak hurrengo saio-hasieran aldatu behar du.</translation>
    </message>
    <message>
        <source>--cos and --directory cannot be combined.</source>
        <translation>--cos eta --directory ezin dira konbinatu.</translation>
    </message>
    <message>
        <source>--max-failures takes a whole number of 0 or more, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--max-failures aukerak 0 edo handiagoa den zenbaki oso bat onartzen du, ez “%1”.</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 30s, 10m, 6h or 2d, not “%2”.</source>
        <extracomment>%1 is an option such as --duration, %2 what the user typed
----------
%1 is an option name, %2 what the user typed</extracomment>
        <translation>--%1 aukerak iraupen bat onartzen du, adibidez 30s, 10m, 6h edo 2d, ez “%2”.</translation>
    </message>
    <message>
        <source>Give at least one of --max-failures, --failure-lifetime and --duration.</source>
        <translation>Eman gutxienez hauetako bat: --max-failures, --failure-lifetime eta --duration.</translation>
    </message>
    <message>
        <source>No directory endpoint: give --ldap URL or a --profile that has one.</source>
        <translation>Ez dago direktorioaren amaiera-punturik: eman --ldap URL edo hura duen --profile bat.</translation>
    </message>
    <message>
        <source>No directory bind account: give --ldap-bind NAME or a --profile that has one.</source>
        <translation>Ez dago direktorioko lotura-konturik: eman --ldap-bind NAME edo hura duen --profile bat.</translation>
    </message>
    <message>
        <source>No directory search base: give --ldap-base DN or a --profile that has one.</source>
        <translation>Ez dago direktorioko bilaketa-oinarririk: eman --ldap-base DN edo hura duen --profile bat.</translation>
    </message>
    <message>
        <source>No directory password: give --ldap-password-file FILE (or - for standard input).</source>
        <translation>Ez dago direktorioko pasahitzik: eman --ldap-password-file FILE (edo - sarrera estandarrerako).</translation>
    </message>
    <message>
        <source>Disable the account in Active Directory.</source>
        <translation>Desgaitu kontua Active Directory-n.</translation>
    </message>
    <message>
        <source>Enable the account in Active Directory.</source>
        <translation>Gaitu kontua Active Directory-n.</translation>
    </message>
    <message>
        <source>Unlock the account in Active Directory (lockoutTime=0).</source>
        <translation>Desblokeatu kontua Active Directory-n (lockoutTime=0).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed log line(s).</source>
        <extracomment>%n is a number of lines</extracomment>
        <translation><numerusform>Gaizki osatutako %n erregistro-lerro saltatu da.</numerusform><numerusform>Gaizki osatutako %n erregistro-lerro saltatu dira.</numerusform></translation>
    </message>
    <message>
        <source>then logged in from new address %1</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>ondoren saioa hasi da %1 helbide berritik</translation>
    </message>
    <message>
        <source>Failed logins per account and per address, from Zimbra's audit log.</source>
        <translation>Saio-hasiera hutsegiteak kontuka eta helbideka, Zimbraren auditoria-erregistrotik.</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Zerbitzu-klasea</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Blokeoa</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Hutsegiteak</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Epea</translation>
    </message>
    <message>
        <source>Locked for</source>
        <translation>Blokeo-iraupena</translation>
    </message>
    <message>
        <source>Zimbra has no global lockout policy: each class of service has its own, and an account may override it.</source>
        <translation>Zimbrak ez du blokeo-politika globalik: zerbitzu-klase bakoitzak berea du, eta kontu batek gainidatz dezake.</translation>
    </message>
    <message>
        <source>Changing the directory policy is not available in this build.</source>
        <translation>Direktorioko politika aldatzea ez dago erabilgarri konpilazio honetan.</translation>
    </message>
    <message>
        <source>Nothing to change: give --max-failures, --failure-lifetime or --duration.</source>
        <translation>Ez dago aldatzekorik: eman --max-failures, --failure-lifetime edo --duration.</translation>
    </message>
    <message>
        <source>Zimbra has no global lockout policy: changing every class of service.</source>
        <translation>Zimbrak ez du blokeo-politika globalik: zerbitzu-klase guztiak aldatzen.</translation>
    </message>
    <message>
        <source>Already changed: %1</source>
        <extracomment>%1 lists the classes of service already changed</extracomment>
        <translation>Jada aldatuta: %1</translation>
    </message>
    <message>
        <source>Show the lockout policy of every class of service.</source>
        <translation>Erakutsi zerbitzu-klase guztien blokeo-politika.</translation>
    </message>
    <message>
        <source>Change the lockout policy (one class of service, or all).</source>
        <translation>Aldatu blokeo-politika (zerbitzu-klase batena, edo guztiena).</translation>
    </message>
    <message>
        <source>Class of service to change (default: every one).</source>
        <translation>Aldatu beharreko zerbitzu-klasea (lehenetsia: guztiak).</translation>
    </message>
    <message>
        <source>Failed logins that lock the account; 0 turns lockout off.</source>
        <translation>Kontua blokeatzen duten saio-hasiera hutsegiteak; 0 balioarekin blokeoa desgaitzen da.</translation>
    </message>
    <message>
        <source>Window in which failures count, e.g. 6m.</source>
        <translation>Hutsegiteak zenbatzeko epea, adib. 6m.</translation>
    </message>
    <message>
        <source>How long the account stays locked, e.g. 10m; 0 = until an admin unlocks.</source>
        <translation>Zenbat denbora egoten den kontua blokeatuta, adib. 10m; 0 = administratzaile batek desblokeatu arte.</translation>
    </message>
    <message>
        <source>Change the directory (Active Directory) policy instead.</source>
        <translation>Aldatu direktorioko (Active Directory) politika horren ordez.</translation>
    </message>
    <message>
        <source>No profiles saved yet. Create one in the Zaindari console.</source>
        <translation>Oraindik ez dago profilik gordeta. Sortu bat Zaindari kontsolan.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>backend not configured</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izena</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Zimbra admin</source>
        <translation>Zimbra administrazioa</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>Imported the profile “%1”.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>“%1” profila inportatu da.</translation>
    </message>
    <message>
        <source>Unknown secret “%1”: expected one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the accepted words</extracomment>
        <translation>“%1” sekretu ezezaguna: hauetako bat espero zen: %2</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1” (see: zaindari-cli profiles list).</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Ez dago “%1” izeneko profil gordetik (ikus: zaindari-cli profiles list).</translation>
    </message>
    <message>
        <source>Give the secret with --password-file FILE (or - for standard input).</source>
        <translation>Eman sekretua --password-file FILE aukerarekin (edo - sarrera estandarrerako).</translation>
    </message>
    <message>
        <source>Stored the %1 of “%2” in the system keychain.</source>
        <extracomment>%1 is a kind of secret (e.g. soap-password), %2 a profile name</extracomment>
        <translation>“%2” profilaren %1 sistemaren gako-sortan gorde da.</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Zerrendatu gordetako profilak.</translation>
    </message>
    <message>
        <source>Import profiles from an export file (no secrets in it).</source>
        <translation>Inportatu profilak esportazio-fitxategi batetik (ez du sekreturik).</translation>
    </message>
    <message>
        <source>Replace saved profiles of the same name instead of renaming.</source>
        <translation>Ordeztu izen bereko profil gordeak, berrizendatu beharrean.</translation>
    </message>
    <message>
        <source>Store a profile's password in the system keychain (ssh-password, ssh-key-passphrase, soap-password or ldap-password).</source>
        <translation>Gorde profil baten pasahitza sistemaren gako-sortan (ssh-password, ssh-key-passphrase, soap-password edo ldap-password).</translation>
    </message>
    <message>
        <source>Read the secret from FILE (- for standard input).</source>
        <translation>Irakurri sekretua FILE fitxategitik (- sarrera estandarrerako).</translation>
    </message>
    <message>
        <source>Counts per queue, top senders, recipient domains and reasons.</source>
        <translation>Ilara bakoitzeko kopuruak, igorle nagusiak, hartzaileen domeinuak eta arrazoiak.</translation>
    </message>
    <message>
        <source>The queued messages, with recipients and delay reasons.</source>
        <translation>Ilaran dauden mezuak, hartzaileekin eta atzerapen-arrazoiekin.</translation>
    </message>
    <message>
        <source>Put messages on hold (reversible).</source>
        <translation>Atxiki mezuak (itzulgarria).</translation>
    </message>
    <message>
        <source>Release held messages.</source>
        <translation>Askatu atxikitako mezuak.</translation>
    </message>
    <message>
        <source>Requeue messages for a new delivery attempt.</source>
        <translation>Berriro ilaratu mezuak entrega-saiakera berri baterako.</translation>
    </message>
    <message>
        <source>Delete messages from the queue (cannot be undone).</source>
        <translation>Ezabatu mezuak ilaratik (ezin da desegin).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed or truncated line(s) of postqueue output.</source>
        <extracomment>%n lines of postqueue output could not be read</extracomment>
        <translation><numerusform>postqueue irteerako %n lerro saltatu da, gaizki osatuta edo moztuta zegoelako.</numerusform><numerusform>postqueue irteerako %n lerro saltatu dira, gaizki osatuta edo moztuta zeudelako.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 would act on %n message(s).</source>
        <extracomment>%1 is the action (hold, delete...), %n a number of messages</extracomment>
        <translation><numerusform>%1 ekintzak %n mezuri eragingo lioke.</numerusform><numerusform>%1 ekintzak %n mezuri eragingo lieke.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refusing to %1 %n message(s) without --yes (standard input is not a terminal).</source>
        <extracomment>%1 is the action, %n the number of messages</extracomment>
        <translation><numerusform>Ez zaio %1 ekintza %n mezuri aplikatuko --yes gabe (sarrera estandarra ez da terminal bat).</numerusform><numerusform>Ez zaie %1 ekintza %n mezuri aplikatuko --yes gabe (sarrera estandarra ez da terminal bat).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About to %1 %n message(s):</source>
        <translation><numerusform>%1 ekintza %n mezuri aplikatuko zaio:</numerusform><numerusform>%1 ekintza %n mezuri aplikatuko zaie:</numerusform></translation>
    </message>
    <message>
        <source>%1 (no login, %2)</source>
        <extracomment>an envelope sender without a login; %1 the sender, %2 the client address</extracomment>
        <translation>%1 (saio-hasierarik gabe, %2)</translation>
    </message>
    <message>
        <source>--bucket takes 1m or 1h, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--bucket aukerak 1m edo 1h onartzen du, ez “%1”.</translation>
    </message>
    <message>
        <source>--since takes a duration such as 30s, 10m, 6h or 2d, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--since aukerak iraupen bat onartzen du, adibidez 30s, 10m, 6h edo 2d, ez “%1”.</translation>
    </message>
    <message>
        <source>Logins that sent the most mail: messages, recipients, deferred, bounced.</source>
        <translation>Posta gehien bidali duten erabiltzaileak: mezuak, hartzaileak, atzeratuak, itzulitakoak.</translation>
    </message>
    <message>
        <source>Mail sent, deferred and bounced per minute or per hour.</source>
        <translation>Bidalitako, atzeratutako eta itzulitako posta, minutuko edo orduko.</translation>
    </message>
    <message>
        <source>Refusing the unknown host key of %1; re-run with --accept-new-host-key after checking the fingerprint.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>%1 ostalariaren gako ezezaguna baztertu da; exekutatu berriro --accept-new-host-key aukerarekin, hatz-marka egiaztatu ondoren.</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages in one minute (threshold %4)</source>
        <extracomment>%1 time, %2 login, %3 messages in one minute, %4 the threshold</extracomment>
        <translation>%1 %2: %3 mezu minutu batean (atalasea: %4)</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages in one hour (threshold %4)</source>
        <extracomment>%1 time, %2 login, %3 messages in one hour, %4 the threshold</extracomment>
        <translation>%1 %2: %3 mezu ordubetean (atalasea: %4)</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages in one hour, far above its usual peak (limit %4)</source>
        <extracomment>%1 time, %2 login, %3 messages in one hour, %4 the limit from its usual hourly peak</extracomment>
        <translation>%1 %2: %3 mezu ordubetean, ohiko gailurretik oso gora (muga: %4)</translation>
    </message>
    <message>
        <source>--threshold takes N/min or N/h, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--threshold aukerak N/min edo N/h onartzen du, ez “%1”.</translation>
    </message>
    <message>
        <source>Watch send rates and print an alert when a login sends far too much.</source>
        <translation>Zaindu bidalketa-tasak eta inprimatu alerta bat erabiltzaile batek askoz gehiegi bidaltzen duenean.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Ezin izan da sarrera estandarra irakurri.</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <extracomment>%1 is a file path, %2 the system's reason</extracomment>
        <translation>Ezin izan da %1 pasahitz-fitxategia irakurri: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <extracomment>%1 is a file path or "-"</extracomment>
        <translation>%1 pasahitz-fitxategia hutsik dago.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME (secrets from the keychain).</source>
        <translation>Erabili NAME izeneko profil gordea (sekretuak gako-sortatik).</translation>
    </message>
    <message>
        <source>SSH endpoint of the MTA host (port 22 by default).</source>
        <translation>MTA ostalariaren SSH amaiera-puntua (lehenespenez 22 ataka).</translation>
    </message>
    <message>
        <source>Private key file; without it, the SSH agent.</source>
        <translation>Gako pribatuaren fitxategia; hura gabe, SSH agentea.</translation>
    </message>
    <message>
        <source>Host-key store in OpenSSH known_hosts format.</source>
        <translation>Ostalarien gakoen biltegia, OpenSSH known_hosts formatuan.</translation>
    </message>
    <message>
        <source>Trust an unknown host key and record it; a changed key is always refused.</source>
        <translation>Fidatu ostalariaren gako ezezagun batez eta gorde; aldatutako gako bat beti baztertzen da.</translation>
    </message>
    <message>
        <source>Path preset: zimbra (/opt/zimbra/common/sbin through sudo) or postfix (/usr/sbin).</source>
        <translation>Bide-aurrezarpena: zimbra (/opt/zimbra/common/sbin, sudo bidez) edo postfix (/usr/sbin).</translation>
    </message>
    <message>
        <source>MTA log on the host (default /var/log/zimbra.log).</source>
        <translation>Ostalariko MTA erregistroa (lehenetsia: /var/log/zimbra.log).</translation>
    </message>
    <message>
        <source>Zimbra audit log on the host (default /opt/zimbra/log/audit.log).</source>
        <translation>Ostalariko Zimbra auditoria-erregistroa (lehenetsia: /opt/zimbra/log/audit.log).</translation>
    </message>
    <message>
        <source>Zimbra admin SOAP endpoint.</source>
        <translation>Zimbra administrazioaren SOAP amaiera-puntua.</translation>
    </message>
    <message>
        <source>Zimbra admin account.</source>
        <translation>Zimbra administratzaile-kontua.</translation>
    </message>
    <message>
        <source>File holding the admin password; - reads standard input.</source>
        <translation>Administratzailearen pasahitza duen fitxategia; - ikurrarekin sarrera estandarra irakurtzen da.</translation>
    </message>
    <message>
        <source>Directory URL: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with StartTLS.</source>
        <translation>Direktorioaren URLa: ldaps://HOST[:PORT], edo ldap://HOST[:PORT] StartTLS-rekin.</translation>
    </message>
    <message>
        <source>Bind identity (UPN or DN).</source>
        <translation>Lotura-identitatea (UPN edo DN).</translation>
    </message>
    <message>
        <source>File holding the bind password; - reads standard input.</source>
        <translation>Lotura-pasahitza duen fitxategia; - ikurrarekin sarrera estandarra irakurtzen da.</translation>
    </message>
    <message>
        <source>Search base DN.</source>
        <translation>Bilaketa-oinarriaren DNa.</translation>
    </message>
    <message>
        <source>CA certificates for TLS (SOAP and LDAP).</source>
        <translation>TLSrako CA ziurtagiriak (SOAP eta LDAP).</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (SHA-256 of its DER); repeatable.</source>
        <translation>Fidatu ziurtagiri honetaz soilik (bere DERaren SHA-256); errepika daiteke.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>komando-lerroa</translation>
    </message>
    <message>
        <source>“%1” is not an SSH endpoint: expected USER@HOST[:PORT].</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” ez da SSH amaiera-puntu bat: USER@HOST[:PORT] espero zen.</translation>
    </message>
    <message>
        <source>Cannot read the SSH key file %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Ezin da %1 SSH gako-fitxategia irakurri.</translation>
    </message>
    <message>
        <source>--mta takes zimbra or postfix, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--mta aukerak zimbra edo postfix onartzen du, ez “%1”.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Ezin da %1 CA fitxategia irakurri.</translation>
    </message>
    <message>
        <source>Show this help, or a command's help.</source>
        <translation>Erakutsi laguntza hau, edo komando baten laguntza.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Erakutsi bertsioa.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Inprimatu JSON testuaren ordez.</translation>
    </message>
    <message>
        <source>Language of messages: eu, es or en (default: the system's).</source>
        <translation>Mezuen hizkuntza: eu, es edo en (lehenetsia: sistemarena).</translation>
    </message>
    <message>
        <source>--lang takes eu, es or en, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--lang aukerak eu, es edo en onartzen du, ez “%1”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” komando ezezaguna.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “%2”.</source>
        <extracomment>%1 is an option such as --ssh, %2 a command such as "profiles list"</extracomment>
        <translation>--%1 aukera ez da “%2” komandoari aplikatzen.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments.</source>
        <extracomment>%1 is a command such as "account show", %2 its arguments such as USER</extracomment>
        <translation>“%1” komandoak ez du argumenturik onartzen.</translation>
    </message>
    <message>
        <source>Usage: zaindari-cli %1 %2</source>
        <translation>Erabilera: zaindari-cli %1 %2</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>Deskonektatuta</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Konektatzen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Konektatuta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errorea</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Testing the %1 connection arrives with a later version of Zaindari.</source>
        <extracomment>%1 is a backend name: "SSH", "Zimbra admin" or "Active Directory"</extracomment>
        <translation>Konexio hau (%1) probatzeko aukera Zaindariren geroko bertsio batean etorriko da.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Konexio-proba bertan behera utzi da.</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Some %1 translations could not be loaded (%2); those texts appear in English.</source>
        <extracomment>%1 is a language name such as "Euskara", %2 a list of catalogue names</extracomment>
        <translation>%1 hizkuntzako itzulpen batzuk ezin izan dira kargatu (%2); testu horiek ingelesez agertzen dira.</translation>
    </message>
</context>
<context>
    <name>LogFollower</name>
    <message>
        <source>The rotated log %1 is not valid gzip data; it was skipped.</source>
        <extracomment>%1 is a file name on the server</extracomment>
        <translation>%1 errotatutako erregistroa ez da baliozko gzip datua; saltatu egin da.</translation>
    </message>
</context>
<context>
    <name>LogInput</name>
    <message>
        <source>Cannot open the log %1: %2</source>
        <extracomment>%1 is a file name, %2 the system's reason</extracomment>
        <translation>Ezin da %1 erregistroa ireki: %2</translation>
    </message>
    <message>
        <source>Cannot read the log %1: %2</source>
        <extracomment>%1 is a file name, %2 zlib's or the system's reason</extracomment>
        <translation>Ezin da %1 erregistroa irakurri: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system's reason</extracomment>
        <translation>Ezin izan da %1 idatzi: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system's reason</extracomment>
        <translation>Ezin izan da %1 irakurri: %2</translation>
    </message>
    <message>
        <source>%1 is not a Zaindari profile export.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 ez da Zaindari profilen esportazio bat.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Zaindari; update Zaindari to import it.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 Zaindariren bertsio berriago batek esportatu du; eguneratu Zaindari hura inportatzeko.</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <extracomment>Name of an imported profile whose name was taken; %1 is the name in the file</extracomment>
        <translation>%1 (inportatua)</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <extracomment>Further imports of the same name; %1 is the name in the file, %2 a number</extracomment>
        <translation>%1 (inportatua %2)</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <extracomment>%1 is a profile name (may be empty), %2 the reason</extracomment>
        <translation>“%1” ez da inportatu: %2</translation>
    </message>
    <message>
        <source>The profile has a damaged identifier.</source>
        <translation>Profilaren identifikatzailea hondatuta dago.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Badago “%1” izeneko profil bat.</translation>
    </message>
    <message>
        <source>The profile could not be written to the settings file.</source>
        <translation>Ezin izan da profila ezarpenen fitxategian idatzi.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile; %1 is the original name</extracomment>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>Name of a duplicated profile when "Name (copy)" exists; %1 is the original name, %2 a number</extracomment>
        <translation>%1 (kopia %2)</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Enter a host name or address.</source>
        <translation>Idatzi ostalari-izen edo helbide bat.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” ez da baliozko ostalari-izen edo helbide bat.</translation>
    </message>
    <message>
        <source>Enter the SSH user name.</source>
        <translation>Idatzi SSH erabiltzaile-izena.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH user name.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” ez da baliozko SSH erabiltzaile-izen bat.</translation>
    </message>
    <message>
        <source>Enter a path on the server.</source>
        <translation>Idatzi zerbitzariko bide bat.</translation>
    </message>
    <message>
        <source>“%1” is not usable: paths on the server must be absolute and may contain only letters, digits and . _ / + @ -</source>
        <extracomment>%1 is a path such as /var/log/zimbra.log</extracomment>
        <translation>“%1” ez da erabilgarria: zerbitzariko bideek absolutuak izan behar dute, eta hizkiak, zifrak eta . _ / + @ - soilik izan ditzakete</translation>
    </message>
    <message>
        <source>“%1” is not a valid Zimbra admin URL: it must start with https:// and name a host, e.g. https://mail.example.org:7071/service/admin/soap</source>
        <extracomment>%1 is the URL the user typed</extracomment>
        <translation>“%1” ez da baliozko Zimbra administrazio-URL bat: https:// aurrizkiarekin hasi behar du eta ostalari bat adierazi, adib. https://mail.example.org:7071/service/admin/soap</translation>
    </message>
    <message>
        <source>“%1” is not a valid directory URL: use ldaps://HOST[:PORT], or ldap://HOST[:PORT] with StartTLS.</source>
        <extracomment>%1 is the URL the user typed</extracomment>
        <translation>“%1” ez da baliozko direktorio-URL bat: erabili ldaps://HOST[:PORT], edo ldap://HOST[:PORT] StartTLS-rekin.</translation>
    </message>
    <message>
        <source>“%1” is not a certificate pin: expected sha256: followed by 64 hexadecimal digits.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” ez da ziurtagiri-finkapen bat: sha256: eta ondoren 64 zifra hamaseitar espero ziren.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Idatzi profilaren izena.</translation>
    </message>
    <message>
        <source>SSH ports go from 1 to 65535.</source>
        <translation>SSH atakak 1etik 65535era bitartekoak dira.</translation>
    </message>
    <message>
        <source>Choose the SSH private key file, or use the SSH agent.</source>
        <translation>Aukeratu SSH gako pribatuaren fitxategia, edo erabili SSH agentea.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if its SHA-256 fingerprint is %2 on the server itself.</source>
        <extracomment>%1 is host:port, %2 the certificate's SHA-256 fingerprint (AB:CD:...)</extracomment>
        <translation>Ezin izan da %1 helbideko ziurtagiria egiaztatu. Fidatu hartaz soilik zerbitzarian bertan bere SHA-256 hatz-marka %2 bada.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed. It presented %2 but this profile trusts %3. The connection was refused: someone may be intercepting it. If the server's certificate was renewed, check the new fingerprint on the server before trusting it.</source>
        <extracomment>%1 is host:port, %2 the presented SHA-256 fingerprint, %3 the pinned one(s)</extracomment>
        <translation>ABISUA: %1 helbideko ziurtagiria aldatu egin da. %2 aurkeztu du, baina profil honek %3 du fidagarritzat. Konexioa baztertu da: norbait konexioa atzematen ari izan daiteke. Zerbitzariaren ziurtagiria berritu bada, egiaztatu hatz-marka berria zerbitzarian hartaz fidatu aurretik.</translation>
    </message>
</context>
<context>
    <name>ZimbraError</name>
    <message>
        <source>Zimbra has no account %1.</source>
        <extracomment>%1 is an account name or id</extracomment>
        <translation>Zimbrak ez du %1 konturik.</translation>
    </message>
    <message>
        <source>Zimbra has no class of service %1.</source>
        <extracomment>%1 is a class-of-service name or id</extracomment>
        <translation>Zimbrak ez du %1 zerbitzu-klaserik.</translation>
    </message>
    <message>
        <source>Zimbra has no server %1.</source>
        <extracomment>%1 is a server name or id</extracomment>
        <translation>Zimbrak ez du %1 zerbitzaririk.</translation>
    </message>
    <message>
        <source>Zimbra has no domain %1.</source>
        <extracomment>%1 is a mail domain</extracomment>
        <translation>Zimbrak ez du %1 domeinurik.</translation>
    </message>
    <message>
        <source>Zimbra refused the admin login: wrong account name or password.</source>
        <translation>Zimbrak administratzailearen saio-hasiera baztertu du: kontu-izen edo pasahitz okerra.</translation>
    </message>
    <message>
        <source>Zimbra denied permission: the admin account lacks the right for this action, or the login was refused.</source>
        <translation>Zimbrak baimena ukatu du: administratzaile-kontuak ez du ekintza honetarako eskubiderik, edo saio-hasiera baztertu da.</translation>
    </message>
    <message>
        <source>The Zimbra session has expired and logging in again did not help.</source>
        <translation>Zimbra saioa iraungi da, eta berriro saioa hasteak ez du balio izan.</translation>
    </message>
    <message>
        <source>Zimbra did not accept the session token and logging in again did not help.</source>
        <translation>Zimbrak ez du saio-tokena onartu, eta berriro saioa hasteak ez du balio izan.</translation>
    </message>
    <message>
        <source>Zimbra rejected one of the values sent.</source>
        <translation>Zimbrak bidalitako balioetako bat baztertu du.</translation>
    </message>
    <message>
        <source>This Zimbra version does not know one of the settings sent.</source>
        <translation>Zimbra bertsio honek ez du ezagutzen bidalitako ezarpenetako bat.</translation>
    </message>
    <message>
        <source>Zimbra rejected the new password because of its password policy.</source>
        <translation>Zimbrak pasahitz berria baztertu du, bere pasahitz-politika dela eta.</translation>
    </message>
    <message>
        <source>The account is in maintenance mode; try again after the maintenance.</source>
        <translation>Kontua mantentze moduan dago; saiatu berriro mantentze-lanak amaitutakoan.</translation>
    </message>
    <message>
        <source>The server does not know this request. Check that the URL is the admin endpoint (port 7071, /service/admin/soap).</source>
        <translation>Zerbitzariak ez du eskaera hau ezagutzen. Egiaztatu URLa administrazioaren amaiera-puntua dela (7071 ataka, /service/admin/soap).</translation>
    </message>
    <message>
        <source>The Zimbra server could not reach the account's mailbox server.</source>
        <translation>Zimbra zerbitzariak ezin izan du kontuaren postontzi-zerbitzarira iritsi.</translation>
    </message>
    <message>
        <source>The Zimbra service is temporarily unavailable; try again shortly.</source>
        <translation>Zimbra zerbitzua aldi baterako ez dago erabilgarri; saiatu berriro laster.</translation>
    </message>
    <message>
        <source>Zimbra rejected the request as invalid.</source>
        <translation>Zimbrak eskaera baztertu du, baliogabea delako.</translation>
    </message>
    <message>
        <source>The Zimbra server failed while handling the request.</source>
        <translation>Zimbra zerbitzariak huts egin du eskaera prozesatzean.</translation>
    </message>
    <message>
        <source>The Zimbra server reported an error without a code.</source>
        <translation>Zimbra zerbitzariak errore bat jakinarazi du, koderik gabe.</translation>
    </message>
    <message>
        <source>The Zimbra server reported an error (%1).</source>
        <extracomment>%1 is a Zimbra error code such as account.TOO_MANY_SEARCH_RESULTS</extracomment>
        <translation>Zimbra zerbitzariak errore bat jakinarazi du (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Zaindari: watch a Zimbra mail server backed by Active Directory and contain captured accounts.</source>
        <translation>Zaindari: zaindu Active Directory-n oinarritutako Zimbra posta-zerbitzari bat eta geldiarazi harrapatutako kontuak.</translation>
    </message>
    <message>
        <source>Open the saved profile called &lt;name&gt;.</source>
        <translation>Ireki &lt;izena&gt; izeneko profil gordea.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>izena</translation>
    </message>
    <message>
        <source>Use this language for this run: eu, es or en.</source>
        <translation>Erabili hizkuntza hau exekuzio honetarako: eu, es edo en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>hizkuntza</translation>
    </message>
    <message>
        <source>Save a picture of the main window and the dialogs to &lt;file&gt; and quit.</source>
        <translation>Gorde leiho nagusiaren eta elkarrizketa-koadroen irudi bat &lt;fitxategia&gt; fitxategian, eta irten.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fitxategia</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use eu, es or en.</source>
        <extracomment>%1 is what the user typed after --lang</extracomment>
        <translation>“%1” hizkuntza ezezaguna: erabili eu, es edo en.</translation>
    </message>
    <message>
        <source>No profile is called “%1”; see File → Profiles….</source>
        <extracomment>%1 is a profile name given on the command line</extracomment>
        <translation>Ez dago “%1” izeneko profilik; ikus Fitxategia → Profilak….</translation>
    </message>
</context>
<context>
    <name>zaindari</name>
    <message>
        <source>Cannot open %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Ezin da %1 ireki.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file path, %2 the zlib error</extracomment>
        <translation>Ezin da %1 irakurri: %2</translation>
    </message>
    <message>
        <source>Cannot find the server %1: the host name does not resolve.</source>
        <extracomment>%1 is user@host:port</extracomment>
        <translation>Ezin da %1 zerbitzaria aurkitu: ostalari-izena ez da ebazten.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is the SSH service running on that port?</source>
        <translation>%1 zerbitzariak konexioa baztertu du: SSH zerbitzua martxan al dago ataka horretan?</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>%1 zerbitzariak ez du garaiz erantzun.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet; it must be confirmed before connecting.</source>
        <translation>%1 ostalariaren gakoa ez da ezaguna oraindik; berretsi egin behar da konektatu aurretik.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. The connection was refused: this can be an attack.</source>
        <translation>%1 ostalariaren gakoa ALDATU egin da. Konexioa baztertu da: eraso bat izan daiteke.</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted; not connected.</source>
        <translation>%1 ostalariaren gakoa ez da onartu; ez da konektatu.</translation>
    </message>
    <message>
        <source>Cannot read or write the known-hosts file while checking %1.</source>
        <translation>Ezin da ostalari ezagunen fitxategia irakurri edo idatzi %1 egiaztatzean.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: check the user name and the key or password.</source>
        <translation>%1 zerbitzariak saio-hasiera baztertu du: egiaztatu erabiltzaile-izena eta gakoa edo pasahitza.</translation>
    </message>
    <message>
        <source>Cannot use the private key %2 for %1: missing, unreadable or wrong passphrase.</source>
        <extracomment>%2 is a file path</extracomment>
        <translation>Ezin da %2 gako pribatua erabili %1 zerbitzarirako: ez dago, ezin da irakurri edo pasaesaldia okerra da.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>%1 zerbitzariarekiko konexioa galdu da.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Bertan behera utzita.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Ez dago %1 zerbitzarira konektatuta.</translation>
    </message>
    <message>
        <source>On %1, sudo asks for a password to run %2: the sudoers rules must allow it without a password (NOPASSWD).</source>
        <extracomment>%2 is the command that was run</extracomment>
        <translation>%1 zerbitzarian, sudo-k pasahitza eskatzen du %2 exekutatzeko: sudoers arauek pasahitzik gabe baimendu behar dute (NOPASSWD).</translation>
    </message>
    <message>
        <source>On %1, sudo does not allow this user to run %2.</source>
        <translation>%1 zerbitzarian, sudo-k ez dio erabiltzaile honi %2 exekutatzen uzten.</translation>
    </message>
    <message>
        <source>On %1, the command %2 does not exist: check the MTA paths of the profile.</source>
        <translation>%1 zerbitzarian, %2 komandoa ez da existitzen: egiaztatu profilaren MTA bideak.</translation>
    </message>
    <message>
        <source>On %1, the command %2 failed.</source>
        <translation>%1 zerbitzarian, %2 komandoak huts egin du.</translation>
    </message>
    <message>
        <source>SSH error with %1.</source>
        <translation>SSH errorea %1 zerbitzariarekin.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Deskonektatuta</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Konektatzen</translation>
    </message>
    <message>
        <source>Verifying the host key</source>
        <translation>Ostalariaren gakoa egiaztatzen</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Saioa hasten</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Konektatuta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errorea</translation>
    </message>
    <message>
        <source>The server %1 is not known yet. Its %2 key has the fingerprint %3. Compare it with the one the server administrator gives you before trusting it.</source>
        <extracomment>%1 host, %2 key type, %3 SHA256 fingerprint</extracomment>
        <translation>%1 zerbitzaria ez da ezaguna oraindik. Bere %2 gakoaren hatz-marka %3 da. Konparatu zerbitzariaren administratzaileak ematen dizunarekin, hartaz fidatu aurretik.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed. On record: %2 %3. Offered now: %4 %5. Someone may be intercepting the connection; it was refused. If the server was reinstalled, remove the old key from the known-hosts file after checking.</source>
        <extracomment>%1 host, %2/%3 type and fingerprint on record, %4/%5 the key offered now</extracomment>
        <translation>ABISUA: %1 ostalariaren gakoa aldatu egin da. Erregistratuta: %2 %3. Orain eskainia: %4 %5. Norbait konexioa atzematen ari izan daiteke; baztertu egin da. Zerbitzaria berriro instalatu bada, kendu gako zaharra ostalari ezagunen fitxategitik, egiaztatu ondoren.</translation>
    </message>
</context>
<context>
    <name>zaindari::AboutDialog</name>
    <message>
        <source>About Zaindari</source>
        <translation>Zaindariri buruz</translation>
    </message>
    <message>
        <source>Zaindari %1</source>
        <extracomment>%1 is a version number</extracomment>
        <translation>Zaindari %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Zaindari watches a school's Zimbra mail server and its Active Directory logins in one window: mail queues, send rates, failed logins and the lockout policy, and it contains a phished account in one confirmed action.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zaindarik ikastetxe baten Zimbra posta-zerbitzaria eta bere Active Directory saio-hasierak zaintzen ditu leiho bakar batean: posta-ilarak, bidalketa-tasak, saio-hasiera hutsegiteak eta blokeo-politika; eta phishing bidez harrapatutako kontu bat geldiarazten du, berretsitako ekintza bakar batekin.&lt;/p&gt;&lt;p&gt;Software librea da, GNU General Public License lizentziaren 3. bertsioaren edo berriago baten pean. Ez du inolako bermerik.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, libssh %2 and %3.&lt;/p&gt;</source>
        <extracomment>%1, %2, %3 are version numbers</extracomment>
        <translation>&lt;p&gt;Qt %1, libssh %2 eta %3 erabiliz eraikia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountSearchJob</name>
    <message>
        <source>Searching accounts</source>
        <translation>Kontuak bilatzen</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountViews</name>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra's own password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>External LDAP directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kerberos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>%1 is Zimbra's zimbraAuthMech value, e.g. custom:sso</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account forwards mail elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A forwarding rule nobody asked for is a classic sign of a captured account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding addresses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail filters that redirect to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No copy is kept in the mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class of service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed logins counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked out at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lockout ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lockout policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failures within %2 lock for %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes, see above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be changed at next login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logon name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no, disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked out now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when an administrator unlocks it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passwords (badPwdCount)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last wrong password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must change at next logon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last logon (replicated, up to 14 days late)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per domain controller (these counters are not replicated):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::AccountsModel</name>
    <message>
        <source>never</source>
        <comment>last login</comment>
        <translation>inoiz ez</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kontua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izena</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Egoera</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Zerbitzu-klasea</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Azken saio-hasiera</translation>
    </message>
    <message>
        <source>Password checked by</source>
        <translation>Pasahitza egiaztatzen duena</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Kontuak</translation>
    </message>
    <message>
        <source>Zimbra and Active Directory accounts side by side: failed logins, lockouts and status, with one-click containment of a phished account.</source>
        <translation>Zimbra eta Active Directory kontuak elkarren ondoan: saio-hasiera hutsegiteak, blokeoak eta egoera, eta phishing bidez harrapatutako kontu bat klik bakar batez geldiarazteko aukera.</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountsTableModel</name>
    <message>
        <source>not in AD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for Active Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AD account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AD locked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled or disabled in Active Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked out in Active Directory right now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::AdTime</name>
    <message>
        <source>never</source>
        <comment>an AD time that is not set</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::AdminConnections</name>
    <message>
        <source>The profile changed; nothing was done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in as %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has no Zimbra admin server; add one in the profile manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has no Active Directory server; add one in the profile manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password is stored for this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra admin password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active Directory password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of the Zimbra administrator %1 (profile %2):</source>
        <extracomment>%1 admin account, %2 profile name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of the Active Directory account %1 (profile %2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the password in the system keychain for the next sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available; the password is kept only until Zaindari closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password was given; nothing was done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1</source>
        <extracomment>%1 is the directory URL</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::AlertBanner</name>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one minute at %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one minute</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one hour up to %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one hour</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) in the hour up to %2, far above its usual peak of %3 an hour.</source>
        <extracomment>%1 account, %2 date and time, %3 the account's usual hourly peak; %n messages in one hour</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly captured account.&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this account on the Accounts page, to lock it or reset its password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what this account sent on the Send rates page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this alarm; it stays in the alert list of the Send rates page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::AuditLogModel</name>
    <message>
        <source>Done</source>
        <comment>audit result</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <comment>audit result</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra's audit log: logins, their origin and their outcome.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::CertificateDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is not the one you confirmed before. Zaindari will not connect: someone may be intercepting the connection. If the server's certificate was renewed on purpose, remove the old pin in the profile's Trust tab and connect again.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unverified certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 cannot be verified. Compare the SHA-256 fingerprint below with the one shown on the server before you trust it.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this certificate until Zaindari closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept and &amp;pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this certificate and remember it in the profile; a different certificate will then be refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ConnectionIndicator</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Status bar: %1 is a backend ("SSH", "Zimbra admin", "Active Directory"), %2 its state</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to %1.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ConnectionTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing this connection arrives with a later version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try to reach %1 with the settings shown, without saving them.</source>
        <extracomment>%1 is a backend name such as "SSH"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::CosListJob</name>
    <message>
        <source>Reading the classes of service</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::DashboardPage</name>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to refresh yet: no backend is connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Zaindari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The servers this profile watches. Connections start from the pages that need them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zaindari watches a Zimbra mail server backed by Active Directory: queues, send rates, failed logins and lockouts. Start by creating a profile that says where your servers are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA hosts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH login:</source>
        <extracomment>%1 is a user name, %2 an authentication method such as "SSH agent"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra admin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active Directory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base DN:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::Directory</name>
    <message>
        <source>The account is enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not locked out (%n recent wrong password(s)).</source>
        <extracomment>%n is the number of wrong passwords since the last good one</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Not locked out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked out until %1.</source>
        <extracomment>%1 is a date and time in the technician's locale</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked out until an administrator unlocks the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Must change the password at the next logon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password has never been set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password last set on %1.</source>
        <extracomment>%1 is a date and time in the technician's locale</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of failed logons before lockout must be between 0 and 999.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The failure counting window must be a whole number of minutes between 1 and 99999.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lockout duration must be a whole number of minutes between 1 and 99999.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The failure counting window cannot be longer than the lockout duration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum password length must be between 0 and 255 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password history must keep between 0 and 24 passwords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum password age must be shorter than the maximum password age.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum password age cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The directory refused the password: it must be at least %n character(s) long.</source>
        <extracomment>%n is the domain's minimum password length</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The directory refused the password: it is not complex enough. Use characters from at least three of: capitals, small letters, digits, symbols, and do not include the account name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the password: it was used recently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the password: it was changed too recently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the password: it is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the password because of the domain's password policy (length, complexity, history or age).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::DirectoryJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::DirectorySection</name>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LDAP &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ldaps://dc1.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bind identity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zaindari@example.org or CN=Zaindari,OU=Service,DC=example,DC=org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user principal name (UPN) or a distinguished name (DN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DC=example,DC=org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the system's trusted authorities are used otherwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ldap:// connects on port 389 and must upgrade with StartTLS; Zaindari never binds in clear text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ldaps:// uses TLS from the first byte (port 636); ldap:// uses StartTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::DirectorySession</name>
    <message>
        <source>No directory address is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No directory bind account is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No directory search base is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the directory URL</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging in as %1…</source>
        <extracomment>%1 is the bind account</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the search base…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in, but the search base “%1” does not exist.</source>
        <extracomment>%1 is the search base DN</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 over TLS (pinned certificate) as %2; the search base exists.</source>
        <extracomment>%1 URL, %2 bind account</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 over TLS (verified certificate) as %2; the search base exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an account name, address or name to look for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for %1…</source>
        <extracomment>%1 is what the technician looks for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search base “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No directory account matches “%1”.</source>
        <extracomment>%1 is the account the technician asked for</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than one directory account matches “%1”; use the account name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the domain policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the domain policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the new policy values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the account status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the lockout counters on %1…</source>
        <extracomment>%1 is a domain controller URL</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to send a password over an unencrypted connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting the new password of %1…</source>
        <extracomment>%1 is the account's DN</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::EditorSection</name>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored only in the system keychain, never in the settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked when needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available: what you type is kept in memory for this session only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::FailedLoginsPanel</name>
    <message>
        <source>Logged in from an address never seen before, right after failed logins: the password may be known to someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures come from many addresses: a distributed attack on this account.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; logged in from the new address &lt;b&gt;%2&lt;/b&gt; after %n failed login(s).</source>
        <extracomment>%1 account, %2 IP address, %n failed logins before</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Distributed attack&lt;/b&gt; on &lt;b&gt;%1&lt;/b&gt;: failures from %n different addresses.</source>
        <extracomment>%1 account; %n addresses</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Logins of %1</source>
        <extracomment>Chart title; %1 is an account</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logins from %1</source>
        <extracomment>Chart title; %1 is an IP address</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logins of every account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed logins per &amp;account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed logins per a&amp;ddress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts with failed logins in the window; red rows logged in from a new address after failures, yellow rows are attacked from many addresses. Enter opens the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses that failed to log in, and the accounts they tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successful logins</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::HostKeyDialog</name>
    <message>
        <source>Unknown SSH host key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zaindari has never connected to %1 before, so it cannot tell whether the server is the one you mean. Compare the fingerprint below with the one the server's administrator reads on the server (ssh-keygen -lf on the host key) before you accept it.</source>
        <extracomment>%1 is an MTA host name (with port when not 22)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host:</source>
        <extracomment>%1 host, %2 port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect this time only; Zaindari asks again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept and re&amp;member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect and record the key in the profile and in Zaindari's known hosts; a different key later is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not connect.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::LdapConnection</name>
    <message>
        <source>The directory refused the login of %1: the account is locked out.</source>
        <extracomment>%1 is the bind account (UPN or DN)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the login of %1: the account is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the login of %1: the password must be changed first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the login of %1: the password has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the login of %1: the account has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the login of %1: logons are not allowed at this time or from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the login of %1: wrong name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bind account is not allowed to make this change in the directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory entry or search base does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the directory was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory requires an encrypted connection for this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the operation: %1.</source>
        <extracomment>%1 is libldap's name for the LDAP result code</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory server %1 did not answer in time.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the directory server %1: nothing answers there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a directory address: use ldaps://HOST[:PORT] or ldap://HOST[:PORT].</source>
        <extracomment>%1 is what the technician typed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use the CA certificate file “%1”.</source>
        <extracomment>%1 is the CA file path</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory server %1 did not complete the TLS handshake in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory server %1 refused StartTLS; a password is never sent without encryption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection to the directory server %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to send a password over an unencrypted connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory password is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the login of %1.</source>
        <extracomment>%1 is the bind account</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory entry does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::LockoutPolicyJob</name>
    <message>
        <source>The number of failed logins must be 0 or more, not %1.</source>
        <extracomment>%1 is the number given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Zimbra duration for the failure window: use a number with one unit, such as 30s, 10m, 6h or 2d.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Zimbra duration for the lockout time: use a number with one unit, such as 30s, 10m, 6h or 2d.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lockout value to change was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing class of service %1</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra accepted the change of %1, but reading it back shows other values.</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::LockoutPolicyPage</name>
    <message>
        <source>Lockout policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account lockout policy of Zimbra and Active Directory, and whether the two agree.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::LoggerStatsJob</name>
    <message>
        <source>The statistics period must be given as now, now-48h or epoch seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::LoginFailuresModel</name>
    <message>
        <source>Logged in from new address %1 after failures</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Distributed attack: %n addresses</source>
        <extracomment>%n is a number of addresses</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::MailAccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, address or part of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search Zimbra accounts by name, address, alias or part of a name; press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End all sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear lockout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the Zimbra account status to locked: no login until an administrator unlocks it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the Zimbra account status back to active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalidate every login token of the account and flush it from the server caches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End a failed-login lockout and forget the counted failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a new Zimbra password (SetPasswordRequest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock in AD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable in AD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable in AD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset AD password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the Active Directory lockout (lockoutTime = 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable the Active Directory account: no logon anywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable the Active Directory account again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a new Active Directory password (unicodePwd, over the encrypted connection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search for an account, then select it to see its Zimbra side here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same person in Active Directory, matched by mail address or logon name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name or address to search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <extracomment>%n accounts found</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has no Active Directory server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Active Directory user has this mail address or logon name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::MailQueuesPage</name>
    <message>
        <source>Host key of %1 accepted and remembered: %2</source>
        <extracomment>%1 host, %2 SHA-256 fingerprint</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile lists no MTA host; add one in the profile manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose or create a profile first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queues are being read already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the queues…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the queues… %1 received</source>
        <extracomment>%1 is an amount of data such as "1.2 MB"</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s) in the queues at %1.</source>
        <extracomment>%n messages, %1 a time of day</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the queue listing could not be read and were skipped.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <extracomment>%1 rows shown, %2 messages in total</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n selected message(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>every message of the group “%1”</source>
        <extracomment>%1 is a group of the grouping panel (a sender, a domain, a reason, an age)</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) requested.</source>
        <extracomment>%1 is an action such as "Hold", %n the number of messages</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A line of the activity log: %1 time, %2 what happened</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the queues again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the selected messages on hold: they stay in the queue until released (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release the selected messages from hold (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Have Postfix process the selected messages again at once (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected messages for good, after confirmation (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue sizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select messages (Shift/Ctrl for several, Ctrl+A for all shown) and act on them with the buttons above</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::MainWindow</name>
    <message>
        <source>%1 — %2 — Zaindari</source>
        <extracomment>Window title: %1 is the page, %2 the profile name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Zaindari</source>
        <extracomment>Window title: %1 is the page</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create, edit, import or export server profiles (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close Zaindari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload what the current page shows (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language and automatic refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Zaindari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>Tooltip of a navigation entry; %1 is a keyboard shortcut such as Ctrl+1</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The servers Zaindari works with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::MessagePreviewJob</name>
    <message>
        <source>“%1” is not a Postfix queue id.</source>
        <extracomment>%1 is what was given as a queue id</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::MessagePreviewPane</name>
    <message>
        <source>Message preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br&gt;Select a message to see its headers and the start of its body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;Reading the message…</source>
        <extracomment>%1 is a Postfix queue id</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;Only the start of the message is shown.</source>
        <extracomment>%1 is a Postfix queue id</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;%2</source>
        <extracomment>%1 is a Postfix queue id, %2 the error</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::MtaHostsModel</name>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::PasswordResetDialog</name>
    <message>
        <source>&amp;Generate a strong password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Must change at next logon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset Zimbra password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a new Zimbra password for %1. Its open sessions end as well.</source>
        <extracomment>%1 is the account</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset Active Directory password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a new Active Directory password for %1. Until the person logs on with it, the previous password may keep working for up to an hour on some services unless “must change at next logon” is set or the account is disabled.</source>
        <extracomment>%1 is the account</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This domain checks passwords in Active Directory: people log in with their directory password, so the Zimbra password changes nothing for them. Reset the directory password instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the &amp;directory password instead…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown only now: copy it and give it to the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the generated password to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate another password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person must choose their own password at the next logon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active Directory will probably refuse it: use at least three of upper case, lower case, digits and symbols.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::PlaceholderPage</name>
    <message>
        <source>%1: nothing to refresh yet; this page arrives with a later version.</source>
        <extracomment>%1 is a page title such as "Queues"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected yet. This page arrives with a later version of Zaindari.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile is selected. Create one with File → Profiles… to tell Zaindari where your servers are.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies at once to every window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Automatic refresh:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the refresh interval, with its leading space</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How often open pages reload their data, in seconds (at least %1). 0 turns automatic refresh off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: School mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available. Passwords and passphrases will be asked each time they are needed and kept only for this session; nothing is written to disk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ProfileManagerDialog</name>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zaindari profiles (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New profile: fill it in and save it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some fields need attention before the profile can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile saved. Its passwords are kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be duplicated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created “%1”. Passwords are not copied: enter them again.</source>
        <extracomment>%1 is the new profile's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the profile “%1” and the passwords saved for it?</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profiles could not be exported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter their passwords before connecting.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected profile, without its passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected profile and its saved passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add profiles from a file exported by Zaindari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the selected profiles (or all of them) to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported files never contain passwords or passphrases: those stay in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile yet. Press “New” to describe your mail server, or import a file exported from another computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ProfilesModel</name>
    <message>
        <source>No MTA host configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA hosts: %1</source>
        <extracomment>%1 is a comma-separated list of host names</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::Queue</name>
    <message>
        <source>Maildrop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrupt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueAction</name>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueActionConfirmDialog</name>
    <message numerus="yes">
        <source>Put %n message(s) on hold? They stay in the queue and can be released later.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n message(s) from hold? Postfix will try to deliver them again.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Requeue %n message(s)? Postfix reprocesses them at once.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s)? Deleted messages cannot be recovered.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <extracomment>%1 describes what was chosen, e.g. "the selected messages"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the hosts: %1.</source>
        <extracomment>%1 is a list of MTA host names</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>From %n sender(s), the largest being:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s)</source>
        <extracomment>A line of the list of senders: %1 the sender, %n messages</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>I understand that these %n message(s) will be deleted for good.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>zaindari::QueueActionRunner</name>
    <message numerus="yes">
        <source> … and %n more</source>
        <extracomment>The end of a shortened list of queue ids; %n is how many more there are</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) placed on hold.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released from hold.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) requeued.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had already left the queue (or were not in a queue this action applies to).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n message(s) the outcome is unknown: the connection was lost before postsuper reported them.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not touched because the action was canceled.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <extracomment>%1 is a list of queue ids</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Working on %n message(s)…</source>
        <extracomment>%n is the number of messages</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No connection to %1; nothing was sent there.</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueAnalysis</name>
    <message>
        <source>&lt;&gt; (bounce)</source>
        <extracomment>The null envelope sender of bounces and notifications, as Postfix writes it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over %1 min</source>
        <extracomment>Age of queued messages: older than %1 minutes</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2 min</source>
        <extracomment>Age of queued messages: between %1 and %2 minutes</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueCountsBar</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 queue name, %2 number of messages</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the %1 queue (click again to show every queue)</source>
        <extracomment>%1 is a queue name such as "deferred"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueDashboardBox</name>
    <message>
        <source>Mail queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Queues page (Ctrl+2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s) in total, read at %1; the Queues page refreshes them.</source>
        <extracomment>%n messages in total, %1 a time of day</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Not read yet: the counts appear once the Queues page has connected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search id, address or reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows messages whose id, sender, a recipient or a delay reason contains this text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender or @domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exact sender address, or a sender domain; &lt;&gt; is the null sender of bounces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows messages with at least one recipient in this domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows messages whose delay reason contains this text, e.g. “Connection refused”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear every filter field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueGroupsPanel</name>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferral reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2</source>
        <extracomment>Tooltip of a group: %1 the group, %n messages, %2 their total size</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Hold every message of this group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release every message of this group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeue every message of this group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete every message of this group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts the messages shown by this property, like qshape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a group to show only its messages; right-click to act on the whole group</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <extracomment>first recipient and how many more</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueueSizeChart</name>
    <message>
        <source>Messages per queue at each refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the queues grew or shrank during this session</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::QueuesPage</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail queues of every MTA host: how many messages wait, for whom, and why. Hold, release or delete messages from here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::RatesChart</name>
    <message>
        <source>Messages submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages accepted for sending per minute or per hour, with the recipients the next server deferred or bounced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::RatesModel</name>
    <message>
        <source>Sent without a login from %1</source>
        <extracomment>%1 is the client address the message came from</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (no login, %2)</source>
        <extracomment>an envelope sender without a login; %1 the sender, %2 the client address</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now (per minute)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual peak (per hour)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::RelayHostJob</name>
    <message>
        <source>“%1” is not a relay host: use host, host:port or [host]:port.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra accepted the relay host, but reading it back shows another value.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::SecretStore</name>
    <message>
        <source>No keychain is available (%1). Passwords are kept in memory until Zaindari closes and are asked for again next time; they are never written to disk.</source>
        <extracomment>%1 is the keychain library's own explanation</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available: the password is kept in memory until Zaindari closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain did not store the password: %1</source>
        <extracomment>%1 is the keychain's own explanation</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <extracomment>%1 is the keychain's own explanation</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain did not remove the password: %1</source>
        <extracomment>%1 is the keychain's own explanation</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::SendRatesPage</name>
    <message>
        <source>Send rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages sent per account over time, so a captured account that starts sending spam stands out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::SetPasswordJob</name>
    <message>
        <source>The domain %1 checks passwords against an external directory (%2): people log in with their directory password, not with the Zimbra one just set. Reset the password in the directory (Active Directory) too; the Zimbra reset only ended the existing sessions.</source>
        <extracomment>%1 is a mail domain, %2 the mechanism (ad, ldap, ...)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra accepted the new password, but the account shows no password change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was set, but Zimbra does not ask for a change at the next login.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::SoapTransport</name>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <extracomment>%1 is host:port, %2 a number of seconds</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply from %1 was too large to be a SOAP answer.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing accepts connections at %1: is Zimbra running and is the port right?</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server name in %1 could not be resolved.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 closed the connection without answering.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not talk to the server at %1.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 sent an empty reply (HTTP %2) instead of a SOAP answer.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A proxy or gateway at %1 could not reach Zimbra (HTTP %2). Zimbra may be stopped or restarting.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 answered with a web page (HTTP %2) instead of a SOAP reply. Check the URL: the admin endpoint is https://SERVER:7071/service/admin/soap.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 answered HTTP %2 without a SOAP reply.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 did not answer in SOAP; it may not be a Zimbra admin endpoint.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Zimbra admin URL must start with https:// (got %1).</source>
        <extracomment>%1 is the URL the user gave</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::SshConnectionController</name>
    <message>
        <source>The profile “%1” lists no MTA host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH password is not in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of the key %1:</source>
        <extracomment>%1 is the path of a private key file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SSH secret was given; not connecting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH host key changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zaindari did not connect to %1. If the server was really reinstalled, remove its old line from Zaindari's known hosts file (%2) and connect again to check the new key.</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the SSH indicator's tooltip: %1 host, %2 its state or error</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::SshSection</name>
    <message>
        <source>MTA hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every MTA host this profile watches. Double-click a cell to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an MTA host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected MTA hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail transfer agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra (/opt/zimbra/common/sbin, sudo -n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix (/usr/sbin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choosing a preset fills in every path below; each one stays editable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run postsuper, postcat, postconf and postfix through “sudo -n”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA &amp;log:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Au&amp;dit log:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a private SSH key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host %1: %2</source>
        <extracomment>%1 is a row number, %2 the reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the private key file for this login.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::TrustPinsModel</name>
    <message>
        <source>SSH host key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <extracomment>Column header: host and port of a pinned key or certificate</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::TrustSection</name>
    <message>
        <source>Keys and certificates you confirmed on first connection. Zaindari refuses a server whose key or certificate changes. Forget one to be asked again on the next connection; this takes effect when you save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the selected key or certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned trust</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ZimbraAccountActionJob</name>
    <message>
        <source>Changing the account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flushing the account cache on all servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra accepted the lock, but the account still is not locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra accepted the change, but the account is not active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra accepted the change, but still records failed logins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra accepted the change, but the token validity value did not change, so old sessions may still work.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ZimbraClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Zimbra admin account name or password was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra refused the admin login of %1: wrong name or password, not an admin account, or the account is not active.</source>
        <extracomment>%1 is the admin account name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Zimbra admin account uses two-factor authentication, which Zaindari does not support. Use an admin account without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered the login without a session token.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ZimbraConnectionTester</name>
    <message>
        <source>Logged in to Zimbra as %1 at %2.</source>
        <extracomment>%1 is the admin account, %2 host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1</source>
        <extracomment>%1 is host:port</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has no valid Zimbra admin URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ZimbraJob</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra answered without the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account name was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up %1</source>
        <extracomment>%1 is an account name or address</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra has no account %1.</source>
        <extracomment>%1 is the account name the user typed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matches several accounts (%2); give the full address.</source>
        <extracomment>%1 is the account name typed, %2 the matching addresses</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::ZimbraSection</name>
    <message>
        <source>SOAP &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the usual admin URL of the first MTA host (port 7071).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin &amp;account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin@example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra's administration service listens on port 7071 over HTTPS. The account needs admin rights to read accounts and lockout settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zimbra admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>zaindari::cli</name>
    <message>
        <source>No failed logins in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>distributed attack (many addresses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read saved postqueue -j output (plain or .gz; - is standard input) instead of connecting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this queue: incoming, active, deferred, hold or corrupt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only messages from this envelope sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown queue “%1”: use incoming, active, deferred, hold or corrupt.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queues: incoming %1, active %2, deferred %3, hold %4, corrupt %5 (total %6)</source>
        <extracomment>queue counts; the numbers are message counts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top senders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top recipient domains:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top reasons:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age (minutes, like qshape):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit takes a number of messages (0 or more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A queue id to act on; repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what would be done, change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most N messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No MTA host: give --ssh USER@HOST[:PORT], --profile NAME or --input FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusing the unknown host key of %1; re-run with --accept-new-host-key after checking the fingerprint.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --id ID (repeatable) or --sender ADDR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Postfix queue id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the queue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type “yes” to continue: </source>
        <extracomment>the user must type the word shown in quotes, untranslated: yes</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: done for %2 of %3 message(s).</source>
        <extracomment>%1 action name; %2 done, %3 selected</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not done (no longer in that queue): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown (the connection was lost): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show at most N entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bucket size of a series: 1m or 1h (default 1m).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this login (name or address).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail was accepted in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FLAGGED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now/min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read a saved log (plain or .gz; - is standard input) instead of connecting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period to look at, counted back from now, or from the newest entry with --input: 30s, 10m, 6h, 2d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The log was rotated or truncated before its last lines could be read; some lines may be missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert when a login sends more than N messages a minute (N/min) or an hour (N/h).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic containment arrives with a later version of Zaindari. Run watch without --auto-contain and contain a flagged account with “zaindari-cli contain”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the last hour once and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contain a flagged account automatically (a later version).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
