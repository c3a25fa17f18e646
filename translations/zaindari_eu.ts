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
        <source>Too many failed logins locked the account, but the lockout ended at %1. Zimbra still shows &quot;lockout&quot; until the next successful login; the person can log in now.</source>
        <extracomment>%1 is the date and time the lockout ended</extracomment>
        <translation>Saio-hasiera hutsegite gehiegik blokeatu zuten kontua, baina blokeoa amaitu zen (%1). Zimbrak &quot;lockout&quot; erakusten du oraindik hurrengo saio-hasiera arrakastatsura arte; pertsonak saioa has dezake orain.</translation>
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
        <source>Zimbra reports the status &quot;%1&quot;, which Zaindari does not know.</source>
        <extracomment>%1 is the raw zimbraAccountStatus value</extracomment>
        <translation>Zimbrak &quot;%1&quot; egoera jakinarazi du, eta Zaindarik ez du ezagutzen.</translation>
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
    <message>
        <source>Unlock in Active Directory</source>
        <translation>Desblokeatu Active Directory-n</translation>
    </message>
    <message>
        <source>Disable in Active Directory</source>
        <translation>Desgaitu Active Directory-n</translation>
    </message>
    <message>
        <source>Enable in Active Directory</source>
        <translation>Gaitu Active Directory-n</translation>
    </message>
    <message>
        <source>Reset Active Directory password</source>
        <translation>Berrezarri Active Directory pasahitza</translation>
    </message>
    <message>
        <source>Change domain policy</source>
        <translation>Aldatu domeinuko politika</translation>
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
        <extracomment>%1 is a file, %2 the system&apos;s reason</extracomment>
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
        <source>the domain&apos;s default</source>
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
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
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
        <extracomment>%1 is a list of addresses or &quot;none&quot;</extracomment>
        <translation>Aliasak: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recent failed logins: %n (%1)</source>
        <extracomment>%n failed logins, %1 their times</extracomment>
        <translation>
            <numerusform>Azken saio-hasiera hutsegitea: %n (%1)</numerusform>
            <numerusform>Azken saio-hasiera hutsegiteak: %n (%1)</numerusform>
        </translation>
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
        <extracomment>%1 describes the policy, %2 lists attributes set on the account itself or &quot;none&quot;</extracomment>
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
        <source>Reset an account&apos;s password.</source>
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
        <extracomment>%1 is the server&apos;s or library&apos;s own text</extracomment>
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
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
        <translation>Azken pasahitz okerra: %1</translation>
    </message>
    <message>
        <source>Last logon (replicated, may be up to two weeks old): %1</source>
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
        <translation>Azken saio-hasiera (erreplikatua, bi aste zaharra izan daiteke): %1</translation>
    </message>
    <message>
        <source>Account expires: %1</source>
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
        <translation>Kontuaren iraungitzea: %1</translation>
    </message>
    <message numerus="yes">
        <source>Groups (%n): %1</source>
        <extracomment>%n is the number of groups, %1 their names</extracomment>
        <translation>
            <numerusform>Taldea (%n): %1</numerusform>
            <numerusform>Taldeak (%n): %1</numerusform>
        </translation>
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
        <translation>
            <numerusform>Gaizki osatutako %n erregistro-lerro saltatu da.</numerusform>
            <numerusform>Gaizki osatutako %n erregistro-lerro saltatu dira.</numerusform>
        </translation>
    </message>
    <message>
        <source>then logged in from new address %1</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>ondoren saioa hasi da %1 helbide berritik</translation>
    </message>
    <message>
        <source>Failed logins per account and per address, from Zimbra&apos;s audit log.</source>
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
        <source>Store a profile&apos;s password in the system keychain (ssh-password, ssh-key-passphrase, soap-password or ldap-password).</source>
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
        <translation>
            <numerusform>postqueue irteerako %n lerro saltatu da, gaizki osatuta edo moztuta zegoelako.</numerusform>
            <numerusform>postqueue irteerako %n lerro saltatu dira, gaizki osatuta edo moztuta zeudelako.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would act on %n message(s).</source>
        <extracomment>%1 is the action (hold, delete...), %n a number of messages</extracomment>
        <translation>
            <numerusform>%1 ekintzak %n mezuri eragingo lioke.</numerusform>
            <numerusform>%1 ekintzak %n mezuri eragingo lieke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refusing to %1 %n message(s) without --yes (standard input is not a terminal).</source>
        <extracomment>%1 is the action, %n the number of messages</extracomment>
        <translation>
            <numerusform>Ez zaio %1 ekintza %n mezuri aplikatuko --yes gabe (sarrera estandarra ez da terminal bat).</numerusform>
            <numerusform>Ez zaie %1 ekintza %n mezuri aplikatuko --yes gabe (sarrera estandarra ez da terminal bat).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About to %1 %n message(s):</source>
        <translation>
            <numerusform>%1 ekintza %n mezuri aplikatuko zaio:</numerusform>
            <numerusform>%1 ekintza %n mezuri aplikatuko zaie:</numerusform>
        </translation>
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
        <source>Could not read standard input.</source>
        <translation>Ezin izan da sarrera estandarra irakurri.</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Ezin izan da %1 pasahitz-fitxategia irakurri: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <extracomment>%1 is a file path or &quot;-&quot;</extracomment>
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
        <source>Show this help, or a command&apos;s help.</source>
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
        <source>Language of messages: eu, es or en (default: the system&apos;s).</source>
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
        <extracomment>%1 is an option such as --ssh, %2 a command such as &quot;profiles list&quot;</extracomment>
        <translation>--%1 aukera ez da “%2” komandoari aplikatzen.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments.</source>
        <extracomment>%1 is a command such as &quot;account show&quot;, %2 its arguments such as USER</extracomment>
        <translation>“%1” komandoak ez du argumenturik onartzen.</translation>
    </message>
    <message>
        <source>Usage: zaindari-cli %1 %2</source>
        <translation>Erabilera: zaindari-cli %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Messages held: %n</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation>
            <numerusform>Atxikitako mezua: %n</numerusform>
            <numerusform>Atxikitako mezuak: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages deleted: %n</source>
        <translation>
            <numerusform>Ezabatutako mezua: %n</numerusform>
            <numerusform>Ezabatutako mezuak: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) could not be written to the audit log.</source>
        <extracomment>%n is a number of steps</extracomment>
        <translation>
            <numerusform>Ezin izan da %n urrats idatzi auditoria-erregistroan.</numerusform>
            <numerusform>Ezin izan dira %n urrats idatzi auditoria-erregistroan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contain a captured account: lock, block submission, secure the directory account, hold or delete its queued mail.</source>
        <translation>Geldiarazi harrapatutako kontu bat: blokeatu, galarazi posta-bidalketa, babestu direktorioko kontua, eta atxiki edo ezabatu ilaran duen posta.</translation>
    </message>
    <message>
        <source>Hold the account&apos;s queued messages (default).</source>
        <translation>Atxiki kontuaren ilarako mezuak (lehenetsia).</translation>
    </message>
    <message>
        <source>Delete the account&apos;s queued messages (cannot be undone).</source>
        <translation>Ezabatu kontuaren ilarako mezuak (ezin da desegin).</translation>
    </message>
    <message>
        <source>Disable the directory account.</source>
        <translation>Desgaitu direktorioko kontua.</translation>
    </message>
    <message>
        <source>Reset the password (must be changed at the next logon).</source>
        <translation>Berrezarri pasahitza (hurrengo saio-hasieran aldatu behar da).</translation>
    </message>
    <message>
        <source>Seconds before the queues are read again for stragglers (default 5).</source>
        <translation>Ilarak berriro irakurri aurretik itxaron beharreko segundoak, berandu iritsitako mezuen bila (lehenetsia: 5).</translation>
    </message>
    <message>
        <source>Carry out the plan (without it, only show it).</source>
        <translation>Gauzatu plana (aukera hau gabe, plana erakutsi baino ez da egiten).</translation>
    </message>
    <message>
        <source>%1 no longer forwards mail.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 kontuak jada ez du posta birbidaltzen.</translation>
    </message>
    <message>
        <source>Stop and start Postfix when the account still has an open SMTP session after the reload (ends EVERY session on the host).</source>
        <translation>Gelditu eta abiarazi Postfix, birkargatu ondoren kontuak SMTP saio irekiren bat baldin badu oraindik (ostalariko saio GUZTIAK amaitzen ditu).</translation>
    </message>
    <message>
        <source>Remove the account&apos;s forwarding addresses and filter redirects.</source>
        <translation>Kendu kontuaren birbidaltze-helbideak eta iragazkien birbideratzeak.</translation>
    </message>
    <message>
        <source>Watch send rates and print an alert when a login sends far too much; with --auto-contain, contain it.</source>
        <translation>Zaindu bidalketa-tasak eta inprimatu alerta bat erabiltzaile batek askoz gehiegi bidaltzen duenean; --auto-contain aukerarekin, geldiarazi hura.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for a password prompt on the desktop.</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>Sistemaren gako-sortak ez du erantzun segundo %n barruan; baliteke blokeatuta egotea eta mahaigainean pasahitz-eskaera baten zain egotea.</numerusform>
            <numerusform>Sistemaren gako-sortak ez du erantzun %n segundo barruan; baliteke blokeatuta egotea eta mahaigainean pasahitz-eskaera baten zain egotea.</numerusform>
        </translation>
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
        <source>The connection test was cancelled.</source>
        <translation>Konexio-proba bertan behera utzi da.</translation>
    </message>
</context>
<context>
    <name>Containment</name>
    <message>
        <source>Lock the Zimbra account and end its sessions</source>
        <translation>Blokeatu Zimbra kontua eta amaitu bere saioak</translation>
    </message>
    <message>
        <source>Refuse the login at SMTP submission</source>
        <translation>Baztertu saio-hasiera SMTP bidalketan</translation>
    </message>
    <message>
        <source>Secure the directory account</source>
        <translation>Babestu direktorioko kontua</translation>
    </message>
    <message>
        <source>Stop the account&apos;s queued mail</source>
        <translation>Gelditu kontuaren ilarako posta</translation>
    </message>
    <message>
        <source>Check forwarding</source>
        <translation>Egiaztatu birbidaltzea</translation>
    </message>
    <message>
        <source>Containment plan for %1</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 kontua geldiarazteko plana</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>%1 is what could not be read while preparing the plan</extracomment>
        <translation>Abisua: %1</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Some %1 translations could not be loaded (%2); those texts appear in English.</source>
        <extracomment>%1 is a language name such as &quot;Euskara&quot;, %2 a list of catalogue names</extracomment>
        <translation>%1 hizkuntzako itzulpen batzuk ezin izan dira kargatu (%2); testu horiek ingelesez agertzen dira.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Failed login</source>
        <translation>Saio-hasiera hutsegitea</translation>
    </message>
    <message>
        <source>Login from a new IP</source>
        <translation>Saio-hasiera IP berri batetik</translation>
    </message>
    <message>
        <source>Sending burst starts</source>
        <translation>Bidalketa-boladaren hasiera</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detekzioa</translation>
    </message>
    <message>
        <source>Containment step</source>
        <translation>Geldiarazte-urratsa</translation>
    </message>
    <message>
        <source>%1: done. %2</source>
        <extracomment>%1 is a step title, %2 what happened</extracomment>
        <translation>%1: eginda. %2</translation>
    </message>
    <message>
        <source>%1: NOT done. %2</source>
        <translation>%1: EZ da egin. %2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <extracomment>%1 is the account address</extracomment>
        <translation>Gorabehera-txostena: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>%1 is the connection profile (school)</extracomment>
        <translation>Zerbitzaria: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detektatua: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kronologia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ordua</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gertaera</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Xehetasuna</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mezuak</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) submitted by the login before containment</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation>
            <numerusform>Erabiltzaileak %n mezu bidali zuen geldiarazi aurretik</numerusform>
            <numerusform>Erabiltzaileak %n mezu bidali zituen geldiarazi aurretik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held</source>
        <translation>
            <numerusform>%n mezu atxikita</numerusform>
            <numerusform>%n mezu atxikita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted</source>
        <translation>
            <numerusform>%n mezu ezabatuta</numerusform>
            <numerusform>%n mezu ezabatuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ostalaria</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>Ilara-IDa</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Igorlea</translation>
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
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Ezin da %1 erregistroa ireki: %2</translation>
    </message>
    <message>
        <source>Cannot read the log %1: %2</source>
        <extracomment>%1 is a file name, %2 zlib&apos;s or the system&apos;s reason</extracomment>
        <translation>Ezin da %1 erregistroa irakurri: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Ezin izan da %1 idatzi: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
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
        <extracomment>Name of a duplicated profile when &quot;Name (copy)&quot; exists; %1 is the original name, %2 a number</extracomment>
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
    <message>
        <source>The automatic containment threshold goes from %1 to %2 messages a minute.</source>
        <extracomment>%1 and %2 are the smallest and largest accepted numbers of messages a minute</extracomment>
        <translation>Geldiarazte automatikoaren atalaseak minutuko %1 eta %2 mezu artean egon behar du.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if its SHA-256 fingerprint is %2 on the server itself.</source>
        <extracomment>%1 is host:port, %2 the certificate&apos;s SHA-256 fingerprint (AB:CD:...)</extracomment>
        <translation>Ezin izan da %1 helbideko ziurtagiria egiaztatu. Fidatu hartaz soilik zerbitzarian bertan bere SHA-256 hatz-marka %2 bada.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed. It presented %2 but this profile trusts %3. The connection was refused: someone may be intercepting it. If the server&apos;s certificate was renewed, check the new fingerprint on the server before trusting it.</source>
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
        <source>The Zimbra server could not reach the account&apos;s mailbox server.</source>
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
    <message>
        <source>First failed login, from %1 (%2).</source>
        <extracomment>%1 is an IP address, %2 a protocol (soap, imap...)</extracomment>
        <translation>Lehen saio-hasiera hutsegitea, %1 helbidetik (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Successful login from %1 (%2), an address the account had not used, after %n failed login(s).</source>
        <extracomment>%1 is an IP address, %2 a protocol, %n failed logins before it</extracomment>
        <translation>
            <numerusform>Saio-hasiera arrakastatsua %1 helbidetik (%2), kontuak aurretik erabili gabeko helbidea, saio-hasiera hutsegite %n izan ondoren.</numerusform>
            <numerusform>Saio-hasiera arrakastatsua %1 helbidetik (%2), kontuak aurretik erabili gabeko helbidea, %n saio-hasiera hutsegite izan ondoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last of %n failed login(s), from %1.</source>
        <extracomment>%n failed logins, %1 a list of IP addresses</extracomment>
        <translation>
            <numerusform>Saio-hasiera hutsegite bakarra (%n); helbidea: %1.</numerusform>
            <numerusform>%n saio-hasiera hutsegiteetako azkena; helbideak: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>First SMTP submission from %1, a client address the login had not used.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Lehen SMTP bidalketa %1 helbidetik, erabiltzaileak aurretik erabili gabeko bezero-helbidea.</translation>
    </message>
    <message>
        <source>First SMTP submission of the login in the log, from %1.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Erabiltzailearen lehen SMTP bidalketa erregistroan, %1 helbidetik.</translation>
    </message>
    <message numerus="yes">
        <source>Sending burst starts: more than %n message(s) within one minute.</source>
        <extracomment>%n is the per-minute threshold</extracomment>
        <translation>
            <numerusform>Bidalketa-boladaren hasiera: mezu %n baino gehiago minutu batean.</numerusform>
            <numerusform>Bidalketa-boladaren hasiera: %n mezu baino gehiago minutu batean.</numerusform>
        </translation>
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
        <source>&lt;p&gt;Zaindari watches a school&apos;s Zimbra mail server and its Active Directory logins in one window: mail queues, send rates, failed logins and the lockout policy, and it contains a phished account in one confirmed action.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
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
        <translation>inoiz ez</translation>
    </message>
    <message>
        <source>Zimbra&apos;s own password</source>
        <translation>Zimbraren pasahitz propioa</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>External LDAP directory</source>
        <translation>Kanpoko LDAP direktorioa</translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>%1 is Zimbra&apos;s zimbraAuthMech value, e.g. custom:sso</extracomment>
        <translation>Bestelakoa (%1)</translation>
    </message>
    <message>
        <source>This account forwards mail elsewhere.</source>
        <translation>Kontu honek posta beste helbide batzuetara birbidaltzen du.</translation>
    </message>
    <message>
        <source>A forwarding rule nobody asked for is a classic sign of a captured account.</source>
        <translation>Inork eskatu ez duen birbidaltze-arau bat harrapatutako kontu baten ohiko seinalea da.</translation>
    </message>
    <message>
        <source>Forwarding addresses:</source>
        <translation>Birbidaltze-helbideak:</translation>
    </message>
    <message>
        <source>Mail filters that redirect to:</source>
        <translation>Posta-iragazkien birbideratze-helbideak:</translation>
    </message>
    <message>
        <source>No copy is kept in the mailbox.</source>
        <translation>Ez da kopiarik gordetzen postontzian.</translation>
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
        <source>Class of service</source>
        <translation>Zerbitzu-klasea</translation>
    </message>
    <message>
        <source>default</source>
        <translation>lehenetsia</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentifikazioa</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Azken saio-hasiera</translation>
    </message>
    <message>
        <source>Failed logins counted</source>
        <translation>Zenbatutako saio-hasiera hutsegiteak</translation>
    </message>
    <message>
        <source>Locked out at</source>
        <translation>Blokeoaren hasiera</translation>
    </message>
    <message>
        <source>Lockout ends</source>
        <translation>Blokeoaren amaiera</translation>
    </message>
    <message>
        <source>Lockout policy</source>
        <translation>Blokeo-politika</translation>
    </message>
    <message>
        <source>%1 failures within %2 lock for %3</source>
        <translation>%2 epean %1 hutsegite izanez gero, blokeatu %3 denborarako</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desaktibatuta</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Birbidaltzea</translation>
    </message>
    <message>
        <source>yes, see above</source>
        <translation>bai, ikus goian</translation>
    </message>
    <message>
        <source>none</source>
        <translation>bat ere ez</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasak</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Pasahitza aldatuta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Pasahitza</translation>
    </message>
    <message>
        <source>must be changed at next login</source>
        <translation>hurrengo saio-hasieran aldatu behar da</translation>
    </message>
    <message>
        <source>Logon name</source>
        <translation>Saio-hasierako izena</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Gaituta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bai</translation>
    </message>
    <message>
        <source>no, disabled</source>
        <translation>ez, desgaituta</translation>
    </message>
    <message>
        <source>Locked out now</source>
        <translation>Orain blokeoan</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ez</translation>
    </message>
    <message>
        <source>when an administrator unlocks it</source>
        <translation>administratzaile batek desblokeatzen duenean</translation>
    </message>
    <message>
        <source>Wrong passwords (badPwdCount)</source>
        <translation>Pasahitz okerrak (badPwdCount)</translation>
    </message>
    <message>
        <source>Last wrong password</source>
        <translation>Azken pasahitz okerra</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Pasahitza ezarrita</translation>
    </message>
    <message>
        <source>must change at next logon</source>
        <translation>hurrengo saio-hasieran aldatu behar du</translation>
    </message>
    <message>
        <source>Last logon (replicated, up to 14 days late)</source>
        <translation>Azken saio-hasiera (erreplikatua, 14 egun arteko atzerapenarekin)</translation>
    </message>
    <message>
        <source>Account expires</source>
        <translation>Kontuaren iraungitzea</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Taldeak</translation>
    </message>
    <message>
        <source>Per domain controller (these counters are not replicated):</source>
        <translation>Domeinu-kontroladore bakoitzeko (kontagailu hauek ez dira erreplikatzen):</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Kontroladorea</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Pasahitz okerrak</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Blokeoan</translation>
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
    <name>zaindari::AccountsTableModel</name>
    <message>
        <source>not in AD</source>
        <translation>ez dago AD-n</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>gaituta</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desgaituta</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>blokeoan</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ez</translation>
    </message>
    <message>
        <source>Waiting for Active Directory</source>
        <translation>Active Directory-ren zain</translation>
    </message>
    <message>
        <source>AD account</source>
        <translation>AD kontua</translation>
    </message>
    <message>
        <source>AD locked out</source>
        <translation>AD blokeoa</translation>
    </message>
    <message>
        <source>Enabled or disabled in Active Directory</source>
        <translation>Gaituta edo desgaituta Active Directory-n</translation>
    </message>
    <message>
        <source>Locked out in Active Directory right now</source>
        <translation>Une honetan blokeoan Active Directory-n</translation>
    </message>
</context>
<context>
    <name>zaindari::AdTime</name>
    <message>
        <source>never</source>
        <comment>an AD time that is not set</comment>
        <translation>inoiz ez</translation>
    </message>
</context>
<context>
    <name>zaindari::AdminConnections</name>
    <message>
        <source>The profile changed; nothing was done.</source>
        <translation>Profila aldatu egin da; ez da ezer egin.</translation>
    </message>
    <message>
        <source>Logged in as %1 at %2</source>
        <translation>Saioa hasi da %1 gisa, %2 helbidean</translation>
    </message>
    <message>
        <source>The profile has no Zimbra admin server; add one in the profile manager.</source>
        <translation>Profilak ez du Zimbra administrazio-zerbitzaririk; gehitu bat profil-kudeatzailean.</translation>
    </message>
    <message>
        <source>The profile has no Active Directory server; add one in the profile manager.</source>
        <translation>Profilak ez du Active Directory zerbitzaririk; gehitu bat profil-kudeatzailean.</translation>
    </message>
    <message>
        <source>No password is stored for this profile.</source>
        <translation>Ez dago pasahitzik gordeta profil honetarako.</translation>
    </message>
    <message>
        <source>Zimbra admin password</source>
        <translation>Zimbra administratzailearen pasahitza</translation>
    </message>
    <message>
        <source>Active Directory password</source>
        <translation>Active Directory pasahitza</translation>
    </message>
    <message>
        <source>Password of the Zimbra administrator %1 (profile %2):</source>
        <extracomment>%1 admin account, %2 profile name</extracomment>
        <translation>%1 Zimbra administratzailearen pasahitza (%2 profila):</translation>
    </message>
    <message>
        <source>Password of the Active Directory account %1 (profile %2):</source>
        <translation>%1 Active Directory kontuaren pasahitza (%2 profila):</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Gogoratu gako-sortan</translation>
    </message>
    <message>
        <source>Store the password in the system keychain for the next sessions</source>
        <translation>Gorde pasahitza sistemaren gako-sortan hurrengo saioetarako</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is kept only until Zaindari closes</source>
        <translation>Ez dago sistemaren gako-sortarik erabilgarri; pasahitza Zaindari itxi arte soilik gordetzen da</translation>
    </message>
    <message>
        <source>No password was given; nothing was done.</source>
        <translation>Ez da pasahitzik eman; ez da ezer egin.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <extracomment>%1 is the directory URL</extracomment>
        <translation>%1 helbidera konektatuta</translation>
    </message>
    <message>
        <source>The server refused the password; type it again.</source>
        <translation>Zerbitzariak pasahitza baztertu du; idatzi berriro.</translation>
    </message>
</context>
<context>
    <name>zaindari::AlertBanner</name>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one minute at %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one minute</extracomment>
        <translation>
            <numerusform>%1 kontuak %n mezu bidali du minutu batean (%2; atalasea: %3).</numerusform>
            <numerusform>%1 kontuak %n mezu bidali ditu minutu batean (%2; atalasea: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one hour up to %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one hour</extracomment>
        <translation>
            <numerusform>%1 kontuak %n mezu bidali du ordubetean, %2 arte (atalasea: %3).</numerusform>
            <numerusform>%1 kontuak %n mezu bidali ditu ordubetean, %2 arte (atalasea: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) in the hour up to %2, far above its usual peak of %3 an hour.</source>
        <extracomment>%1 account, %2 date and time, %3 the account&apos;s usual hourly peak; %n messages in one hour</extracomment>
        <translation>
            <numerusform>%1 kontuak %n mezu bidali du %2 arteko orduan, bere ohiko gailurretik oso gora (orduko %3).</numerusform>
            <numerusform>%1 kontuak %n mezu bidali ditu %2 arteko orduan, bere ohiko gailurretik oso gora (orduko %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly captured account.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Harrapatutako kontua izan daiteke.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Ireki kontua</translation>
    </message>
    <message>
        <source>Show this account on the Accounts page, to lock it or reset its password</source>
        <translation>Erakutsi kontu hau Kontuak orrian, blokeatzeko edo bere pasahitza berrezartzeko</translation>
    </message>
    <message>
        <source>Send &amp;rates</source>
        <translation>Bidalketa-&amp;tasak</translation>
    </message>
    <message>
        <source>Show what this account sent on the Send rates page</source>
        <translation>Erakutsi kontu honek bidalitakoa Bidalketa-tasak orrian</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Itxi</translation>
    </message>
    <message>
        <source>Hide this alarm; it stays in the alert list of the Send rates page</source>
        <translation>Ezkutatu alarma hau; Bidalketa-tasak orriko alerten zerrendan geratzen da</translation>
    </message>
    <message>
        <source>&amp;Contain…</source>
        <translation>&amp;Geldiarazi…</translation>
    </message>
    <message>
        <source>Lock this account, cut its sessions, stop its mail and secure its directory account: a plan is shown before anything runs</source>
        <translation>Blokeatu kontu hau, eten bere saioak, gelditu bere posta eta babestu bere direktorioko kontua: ezer exekutatu aurretik plan bat erakusten da</translation>
    </message>
</context>
<context>
    <name>zaindari::AuditLogModel</name>
    <message>
        <source>Done</source>
        <comment>audit result</comment>
        <translation>Eginda</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>audit result</comment>
        <translation>Huts eginda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ordua</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profila</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Erabiltzailea</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ekintza</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Helburua</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Emaitza</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Xehetasuna</translation>
    </message>
</context>
<context>
    <name>zaindari::AuditTrailPage</name>
    <message>
        <source>Audit log</source>
        <translation>Auditoria-erregistroa</translation>
    </message>
    <message>
        <source>Filter: account, profile, user or detail</source>
        <translation>Iragazi: kontua, profila, erabiltzailea edo xehetasuna</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Erakutsi testu hau duten sarrerak soilik</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Noiztik</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Noiz &amp;arte</translation>
    </message>
    <message>
        <source>Show only entries from this time on</source>
        <translation>Erakutsi une honetatik aurrerako sarrerak soilik</translation>
    </message>
    <message>
        <source>Show only entries before this time</source>
        <translation>Erakutsi une hau baino lehenagoko sarrerak soilik</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Kargatu berriro</translation>
    </message>
    <message>
        <source>Read the audit file again</source>
        <translation>Irakurri berriro auditoria-fitxategia</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Esportatu CSV gisa…</translation>
    </message>
    <message>
        <source>Save the entries shown to a CSV file</source>
        <translation>Gorde erakutsitako sarrerak CSV fitxategi batean</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Edozein emaitza</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Arrakastatsuak</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Huts egindakoak</translation>
    </message>
    <message>
        <source>Show only succeeded or failed actions</source>
        <translation>Erakutsi ekintza arrakastatsuak edo huts egindakoak soilik</translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation>Erakutsi ekintza mota bakarra</translation>
    </message>
    <message>
        <source>What this console did, oldest first, from %1.</source>
        <extracomment>%1 is the file path</extracomment>
        <translation>Kontsola honek egindakoa, zaharrena lehenik, fitxategi honetatik: %1.</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Edozein ekintza</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the audit file could not be read.</source>
        <extracomment>%n unreadable lines</extracomment>
        <translation>
            <numerusform>Auditoria-fitxategiko %n lerro ezin izan da irakurri.</numerusform>
            <numerusform>Auditoria-fitxategiko %n lerro ezin izan dira irakurri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file, %2 system reason</extracomment>
        <translation>Ezin izan da %1 idatzi: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Esportatu auditoria-erregistroa</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV fitxategiak (*.csv)</translation>
    </message>
</context>
<context>
    <name>zaindari::CertificateDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>Ziurtagiria aldatu da</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you confirmed before. Zaindari will not connect: someone may be intercepting the connection. If the server&apos;s certificate was renewed on purpose, remove the old pin in the profile&apos;s Trust tab and connect again.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 helbideko ziurtagiria ez da lehen berretsi zenuena. Zaindari ez da konektatuko: norbait konexioa atzematen ari izan daiteke. Zerbitzariaren ziurtagiria nahita berritu bada, kendu finkapen zaharra profilaren Konfiantza fitxan, eta konektatu berriro.</translation>
    </message>
    <message>
        <source>Unverified certificate</source>
        <translation>Egiaztatu gabeko ziurtagiria</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be verified. Compare the SHA-256 fingerprint below with the one shown on the server before you trust it.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>Ezin da %1 helbideko ziurtagiria egiaztatu. Konparatu beheko SHA-256 hatz-marka zerbitzarian erakusten denarekin, hartaz fidatu aurretik.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Zerbitzaria</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjektua</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Jaulkitzailea</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Baliozkotasunaren hasiera</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Baliozkotasunaren amaiera</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 hatz-marka</translation>
    </message>
    <message>
        <source>Pinned fingerprint</source>
        <translation>Hatz-marka finkatua</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Arazoak</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>&amp;Onartu behin</translation>
    </message>
    <message>
        <source>Trust this certificate until Zaindari closes</source>
        <translation>Fidatu ziurtagiri honetaz Zaindari itxi arte</translation>
    </message>
    <message>
        <source>Accept and &amp;pin</source>
        <translation>Onartu eta &amp;finkatu</translation>
    </message>
    <message>
        <source>Trust this certificate and remember it in the profile; a different certificate will then be refused</source>
        <translation>Fidatu ziurtagiri honetaz eta gogoratu profilean; aurrerantzean beste ziurtagiri bat baztertu egingo da</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Baztertu</translation>
    </message>
</context>
<context>
    <name>zaindari::ConnectionIndicator</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Status bar: %1 is a backend (&quot;SSH&quot;, &quot;Zimbra admin&quot;, &quot;Active Directory&quot;), %2 its state</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation>%1: ez dago konektatuta.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation>%1: konektatzen…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation>%1: konektatuta.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation>%1: konexioak huts egin du.</translation>
    </message>
</context>
<context>
    <name>zaindari::ConnectionTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>Probatzen…</translation>
    </message>
    <message>
        <source>Testing this connection arrives with a later version.</source>
        <translation>Konexio hau probatzeko aukera geroko bertsio batean etorriko da.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Proba bertan behera utzi da.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Utzi proba</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probatu konexioa</translation>
    </message>
    <message>
        <source>Try to reach %1 with the settings shown, without saving them.</source>
        <extracomment>%1 is a backend name such as &quot;SSH&quot;</extracomment>
        <translation>Saiatu konektatzen (%1) erakutsitako ezarpenekin, haiek gorde gabe.</translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentDialog</name>
    <message>
        <source>Contain %1</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Geldiarazi %1</translation>
    </message>
    <message>
        <source>Contain the captured account &lt;b&gt;%1&lt;/b&gt;: lock it, cut its sessions, stop its mail and secure its directory account. Nothing runs before you preview the plan and confirm it.</source>
        <extracomment>%1 is the account (bold)</extracomment>
        <translation>Geldiarazi harrapatutako &lt;b&gt;%1&lt;/b&gt; kontua: blokeatu, eten bere saioak, gelditu bere posta eta babestu bere direktorioko kontua. Ez da ezer exekutatzen planaren aurrebista ikusi eta berretsi arte.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Aukerak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queued mail of the account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontuaren ilarako posta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hold it (can be released later)</source>
        <translation>&amp;Atxiki (geroago askatu daiteke)</translation>
    </message>
    <message>
        <source>Moves the account&apos;s messages to the hold queue: nothing is sent, Undo releases them.</source>
        <translation>Kontuaren mezuak atxikitako mezuen ilarara eramaten ditu: ez da ezer bidaltzen, eta Desegin aukerak askatu egiten ditu.</translation>
    </message>
    <message>
        <source>De&amp;lete it</source>
        <translation>&amp;Ezabatu</translation>
    </message>
    <message>
        <source>Removes the account&apos;s messages from every queue for good.</source>
        <translation>Kontuaren mezuak ilara guztietatik betiko kentzen ditu.</translation>
    </message>
    <message>
        <source>Deleted messages cannot be brought back: Undo cannot restore them, and they are gone as evidence too.</source>
        <translation>Ezabatutako mezuak ezin dira berreskuratu: Desegin aukerak ezin ditu leheneratu, eta froga gisa ere galdu egiten dira.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Directory account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Direktorioko kontua&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reset the password (generated, must change)</source>
        <translation>&amp;Berrezarri pasahitza (sortua, aldatu egin behar da)</translation>
    </message>
    <message>
        <source>A strong password is generated and shown once; the person must change it at the next logon, so the captured password stops working.</source>
        <translation>Pasahitz sendo bat sortzen da eta behin erakusten da; pertsonak hurrengo saio-hasieran aldatu behar du, eta, horrela, harrapatutako pasahitzak funtzionatzeari uzten dio.</translation>
    </message>
    <message>
        <source>D&amp;isable the account</source>
        <translation>Desgai&amp;tu kontua</translation>
    </message>
    <message>
        <source>Nobody can log on with the account until it is enabled again (Undo does).</source>
        <translation>Inork ezin du saioa hasi kontuarekin berriro gaitu arte (Desegin aukerak gaitzen du).</translation>
    </message>
    <message>
        <source>Lea&amp;ve it as it is</source>
        <translation>&amp;Utzi dagoen bezala</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gainera&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove &amp;forwarding</source>
        <translation>&amp;Kendu birbidaltzea</translation>
    </message>
    <message>
        <source>Clears the account&apos;s forwarding addresses and the redirects in its mail filters: an attacker often adds one to keep reading the mail.</source>
        <translation>Kontuaren birbidaltze-helbideak eta posta-iragazkietako birbideratzeak garbitzen ditu: erasotzaile batek askotan bat gehitzen du posta irakurtzen jarraitzeko.</translation>
    </message>
    <message>
        <source>Restart &amp;Postfix to end open SMTP sessions (ends every session on the host)</source>
        <translation>Berrabiarazi &amp;Postfix SMTP saio irekiak amaitzeko (ostalariko saio guztiak amaitzen ditu)</translation>
    </message>
    <message>
        <source>Locking the account and refusing the login stop new logins, but an SMTP session that is already open keeps sending until it ends. Stopping and starting Postfix ends it, and also every other open session on the host: other people&apos;s mail programs reconnect and send again a moment later.</source>
        <translation>Kontua blokeatzeak eta erabiltzailea baztertzeak saio-hasiera berriak galarazten dituzte, baina jada irekita dagoen SMTP saio batek bidaltzen jarraitzen du amaitu arte. Postfix gelditu eta abiarazteak saio hori amaitzen du, baita ostalariko beste saio ireki guztiak ere: beste pertsonen posta-programak berriro konektatzen dira eta une bat geroago berriro bidaltzen dute.</translation>
    </message>
    <message>
        <source>Step and what it touches</source>
        <translation>Urratsa eta zer ukitzen duen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Egoera</translation>
    </message>
    <message>
        <source>&amp;Stop here</source>
        <translation>Gelditu &amp;hemen</translation>
    </message>
    <message>
        <source>The remaining steps are not run; the summary says so.</source>
        <translation>Gainerako urratsak ez dira exekutatzen; laburpenak hala adierazten du.</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Jarraitu</translation>
    </message>
    <message>
        <source>Runs the remaining steps anyway.</source>
        <translation>Gainerako urratsak exekutatzen ditu hala ere.</translation>
    </message>
    <message>
        <source>New &amp;password (shown only now, stored nowhere):</source>
        <translation>Pasahitz berr&amp;ia (orain bakarrik erakusten da, ez da inon gordetzen):</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opiatu</translation>
    </message>
    <message>
        <source>Copies the password to the clipboard, to hand it to the person.</source>
        <translation>Pasahitza arbelera kopiatzen du, pertsonari emateko.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Au&amp;rrebista</translation>
    </message>
    <message>
        <source>Reads the account, its directory object and the queues, and lists what the containment would touch. Changes nothing.</source>
        <translation>Kontua, bere direktorio-objektua eta ilarak irakurtzen ditu, eta geldiarazteak zer ukituko lukeen zerrendatzen du. Ez du ezer aldatzen.</translation>
    </message>
    <message>
        <source>&amp;Contain…</source>
        <translation>&amp;Geldiarazi…</translation>
    </message>
    <message>
        <source>Carries out the previewed plan, after one more confirmation.</source>
        <translation>Aurrebistan ikusitako plana gauzatzen du, beste berrespen baten ondoren.</translation>
    </message>
    <message>
        <source>Cancel &amp;remaining steps</source>
        <translation>Utzi &amp;gainerako urratsak</translation>
    </message>
    <message>
        <source>Stops after the step that is running; it completes and is reported.</source>
        <translation>Exekutatzen ari den urratsaren ondoren gelditzen da; urrats hori osatu eta jakinarazi egiten da.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desegin</translation>
    </message>
    <message>
        <source>Unlocks the account, enables the directory account, releases the held mail and lifts the submission block. A reset password stays reset.</source>
        <translation>Kontua desblokeatzen du, direktorioko kontua gaitzen du, atxikitako posta askatzen du eta bidalketa-blokeoa kentzen du. Berrezarritako pasahitza berrezarrita geratzen da.</translation>
    </message>
    <message>
        <source>Incident &amp;report…</source>
        <translation>Gorabehera-txo&amp;stena…</translation>
    </message>
    <message>
        <source>Timeline, messages and steps of this incident; saved next to the audit log.</source>
        <translation>Gorabehera honen kronologia, mezuak eta urratsak; auditoria-erregistroaren ondoan gordetzen da.</translation>
    </message>
    <message>
        <source>Ready: preview the plan.</source>
        <translation>Prest: ikusi planaren aurrebista.</translation>
    </message>
    <message>
        <source>Connecting to the profile&apos;s servers…</source>
        <translation>Profilaren zerbitzarietara konektatzen…</translation>
    </message>
    <message>
        <source>The choices changed: preview again before containing.</source>
        <translation>Aukerak aldatu dira: ikusi berriro aurrebista geldiarazi aurretik.</translation>
    </message>
    <message>
        <source>Reading the account, the directory and the queues…</source>
        <translation>Kontua, direktorioa eta ilarak irakurtzen…</translation>
    </message>
    <message numerus="yes">
        <source>Plan ready: %n queued message(s) of the account found. Check it, then Contain.</source>
        <extracomment>%n is the number of queued messages the plan found</extracomment>
        <translation>
            <numerusform>Plana prest: kontuaren ilarako %n mezu aurkitu da. Egiaztatu, eta sakatu Geldiarazi.</numerusform>
            <numerusform>Plana prest: kontuaren ilarako %n mezu aurkitu dira. Egiaztatu, eta sakatu Geldiarazi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The send-rate alert flagged this login at %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Bidalketa-tasaren alertak erabiltzaile hau markatu zuen: %1.</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Oraindik ez da exekutatu</translation>
    </message>
    <message>
        <source>What the preview could not read</source>
        <translation>Aurrebistak irakurri ezin izan duena</translation>
    </message>
    <message>
        <source>No open SMTP session of this login was seen when the plan was made.</source>
        <translation>Plana egin zenean ez zen erabiltzaile honen SMTP saio irekirik ikusi.</translation>
    </message>
    <message numerus="yes">
        <source>%n open SMTP session(s) of this login were seen when the plan was made:</source>
        <extracomment>%n is a number of SMTP sessions</extracomment>
        <translation>
            <numerusform>Plana egin zenean erabiltzaile honen %n SMTP saio ireki ikusi zen:</numerusform>
            <numerusform>Plana egin zenean erabiltzaile honen %n SMTP saio ireki ikusi ziren:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: process %2 (%3), last seen %4</source>
        <extracomment>%1 host, %2 process id, %3 Postfix service, %4 time of its last log line</extracomment>
        <translation>%1: %2 prozesua (%3), azken aldiz ikusia: %4</translation>
    </message>
    <message>
        <source>Contain the account</source>
        <translation>Geldiarazi kontua</translation>
    </message>
    <message>
        <source>Carry out the plan for %1 now? The account is locked and its sessions end at once.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Gauzatu %1 kontuaren plana orain? Kontua blokeatu egiten da eta bere saioak berehala amaitzen dira.</translation>
    </message>
    <message>
        <source>Its queued messages are DELETED: this cannot be undone.</source>
        <translation>Ilaran dituen mezuak EZABATU egiten dira: ezin da desegin.</translation>
    </message>
    <message>
        <source>Postfix is restarted: every open SMTP session on the host ends.</source>
        <translation>Postfix berrabiarazi egiten da: ostalariko SMTP saio ireki guztiak amaitzen dira.</translation>
    </message>
    <message>
        <source>&amp;Contain now</source>
        <translation>&amp;Geldiarazi orain</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Zain</translation>
    </message>
    <message>
        <source>Containing…</source>
        <translation>Geldiarazten…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exekutatzen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Eginda</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Ez da exekutatu</translation>
    </message>
    <message>
        <source>NOT done</source>
        <translation>EZ da egin</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 step number, %2 number of steps, %3 step title</extracomment>
        <translation>%1. urratsa (%2 guztira): %3</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>%1 is the title of a containment step that is being reverted</extracomment>
        <translation>Desegin: %1</translation>
    </message>
    <message>
        <source>“%1” was NOT done: %2
Stop here, or continue with the remaining steps?</source>
        <extracomment>%1 step title, %2 what went wrong</extracomment>
        <translation>“%1” EZ da egin: %2
Gelditu hemen, edo jarraitu gainerako urratsekin?</translation>
    </message>
    <message>
        <source>Cancelling: the running step completes, the rest are not run.</source>
        <translation>Bertan behera uzten: exekutatzen ari den urratsa osatu egiten da, eta gainerakoak ez dira exekutatzen.</translation>
    </message>
    <message>
        <source>Contained: every step was done.</source>
        <translation>Geldiarazita: urrats guztiak egin dira.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n step(s) NOT done, see the summary.</source>
        <extracomment>%n is the number of steps not done</extracomment>
        <translation>
            <numerusform>Amaituta: %n urrats EZ da egin; ikus laburpena.</numerusform>
            <numerusform>Amaituta: %n urrats EZ dira egin; ikus laburpena.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>eginda</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>exekutatu gabe</translation>
    </message>
    <message>
        <source>Undoing what can be undone…</source>
        <translation>Desegin daitekeena desegiten…</translation>
    </message>
    <message>
        <source>Nothing needed undoing.</source>
        <translation>Ez zegoen ezer desegiteko.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n step(s) reverted.</source>
        <extracomment>%n is the number of undo steps</extracomment>
        <translation>
            <numerusform>Desegina: %n urrats leheneratu da.</numerusform>
            <numerusform>Desegina: %n urrats leheneratu dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n step(s) could NOT be reverted, see the list.</source>
        <translation>
            <numerusform>Desegin: %n urrats EZIN izan da leheneratu; ikus zerrenda.</numerusform>
            <numerusform>Desegin: %n urrats EZIN izan dira leheneratu; ikus zerrenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desegin</translation>
    </message>
    <message>
        <source>Wait for the running step to end (or cancel the remaining ones) before closing.</source>
        <translation>Itxaron exekutatzen ari den urratsa amaitu arte (edo utzi bertan behera gainerakoak) itxi aurretik.</translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentLauncher</name>
    <message>
        <source>Zimbra: %1</source>
        <extracomment>%1 says why the Zimbra admin connection is not available</extracomment>
        <translation>Zimbra: %1</translation>
    </message>
    <message>
        <source>Zimbra: this profile has no admin endpoint; the Zimbra steps will fail.</source>
        <translation>Zimbra: profil honek ez du administrazioaren amaiera-punturik; Zimbrako urratsek huts egingo dute.</translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <extracomment>%1 says why the directory connection is not available</extracomment>
        <translation>Direktorioa: %1</translation>
    </message>
    <message>
        <source>MTA hosts: %1</source>
        <extracomment>%1 says why the SSH sessions are not available</extracomment>
        <translation>MTA ostalariak: %1</translation>
    </message>
    <message>
        <source>MTA hosts: this profile has none; the submission and queue steps will fail.</source>
        <translation>MTA ostalariak: profil honek ez du batere; bidalketa- eta ilara-urratsek huts egingo dute.</translation>
    </message>
    <message>
        <source>Open a saved incident report</source>
        <translation>Ireki gordetako gorabehera-txosten bat</translation>
    </message>
    <message>
        <source>Incident reports (*.html)</source>
        <translation>Gorabehera-txostenak (*.html)</translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentRunner</name>
    <message>
        <source>No MTA host is configured.</source>
        <translation>Ez da MTA ostalaririk konfiguratu.</translation>
    </message>
    <message>
        <source>The mail log of %1 could not be read, so only the envelope sender is matched: %2</source>
        <extracomment>%1 is a host, %2 the error</extracomment>
        <translation>Ezin izan da %1 ostalariko posta-erregistroa irakurri; beraz, gutun-azaleko igorlea soilik hartzen da kontuan: %2</translation>
    </message>
    <message>
        <source>Reading the queue and log of %1</source>
        <translation>%1 ostalariko ilara eta erregistroa irakurtzen</translation>
    </message>
    <message>
        <source>The directory has no single user for %1.</source>
        <translation>Direktorioan ez dago %1 kontuarekin bat datorren erabiltzaile bakar bat.</translation>
    </message>
    <message>
        <source>SOAP ModifyAccountRequest: zimbraAccountStatus=locked and a new zimbraAuthTokenValidityValue for %1</source>
        <extracomment>%1 is the account</extracomment>
        <translation>SOAP ModifyAccountRequest: zimbraAccountStatus=locked eta zimbraAuthTokenValidityValue berri bat %1 kontuarentzat</translation>
    </message>
    <message>
        <source>SOAP FlushCacheRequest type=account on all servers (ends web and IMAP sessions)</source>
        <translation>SOAP FlushCacheRequest type=account zerbitzari guztietan (web eta IMAP saioak amaitzen ditu)</translation>
    </message>
    <message>
        <source>%1: add the login to %2 (content on standard input)</source>
        <extracomment>%1 is a host, %2 a file path</extracomment>
        <translation>%1: gehitu erabiltzailea %2 fitxategira (edukia sarrera estandarrean)</translation>
    </message>
    <message>
        <source>%1: smtpd_sender_restrictions already consults the map.</source>
        <extracomment>%1 is a host</extracomment>
        <translation>%1: smtpd_sender_restrictions aukerak jada kontsultatzen du mapa.</translation>
    </message>
    <message>
        <source>Stopping and starting Postfix ends EVERY open SMTP session on %1, not only this account&apos;s.</source>
        <translation>Postfix gelditu eta abiarazteak %1 ostalariko SMTP saio ireki GUZTIAK amaitzen ditu, ez soilik kontu honenak.</translation>
    </message>
    <message>
        <source>Nothing: not requested.</source>
        <translation>Ezer ez: ez da eskatu.</translation>
    </message>
    <message>
        <source>SOAP SetPasswordRequest for %1 (Zimbra&apos;s own password) and zimbraPasswordMustChange=TRUE</source>
        <translation>SOAP SetPasswordRequest %1 kontuarentzat (Zimbraren pasahitz propioa) eta zimbraPasswordMustChange=TRUE</translation>
    </message>
    <message>
        <source>LDAP modify %1: unicodePwd replaced by a generated password, pwdLastSet=0 (must change at next logon)</source>
        <extracomment>%1 is a directory DN</extracomment>
        <translation>LDAP modify %1: unicodePwd sortutako pasahitz batekin ordeztua, pwdLastSet=0 (hurrengo saio-hasieran aldatu behar du)</translation>
    </message>
    <message>
        <source>LDAP modify %1: userAccountControl gets ACCOUNTDISABLE</source>
        <translation>LDAP modify %1: userAccountControl atributuari ACCOUNTDISABLE gehitzen zaio</translation>
    </message>
    <message>
        <source>%1: incoming %2, active %3, deferred %4, maildrop %5</source>
        <extracomment>%1 host, %2..%5 counts of messages in the incoming, active, deferred and maildrop queues</extracomment>
        <translation>%1: sarrerakoa %2, aktiboa %3, atzeratua %4, maildrop %5</translation>
    </message>
    <message>
        <source> (queue ids on standard input)</source>
        <translation> (ilara-IDak sarrera estandarrean)</translation>
    </message>
    <message numerus="yes">
        <source>The queues are read again after %n ms and stragglers treated the same way.</source>
        <extracomment>%n is a number of milliseconds</extracomment>
        <translation>
            <numerusform>Ilarak berriro irakurtzen dira %n ms igaro ondoren, eta berandu iritsitakoak modu berean tratatzen dira.</numerusform>
            <numerusform>Ilarak berriro irakurtzen dira %n ms igaro ondoren, eta berandu iritsitakoak modu berean tratatzen dira.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forwarding is set on the account.</source>
        <translation>Kontuak ez du birbidaltzerik ezarrita.</translation>
    </message>
    <message>
        <source>Not run: cancelled.</source>
        <translation>Ez da exekutatu: bertan behera utzi da.</translation>
    </message>
    <message>
        <source>Not run: stopped after a failed step.</source>
        <translation>Ez da exekutatu: urrats batek huts egin ondoren gelditu da.</translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint is configured: the account was not locked.</source>
        <translation>Ez da Zimbra administrazioaren amaiera-punturik konfiguratu: kontua ez da blokeatu.</translation>
    </message>
    <message>
        <source>Locked, but the sessions were not ended: %1</source>
        <translation>Blokeatuta, baina saioak ez dira amaitu: %1</translation>
    </message>
    <message>
        <source>Locked; token validity %1 -&gt; %2, account cache flushed: web and IMAP sessions end.</source>
        <extracomment>%1 and %2 are numbers (zimbraAuthTokenValidityValue before and after)</extracomment>
        <translation>Blokeatuta; tokenaren baliozkotasuna %1 -&gt; %2, kontuaren cachea hustuta: web eta IMAP saioak amaitzen dira.</translation>
    </message>
    <message>
        <source>The map path or the login is not valid; nothing was sent.</source>
        <translation>Maparen bidea edo erabiltzailea ez da baliozkoa; ez da ezer bidali.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <extracomment>%1 is the command, %2 the error</extracomment>
        <translation>“%1” komandoak huts egin du: %2</translation>
    </message>
    <message>
        <source>No MTA host is configured: the login was not blocked at submission.</source>
        <translation>Ez da MTA ostalaririk konfiguratu: erabiltzailea ez da bidalketan blokeatu.</translation>
    </message>
    <message>
        <source>The login is refused at submission on every MTA host.</source>
        <translation>Erabiltzailea baztertu egiten da bidalketan MTA ostalari guztietan.</translation>
    </message>
    <message>
        <source>Blocking the login on %1</source>
        <translation>%1 ostalarian erabiltzailea blokeatzen</translation>
    </message>
    <message>
        <source>Not requested: the directory account was left as it was.</source>
        <translation>Ez da eskatu: direktorioko kontua zegoen bezala utzi da.</translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint is configured: the password was not reset.</source>
        <translation>Ez da Zimbra administrazioaren amaiera-punturik konfiguratu: pasahitza ez da berrezarri.</translation>
    </message>
    <message>
        <source>Zimbra password reset; it must be changed at the next login.</source>
        <translation>Zimbra pasahitza berrezarri da; hurrengo saio-hasieran aldatu behar da.</translation>
    </message>
    <message>
        <source>No directory is configured: the directory account was not changed.</source>
        <translation>Ez da direktoriorik konfiguratu: direktorioko kontua ez da aldatu.</translation>
    </message>
    <message>
        <source>Directory password reset to a generated one; it must be changed at the next logon, so the old one no longer binds.</source>
        <translation>Direktorioko pasahitza sortutako batekin berrezarri da; hurrengo saio-hasieran aldatu behar da, beraz, zaharrarekin jada ezin da lotura egin.</translation>
    </message>
    <message>
        <source>Directory account disabled.</source>
        <translation>Direktorioko kontua desgaitu da.</translation>
    </message>
    <message>
        <source>No MTA host is configured: the queues were not touched.</source>
        <translation>Ez da MTA ostalaririk konfiguratu: ilarak ez dira ukitu.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the account held.</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation>
            <numerusform>Kontuaren %n mezu atxiki da.</numerusform>
            <numerusform>Kontuaren %n mezu atxiki dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the account deleted.</source>
        <translation>
            <numerusform>Kontuaren %n mezu ezabatu da.</numerusform>
            <numerusform>Kontuaren %n mezu ezabatu dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the fate of %n message(s) is unknown.</source>
        <translation>
            <numerusform>%1: ezezaguna da zer gertatu zaion %n mezuri.</numerusform>
            <numerusform>%1: ezezaguna da zer gertatu zaien %n mezuri.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint is configured: forwarding could not be checked.</source>
        <translation>Ez da Zimbra administrazioaren amaiera-punturik konfiguratu: ezin izan da birbidaltzea egiaztatu.</translation>
    </message>
    <message>
        <source>The account forwards no mail.</source>
        <translation>Kontuak ez du posta birbidaltzen.</translation>
    </message>
    <message>
        <source>%1: the login is accepted at submission again.</source>
        <translation>%1: erabiltzailea berriro onartzen da bidalketan.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n held message(s) released.</source>
        <extracomment>%1 host, %n number of messages</extracomment>
        <translation>
            <numerusform>%1: atxikitako %n mezu askatu da.</numerusform>
            <numerusform>%1: atxikitako %n mezu askatu dira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory account enabled again.</source>
        <translation>Direktorioko kontua berriro gaitu da.</translation>
    </message>
    <message>
        <source>Zimbra account active again.</source>
        <translation>Zimbra kontua berriro aktibo dago.</translation>
    </message>
    <message>
        <source>%1: the log shows no open SMTP session of the login.</source>
        <extracomment>%1 is a host</extracomment>
        <translation>%1: erregistroak ez du erabiltzailearen SMTP saio irekirik erakusten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open SMTP session(s) of the login (smtpd pid %2).</source>
        <extracomment>%1 is a host, %2 a list of process ids, %n how many sessions</extracomment>
        <translation>
            <numerusform>%1: erabiltzailearen %n SMTP saio ireki (smtpd pid %2).</numerusform>
            <numerusform>%1: erabiltzailearen %n SMTP saio ireki (smtpd pid %2).</numerusform>
        </translation>
    </message>
    <message>
        <source> (after the reload: which of the login&apos;s smtpd processes are still alive)</source>
        <translation> (birkargatu ondoren: erabiltzailearen zein smtpd prozesu dauden oraindik bizirik)</translation>
    </message>
    <message>
        <source> (only if one of them is still alive)</source>
        <translation> (haietako bat oraindik bizirik badago soilik)</translation>
    </message>
    <message>
        <source>An SMTP session of the login that is still open after the reload stays open (Postfix is not restarted; the zimbra user may not kill one smtpd): the step then reports it as not done.</source>
        <translation>Birkargatu ondoren oraindik irekita dagoen erabiltzailearen SMTP saio bat irekita geratzen da (Postfix ez da berrabiarazten; zimbra erabiltzaileak ezin du smtpd bat hil): kasu horretan, urratsak egin gabe gisa jakinarazten du.</translation>
    </message>
    <message>
        <source>Forwards to %1: removed</source>
        <extracomment>%1 is an address</extracomment>
        <translation>%1 helbidera birbidaltzen du: kenduta</translation>
    </message>
    <message>
        <source>Forwards to %1: left as it is (not requested)</source>
        <translation>%1 helbidera birbidaltzen du: dagoen bezala utzita (ez da eskatu)</translation>
    </message>
    <message>
        <source>SOAP ModifyAccountRequest: zimbraPrefMailForwardingAddress and zimbraMailForwardingAddress removed, zimbraPrefMailLocalDeliveryDisabled=FALSE, sieve redirect actions turned into keep; then FlushCacheRequest</source>
        <translation>SOAP ModifyAccountRequest: zimbraPrefMailForwardingAddress eta zimbraMailForwardingAddress kenduta, zimbraPrefMailLocalDeliveryDisabled=FALSE, sieve redirect ekintzak keep bihurtuta; ondoren FlushCacheRequest</translation>
    </message>
    <message>
        <source>Automatic containment: where the login has an open SMTP session, Postfix is stopped first, the block written, then Postfix started (ends every session on the host).</source>
        <translation>Geldiarazte automatikoa: erabiltzaileak SMTP saio irekiren bat duen ostalarian, Postfix gelditu egiten da lehenik, blokeoa idatzi, eta ondoren Postfix abiarazi (ostalariko saio guztiak amaitzen ditu).</translation>
    </message>
    <message>
        <source>Stopping Postfix on %1 to end the open sessions</source>
        <translation>%1 ostalarian Postfix gelditzen, saio irekiak amaitzeko</translation>
    </message>
    <message>
        <source>Postfix was stopped before the block was written and started after it, ending smtpd pid %1 and every other open SMTP session on the host.</source>
        <translation>Postfix gelditu egin da blokeoa idatzi aurretik, eta abiarazi ondoren; horrela, smtpd pid %1 eta ostalariko beste SMTP saio ireki guztiak amaitu dira.</translation>
    </message>
    <message>
        <source>%1: the mail log could not be read, so open SMTP sessions are unknown: %2</source>
        <translation>%1: ezin izan da posta-erregistroa irakurri; beraz, SMTP saio irekiak ezezagunak dira: %2</translation>
    </message>
    <message>
        <source>%1: the process list could not be read: %2</source>
        <translation>%1: ezin izan da prozesuen zerrenda irakurri: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP session(s) of the login are still open (smtpd pid %1): Postfix was not restarted.</source>
        <extracomment>%1 is a list of process ids, %n how many</extracomment>
        <translation>
            <numerusform>Erabiltzailearen %n SMTP saio irekita dago oraindik (smtpd pid %1): Postfix ez da berrabiarazi.</numerusform>
            <numerusform>Erabiltzailearen %n SMTP saio irekita daude oraindik (smtpd pid %1): Postfix ez da berrabiarazi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting Postfix on %1 to end the open sessions</source>
        <translation>%1 ostalarian Postfix berrabiarazten, saio irekiak amaitzeko</translation>
    </message>
    <message>
        <source>Postfix was stopped but did not start again: “%1” failed: %2</source>
        <translation>Postfix gelditu da, baina ez da berriro abiarazi: “%1” komandoak huts egin du: %2</translation>
    </message>
    <message>
        <source>Postfix was stopped and started to end smtpd pid %1; every open SMTP session on the host ended with it.</source>
        <extracomment>%1 is a list of process ids</extracomment>
        <translation>Postfix gelditu eta abiarazi da smtpd pid %1 amaitzeko; ostalariko SMTP saio ireki guztiak amaitu dira horrekin batera.</translation>
    </message>
    <message>
        <source>Postfix was restarted, yet smtpd pid %1 is still alive.</source>
        <extracomment>%1 is a list of process ids</extracomment>
        <translation>Postfix berrabiarazi da, baina smtpd pid %1 bizirik dago oraindik.</translation>
    </message>
    <message>
        <source>No SMTP session of the login is open.</source>
        <translation>Erabiltzaileak ez du SMTP saio irekirik.</translation>
    </message>
    <message>
        <source>The account still forwards to %1: removal was not requested.</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>Kontuak oraindik posta birbidaltzen du helbide hauetara: %1; ez da kentzeko eskatu.</translation>
    </message>
    <message>
        <source>Forwarding removed: the account no longer sends its mail to %1.</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>Birbidaltzea kendu da: kontuak jada ez du bere posta helbide hauetara bidaltzen: %1.</translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentSection</name>
    <message>
        <source>The command line&apos;s “watch --auto-contain” can contain a login of this profile on its own when it sends too much, without asking anyone. It does so only when you turn it on here, once per login and watch.</source>
        <translation>Komando-lerroko “watch --auto-contain” aukerak profil honetako erabiltzaile bat bere kabuz geldiaraz dezake gehiegi bidaltzen duenean, inori galdetu gabe. Hemen aktibatzen duzunean soilik egiten du, behin erabiltzaile eta watch exekuzio bakoitzeko.</translation>
    </message>
    <message>
        <source>Contain &amp;automatically</source>
        <translation>Geldiarazi &amp;automatikoki</translation>
    </message>
    <message>
        <source>Off: watch --auto-contain refuses to run with this profile.</source>
        <translation>Desaktibatuta: watch --auto-contain komandoak ez du onartzen profil honekin exekutatzea.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>A&amp;talasea:</translation>
    </message>
    <message>
        <source> messages a minute</source>
        <extracomment>Suffix of the threshold field, after the number</extracomment>
        <translation> mezu minutuko</translation>
    </message>
    <message>
        <source>A login already flagged by the detector is contained when it sends this many messages within one minute. Independent of the alert threshold.</source>
        <translation>Detektagailuak jada markatutako erabiltzaile bat geldiarazi egiten da minutu batean hainbeste mezu bidaltzen dituenean. Alertaren atalasetik independentea da.</translation>
    </message>
    <message>
        <source>&amp;Queued mail:</source>
        <translation>&amp;Ilarako posta:</translation>
    </message>
    <message>
        <source>Hold (can be released)</source>
        <translation>Atxiki (askatu daiteke)</translation>
    </message>
    <message>
        <source>Delete (cannot be undone)</source>
        <translation>Ezabatu (ezin da desegin)</translation>
    </message>
    <message>
        <source>What happens to the login&apos;s messages still in the queues.</source>
        <translation>Zer gertatzen zaien oraindik ilaretan dauden erabiltzailearen mezuei.</translation>
    </message>
    <message>
        <source>&amp;Directory account:</source>
        <translation>&amp;Direktorioko kontua:</translation>
    </message>
    <message>
        <source>Disable (undone by enabling it)</source>
        <translation>Desgaitu (berriro gaituta desegiten da)</translation>
    </message>
    <message>
        <source>Reset the password (printed once by the watch)</source>
        <translation>Berrezarri pasahitza (watch komandoak behin inprimatzen du)</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Utzi dagoen bezala</translation>
    </message>
    <message>
        <source>Disabling is reversible and leaves no new password to hand over; a reset sets “must change at next logon”.</source>
        <translation>Desgaitzea itzulgarria da, eta ez du eman beharreko pasahitz berririk uzten; berrezartzeak “hurrengo saio-hasieran aldatu behar du” ezartzen du.</translation>
    </message>
    <message>
        <source>&amp;Restart Postfix when the login has an open SMTP session</source>
        <translation>&amp;Berrabiarazi Postfix erabiltzaileak SMTP saio irekiren bat duenean</translation>
    </message>
    <message>
        <source>A session that is already open outlives the submission block. Stopping and starting Postfix ends it, and every other open session on the host.</source>
        <translation>Jada irekita dagoen saio batek bidalketa-blokeoaren ondoren ere irauten du. Postfix gelditu eta abiarazteak saio hori amaitzen du, baita ostalariko beste saio ireki guztiak ere.</translation>
    </message>
    <message>
        <source>Remove &amp;forwarding set on the account</source>
        <translation>&amp;Kendu kontuan ezarritako birbidaltzea</translation>
    </message>
    <message>
        <source>Clears forwarding addresses and the redirects of its mail filters, which an attacker sets to keep reading the mail.</source>
        <translation>Birbidaltze-helbideak eta posta-iragazkien birbideratzeak garbitzen ditu; erasotzaile batek horiek ezartzen ditu posta irakurtzen jarraitzeko.</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Geldiaraztea</translation>
    </message>
</context>
<context>
    <name>zaindari::CosListJob</name>
    <message>
        <source>Reading the classes of service</source>
        <translation>Zerbitzu-klaseak irakurtzen</translation>
    </message>
</context>
<context>
    <name>zaindari::DashboardPage</name>
    <message>
        <source>SSH agent</source>
        <translation>SSH agentea</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Gako-fitxategia</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Pasahitza</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Aginte-panela</translation>
    </message>
    <message>
        <source>Nothing to refresh yet: no backend is connected.</source>
        <translation>Oraindik ez dago freskatzekorik: ez dago zerbitzurik konektatuta.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Welcome to Zaindari</source>
        <translation>Ongi etorri Zaindarira</translation>
    </message>
    <message>
        <source>The servers this profile watches. Connections start from the pages that need them.</source>
        <translation>Profil honek zaintzen dituen zerbitzariak. Konexioak behar dituzten orrietatik abiarazten dira.</translation>
    </message>
    <message>
        <source>Zaindari watches a Zimbra mail server backed by Active Directory: queues, send rates, failed logins and lockouts. Start by creating a profile that says where your servers are.</source>
        <translation>Zaindarik Active Directory-n oinarritutako Zimbra posta-zerbitzari bat zaintzen du: ilarak, bidalketa-tasak, saio-hasiera hutsegiteak eta blokeoak. Hasteko, sortu zure zerbitzariak non dauden adierazten duen profil bat.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profila</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Konexioak</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Kudeatu profilak…</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Sortu profil bat…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ezarri gabe)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profila:</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Ez da profilik hautatu</translation>
    </message>
    <message>
        <source>MTA hosts:</source>
        <translation>MTA ostalariak:</translation>
    </message>
    <message>
        <source>SSH login:</source>
        <extracomment>%1 is a user name, %2 an authentication method such as &quot;SSH agent&quot;</extracomment>
        <translation>SSH saio-hasiera:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>MTA type:</source>
        <translation>MTA mota:</translation>
    </message>
    <message>
        <source>Zimbra</source>
        <translation>Zimbra</translation>
    </message>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>Zimbra admin:</source>
        <translation>Zimbra administrazioa:</translation>
    </message>
    <message>
        <source>Admin account:</source>
        <translation>Administratzaile-kontua:</translation>
    </message>
    <message>
        <source>Active Directory:</source>
        <translation>Active Directory:</translation>
    </message>
    <message>
        <source>Base DN:</source>
        <translation>Oinarri-DNa:</translation>
    </message>
</context>
<context>
    <name>zaindari::Directory</name>
    <message>
        <source>The account is enabled.</source>
        <translation>Kontua gaituta dago.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Kontua desgaituta dago.</translation>
    </message>
    <message numerus="yes">
        <source>Not locked out (%n recent wrong password(s)).</source>
        <extracomment>%n is the number of wrong passwords since the last good one</extracomment>
        <translation>
            <numerusform>Ez dago blokeoan (azken aldian %n pasahitz oker).</numerusform>
            <numerusform>Ez dago blokeoan (azken aldian %n pasahitz oker).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not locked out.</source>
        <translation>Ez dago blokeoan.</translation>
    </message>
    <message>
        <source>Locked out until %1.</source>
        <extracomment>%1 is a date and time in the technician&apos;s locale</extracomment>
        <translation>Blokeoan, data honetara arte: %1.</translation>
    </message>
    <message>
        <source>Locked out until an administrator unlocks the account.</source>
        <translation>Blokeoan, administratzaile batek kontua desblokeatu arte.</translation>
    </message>
    <message>
        <source>Must change the password at the next logon.</source>
        <translation>Hurrengo saio-hasieran pasahitza aldatu behar du.</translation>
    </message>
    <message>
        <source>The password has never been set.</source>
        <translation>Pasahitza ez da inoiz ezarri.</translation>
    </message>
    <message>
        <source>Password last set on %1.</source>
        <extracomment>%1 is a date and time in the technician&apos;s locale</extracomment>
        <translation>Pasahitza azkenekoz ezarri zen: %1.</translation>
    </message>
    <message>
        <source>The number of failed logons before lockout must be between 0 and 999.</source>
        <translation>Blokeoaren aurreko saio-hasiera hutsegiteen kopuruak 0 eta 999 artean egon behar du.</translation>
    </message>
    <message>
        <source>The failure counting window must be a whole number of minutes between 1 and 99999.</source>
        <translation>Hutsegiteak zenbatzeko epeak 1 eta 99999 arteko minutu kopuru osoa izan behar du.</translation>
    </message>
    <message>
        <source>The lockout duration must be a whole number of minutes between 1 and 99999.</source>
        <translation>Blokeoaren iraupenak 1 eta 99999 arteko minutu kopuru osoa izan behar du.</translation>
    </message>
    <message>
        <source>The failure counting window cannot be longer than the lockout duration.</source>
        <translation>Hutsegiteak zenbatzeko epea ezin da blokeoaren iraupena baino luzeagoa izan.</translation>
    </message>
    <message>
        <source>The minimum password length must be between 0 and 255 characters.</source>
        <translation>Pasahitzaren gutxieneko luzerak 0 eta 255 karaktere artean egon behar du.</translation>
    </message>
    <message>
        <source>The password history must keep between 0 and 24 passwords.</source>
        <translation>Pasahitz-historiak 0 eta 24 pasahitz artean gorde behar ditu.</translation>
    </message>
    <message>
        <source>The minimum password age must be shorter than the maximum password age.</source>
        <translation>Pasahitzaren gutxieneko adinak gehieneko adina baino laburragoa izan behar du.</translation>
    </message>
    <message>
        <source>The minimum password age cannot be negative.</source>
        <translation>Pasahitzaren gutxieneko adina ezin da negatiboa izan.</translation>
    </message>
    <message numerus="yes">
        <source>The directory refused the password: it must be at least %n character(s) long.</source>
        <extracomment>%n is the domain&apos;s minimum password length</extracomment>
        <translation>
            <numerusform>Direktorioak pasahitza baztertu du: gutxienez %n karaktere izan behar du.</numerusform>
            <numerusform>Direktorioak pasahitza baztertu du: gutxienez %n karaktere izan behar ditu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory refused the password: it is not complex enough. Use characters from at least three of: capitals, small letters, digits, symbols, and do not include the account name.</source>
        <translation>Direktorioak pasahitza baztertu du: ez da nahikoa konplexua. Erabili gutxienez hiru motatako karaktereak (maiuskulak, minuskulak, zifrak, ikurrak), eta ez sartu kontuaren izena.</translation>
    </message>
    <message>
        <source>The directory refused the password: it was used recently.</source>
        <translation>Direktorioak pasahitza baztertu du: duela gutxi erabili da.</translation>
    </message>
    <message>
        <source>The directory refused the password: it was changed too recently.</source>
        <translation>Direktorioak pasahitza baztertu du: duela gutxiegi aldatu da.</translation>
    </message>
    <message>
        <source>The directory refused the password: it is too long.</source>
        <translation>Direktorioak pasahitza baztertu du: luzeegia da.</translation>
    </message>
    <message>
        <source>The directory refused the password because of the domain&apos;s password policy (length, complexity, history or age).</source>
        <translation>Direktorioak pasahitza baztertu du, domeinuaren pasahitz-politika dela eta (luzera, konplexutasuna, historia edo adina).</translation>
    </message>
</context>
<context>
    <name>zaindari::DirectoryJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Bertan behera utzita.</translation>
    </message>
</context>
<context>
    <name>zaindari::DirectorySection</name>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Aukeratu CA ziurtagiria</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Ziurtagiriak (*.pem *.crt *.cer);;Fitxategi guztiak (*)</translation>
    </message>
    <message>
        <source>LDAP &amp;URL:</source>
        <translation>LDAP &amp;URLa:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.org</source>
        <translation>ldaps://dc1.example.org</translation>
    </message>
    <message>
        <source>&amp;Bind identity:</source>
        <translation>L&amp;otura-identitatea:</translation>
    </message>
    <message>
        <source>zaindari@example.org or CN=Zaindari,OU=Service,DC=example,DC=org</source>
        <translation>zaindari@example.org edo CN=Zaindari,OU=Service,DC=example,DC=org</translation>
    </message>
    <message>
        <source>A user principal name (UPN) or a distinguished name (DN).</source>
        <translation>Erabiltzaile-izen nagusia (UPN) edo izen bereizgarria (DN).</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>Oinarri-&amp;DNa:</translation>
    </message>
    <message>
        <source>DC=example,DC=org</source>
        <translation>DC=example,DC=org</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA fitxategia:</translation>
    </message>
    <message>
        <source>Optional: the system&apos;s trusted authorities are used otherwise</source>
        <translation>Aukerakoa: bestela, sistemak fidagarritzat dituen autoritateak erabiltzen dira</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Arakatu…</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pasa&amp;hitza:</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>ldap:// connects on port 389 and must upgrade with StartTLS; Zaindari never binds in clear text.</source>
        <translation>ldap:// protokoloak 389 atakan konektatzen du, eta StartTLS bidez zifratura gaitu behar du; Zaindarik ez du inoiz testu garbian lotura egiten.</translation>
    </message>
    <message>
        <source>ldaps:// uses TLS from the first byte (port 636); ldap:// uses StartTLS.</source>
        <translation>ldaps:// protokoloak TLS erabiltzen du lehen bytetik (636 ataka); ldap:// protokoloak StartTLS erabiltzen du.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Ezin da %1 irakurri.</translation>
    </message>
</context>
<context>
    <name>zaindari::DirectorySession</name>
    <message>
        <source>No directory address is configured.</source>
        <translation>Ez da direktorio-helbiderik konfiguratu.</translation>
    </message>
    <message>
        <source>No directory bind account is configured.</source>
        <translation>Ez da direktorioko lotura-konturik konfiguratu.</translation>
    </message>
    <message>
        <source>No directory search base is configured.</source>
        <translation>Ez da direktorioko bilaketa-oinarririk konfiguratu.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the directory URL</extracomment>
        <translation>%1 helbidera konektatzen…</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <extracomment>%1 is the bind account</extracomment>
        <translation>%1 gisa saioa hasten…</translation>
    </message>
    <message>
        <source>Checking the search base…</source>
        <translation>Bilaketa-oinarria egiaztatzen…</translation>
    </message>
    <message>
        <source>Logged in, but the search base “%1” does not exist.</source>
        <extracomment>%1 is the search base DN</extracomment>
        <translation>Saioa hasi da, baina “%1” bilaketa-oinarria ez da existitzen.</translation>
    </message>
    <message>
        <source>Connected to %1 over TLS (pinned certificate) as %2; the search base exists.</source>
        <extracomment>%1 URL, %2 bind account</extracomment>
        <translation>%1 helbidera konektatuta TLS bidez (ziurtagiri finkatua), %2 gisa; bilaketa-oinarria existitzen da.</translation>
    </message>
    <message>
        <source>Connected to %1 over TLS (verified certificate) as %2; the search base exists.</source>
        <translation>%1 helbidera konektatuta TLS bidez (ziurtagiri egiaztatua), %2 gisa; bilaketa-oinarria existitzen da.</translation>
    </message>
    <message>
        <source>Type an account name, address or name to look for.</source>
        <translation>Idatzi bilatu beharreko kontu-izen, helbide edo izen bat.</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <extracomment>%1 is what the technician looks for</extracomment>
        <translation>Bilatzen: %1…</translation>
    </message>
    <message>
        <source>The search base “%1” does not exist.</source>
        <translation>“%1” bilaketa-oinarria ez da existitzen.</translation>
    </message>
    <message>
        <source>No directory account matches “%1”.</source>
        <extracomment>%1 is the account the technician asked for</extracomment>
        <translation>Direktorioko kontu bat ere ez dator bat “%1” bilaketarekin.</translation>
    </message>
    <message>
        <source>More than one directory account matches “%1”; use the account name.</source>
        <translation>Direktorioko kontu bat baino gehiago datoz bat “%1” bilaketarekin; erabili kontu-izena.</translation>
    </message>
    <message>
        <source>Reading the domain policy…</source>
        <translation>Domeinuko politika irakurtzen…</translation>
    </message>
    <message>
        <source>Changing the domain policy…</source>
        <translation>Domeinuko politika aldatzen…</translation>
    </message>
    <message>
        <source>The directory refused the new policy values.</source>
        <translation>Direktorioak politikaren balio berriak baztertu ditu.</translation>
    </message>
    <message>
        <source>Reading the account status…</source>
        <translation>Kontuaren egoera irakurtzen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Bertan behera utzita.</translation>
    </message>
    <message>
        <source>Reading the lockout counters on %1…</source>
        <extracomment>%1 is a domain controller URL</extracomment>
        <translation>Blokeo-kontagailuak irakurtzen hemen: %1…</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>Pasahitz berria hutsik dago.</translation>
    </message>
    <message>
        <source>Refused to send a password over an unencrypted connection.</source>
        <translation>Ez da pasahitzik bidali: konexioa ez dago zifratuta.</translation>
    </message>
    <message>
        <source>Setting the new password of %1…</source>
        <extracomment>%1 is the account&apos;s DN</extracomment>
        <translation>%1 kontuaren pasahitz berria ezartzen…</translation>
    </message>
</context>
<context>
    <name>zaindari::EditorSection</name>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Utzi hutsik gordetakoa mantentzeko</translation>
    </message>
    <message>
        <source>Stored only in the system keychain, never in the settings file.</source>
        <translation>Sistemaren gako-sortan soilik gordetzen da, inoiz ez ezarpenen fitxategian.</translation>
    </message>
    <message>
        <source>Asked when needed</source>
        <translation>Behar denean eskatzen da</translation>
    </message>
    <message>
        <source>No keychain is available: what you type is kept in memory for this session only.</source>
        <translation>Ez dago gako-sortarik erabilgarri: idazten duzuna memorian gordetzen da, saio honetarako soilik.</translation>
    </message>
</context>
<context>
    <name>zaindari::FailedLoginsPanel</name>
    <message>
        <source>Logged in from an address never seen before, right after failed logins: the password may be known to someone else.</source>
        <translation>Inoiz ikusi gabeko helbide batetik hasi da saioa, saio-hasiera hutsegiteen ondoren berehala: baliteke beste norbaitek pasahitza jakitea.</translation>
    </message>
    <message>
        <source>Failures come from many addresses: a distributed attack on this account.</source>
        <translation>Hutsegiteak helbide askotatik datoz: kontu honen aurkako eraso banatua.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; logged in from the new address &lt;b&gt;%2&lt;/b&gt; after %n failed login(s).</source>
        <extracomment>%1 account, %2 IP address, %n failed logins before</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; kontuak saioa hasi du &lt;b&gt;%2&lt;/b&gt; helbide berritik, %n saio-hasiera hutsegite izan ondoren.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; kontuak saioa hasi du &lt;b&gt;%2&lt;/b&gt; helbide berritik, %n saio-hasiera hutsegite izan ondoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Distributed attack&lt;/b&gt; on &lt;b&gt;%1&lt;/b&gt;: failures from %n different addresses.</source>
        <extracomment>%1 account; %n addresses</extracomment>
        <translation>
            <numerusform>&lt;b&gt;Eraso banatua&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; kontuaren aurka: hutsegiteak %n helbidetik.</numerusform>
            <numerusform>&lt;b&gt;Eraso banatua&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; kontuaren aurka: hutsegiteak %n helbide desberdinetatik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins of %1</source>
        <extracomment>Chart title; %1 is an account</extracomment>
        <translation>%1 kontuaren saio-hasierak</translation>
    </message>
    <message>
        <source>Logins from %1</source>
        <extracomment>Chart title; %1 is an IP address</extracomment>
        <translation>%1 helbideko saio-hasierak</translation>
    </message>
    <message>
        <source>Logins of every account</source>
        <translation>Kontu guztien saio-hasierak</translation>
    </message>
    <message>
        <source>Failed logins per a&amp;ddress:</source>
        <translation>Saio-hasiera hutsegiteak &amp;helbideka:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Helbidea</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Hutsegiteak</translation>
    </message>
    <message>
        <source>Accounts tried</source>
        <translation>Saiatutako kontuak</translation>
    </message>
    <message>
        <source>Accounts with failed logins in the window; red rows logged in from a new address after failures, yellow rows are attacked from many addresses. Enter opens the account.</source>
        <translation>Epean saio-hasiera hutsegiteak izan dituzten kontuak; lerro gorriak: hutsegiteen ondoren helbide berri batetik hasi dute saioa; lerro horiak: helbide askotatik erasotuak. Enter sakatuta kontua irekitzen da.</translation>
    </message>
    <message>
        <source>Addresses that failed to log in, and the accounts they tried</source>
        <translation>Saioa hastean huts egin duten helbideak, eta haiek saiatutako kontuak</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Saio-hasiera hutsegiteak</translation>
    </message>
    <message>
        <source>Successful logins</source>
        <translation>Saio-hasiera arrakastatsuak</translation>
    </message>
    <message>
        <source>Failed logins per acco&amp;unt:</source>
        <translation>Saio-hasiera hutsegiteak &amp;kontuka:</translation>
    </message>
</context>
<context>
    <name>zaindari::HostKeyDialog</name>
    <message>
        <source>Unknown SSH host key</source>
        <translation>SSH ostalariaren gako ezezaguna</translation>
    </message>
    <message>
        <source>Zaindari has never connected to %1 before, so it cannot tell whether the server is the one you mean. Compare the fingerprint below with the one the server&apos;s administrator reads on the server (ssh-keygen -lf on the host key) before you accept it.</source>
        <extracomment>%1 is an MTA host name (with port when not 22)</extracomment>
        <translation>Zaindari ez da inoiz %1 ostalarira konektatu, beraz ezin du jakin zerbitzaria zuk uste duzuna den. Onartu aurretik, konparatu beheko hatz-marka zerbitzariaren administratzaileak zerbitzarian irakurtzen duenarekin (ssh-keygen -lf ostalariaren gakoaren gainean).</translation>
    </message>
    <message>
        <source>Host:</source>
        <extracomment>%1 host, %2 port</extracomment>
        <translation>Ostalaria:</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, %2 ataka</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Gako mota:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Hatz-marka (SHA-256):</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>&amp;Onartu behin</translation>
    </message>
    <message>
        <source>Connect this time only; Zaindari asks again next time.</source>
        <translation>Konektatu oraingo honetan soilik; Zaindarik berriro galdetuko du hurrengoan.</translation>
    </message>
    <message>
        <source>Accept and re&amp;member</source>
        <translation>Onartu eta &amp;gogoratu</translation>
    </message>
    <message>
        <source>Connect and record the key in the profile and in Zaindari&apos;s known hosts; a different key later is refused.</source>
        <translation>Konektatu eta gorde gakoa profilean eta Zaindariren ostalari ezagunetan; geroago beste gako bat agertzen bada, baztertu egingo da.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Baztertu</translation>
    </message>
    <message>
        <source>Do not connect.</source>
        <translation>Ez konektatu.</translation>
    </message>
</context>
<context>
    <name>zaindari::IncidentEvidenceJob</name>
    <message>
        <source>No MTA host is configured: the logs could not be read.</source>
        <translation>Ez da MTA ostalaririk konfiguratu: ezin izan dira erregistroak irakurri.</translation>
    </message>
    <message>
        <source>The MTA log %1 could not be read: %2</source>
        <extracomment>%1 is a file path, %2 the error</extracomment>
        <translation>Ezin izan da %1 MTA erregistroa irakurri: %2</translation>
    </message>
    <message>
        <source>Zimbra&apos;s audit log %1 could not be read: %2</source>
        <translation>Ezin izan da Zimbraren %1 auditoria-erregistroa irakurri: %2</translation>
    </message>
</context>
<context>
    <name>zaindari::IncidentReportDialog</name>
    <message>
        <source>Incident report: %1</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Gorabehera-txostena: %1</translation>
    </message>
    <message>
        <source>Reading the mail log and Zimbra&apos;s audit log for the timeline…</source>
        <translation>Posta-erregistroa eta Zimbraren auditoria-erregistroa irakurtzen kronologiarako…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Txostena</translation>
    </message>
    <message>
        <source>&amp;Notice for the person</source>
        <translation>Pertsonarentzako &amp;oharra</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Esportatu &amp;HTML…</translation>
    </message>
    <message>
        <source>Saves the report as an HTML file.</source>
        <translation>Txostena HTML fitxategi gisa gordetzen du.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esportatu &amp;PDF…</translation>
    </message>
    <message>
        <source>Saves the report as an A4 PDF file.</source>
        <translation>Txostena A4 tamainako PDF fitxategi gisa gordetzen du.</translation>
    </message>
    <message>
        <source>A notice to send to the person whose account was captured: what happened and what to do next. It is in Basque and Spanish whatever the console&apos;s language.</source>
        <translation>Kontua harrapatu zioten pertsonari bidaltzeko oharra: zer gertatu den eta orain zer egin. Euskaraz eta gaztelaniaz dago, kontsolaren hizkuntza edozein dela ere.</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Euskara</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Gaztelania</translation>
    </message>
    <message>
        <source>Copy the %1 text</source>
        <extracomment>%1 is a language name</extracomment>
        <translation>Kopiatu testua (%1)</translation>
    </message>
    <message>
        <source>No MTA host is configured: the timeline holds only the detection and the containment steps.</source>
        <translation>Ez da MTA ostalaririk konfiguratu: kronologiak detekzioa eta geldiarazte-urratsak soilik ditu.</translation>
    </message>
    <message>
        <source>The console&apos;s send-rate alert flagged the login.</source>
        <translation>Kontsolaren bidalketa-tasaren alertak erabiltzailea markatu zuen.</translation>
    </message>
    <message>
        <source>Part of the timeline is missing: %1</source>
        <extracomment>%1 says what could not be read; the report is still made</extracomment>
        <translation>Kronologiaren zati bat falta da: %1</translation>
    </message>
    <message>
        <source>Saved next to the audit log: %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Auditoria-erregistroaren ondoan gorde da: %1</translation>
    </message>
    <message>
        <source>Incident report saved to %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Gorabehera-txostena hemen gorde da: %1</translation>
    </message>
    <message>
        <source>The incident report could not be saved to %1: %2</source>
        <translation>Ezin izan da gorabehera-txostena %1 fitxategian gorde: %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Ezin izan da %1 idatzi.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Esportatu txostena PDF gisa</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Esportatu txostena HTML gisa</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fitxategiak (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML fitxategiak (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esportatu txostena</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Hona esportatu da: %1</translation>
    </message>
</context>
<context>
    <name>zaindari::LdapConnection</name>
    <message>
        <source>The directory refused the login of %1: the account is locked out.</source>
        <extracomment>%1 is the bind account (UPN or DN)</extracomment>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du: kontua blokeoan dago.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the account is disabled.</source>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du: kontua desgaituta dago.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the password must be changed first.</source>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du: lehenik pasahitza aldatu behar da.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the password has expired.</source>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du: pasahitza iraungi da.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the account has expired.</source>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du: kontua iraungi da.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: logons are not allowed at this time or from this computer.</source>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du: ez da onartzen saioa hastea ordu honetan edo ordenagailu honetatik.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: wrong name or password.</source>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du: izen edo pasahitz okerra.</translation>
    </message>
    <message>
        <source>The bind account is not allowed to make this change in the directory.</source>
        <translation>Lotura-kontuak ez du baimenik aldaketa hau direktorioan egiteko.</translation>
    </message>
    <message>
        <source>The directory entry or search base does not exist.</source>
        <translation>Direktorioko sarrera edo bilaketa-oinarria ez da existitzen.</translation>
    </message>
    <message>
        <source>The connection to the directory was lost.</source>
        <translation>Direktorioarekiko konexioa galdu da.</translation>
    </message>
    <message>
        <source>The directory did not answer in time.</source>
        <translation>Direktorioak ez du garaiz erantzun.</translation>
    </message>
    <message>
        <source>The directory requires an encrypted connection for this.</source>
        <translation>Direktorioak konexio zifratua eskatzen du honetarako.</translation>
    </message>
    <message>
        <source>The directory refused the operation: %1.</source>
        <extracomment>%1 is libldap&apos;s name for the LDAP result code</extracomment>
        <translation>Direktorioak eragiketa baztertu du: %1.</translation>
    </message>
    <message>
        <source>The directory server %1 did not answer in time.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 direktorio-zerbitzariak ez du garaiz erantzun.</translation>
    </message>
    <message>
        <source>Cannot reach the directory server %1: nothing answers there.</source>
        <translation>Ezin da %1 direktorio-zerbitzarira iritsi: han ez du inork erantzuten.</translation>
    </message>
    <message>
        <source>“%1” is not a directory address: use ldaps://HOST[:PORT] or ldap://HOST[:PORT].</source>
        <extracomment>%1 is what the technician typed</extracomment>
        <translation>“%1” ez da direktorio-helbide bat: erabili ldaps://HOST[:PORT] edo ldap://HOST[:PORT].</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Bertan behera utzita.</translation>
    </message>
    <message>
        <source>Cannot use the CA certificate file “%1”.</source>
        <extracomment>%1 is the CA file path</extracomment>
        <translation>Ezin da “%1” CA ziurtagiri-fitxategia erabili.</translation>
    </message>
    <message>
        <source>The directory server %1 did not complete the TLS handshake in time.</source>
        <translation>%1 direktorio-zerbitzariak ez du TLS negoziazioa garaiz osatu.</translation>
    </message>
    <message>
        <source>The directory server %1 refused StartTLS; a password is never sent without encryption.</source>
        <translation>%1 direktorio-zerbitzariak StartTLS baztertu du; pasahitzik ez da inoiz zifratu gabe bidaltzen.</translation>
    </message>
    <message>
        <source>The TLS connection to the directory server %1 failed.</source>
        <translation>%1 direktorio-zerbitzariarekiko TLS konexioak huts egin du.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation>%1 helbidearekiko konexioa ez dago zifratuta.</translation>
    </message>
    <message>
        <source>Refused to send a password over an unencrypted connection.</source>
        <translation>Ez da pasahitzik bidali: konexioa ez dago zifratuta.</translation>
    </message>
    <message>
        <source>The directory password is empty.</source>
        <translation>Direktorioko pasahitza hutsik dago.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1.</source>
        <extracomment>%1 is the bind account</extracomment>
        <translation>Direktorioak %1 kontuaren saio-hasiera baztertu du.</translation>
    </message>
    <message>
        <source>The directory entry does not exist.</source>
        <translation>Direktorioko sarrera ez da existitzen.</translation>
    </message>
</context>
<context>
    <name>zaindari::LockoutPoliciesPage</name>
    <message>
        <source>yes</source>
        <translation>bai</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ez</translation>
    </message>
    <message>
        <source>Lockout policy</source>
        <translation>Blokeo-politika</translation>
    </message>
    <message>
        <source>Zimbra: classes of service</source>
        <translation>Zimbra: zerbitzu-klaseak</translation>
    </message>
    <message>
        <source>Active Directory: domain policy</source>
        <translation>Active Directory: domeinuko politika</translation>
    </message>
    <message>
        <source>Zimbra has no global lockout policy: the values live on each class of service (and can be overridden on an account). Use “Apply to every class of service” to set one policy everywhere.</source>
        <translation>Zimbrak ez du blokeo-politika globalik: balioak zerbitzu-klase bakoitzean daude (eta kontu batean gainidatz daitezke). Erabili “Aplikatu zerbitzu-klase guztiei” politika bera leku guztietan ezartzeko.</translation>
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
        <source>Max failures</source>
        <translation>Gehieneko hutsegiteak</translation>
    </message>
    <message>
        <source>Failure window</source>
        <translation>Hutsegite-epea</translation>
    </message>
    <message>
        <source>Lockout duration</source>
        <translation>Blokeoaren iraupena</translation>
    </message>
    <message>
        <source>&amp;Lock accounts after failed logins</source>
        <translation>&amp;Blokeatu kontuak saio-hasiera hutsegiteen ondoren</translation>
    </message>
    <message>
        <source>&amp;Maximum failures:</source>
        <translation>&amp;Gehieneko hutsegiteak:</translation>
    </message>
    <message>
        <source>Failures counted &amp;within:</source>
        <translation>Hutsegiteak zenbatzeko &amp;epea:</translation>
    </message>
    <message>
        <source>Locked &amp;for:</source>
        <translation>Blokeo-&amp;iraupena:</translation>
    </message>
    <message>
        <source>Lockout &amp;threshold:</source>
        <translation>Blokeo-a&amp;talasea:</translation>
    </message>
    <message>
        <source>&amp;Observation window (minutes):</source>
        <translation>Behaketa-epea (&amp;minutuak):</translation>
    </message>
    <message>
        <source>Lockout &amp;duration (minutes):</source>
        <translation>Blokeoaren ira&amp;upena (minutuak):</translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation>Pasahitzaren gutxieneko &amp;luzera:</translation>
    </message>
    <message>
        <source>Password &amp;history:</source>
        <translation>Pasahitz-&amp;historia:</translation>
    </message>
    <message>
        <source>Maximum password &amp;age (days):</source>
        <translation>Pasahitzaren gehieneko a&amp;dina (egunak):</translation>
    </message>
    <message>
        <source>Minimum password a&amp;ge (days):</source>
        <translation>Pasahitzaren gutxieneko adi&amp;na (egunak):</translation>
    </message>
    <message>
        <source>zimbraPasswordLockoutMaxFailures; 0 never locks</source>
        <translation>zimbraPasswordLockoutMaxFailures; 0 balioarekin ez da inoiz blokeatzen</translation>
    </message>
    <message>
        <source>Zimbra duration: a number with d, h, m, s or ms (e.g. 6m, 1h); a bare number is seconds; 0 for the duration means until an administrator unlocks</source>
        <translation>Zimbra iraupena: zenbaki bat d, h, m, s edo ms unitatearekin (adib. 6m, 1h); unitaterik gabeko zenbakia segundotan da; iraupenean 0 jarriz gero, administratzaile batek desblokeatu arte</translation>
    </message>
    <message>
        <source>e.g. 6m</source>
        <translation>adib. 6m</translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation>adib. 10m</translation>
    </message>
    <message>
        <source>Preset: 5 failures within 6 minutes → locked 10 minutes</source>
        <translation>Aurrezarpena: 5 hutsegite 6 minutuko epean → 10 minutuz blokeatuta</translation>
    </message>
    <message>
        <source>Fill in the recommended values; nothing is sent until you apply</source>
        <translation>Bete gomendatutako balioak; ez da ezer bidaltzen aplikatu arte</translation>
    </message>
    <message>
        <source>&amp;Apply to this class of service</source>
        <translation>&amp;Aplikatu zerbitzu-klase honi</translation>
    </message>
    <message>
        <source>Apply to &amp;every class of service</source>
        <translation>Aplikatu zerbitzu-klase gu&amp;ztiei</translation>
    </message>
    <message>
        <source>Account for its effective values, e.g. ikasle3@…</source>
        <translation>Kontua, bere balio eraginkorrak ikusteko, adib. ikasle3@…</translation>
    </message>
    <message>
        <source>Show &amp;effective values</source>
        <translation>E&amp;rakutsi balio eraginkorrak</translation>
    </message>
    <message>
        <source>The values that apply to one account: its class of service and its own overrides</source>
        <translation>Kontu bati aplikatzen zaizkion balioak: bere zerbitzu-klasea eta bere gainidazketak</translation>
    </message>
    <message>
        <source>lockoutThreshold: wrong passwords before the account locks; 0 never locks</source>
        <translation>lockoutThreshold: kontua blokeatu aurretik onartzen diren pasahitz okerrak; 0 balioarekin ez da inoiz blokeatzen</translation>
    </message>
    <message>
        <source>lockOutObservationWindow: how long wrong passwords are counted</source>
        <translation>lockOutObservationWindow: pasahitz okerrak zenbat denboran zenbatzen diren</translation>
    </message>
    <message>
        <source>lockoutDuration; 0 means until an administrator unlocks</source>
        <translation>lockoutDuration; 0 balioak esan nahi du administratzaile batek desblokeatu arte</translation>
    </message>
    <message>
        <source>until an administrator unlocks</source>
        <translation>administratzaile batek desblokeatu arte</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>ez da inoiz iraungitzen</translation>
    </message>
    <message>
        <source>Passwords must be &amp;complex</source>
        <translation>Pasahitzek &amp;konplexuak izan behar dute</translation>
    </message>
    <message>
        <source>Apply domain &amp;policy</source>
        <translation>Aplikatu domeinuko &amp;politika</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Kargatu berri&amp;ro</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktibatuta</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desaktibatuta</translation>
    </message>
    <message>
        <source>zimbraPasswordLockoutEnabled: %1</source>
        <translation>zimbraPasswordLockoutEnabled: %1</translation>
    </message>
    <message>
        <source>Preset filled in; choose where to apply it.</source>
        <translation>Aurrezarpena bete da; aukeratu non aplikatu.</translation>
    </message>
    <message>
        <source>lockout %1, %2 failures within %3, locked for %4</source>
        <extracomment>%1 on/off, %2 count, %3 and %4 Zimbra durations</extracomment>
        <translation>blokeoa: %1, %2 hutsegite %3 epean, blokeatuta %4 denborarako</translation>
    </message>
    <message>
        <source>Set %1 on every class of service (%2)?</source>
        <extracomment>%1 the values, %2 number of classes of service</extracomment>
        <translation>Ezarri %1 zerbitzu-klase guztietan (%2)?</translation>
    </message>
    <message>
        <source>Set %1 on the class of service “%2”?</source>
        <extracomment>%1 the values, %2 class of service</extracomment>
        <translation>Ezarri %1 “%2” zerbitzu-klasean?</translation>
    </message>
    <message>
        <source>Change lockout policy</source>
        <translation>Aldatu blokeo-politika</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplikatzen…</translation>
    </message>
    <message>
        <source>Done: %1 now have %2.</source>
        <extracomment>%1 list of classes of service, %2 the values</extracomment>
        <translation>Eginda: %1; balio berriak: %2.</translation>
    </message>
    <message>
        <source>every class of service</source>
        <translation>zerbitzu-klase guztiak</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Kargatzen…</translation>
    </message>
    <message>
        <source>%1 (class of service %2): lockout %3, %4 failures within %5, locked for %6.</source>
        <extracomment>%1 account, %2 class of service, %3 on/off, %4 count, %5/%6 durations</extracomment>
        <translation>%1 (%2 zerbitzu-klasea): blokeoa %3, %4 hutsegite %5 epean, blokeatuta %6 denborarako.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>lehenetsia</translation>
    </message>
    <message>
        <source>The account overrides: %1.</source>
        <translation>Kontuak gainidazten ditu: %1.</translation>
    </message>
    <message>
        <source>The profile has no Active Directory server.</source>
        <translation>Profilak ez du Active Directory zerbitzaririk.</translation>
    </message>
    <message>
        <source>Set the domain policy to: lock after %1 wrong passwords counted within %2 minutes, for %3; minimum password length %4, complexity %5, history %6?</source>
        <extracomment>%1 threshold, %2 window minutes, %3 duration text</extracomment>
        <translation>Ezarri domeinuko politika honela: blokeatu %2 minutuko epean %1 pasahitz oker zenbatuz gero (iraupena: %3); pasahitzaren gutxieneko luzera %4, konplexutasuna %5, historia %6?</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutu</numerusform>
            <numerusform>%n minutu</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the Active Directory policy</source>
        <translation>Aldatu Active Directory politika</translation>
    </message>
    <message>
        <source>Done: the domain policy was changed and read back.</source>
        <translation>Eginda: domeinuko politika aldatu eta berriro irakurri da.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplikatu</translation>
    </message>
    <message>
        <source>MTA settings</source>
        <translation>MTA ezarpenak</translation>
    </message>
</context>
<context>
    <name>zaindari::LockoutPolicyJob</name>
    <message>
        <source>The number of failed logins must be 0 or more, not %1.</source>
        <extracomment>%1 is the number given</extracomment>
        <translation>Saio-hasiera hutsegiteen kopuruak 0 edo handiagoa izan behar du, ez %1.</translation>
    </message>
    <message>
        <source>“%1” is not a Zimbra duration for the failure window: use a number with one unit, such as 30s, 10m, 6h or 2d.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>“%1” ez da Zimbra iraupen bat hutsegite-eperako: erabili zenbaki bat unitate batekin, adibidez 30s, 10m, 6h edo 2d.</translation>
    </message>
    <message>
        <source>“%1” is not a Zimbra duration for the lockout time: use a number with one unit, such as 30s, 10m, 6h or 2d.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>“%1” ez da Zimbra iraupen bat blokeo-denborarako: erabili zenbaki bat unitate batekin, adibidez 30s, 10m, 6h edo 2d.</translation>
    </message>
    <message>
        <source>No lockout value to change was given.</source>
        <translation>Ez da aldatu beharreko blokeo-baliorik eman.</translation>
    </message>
    <message>
        <source>Changing class of service %1</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation>%1 zerbitzu-klasea aldatzen</translation>
    </message>
    <message>
        <source>Zimbra accepted the change of %1, but reading it back shows other values.</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation>Zimbrak %1 zerbitzu-klasearen aldaketa onartu du, baina berriro irakurtzean beste balio batzuk ageri dira.</translation>
    </message>
</context>
<context>
    <name>zaindari::LoggerStatsJob</name>
    <message>
        <source>The statistics period must be given as now, now-48h or epoch seconds.</source>
        <translation>Estatistiken epea honela eman behar da: now, now-48h edo epoch segundoak.</translation>
    </message>
</context>
<context>
    <name>zaindari::LoginFailuresModel</name>
    <message>
        <source>Logged in from new address %1 after failures</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Hutsegiteen ondoren saioa hasi da %1 helbide berritik</translation>
    </message>
    <message numerus="yes">
        <source>Distributed attack: %n addresses</source>
        <extracomment>%n is a number of addresses</extracomment>
        <translation>
            <numerusform>Eraso banatua: %n helbide</numerusform>
            <numerusform>Eraso banatua: %n helbide</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Blokeoan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kontua</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Hutsegiteak</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Helbideak</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Azken hutsegitea</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Oharrak</translation>
    </message>
</context>
<context>
    <name>zaindari::MailAccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Kontuak</translation>
    </message>
    <message>
        <source>Name, address or part of it</source>
        <translation>Izena, helbidea edo haren zati bat</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Bilatu</translation>
    </message>
    <message>
        <source>Zimbra</source>
        <translation>Zimbra</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;lokeatu</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desblokeatu</translation>
    </message>
    <message>
        <source>&amp;End all sessions</source>
        <translation>&amp;Amaitu saio guztiak</translation>
    </message>
    <message>
        <source>&amp;Clear lockout</source>
        <translation>&amp;Kendu blokeoa</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Berrezarri &amp;pasahitza…</translation>
    </message>
    <message>
        <source>Set the Zimbra account status to locked: no login until an administrator unlocks it</source>
        <translation>Ezarri Zimbra kontuaren egoera Blokeatuta gisa: inork ezin du saioa hasi administratzaile batek desblokeatu arte</translation>
    </message>
    <message>
        <source>Set the Zimbra account status back to active</source>
        <translation>Ezarri berriro Zimbra kontuaren egoera Aktiboa gisa</translation>
    </message>
    <message>
        <source>Invalidate every login token of the account and flush it from the server caches</source>
        <translation>Baliogabetu kontuaren saio-token guztiak eta hustu kontua zerbitzarien cacheetatik</translation>
    </message>
    <message>
        <source>End a failed-login lockout and forget the counted failures</source>
        <translation>Amaitu saio-hasiera hutsegiteengatiko blokeoa eta ahaztu zenbatutako hutsegiteak</translation>
    </message>
    <message>
        <source>Set a new Zimbra password (SetPasswordRequest)</source>
        <translation>Ezarri Zimbra pasahitz berri bat (SetPasswordRequest)</translation>
    </message>
    <message>
        <source>Unlock in AD</source>
        <translation>Desblokeatu AD-n</translation>
    </message>
    <message>
        <source>Disable in AD</source>
        <translation>Desgaitu AD-n</translation>
    </message>
    <message>
        <source>Enable in AD</source>
        <translation>Gaitu AD-n</translation>
    </message>
    <message>
        <source>Reset AD password…</source>
        <translation>Berrezarri AD pasahitza…</translation>
    </message>
    <message>
        <source>Clear the Active Directory lockout (lockoutTime = 0)</source>
        <translation>Kendu Active Directory blokeoa (lockoutTime = 0)</translation>
    </message>
    <message>
        <source>Disable the Active Directory account: no logon anywhere</source>
        <translation>Desgaitu Active Directory kontua: ezin da saioa hasi inon</translation>
    </message>
    <message>
        <source>Enable the Active Directory account again</source>
        <translation>Gaitu berriro Active Directory kontua</translation>
    </message>
    <message>
        <source>Set a new Active Directory password (unicodePwd, over the encrypted connection)</source>
        <translation>Ezarri Active Directory pasahitz berri bat (unicodePwd, konexio zifratuaren bidez)</translation>
    </message>
    <message>
        <source>Search for an account, then select it to see its Zimbra side here.</source>
        <translation>Bilatu kontu bat, eta hautatu bere Zimbra aldea hemen ikusteko.</translation>
    </message>
    <message>
        <source>The same person in Active Directory, matched by mail address or logon name.</source>
        <translation>Pertsona bera Active Directory-n, posta-helbidearen edo saio-hasierako izenaren arabera lotua.</translation>
    </message>
    <message>
        <source>Type a name or address to search.</source>
        <translation>Idatzi izen edo helbide bat bilatzeko.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Bilatzen…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <extracomment>%n accounts found</extracomment>
        <translation>
            <numerusform>%n kontu aurkitu da.</numerusform>
            <numerusform>%n kontu aurkitu dira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Kargatzen…</translation>
    </message>
    <message>
        <source>The profile has no Active Directory server.</source>
        <translation>Profilak ez du Active Directory zerbitzaririk.</translation>
    </message>
    <message>
        <source>No Active Directory user has this mail address or logon name.</source>
        <translation>Ez dago posta-helbide edo saio-hasierako izen hau duen Active Directory erabiltzailerik.</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Egin</translation>
    </message>
    <message>
        <source>Search Zimbra accounts by name, address, alias or part of a name; press Enter (%1 to come back here)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+F</extracomment>
        <translation>Bilatu Zimbra kontuak izenaren, helbidearen, aliasaren edo izen-zati baten arabera; sakatu Enter (%1 hona itzultzeko)</translation>
    </message>
    <message>
        <source>Lock Zimbra account</source>
        <translation>Blokeatu Zimbra kontua</translation>
    </message>
    <message>
        <source>Set the Zimbra status of %1 to “locked”? Nobody can log in to it until an administrator unlocks it; mail keeps arriving.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Ezarri %1 kontuaren Zimbra egoera “Blokeatuta”? Inork ezin du saioa hasi administratzaile batek desblokeatu arte; posta iristen jarraitzen du.</translation>
    </message>
    <message>
        <source>Locking %1…</source>
        <translation>%1 kontua blokeatzen…</translation>
    </message>
    <message>
        <source>Unlock Zimbra account</source>
        <translation>Desblokeatu Zimbra kontua</translation>
    </message>
    <message>
        <source>Set the Zimbra status of %1 back to “active”?</source>
        <translation>Ezarri berriro %1 kontuaren Zimbra egoera “Aktiboa”?</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>%1 kontua desblokeatzen…</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Amaitu saio guztiak</translation>
    </message>
    <message>
        <source>End every open session of %1? Its login tokens become invalid (zimbraAuthTokenValidityValue is increased) and the account is flushed from the cache of every server; web mail, phones and mail programs must log in again.</source>
        <translation>Amaitu %1 kontuaren saio ireki guztiak? Bere saio-tokenak baliogabe bihurtzen dira (zimbraAuthTokenValidityValue handitzen da) eta kontua zerbitzari guztien cachetik husten da; web-postak, telefonoek eta posta-programek berriro hasi beharko dute saioa.</translation>
    </message>
    <message>
        <source>Ending the sessions of %1…</source>
        <translation>%1 kontuaren saioak amaitzen…</translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation>Kendu blokeoa</translation>
    </message>
    <message>
        <source>Clear the failed-login lockout of %1? The counted failures are removed and a “lockout” status returns to “active”.</source>
        <translation>Kendu %1 kontuaren saio-hasiera hutsegiteengatiko blokeoa? Zenbatutako hutsegiteak ezabatzen dira, eta “Blokeoan” egoera “Aktiboa” izatera itzultzen da.</translation>
    </message>
    <message>
        <source>Clearing the lockout of %1…</source>
        <translation>%1 kontuaren blokeoa kentzen…</translation>
    </message>
    <message>
        <source>Nothing to change for %1: it is already “%2”.</source>
        <translation>Ez dago aldatzekorik %1 kontuan: jada “%2” egoeran dago.</translation>
    </message>
    <message>
        <source>Done: %1 is now “%2” in Zimbra.</source>
        <translation>Eginda: %1 kontua “%2” egoeran dago orain Zimbran.</translation>
    </message>
    <message>
        <source>Setting the Zimbra password of %1…</source>
        <translation>%1 kontuaren Zimbra pasahitza ezartzen…</translation>
    </message>
    <message>
        <source>Done: %1 has a new Zimbra password; its sessions ended.</source>
        <translation>Eginda: %1 kontuak Zimbra pasahitz berria du; bere saioak amaitu dira.</translation>
    </message>
    <message>
        <source>Unlock in Active Directory</source>
        <translation>Desblokeatu Active Directory-n</translation>
    </message>
    <message>
        <source>Clear the Active Directory lockout of %1 (lockoutTime = 0)? Its wrong-password count is reset too.</source>
        <translation>Kendu %1 kontuaren Active Directory blokeoa (lockoutTime = 0)? Pasahitz okerren kontagailua ere berrezarri egiten da.</translation>
    </message>
    <message>
        <source>Disable in Active Directory</source>
        <translation>Desgaitu Active Directory-n</translation>
    </message>
    <message>
        <source>Disable the Active Directory account %1? The person can no longer log on anywhere that uses the directory, Zimbra included.</source>
        <translation>Desgaitu %1 Active Directory kontua? Pertsonak ezingo du saioa hasi direktorioa erabiltzen duen inon, Zimbra barne.</translation>
    </message>
    <message>
        <source>Enable in Active Directory</source>
        <translation>Gaitu Active Directory-n</translation>
    </message>
    <message>
        <source>Enable the Active Directory account %1 again?</source>
        <translation>Gaitu berriro %1 Active Directory kontua?</translation>
    </message>
    <message>
        <source>Done in Active Directory for %1.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Eginda Active Directory-n %1 kontuarentzat.</translation>
    </message>
    <message>
        <source>This person has no Active Directory account to reset.</source>
        <translation>Pertsona honek ez du berrezartzeko Active Directory konturik.</translation>
    </message>
    <message>
        <source>Setting the Active Directory password of %1…</source>
        <translation>%1 kontuaren Active Directory pasahitza ezartzen…</translation>
    </message>
    <message>
        <source>Done: %1 has a new Active Directory password and must change it at the next logon.</source>
        <translation>Eginda: %1 kontuak Active Directory pasahitz berria du, eta hurrengo saio-hasieran aldatu behar du.</translation>
    </message>
    <message>
        <source>Done: %1 has a new Active Directory password.</source>
        <translation>Eginda: %1 kontuak Active Directory pasahitz berria du.</translation>
    </message>
    <message>
        <source>Active Directory refused the password: %1</source>
        <translation>Active Directory-k pasahitza baztertu du: %1</translation>
    </message>
    <message>
        <source>Contain…</source>
        <translation>Geldiarazi…</translation>
    </message>
    <message>
        <source>Contain the selected account as captured: lock, cut sessions, stop its mail, secure the directory account, after a preview (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>Geldiarazi hautatutako kontua harrapatutzat joz: blokeatu, eten saioak, gelditu bere posta, babestu direktorioko kontua, aurrebista ikusi ondoren (%1)</translation>
    </message>
    <message>
        <source>Remove forwarding</source>
        <translation>Kendu birbidaltzea</translation>
    </message>
    <message>
        <source>Remove every forwarding address of %1 and turn its filters&apos; redirects into “keep”? Mail then stays in the mailbox.</source>
        <translation>Kendu %1 kontuaren birbidaltze-helbide guztiak eta bihurtu bere iragazkien birbideratzeak “keep” ekintza? Horrela, posta postontzian geratzen da.</translation>
    </message>
    <message>
        <source>Removing the forwarding of %1…</source>
        <translation>%1 kontuaren birbidaltzea kentzen…</translation>
    </message>
</context>
<context>
    <name>zaindari::MailQueuesPage</name>
    <message>
        <source>Host key of %1 accepted and remembered: %2</source>
        <extracomment>%1 host, %2 SHA-256 fingerprint</extracomment>
        <translation>%1 ostalariaren gakoa onartu eta gogoratu da: %2</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Ilarak</translation>
    </message>
    <message>
        <source>This profile lists no MTA host; add one in the profile manager.</source>
        <translation>Profil honek ez du MTA ostalaririk; gehitu bat profil-kudeatzailean.</translation>
    </message>
    <message>
        <source>Choose or create a profile first.</source>
        <translation>Aukeratu edo sortu profil bat lehenik.</translation>
    </message>
    <message>
        <source>The queues are being read already.</source>
        <translation>Ilarak irakurtzen ari dira jada.</translation>
    </message>
    <message>
        <source>Reading the queues…</source>
        <translation>Ilarak irakurtzen…</translation>
    </message>
    <message>
        <source>Reading the queues… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>Ilarak irakurtzen… %1 jasota</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the queues at %1.</source>
        <extracomment>%n messages, %1 a time of day</extracomment>
        <translation>
            <numerusform>%n mezu ilaretan (%1).</numerusform>
            <numerusform>%n mezu ilaretan (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the queue listing could not be read and were skipped.</source>
        <translation>
            <numerusform>Ilara-zerrendako %n lerro ezin izan da irakurri, eta saltatu egin da.</numerusform>
            <numerusform>Ilara-zerrendako %n lerro ezin izan dira irakurri, eta saltatu egin dira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <extracomment>%1 rows shown, %2 messages in total</extracomment>
        <translation>%1 erakusten, guztira %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected message(s)</source>
        <translation>
            <numerusform>Hautatutako %n mezu</numerusform>
            <numerusform>Hautatutako %n mezu</numerusform>
        </translation>
    </message>
    <message>
        <source>every message of the group “%1”</source>
        <extracomment>%1 is a group of the grouping panel (a sender, a domain, a reason, an age)</extracomment>
        <translation>“%1” taldeko mezu guztiak</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) requested.</source>
        <extracomment>%1 is an action such as &quot;Hold&quot;, %n the number of messages</extracomment>
        <translation>
            <numerusform>%1: %n mezu eskatu da.</numerusform>
            <numerusform>%1: %n mezu eskatu dira.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A line of the activity log: %1 time, %2 what happened</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Mail queues</source>
        <translation>Posta-ilarak</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Freskatu</translation>
    </message>
    <message>
        <source>Read the queues again (F5)</source>
        <translation>Irakurri berriro ilarak (F5)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Atxiki</translation>
    </message>
    <message>
        <source>Put the selected messages on hold: they stay in the queue until released (%1)</source>
        <translation>Atxiki hautatutako mezuak: ilaran geratzen dira askatu arte (%1)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Askatu</translation>
    </message>
    <message>
        <source>Release the selected messages from hold (%1)</source>
        <translation>Askatu hautatutako mezu atxikiak (%1)</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Berriro ilaratu</translation>
    </message>
    <message>
        <source>Have Postfix process the selected messages again at once (%1)</source>
        <translation>Postfix-ek hautatutako mezuak berehala berriro prozesa ditzala (%1)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ezabatu</translation>
    </message>
    <message>
        <source>Delete the selected messages for good, after confirmation (%1)</source>
        <translation>Ezabatu hautatutako mezuak behin betiko, berretsi ondoren (%1)</translation>
    </message>
    <message>
        <source>Queue sizes</source>
        <translation>Ilaren tamainak</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Jarduera</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Jarduera-erregistroa</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Ilarako mezuak</translation>
    </message>
    <message>
        <source>Select messages (Shift/Ctrl for several, Ctrl+A for all shown) and act on them with the buttons above</source>
        <translation>Hautatu mezuak (Shift/Ctrl hainbat hautatzeko, Ctrl+A erakutsitako guztiak hautatzeko) eta erabili goiko botoiak haiekin jarduteko</translation>
    </message>
    <message>
        <source>Waiting for your answer about the host key of %1…</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation>%1 ostalariaren gakoari buruzko zure erantzunaren zain…</translation>
    </message>
</context>
<context>
    <name>zaindari::MainWindow</name>
    <message>
        <source>%1 — %2 — Zaindari</source>
        <extracomment>Window title: %1 is the page, %2 the profile name</extracomment>
        <translation>%1 — %2 — Zaindari</translation>
    </message>
    <message>
        <source>%1 — Zaindari</source>
        <extracomment>Window title: %1 is the page</extracomment>
        <translation>%1 — Zaindari</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxategia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ikusi</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ezarpenak</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Laguntza</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profilak…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profilak</translation>
    </message>
    <message>
        <source>Create, edit, import or export server profiles (%1)</source>
        <translation>Sortu, editatu, inportatu edo esportatu zerbitzari-profilak (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Irten</translation>
    </message>
    <message>
        <source>Close Zaindari</source>
        <translation>Itxi Zaindari</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Freskatu</translation>
    </message>
    <message>
        <source>Reload what the current page shows (%1)</source>
        <translation>Kargatu berriro uneko orriak erakusten duena (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Hobespenak…</translation>
    </message>
    <message>
        <source>Language and automatic refresh</source>
        <translation>Hizkuntza eta freskatze automatikoa</translation>
    </message>
    <message>
        <source>&amp;About Zaindari</source>
        <translation>Zaindariri &amp;buruz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt-ri buruz</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>Tooltip of a navigation entry; %1 is a keyboard shortcut such as Ctrl+1</extracomment>
        <translation>Lasterbidea: %1</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofila:</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Profilik ez oraindik</translation>
    </message>
    <message>
        <source>The servers Zaindari works with</source>
        <translation>Zaindarik erabiltzen dituen zerbitzariak</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Orriak</translation>
    </message>
    <message>
        <source>Open a saved &amp;incident report…</source>
        <translation>Ireki gordetako &amp;gorabehera-txosten bat…</translation>
    </message>
    <message>
        <source>Incident reports are kept in a reports folder beside the audit log</source>
        <translation>Gorabehera-txostenak auditoria-erregistroaren ondoko txosten-karpeta batean gordetzen dira</translation>
    </message>
</context>
<context>
    <name>zaindari::MessagePreviewJob</name>
    <message>
        <source>“%1” is not a Postfix queue id.</source>
        <extracomment>%1 is what was given as a queue id</extracomment>
        <translation>“%1” ez da Postfix ilara-ID bat.</translation>
    </message>
</context>
<context>
    <name>zaindari::MessagePreviewPane</name>
    <message>
        <source>Message preview</source>
        <translation>Mezuaren aurrebista</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br&gt;Select a message to see its headers and the start of its body.</source>
        <translation>&lt;b&gt;Aurrebista&lt;/b&gt;&lt;br&gt;Hautatu mezu bat bere goiburuak eta gorputzaren hasiera ikusteko.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;Reading the message…</source>
        <extracomment>%1 is a Postfix queue id</extracomment>
        <translation>&lt;b&gt;%1 mezuaren aurrebista&lt;/b&gt;&lt;br&gt;Mezua irakurtzen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;Only the start of the message is shown.</source>
        <extracomment>%1 is a Postfix queue id</extracomment>
        <translation>&lt;b&gt;%1 mezuaren aurrebista&lt;/b&gt;&lt;br&gt;Mezuaren hasiera soilik erakusten da.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 mezuaren aurrebista&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;%2</source>
        <extracomment>%1 is a Postfix queue id, %2 the error</extracomment>
        <translation>&lt;b&gt;%1 mezuaren aurrebista&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>zaindari::MtaConnectionTester</name>
    <message>
        <source>The profile lists no MTA host to connect to.</source>
        <translation>Profilak ez du konektatzeko MTA ostalaririk.</translation>
    </message>
    <message>
        <source>postqueue -j (without sudo)</source>
        <translation>postqueue -j (sudo gabe)</translation>
    </message>
    <message>
        <source>postconf (reading the Postfix version)</source>
        <translation>postconf (Postfix bertsioa irakurtzen)</translation>
    </message>
    <message>
        <source>sudo rights for %1</source>
        <extracomment>%1 is a remote program path</extracomment>
        <translation>%1 programarako sudo eskubideak</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Nothing was trusted: compare the fingerprint with the server&apos;s and confirm it when connecting.</source>
        <extracomment>%1 is a host name, %2 a key type (ssh-ed25519), %3 its SHA-256 fingerprint</extracomment>
        <translation>%1 ostalariaren gakoa ez da ezaguna oraindik (%2 %3). Ez da ezertaz fidatu: konparatu hatz-marka zerbitzarikoarekin, eta berretsi konektatzean.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is user@host:port</extracomment>
        <translation>%1 helbidera konektatzen…</translation>
    </message>
    <message>
        <source>%1: connected; the queue tools run as the console needs them.</source>
        <extracomment>%1 is user@host:port</extracomment>
        <translation>%1: konektatuta; ilara-tresnak kontsolak behar duen moduan exekutatzen dira.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <extracomment>%1 describes a check, e.g. &quot;postqueue -j (without sudo)&quot;</extracomment>
        <translation>Egiaztatzen: %1…</translation>
    </message>
    <message>
        <source>Check failed: %1. %2</source>
        <extracomment>%1 describes a check, %2 the reason</extracomment>
        <translation>Egiaztapenak huts egin du: %1. %2</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Konexio-proba bertan behera utzi da.</translation>
    </message>
</context>
<context>
    <name>zaindari::MtaHostsModel</name>
    <message>
        <source>Host</source>
        <translation>Ostalaria</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH ataka</translation>
    </message>
</context>
<context>
    <name>zaindari::MtaSettingsPanel</name>
    <message>
        <source>Relay host (zimbraMtaRelayHost)</source>
        <translation>Errele-ostalaria (zimbraMtaRelayHost)</translation>
    </message>
    <message>
        <source>Where the MTA sends outgoing mail. A server without its own value uses the global one. Postfix syntax: host, host:port or [host]:port (brackets skip the MX lookup); empty removes the value.</source>
        <translation>MTAk kanpora doan posta nora bidaltzen duen. Balio propiorik ez duen zerbitzari batek balio globala erabiltzen du. Postfix sintaxia: ostalaria, ostalaria:ataka edo [ostalaria]:ataka (kortxeteekin MX bilaketa saltatzen da); hutsik utziz gero, balioa kentzen da.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Esparrua</translation>
    </message>
    <message>
        <source>Relay host</source>
        <translation>Errele-ostalaria</translation>
    </message>
    <message>
        <source>&amp;Relay host:</source>
        <translation>&amp;Errele-ostalaria:</translation>
    </message>
    <message>
        <source>e.g. [smtp.example.org]:587</source>
        <translation>adib. [smtp.example.org]:587</translation>
    </message>
    <message>
        <source>A&amp;pply relay host</source>
        <translation>A&amp;plikatu errele-ostalaria</translation>
    </message>
    <message>
        <source>Messages per hour on the server (last 48 hours)</source>
        <translation>Zerbitzariko orduko mezuak (azken 48 orduak)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Ordua</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mezuak</translation>
    </message>
    <message>
        <source>Reload MTA &amp;settings</source>
        <translation>Kargatu berriro MTA e&amp;zarpenak</translation>
    </message>
    <message>
        <source>Global (every server)</source>
        <translation>Globala (zerbitzari guztiak)</translation>
    </message>
    <message>
        <source>(none: direct delivery)</source>
        <translation>(bat ere ez: entrega zuzena)</translation>
    </message>
    <message>
        <source>(inherits: %1)</source>
        <extracomment>%1 the global relay host</extracomment>
        <translation>(heredatua: %1)</translation>
    </message>
    <message>
        <source>“%1” is not a relay host: use host, host:port or [host]:port.</source>
        <extracomment>%1 the value typed</extracomment>
        <translation>“%1” ez da errele-ostalari bat: erabili ostalaria, ostalaria:ataka edo [ostalaria]:ataka.</translation>
    </message>
    <message>
        <source>global configuration</source>
        <translation>konfigurazio globala</translation>
    </message>
    <message>
        <source>Remove the relay host from %1?</source>
        <extracomment>%1 &quot;global configuration&quot; or a server name</extracomment>
        <translation>Kendu errele-ostalaria hemendik: %1?</translation>
    </message>
    <message>
        <source>Set the relay host to “%1” on %2?</source>
        <extracomment>%1 relay host, %2 &quot;global configuration&quot; or a server name</extracomment>
        <translation>Ezarri “%1” errele-ostalari gisa hemen: %2?</translation>
    </message>
    <message>
        <source>Change relay host</source>
        <translation>Aldatu errele-ostalaria</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplikatzen…</translation>
    </message>
    <message>
        <source>Done: %1 now relays through “%2”.</source>
        <extracomment>%1 &quot;global configuration&quot; or a server name, %2 relay host</extracomment>
        <translation>Eginda (%1): errele-ostalaria orain “%2” da.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(bat ere ez)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplikatu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Kargatzen…</translation>
    </message>
    <message>
        <source>The Zimbra logger is not enabled on this server, so there are no message counts. The send rates derived from the mail log still work.</source>
        <translation>Zimbra logger-a ez dago gaituta zerbitzari honetan; beraz, ez dago mezu-kopururik. Posta-erregistrotik ateratako bidalketa-tasek funtzionatzen jarraitzen dute.</translation>
    </message>
    <message>
        <source>The logger has no message counts for the last 48 hours.</source>
        <translation>Logger-ak ez du mezu-kopururik azken 48 orduetarako.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last 48 hours (zmmtastats, mta_count).</source>
        <translation>
            <numerusform>%n mezu azken 48 orduetan (zmmtastats, mta_count).</numerusform>
            <numerusform>%n mezu azken 48 orduetan (zmmtastats, mta_count).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zaindari::PasswordResetDialog</name>
    <message>
        <source>&amp;Generate a strong password</source>
        <translation>&amp;Sortu pasahitz sendo bat</translation>
    </message>
    <message>
        <source>&amp;Type a password</source>
        <translation>&amp;Idatzi pasahitz bat</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiatu</translation>
    </message>
    <message>
        <source>&amp;New one</source>
        <translation>&amp;Beste bat</translation>
    </message>
    <message>
        <source>&amp;Must change at next logon</source>
        <translation>&amp;Hurrengo saio-hasieran aldatu behar du</translation>
    </message>
    <message>
        <source>Reset Zimbra password</source>
        <translation>Berrezarri Zimbra pasahitza</translation>
    </message>
    <message>
        <source>Set a new Zimbra password for %1. Its open sessions end as well.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Ezarri Zimbra pasahitz berri bat %1 kontuarentzat. Bere saio irekiak ere amaitu egiten dira.</translation>
    </message>
    <message>
        <source>Reset Active Directory password</source>
        <translation>Berrezarri Active Directory pasahitza</translation>
    </message>
    <message>
        <source>Set a new Active Directory password for %1. Until the person logs on with it, the previous password may keep working for up to an hour on some services unless “must change at next logon” is set or the account is disabled.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Ezarri Active Directory pasahitz berri bat %1 kontuarentzat. Pertsonak harekin saioa hasi arte, aurreko pasahitzak ordubetez funtziona dezake zerbitzu batzuetan, “hurrengo saio-hasieran aldatu behar du” ezarrita ez badago edo kontua desgaituta ez badago.</translation>
    </message>
    <message>
        <source>This domain checks passwords in Active Directory: people log in with their directory password, so the Zimbra password changes nothing for them. Reset the directory password instead.</source>
        <translation>Domeinu honek Active Directory-n egiaztatzen ditu pasahitzak: jendeak bere direktorioko pasahitzarekin hasten du saioa, beraz, Zimbra pasahitzak ez du ezer aldatzen haientzat. Berrezarri direktorioko pasahitza horren ordez.</translation>
    </message>
    <message>
        <source>Reset the &amp;directory password instead…</source>
        <translation>Berrezarri &amp;direktorioko pasahitza horren ordez…</translation>
    </message>
    <message>
        <source>Shown only now: copy it and give it to the person</source>
        <translation>Orain bakarrik erakusten da: kopiatu eta eman pertsonari</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard</source>
        <translation>Kopiatu sortutako pasahitza arbelera</translation>
    </message>
    <message>
        <source>Generate another password</source>
        <translation>Sortu beste pasahitz bat</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Pasahitz berria:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Errepikatu:</translation>
    </message>
    <message>
        <source>The person must choose their own password at the next logon</source>
        <translation>Pertsonak bere pasahitza aukeratu behar du hurrengo saio-hasieran</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Be&amp;rrezarri pasahitza</translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation>Idatzi pasahitz berria bi aldiz.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Bi pasahitzak desberdinak dira.</translation>
    </message>
    <message>
        <source>Active Directory will probably refuse it: use at least three of upper case, lower case, digits and symbols.</source>
        <translation>Active Directory-k ziurrenik baztertu egingo du: erabili gutxienez hauetako hiru: maiuskulak, minuskulak, zifrak eta ikurrak.</translation>
    </message>
</context>
<context>
    <name>zaindari::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Hobespenak</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Hizkuntza:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistemaren lehenetsia</translation>
    </message>
    <message>
        <source>The new language applies at once to every window.</source>
        <translation>Hizkuntza berria berehala aplikatzen zaie leiho guztiei.</translation>
    </message>
    <message>
        <source>&amp;Automatic refresh:</source>
        <translation>&amp;Freskatze automatikoa:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desaktibatuta</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the refresh interval, with its leading space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often open pages reload their data, in seconds (at least %1). 0 turns automatic refresh off.</source>
        <translation>Orri irekiek zenbatean behin kargatzen dituzten berriro datuak, segundotan (gutxienez %1). 0 balioarekin freskatze automatikoa desaktibatzen da.</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>&amp;Ordu-eremua:</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Tokiko ordua</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>zaindari::ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Eman izen bat profilari.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ize&amp;na:</translation>
    </message>
    <message>
        <source>For example: School mail server</source>
        <translation>Adibidez: Ikastetxeko posta-zerbitzaria</translation>
    </message>
    <message>
        <source>No system keychain is available. Passwords and passphrases will be asked each time they are needed and kept only for this session; nothing is written to disk.</source>
        <translation>Ez dago sistemaren gako-sortarik erabilgarri. Pasahitzak eta pasaesaldiak behar diren bakoitzean eskatuko dira, eta saio honetarako soilik gordeko dira; ez da ezer idazten diskoan.</translation>
    </message>
</context>
<context>
    <name>zaindari::ProfileManagerDialog</name>
    <message>
        <source>Export profiles</source>
        <translation>Esportatu profilak</translation>
    </message>
    <message>
        <source>Zaindari profiles (*.json)</source>
        <translation>Zaindari profilak (*.json)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Inportatu profilak</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Gorde gabeko aldaketak</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Gorde “%1” profilaren aldaketak?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil berria</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Profil berria %1</translation>
    </message>
    <message>
        <source>New profile: fill it in and save it.</source>
        <translation>Profil berria: bete eta gorde.</translation>
    </message>
    <message>
        <source>Some fields need attention before the profile can be saved.</source>
        <translation>Eremu batzuk zuzendu behar dira profila gorde aurretik.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Ezin izan da profila gorde.</translation>
    </message>
    <message>
        <source>Profile saved. Its passwords are kept for this session only.</source>
        <translation>Profila gorde da. Bere pasahitzak saio honetarako soilik gordetzen dira.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profila gorde da.</translation>
    </message>
    <message>
        <source>The profile could not be duplicated.</source>
        <translation>Ezin izan da profila bikoiztu.</translation>
    </message>
    <message>
        <source>Created “%1”. Passwords are not copied: enter them again.</source>
        <extracomment>%1 is the new profile&apos;s name</extracomment>
        <translation>“%1” sortu da. Pasahitzak ez dira kopiatzen: idatzi berriro.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Ezabatu profila</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and the passwords saved for it?</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Ezabatu “%1” profila eta harentzat gordetako pasahitzak?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Ezin da desegin.</translation>
    </message>
    <message>
        <source>The profile could not be deleted.</source>
        <translation>Ezin izan da profila ezabatu.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>“%1” ezabatu da.</translation>
    </message>
    <message>
        <source>The profiles could not be exported.</source>
        <translation>Ezin izan dira profilak esportatu.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>%n profil esportatu da %1 fitxategira, pasahitzik gabe.</numerusform>
            <numerusform>%n profil esportatu dira %1 fitxategira, pasahitzik gabe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter their passwords before connecting.</source>
        <translation>
            <numerusform>%n profil inportatu da. Idatzi haren pasahitzak konektatu aurretik.</numerusform>
            <numerusform>%n profil inportatu dira. Idatzi haien pasahitzak konektatu aurretik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profilak</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Berria</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Sortu profil berri bat</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Bi&amp;koiztu</translation>
    </message>
    <message>
        <source>Copy the selected profile, without its passwords</source>
        <translation>Kopiatu hautatutako profila, bere pasahitzik gabe</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ezabatu…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved passwords</source>
        <translation>Ezabatu hautatutako profila eta gordetako bere pasahitzak</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Inportatu…</translation>
    </message>
    <message>
        <source>Add profiles from a file exported by Zaindari</source>
        <translation>Gehitu Zaindarik esportatutako fitxategi bateko profilak</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sportatu…</translation>
    </message>
    <message>
        <source>Save the selected profiles (or all of them) to a file</source>
        <translation>Gorde hautatutako profilak (edo guztiak) fitxategi batean</translation>
    </message>
    <message>
        <source>Exported files never contain passwords or passphrases: those stay in the system keychain.</source>
        <translation>Esportatutako fitxategiek ez dute inoiz pasahitzik edo pasaesaldirik: horiek sistemaren gako-sortan geratzen dira.</translation>
    </message>
    <message>
        <source>No profile yet. Press “New” to describe your mail server, or import a file exported from another computer.</source>
        <translation>Oraindik ez dago profilik. Sakatu “Berria” zure posta-zerbitzaria deskribatzeko, edo inportatu beste ordenagailu batetik esportatutako fitxategi bat.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gorde</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>Gorde profil hau (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Leheneratu</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation>Baztertu azken gordetzetik egindako aldaketak</translation>
    </message>
</context>
<context>
    <name>zaindari::ProfilesModel</name>
    <message>
        <source>No MTA host configured</source>
        <translation>Ez da MTA ostalaririk konfiguratu</translation>
    </message>
    <message>
        <source>MTA hosts: %1</source>
        <extracomment>%1 is a comma-separated list of host names</extracomment>
        <translation>MTA ostalariak: %1</translation>
    </message>
</context>
<context>
    <name>zaindari::Queue</name>
    <message>
        <source>Maildrop</source>
        <translation>Maildrop</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Sarrerakoa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiboa</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Atzeratua</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Atxikita</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Hondatua</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ezezaguna</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueAction</name>
    <message>
        <source>Hold</source>
        <translation>Atxiki</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Askatu</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Berriro ilaratu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ezabatu</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueActionConfirmDialog</name>
    <message numerus="yes">
        <source>Put %n message(s) on hold? They stay in the queue and can be released later.</source>
        <translation>
            <numerusform>Atxiki %n mezu? Ilaran geratzen da, eta geroago askatu daiteke.</numerusform>
            <numerusform>Atxiki %n mezu? Ilaran geratzen dira, eta geroago askatu daitezke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n message(s) from hold? Postfix will try to deliver them again.</source>
        <translation>
            <numerusform>Askatu atxikitako %n mezu? Postfix berriro saiatuko da hura entregatzen.</numerusform>
            <numerusform>Askatu atxikitako %n mezu? Postfix berriro saiatuko da haiek entregatzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requeue %n message(s)? Postfix reprocesses them at once.</source>
        <translation>
            <numerusform>Berriro ilaratu %n mezu? Postfix-ek berehala prozesatzen du berriro.</numerusform>
            <numerusform>Berriro ilaratu %n mezu? Postfix-ek berehala prozesatzen ditu berriro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s)? Deleted messages cannot be recovered.</source>
        <translation>
            <numerusform>Ezabatu %n mezu? Ezabatutako mezuak ezin dira berreskuratu.</numerusform>
            <numerusform>Ezabatu %n mezu? Ezabatutako mezuak ezin dira berreskuratu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <extracomment>%1 describes what was chosen, e.g. &quot;the selected messages&quot;</extracomment>
        <translation>Aukeratutakoa: %1.</translation>
    </message>
    <message>
        <source>On the hosts: %1.</source>
        <extracomment>%1 is a list of MTA host names</extracomment>
        <translation>Ostalarietan: %1.</translation>
    </message>
    <message numerus="yes">
        <source>From %n sender(s), the largest being:</source>
        <translation>
            <numerusform>Igorleak: %n. Handiena:</numerusform>
            <numerusform>Igorleak: %n. Handienak:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s)</source>
        <extracomment>A line of the list of senders: %1 the sender, %n messages</extracomment>
        <translation>
            <numerusform>%1 — %n mezu</numerusform>
            <numerusform>%1 — %n mezu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I understand that these %n message(s) will be deleted for good.</source>
        <translation>
            <numerusform>Ulertzen dut %n mezu hau behin betiko ezabatuko dela.</numerusform>
            <numerusform>Ulertzen dut %n mezu hauek behin betiko ezabatuko direla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zaindari::QueueActionRunner</name>
    <message numerus="yes">
        <source> … and %n more</source>
        <extracomment>The end of a shortened list of queue ids; %n is how many more there are</extracomment>
        <translation>
            <numerusform> … eta %n gehiago</numerusform>
            <numerusform> … eta %n gehiago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) placed on hold.</source>
        <translation>
            <numerusform>%n mezu atxiki da.</numerusform>
            <numerusform>%n mezu atxiki dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released from hold.</source>
        <translation>
            <numerusform>%n mezu askatu da.</numerusform>
            <numerusform>%n mezu askatu dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) requeued.</source>
        <translation>
            <numerusform>%n mezu berriro ilaratu da.</numerusform>
            <numerusform>%n mezu berriro ilaratu dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n mezu ezabatu da.</numerusform>
            <numerusform>%n mezu ezabatu dira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had already left the queue (or were not in a queue this action applies to).</source>
        <translation>
            <numerusform>%n mezu jada ilaratik irten zen (edo ez zegoen ekintza honi dagokion ilara batean).</numerusform>
            <numerusform>%n mezu jada ilaratik irten ziren (edo ez zeuden ekintza honi dagokion ilara batean).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n message(s) the outcome is unknown: the connection was lost before postsuper reported them.</source>
        <translation>
            <numerusform>%n mezuren emaitza ezezaguna da: konexioa galdu zen postsuper-ek jakinarazi aurretik.</numerusform>
            <numerusform>%n mezuren emaitza ezezaguna da: konexioa galdu zen postsuper-ek jakinarazi aurretik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not touched because the action was canceled.</source>
        <translation>
            <numerusform>%n mezu ez da ukitu, ekintza bertan behera utzi delako.</numerusform>
            <numerusform>%n mezu ez dira ukitu, ekintza bertan behera utzi delako.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <extracomment>%1 is a list of queue ids</extracomment>
        <translation>Jada joanda: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>Emaitza ezezaguna: %1</translation>
    </message>
    <message numerus="yes">
        <source>Working on %n message(s)…</source>
        <extracomment>%n is the number of messages</extracomment>
        <translation>
            <numerusform>%n mezu prozesatzen…</numerusform>
            <numerusform>%n mezu prozesatzen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to %1; nothing was sent there.</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation>Ez dago konexiorik %1 ostalariarekin; ez da ezer bidali hara.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueAnalysis</name>
    <message>
        <source>&lt;&gt; (bounce)</source>
        <extracomment>The null envelope sender of bounces and notifications, as Postfix writes it.</extracomment>
        <translation>&lt;&gt; (itzulketa)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(arrazoirik ez)</translation>
    </message>
    <message>
        <source>over %1 min</source>
        <extracomment>Age of queued messages: older than %1 minutes</extracomment>
        <translation>%1 min baino gehiago</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <extracomment>Age of queued messages: between %1 and %2 minutes</extracomment>
        <translation>%1–%2 min</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueCountsBar</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 queue name, %2 number of messages</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show only the %1 queue (click again to show every queue)</source>
        <extracomment>%1 is a queue name such as &quot;deferred&quot;</extracomment>
        <translation>Erakutsi ilara hau soilik: %1 (egin klik berriro ilara guztiak erakusteko)</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueDashboardBox</name>
    <message>
        <source>Mail queues</source>
        <translation>Posta-ilarak</translation>
    </message>
    <message>
        <source>Open the queues</source>
        <translation>Ireki ilarak</translation>
    </message>
    <message>
        <source>Show the Queues page (Ctrl+2)</source>
        <translation>Erakutsi Ilarak orria (Ctrl+2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in total, read at %1; the Queues page refreshes them.</source>
        <extracomment>%n messages in total, %1 a time of day</extracomment>
        <translation>
            <numerusform>Guztira %n mezu (irakurketa: %1); Ilarak orriak freskatzen du.</numerusform>
            <numerusform>Guztira %n mezu (irakurketa: %1); Ilarak orriak freskatzen ditu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet: the counts appear once the Queues page has connected.</source>
        <translation>Irakurri gabe oraindik: kopuruak Ilarak orria konektatu ondoren agertzen dira.</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation>Edozein adin</translation>
    </message>
    <message>
        <source>Every queue</source>
        <translation>Ilara guztiak</translation>
    </message>
    <message>
        <source>Every host</source>
        <translation>Ostalari guztiak</translation>
    </message>
    <message>
        <source>Search id, address or reason</source>
        <translation>Bilatu IDa, helbidea edo arrazoia</translation>
    </message>
    <message>
        <source>Shows messages whose id, sender, a recipient or a delay reason contains this text</source>
        <translation>IDan, igorlean, hartzaileren batean edo atzerapen-arrazoian testu hau duten mezuak erakusten ditu</translation>
    </message>
    <message>
        <source>Sender or @domain</source>
        <translation>Igorlea edo @domeinua</translation>
    </message>
    <message>
        <source>An exact sender address, or a sender domain; &lt;&gt; is the null sender of bounces</source>
        <translation>Igorlearen helbide zehatza, edo igorlearen domeinua; &lt;&gt; itzulketen igorle nulua da</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Hartzailearen domeinua</translation>
    </message>
    <message>
        <source>Shows messages with at least one recipient in this domain</source>
        <translation>Domeinu honetan gutxienez hartzaile bat duten mezuak erakusten ditu</translation>
    </message>
    <message>
        <source>Delay reason</source>
        <translation>Atzerapen-arrazoia</translation>
    </message>
    <message>
        <source>Shows messages whose delay reason contains this text, e.g. “Connection refused”</source>
        <translation>Atzerapen-arrazoian testu hau duten mezuak erakusten ditu, adib. “Connection refused”</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Adina:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Ilara:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Ostalaria:</translation>
    </message>
    <message>
        <source>Clear every filter field</source>
        <translation>Garbitu iragazki-eremu guztiak</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Garbitu iragazkiak</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueGroupsPanel</name>
    <message>
        <source>Sender</source>
        <translation>Igorlea</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Igorlearen domeinua</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Hartzailearen domeinua</translation>
    </message>
    <message>
        <source>Deferral reason</source>
        <translation>Atzerapen-arrazoia</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Adina</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Mezu guztiak</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2</source>
        <extracomment>Tooltip of a group: %1 the group, %n messages, %2 their total size</extracomment>
        <translation>
            <numerusform>%1: %n mezu, %2</numerusform>
            <numerusform>%1: %n mezu, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold every message of this group…</source>
        <translation>Atxiki talde honetako mezu guztiak…</translation>
    </message>
    <message>
        <source>Release every message of this group…</source>
        <translation>Askatu talde honetako mezu guztiak…</translation>
    </message>
    <message>
        <source>Requeue every message of this group…</source>
        <translation>Berriro ilaratu talde honetako mezu guztiak…</translation>
    </message>
    <message>
        <source>Delete every message of this group…</source>
        <translation>Ezabatu talde honetako mezu guztiak…</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Taldekatu honen arabera:</translation>
    </message>
    <message>
        <source>Counts the messages shown by this property, like qshape</source>
        <translation>Erakutsitako mezuak ezaugarri honen arabera zenbatzen ditu, qshape bezala</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Taldea</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mezuak</translation>
    </message>
    <message>
        <source>Choose a group to show only its messages; right-click to act on the whole group</source>
        <translation>Aukeratu talde bat haren mezuak soilik erakusteko; egin eskuineko klik talde osoarekin jarduteko</translation>
    </message>
    <message>
        <source>Contain this sender&apos;s account…</source>
        <translation>Geldiarazi igorle honen kontua…</translation>
    </message>
    <message>
        <source>Lock the account, cut its sessions, stop its mail and secure its directory account, after a preview</source>
        <translation>Blokeatu kontua, eten bere saioak, gelditu bere posta eta babestu bere direktorioko kontua, aurrebista ikusi ondoren</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueLoginModel</name>
    <message>
        <source>Messages whose submission the mail log read back does not show with a login: unauthenticated mail, bounces, or older than the log window</source>
        <translation>Posta-erregistroan irakurritakoaren arabera erabiltzailerik gabe bidalitako mezuak: autentifikatu gabeko posta, itzulketak, edo erregistro-epea baino zaharragoak</translation>
    </message>
    <message>
        <source>(no login known)</source>
        <translation>(erabiltzaile ezezaguna)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Erabiltzailea</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mezuak</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Hartzaileak</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaina</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Zaharrena</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueLoginPanel</name>
    <message>
        <source>By login</source>
        <translation>Erabiltzailearen arabera</translation>
    </message>
    <message>
        <source>Queued messages by the login that submitted them, as the mail log read on the Send rates page says (the envelope sender can be anything). Enter shows the login&apos;s send rate.</source>
        <translation>Ilarako mezuak, bidali zituen erabiltzailearen arabera, Bidalketa-tasak orrian irakurritako posta-erregistroak dioenez (gutun-azaleko igorlea edozein izan daiteke). Enter sakatuta erabiltzailearen bidalketa-tasa erakusten da.</translation>
    </message>
    <message>
        <source>Messages still queued, per SASL login</source>
        <translation>Oraindik ilaran dauden mezuak, SASL erabiltzaileka</translation>
    </message>
    <message>
        <source>&amp;Contain this login…</source>
        <translation>&amp;Geldiarazi erabiltzaile hau…</translation>
    </message>
    <message>
        <source>Show its &amp;send rates</source>
        <translation>Erakutsi bere &amp;bidalketa-tasak</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <extracomment>first recipient and how many more</extracomment>
        <translation>
            <numerusform>%1 (+%n gehiago)</numerusform>
            <numerusform>%1 (+%n gehiago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ostalaria</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ilara</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>IDa</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Iritsiera</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaina</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Igorlea</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Hartzaileak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arrazoia</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueSizeChart</name>
    <message>
        <source>Messages per queue at each refresh</source>
        <translation>Ilara bakoitzeko mezuak freskatze bakoitzean</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ordua</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mezuak</translation>
    </message>
    <message>
        <source>How the queues grew or shrank during this session</source>
        <translation>Saio honetan ilarak nola hazi edo txikitu diren</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesAlerting</name>
    <message>
        <source>Zaindari: possibly captured account</source>
        <translation>Zaindari: harrapatutako kontua izan daiteke</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesChart</name>
    <message>
        <source>Messages submitted</source>
        <translation>Bidalitako mezuak</translation>
    </message>
    <message>
        <source>Recipients deferred</source>
        <translation>Atzeratutako hartzaileak</translation>
    </message>
    <message>
        <source>Recipients bounced</source>
        <translation>Itzulitako hartzaileak</translation>
    </message>
    <message>
        <source>Messages accepted for sending per minute or per hour, with the recipients the next server deferred or bounced</source>
        <translation>Bidaltzeko onartutako mezuak, minutuko edo orduko, hurrengo zerbitzariak atzeratu edo itzuli dituen hartzaileekin</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesModel</name>
    <message>
        <source>Sent without a login from %1</source>
        <extracomment>%1 is the client address the message came from</extracomment>
        <translation>Saio-hasierarik gabe bidalia, %1 helbidetik</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>zerbitzari hau</translation>
    </message>
    <message>
        <source>%1 (no login, %2)</source>
        <extracomment>an envelope sender without a login; %1 the sender, %2 the client address</extracomment>
        <translation>%1 (saio-hasierarik gabe, %2)</translation>
    </message>
    <message>
        <source>local</source>
        <translation>tokikoa</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Erabiltzailea</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mezuak</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Hartzaileak</translation>
    </message>
    <message>
        <source>Recipient domains</source>
        <translation>Hartzaileen domeinuak</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Atzeratuak</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Itzulitakoak</translation>
    </message>
    <message>
        <source>Now (per minute)</source>
        <translation>Orain (minutuko)</translation>
    </message>
    <message>
        <source>Usual peak (per hour)</source>
        <translation>Ohiko gailurra (orduko)</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesPage</name>
    <message>
        <source>Flagged: this login crossed a send-rate threshold in the window.</source>
        <translation>Markatuta: erabiltzaile honek bidalketa-tasaren atalase bat gainditu du epean.</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>Irakurtzen: %1</translation>
    </message>
    <message>
        <source>Following the logs: new lines appear within seconds.</source>
        <translation>Erregistroei jarraitzen: lerro berriak segundo gutxitan agertzen dira.</translation>
    </message>
    <message>
        <source>Stopped. Reload to read the logs again.</source>
        <translation>Geldituta. Kargatu berriro erregistroak berriro irakurtzeko.</translation>
    </message>
    <message>
        <source>Not connected. The page reads the mail log when you open it.</source>
        <translation>Ez dago konektatuta. Orriak posta-erregistroa irakurtzen du irekitzen duzunean.</translation>
    </message>
    <message>
        <source>Send rates</source>
        <translation>Bidalketa-tasak</translation>
    </message>
    <message>
        <source>This profile has no MTA host: add one in the profile&apos;s SSH section.</source>
        <translation>Profil honek ez du MTA ostalaririk: gehitu bat profilaren SSH atalean.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Konektatzen…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 helbidera konektatzen…</translation>
    </message>
    <message>
        <source>Reading the logs…</source>
        <translation>Erregistroak irakurtzen…</translation>
    </message>
    <message>
        <source>Reading the last 24 hours of %1 and %2…</source>
        <translation>%1 eta %2 fitxategien azken 24 orduak irakurtzen…</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <extracomment>Chart title; %1 is a login</extracomment>
        <translation>%1 erabiltzaileak bidalitakoak</translation>
    </message>
    <message>
        <source>Following the logs: %1 lines read, %2 senders in the window, %3 malformed lines skipped.</source>
        <extracomment>%1 lines read, %2 senders, %3 lines skipped as malformed</extracomment>
        <translation>Erregistroei jarraitzen: %1 lerro irakurrita, %2 igorle epean, gaizki osatutako %3 lerro saltatuta.</translation>
    </message>
    <message>
        <source>Thresholds saved for %1.</source>
        <translation>Atalaseak gorde dira: %1.</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Epea:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Azken ordua</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Azken 6 orduak</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Azken 24 orduak</translation>
    </message>
    <message>
        <source>How far back the chart and the tables look</source>
        <translation>Grafikoak eta taulek zenbat denbora atzera begiratzen duten</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafikoa:</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Minutuko</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Orduko</translation>
    </message>
    <message>
        <source>Count messages per minute (spot a burst) or per hour (see the day)</source>
        <translation>Zenbatu mezuak minutuko (bolada bat antzemateko) edo orduko (eguna ikusteko)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Kargatu berriro</translation>
    </message>
    <message>
        <source>Read the last 24 hours of the mail log and audit log again over SSH</source>
        <translation>Irakurri berriro posta-erregistroaren eta auditoria-erregistroaren azken 24 orduak SSH bidez</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Utzi</translation>
    </message>
    <message>
        <source>Stop reading and following the logs</source>
        <translation>Gelditu erregistroak irakurtzea eta haiei jarraitzea</translation>
    </message>
    <message>
        <source>T&amp;op logins (select one for its own chart):</source>
        <translation>E&amp;rabiltzaile nagusiak (hautatu bat bere grafikoa ikusteko):</translation>
    </message>
    <message>
        <source>Senders by SASL login (or by envelope sender and client when there is no login). Red rows crossed a threshold. Enter opens the account.</source>
        <translation>Igorleak SASL erabiltzaileka (edo gutun-azaleko igorleka eta bezeroka, erabiltzailerik ez dagoenean). Lerro gorriek atalase bat gainditu dute. Enter sakatuta kontua irekitzen da.</translation>
    </message>
    <message>
        <source>Send rat&amp;es</source>
        <translation>Bidalketa-&amp;tasak</translation>
    </message>
    <message>
        <source>Fa&amp;iled logins</source>
        <translation>Saio-hasiera &amp;hutsegiteak</translation>
    </message>
    <message>
        <source>Aler&amp;ts and thresholds</source>
        <translation>&amp;Alertak eta atalaseak</translation>
    </message>
    <message>
        <source>Failed logins from Zimbra&apos;s audit log, per account and per address</source>
        <translation>Zimbraren auditoria-erregistroko saio-hasiera hutsegiteak, kontuka eta helbideka</translation>
    </message>
    <message>
        <source>Thresholds of this profile</source>
        <translation>Profil honen atalaseak</translation>
    </message>
    <message>
        <source>A login that sends more than this is flagged, and so is one far above its usual hourly peak. New values apply to new log lines; Reload applies them to the whole window.</source>
        <translation>Hau baino gehiago bidaltzen duen erabiltzailea markatu egiten da, baita bere orduko ohiko gailurretik oso gora dagoena ere. Balio berriak erregistro-lerro berriei aplikatzen zaizkie; Kargatu berriro sakatuta epe osoari aplikatzen zaizkio.</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>&amp;Minutuko mezuak:</translation>
    </message>
    <message>
        <source>Messages one login may send within any 60 seconds before it is flagged</source>
        <translation>Erabiltzaile batek edozein 60 segundotan bidal ditzakeen mezuak, markatu aurretik</translation>
    </message>
    <message>
        <source>Messages per ho&amp;ur:</source>
        <translation>&amp;Orduko mezuak:</translation>
    </message>
    <message>
        <source>Messages one login may send within any hour before it is flagged</source>
        <translation>Erabiltzaile batek edozein ordutan bidal ditzakeen mezuak, markatu aurretik</translation>
    </message>
    <message>
        <source>Save thresh&amp;olds</source>
        <translation>Gorde ata&amp;laseak</translation>
    </message>
    <message>
        <source>Keep these thresholds for this profile</source>
        <translation>Gorde atalase hauek profil honetarako</translation>
    </message>
    <message>
        <source>Alerts of this session:</source>
        <translation>Saio honetako alertak:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ordua</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Erabiltzailea</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Zer gertatu den</translation>
    </message>
    <message>
        <source>Every alert since Zaindari started; Enter or a double click opens the account</source>
        <translation>Zaindari abiarazi zenetik izandako alerta guztiak; Enter sakatuta edo klik bikoitza eginda kontua irekitzen da</translation>
    </message>
    <message>
        <source>Select a login in the table</source>
        <translation>Hautatu erabiltzaile bat taulan</translation>
    </message>
    <message>
        <source>All senders</source>
        <translation>Igorle guztiak</translation>
    </message>
    <message>
        <source>&amp;Contain this account…</source>
        <translation>&amp;Geldiarazi kontu hau…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Ireki kontua</translation>
    </message>
</context>
<context>
    <name>zaindari::RelayHostJob</name>
    <message>
        <source>“%1” is not a relay host: use host, host:port or [host]:port.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>“%1” ez da errele-ostalari bat: erabili ostalaria, ostalaria:ataka edo [ostalaria]:ataka.</translation>
    </message>
    <message>
        <source>Zimbra accepted the relay host, but reading it back shows another value.</source>
        <translation>Zimbrak errele-ostalaria onartu du, baina berriro irakurtzean beste balio bat ageri da.</translation>
    </message>
</context>
<context>
    <name>zaindari::SecretStore</name>
    <message>
        <source>No keychain is available (%1). Passwords are kept in memory until Zaindari closes and are asked for again next time; they are never written to disk.</source>
        <extracomment>%1 is the keychain library&apos;s own explanation</extracomment>
        <translation>Ez dago gako-sortarik erabilgarri (%1). Pasahitzak memorian gordetzen dira Zaindari itxi arte, eta berriro eskatuko dira hurrengoan; ez dira inoiz diskoan idazten.</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept in memory until Zaindari closes.</source>
        <translation>Ez dago gako-sortarik erabilgarri: pasahitza memorian gordetzen da Zaindari itxi arte.</translation>
    </message>
    <message>
        <source>The keychain did not store the password: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Gako-sortak ez du pasahitza gorde: %1</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Gako-sortarako sarbidea ukatu da.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Ezin izan da gako-sorta irakurri: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the password: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Gako-sortak ez du pasahitza kendu: %1</translation>
    </message>
</context>
<context>
    <name>zaindari::SetPasswordJob</name>
    <message>
        <source>The domain %1 checks passwords against an external directory (%2): people log in with their directory password, not with the Zimbra one just set. Reset the password in the directory (Active Directory) too; the Zimbra reset only ended the existing sessions.</source>
        <extracomment>%1 is a mail domain, %2 the mechanism (ad, ldap, ...)</extracomment>
        <translation>%1 domeinuak kanpoko direktorio baten aurka egiaztatzen ditu pasahitzak (%2): jendeak bere direktorioko pasahitzarekin hasten du saioa, ez oraintxe ezarritako Zimbra pasahitzarekin. Berrezarri pasahitza direktorioan ere (Active Directory); Zimbrako berrezartzeak lehendik zeuden saioak amaitu besterik ez ditu egin.</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>Pasahitz berria hutsik dago.</translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation>Pasahitza ezartzen</translation>
    </message>
    <message>
        <source>Zimbra accepted the new password, but the account shows no password change.</source>
        <translation>Zimbrak pasahitz berria onartu du, baina kontuak ez du pasahitz-aldaketarik erakusten.</translation>
    </message>
    <message>
        <source>The password was set, but Zimbra does not ask for a change at the next login.</source>
        <translation>Pasahitza ezarri da, baina Zimbrak ez du eskatzen hurrengo saio-hasieran aldatzeko.</translation>
    </message>
</context>
<context>
    <name>zaindari::SoapTransport</name>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <extracomment>%1 is host:port, %2 a number of seconds</extracomment>
        <translation>%1 helbideko zerbitzariak ez du %2 segundotan erantzun.</translation>
    </message>
    <message>
        <source>The reply from %1 was too large to be a SOAP answer.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 helbideko erantzuna handiegia zen SOAP erantzun bat izateko.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: is Zimbra running and is the port right?</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>Ezerk ez du konexiorik onartzen %1 helbidean: Zimbra martxan al dago, eta ataka zuzena al da?</translation>
    </message>
    <message>
        <source>The server name in %1 could not be resolved.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>Ezin izan da %1 helbideko zerbitzari-izena ebatzi.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 helbideko zerbitzariak konexioa itxi du erantzun gabe.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 helbidearekiko konexio seguruak (TLS) huts egin du.</translation>
    </message>
    <message>
        <source>Could not talk to the server at %1.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>Ezin izan da %1 helbideko zerbitzariarekin komunikatu.</translation>
    </message>
    <message>
        <source>The server at %1 sent an empty reply (HTTP %2) instead of a SOAP answer.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>%1 helbideko zerbitzariak erantzun hutsa bidali du (HTTP %2), SOAP erantzun baten ordez.</translation>
    </message>
    <message>
        <source>A proxy or gateway at %1 could not reach Zimbra (HTTP %2). Zimbra may be stopped or restarting.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>%1 helbideko proxy edo atebide batek ezin izan du Zimbrara iritsi (HTTP %2). Baliteke Zimbra geldituta egotea edo berrabiarazten.</translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page (HTTP %2) instead of a SOAP reply. Check the URL: the admin endpoint is https://SERVER:7071/service/admin/soap.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>%1 helbideko zerbitzariak web-orri batekin erantzun du (HTTP %2), SOAP erantzun baten ordez. Egiaztatu URLa: administrazioaren amaiera-puntua https://SERVER:7071/service/admin/soap da.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2 without a SOAP reply.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>%1 helbideko zerbitzariak HTTP %2 erantzun du, SOAP erantzunik gabe.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in SOAP; it may not be a Zimbra admin endpoint.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 helbideko zerbitzariak ez du SOAP bidez erantzun; baliteke Zimbra administrazioaren amaiera-puntua ez izatea.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Eskaera bertan behera utzi da.</translation>
    </message>
    <message>
        <source>The Zimbra admin URL must start with https:// (got %1).</source>
        <extracomment>%1 is the URL the user gave</extracomment>
        <translation>Zimbra administrazioaren URLak https:// aurrizkiarekin hasi behar du (hau jaso da: %1).</translation>
    </message>
</context>
<context>
    <name>zaindari::SshConnectionController</name>
    <message>
        <source>The profile “%1” lists no MTA host.</source>
        <translation>“%1” profilak ez du MTA ostalaririk.</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>Ez da profilik hautatu.</translation>
    </message>
    <message>
        <source>The SSH password is not in the keychain.</source>
        <translation>SSH pasahitza ez dago gako-sortan.</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH saio-hasiera</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 erabiltzailearen pasahitza:</translation>
    </message>
    <message>
        <source>Passphrase of the key %1:</source>
        <extracomment>%1 is the path of a private key file</extracomment>
        <translation>%1 gakoaren pasaesaldia:</translation>
    </message>
    <message>
        <source>No SSH secret was given; not connecting.</source>
        <translation>Ez da SSH sekreturik eman; ez da konektatuko.</translation>
    </message>
    <message>
        <source>SSH host key changed</source>
        <translation>SSH ostalariaren gakoa aldatu da</translation>
    </message>
    <message>
        <source>Zaindari did not connect to %1. If the server was really reinstalled, remove its old line from Zaindari&apos;s known hosts file (%2) and connect again to check the new key.</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation>Zaindari ez da %1 ostalarira konektatu. Zerbitzaria benetan berriro instalatu bada, kendu bere lerro zaharra Zaindariren ostalari ezagunen fitxategitik (%2), eta konektatu berriro gako berria egiaztatzeko.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the SSH indicator&apos;s tooltip: %1 host, %2 its state or error</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>zaindari::SshSection</name>
    <message>
        <source>MTA hosts</source>
        <translation>MTA ostalariak</translation>
    </message>
    <message>
        <source>Every MTA host this profile watches. Double-click a cell to edit it.</source>
        <translation>Profil honek zaintzen dituen MTA ostalari guztiak. Egin klik bikoitza gelaxka batean editatzeko.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Gehitu</translation>
    </message>
    <message>
        <source>Add an MTA host</source>
        <translation>Gehitu MTA ostalari bat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kendu</translation>
    </message>
    <message>
        <source>Remove the selected MTA hosts</source>
        <translation>Kendu hautatutako MTA ostalariak</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Saio-hasiera</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Erabil&amp;tzailea:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autentifikazioa:</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH agentea</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Gako-fitxategia</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Pasahitza</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Gako-&amp;fitxategia:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Arakatu…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Aukeratu gako pribatuaren fitxategi bat</translation>
    </message>
    <message>
        <source>Mail transfer agent</source>
        <translation>Posta-transferentziako agentea</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>Aurre&amp;zarpena:</translation>
    </message>
    <message>
        <source>Zimbra (/opt/zimbra/common/sbin, sudo -n)</source>
        <translation>Zimbra (/opt/zimbra/common/sbin, sudo -n)</translation>
    </message>
    <message>
        <source>Postfix (/usr/sbin)</source>
        <translation>Postfix (/usr/sbin)</translation>
    </message>
    <message>
        <source>Choosing a preset fills in every path below; each one stays editable.</source>
        <translation>Aurrezarpen bat aukeratzean beheko bide guztiak betetzen dira; bakoitza editagarria da.</translation>
    </message>
    <message>
        <source>Run postsuper, postcat, postconf and postfix through “sudo -n”</source>
        <translation>Exekutatu postsuper, postcat, postconf eta postfix “sudo -n” bidez</translation>
    </message>
    <message>
        <source>MTA &amp;log:</source>
        <translation>&amp;MTA erregistroa:</translation>
    </message>
    <message>
        <source>Au&amp;dit log:</source>
        <translation>Au&amp;ditoria-erregistroa:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Gakoaren &amp;pasaesaldia:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pasa&amp;hitza:</translation>
    </message>
    <message>
        <source>Choose a private SSH key</source>
        <translation>Aukeratu SSH gako pribatu bat</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <extracomment>%1 is a row number, %2 the reason</extracomment>
        <translation>%1. ostalaria: %2</translation>
    </message>
    <message>
        <source>Choose the private key file for this login.</source>
        <translation>Aukeratu saio-hasiera honetarako gako pribatuaren fitxategia.</translation>
    </message>
</context>
<context>
    <name>zaindari::TrustPinsModel</name>
    <message>
        <source>SSH host key</source>
        <translation>SSH ostalariaren gakoa</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS ziurtagiria</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Mota</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Column header: host and port of a pinned key or certificate</extracomment>
        <translation>Zerbitzaria</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Hatz-marka</translation>
    </message>
</context>
<context>
    <name>zaindari::TrustSection</name>
    <message>
        <source>Keys and certificates you confirmed on first connection. Zaindari refuses a server whose key or certificate changes. Forget one to be asked again on the next connection; this takes effect when you save.</source>
        <translation>Lehen konexioan berretsi zenituen gakoak eta ziurtagiriak. Zaindarik baztertu egiten du gakoa edo ziurtagiria aldatzen zaion zerbitzaria. Ahaztu bat hurrengo konexioan berriro galdetzeko; gordetzean hartzen du eragina.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Ahaztu</translation>
    </message>
    <message>
        <source>Forget the selected key or certificate</source>
        <translation>Ahaztu hautatutako gakoa edo ziurtagiria</translation>
    </message>
    <message>
        <source>Pinned trust</source>
        <translation>Konfiantza finkatua</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraAccountActionJob</name>
    <message>
        <source>Changing the account</source>
        <translation>Kontua aldatzen</translation>
    </message>
    <message>
        <source>Flushing the account cache on all servers</source>
        <translation>Kontuaren cachea husten zerbitzari guztietan</translation>
    </message>
    <message>
        <source>Zimbra accepted the lock, but the account still is not locked.</source>
        <translation>Zimbrak blokeoa onartu du, baina kontua oraindik ez dago blokeatuta.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but the account is not active.</source>
        <translation>Zimbrak aldaketa onartu du, baina kontua ez dago aktibo.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but still records failed logins.</source>
        <translation>Zimbrak aldaketa onartu du, baina oraindik saio-hasiera hutsegiteak erregistratzen ditu.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but the token validity value did not change, so old sessions may still work.</source>
        <translation>Zimbrak aldaketa onartu du, baina tokenaren baliozkotasun-balioa ez da aldatu; beraz, saio zaharrek funtzionatzen jarrai dezakete.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but the account still forwards mail.</source>
        <translation>Zimbrak aldaketa onartu du, baina kontuak oraindik posta birbidaltzen du.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Eskaera bertan behera utzi da.</translation>
    </message>
    <message>
        <source>No Zimbra admin account name or password was given.</source>
        <translation>Ez da Zimbra administratzaile-kontuaren izenik edo pasahitzik eman.</translation>
    </message>
    <message>
        <source>Zimbra refused the admin login of %1: wrong name or password, not an admin account, or the account is not active.</source>
        <extracomment>%1 is the admin account name</extracomment>
        <translation>Zimbrak %1 administratzailearen saio-hasiera baztertu du: izen edo pasahitz okerra, ez da administratzaile-kontua, edo kontua ez dago aktibo.</translation>
    </message>
    <message>
        <source>The Zimbra admin account uses two-factor authentication, which Zaindari does not support. Use an admin account without it.</source>
        <translation>Zimbra administratzaile-kontuak bi urratseko autentifikazioa erabiltzen du, eta Zaindarik ez du hori onartzen. Erabili hura gabeko administratzaile-kontu bat.</translation>
    </message>
    <message>
        <source>The server answered the login without a session token.</source>
        <translation>Zerbitzariak saio-hasierari saio-tokenik gabe erantzun dio.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraConnectionTester</name>
    <message>
        <source>Logged in to Zimbra as %1 at %2.</source>
        <extracomment>%1 is the admin account, %2 host:port</extracomment>
        <translation>Zimbran saioa hasi da %1 gisa, %2 helbidean.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 helbidera konektatzen</translation>
    </message>
    <message>
        <source>The profile has no valid Zimbra admin URL.</source>
        <translation>Profilak ez du baliozko Zimbra administrazio-URLrik.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Konexio-proba bertan behera utzi da.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraJob</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Eragiketa bertan behera utzi da.</translation>
    </message>
    <message>
        <source>Zimbra answered without the account.</source>
        <translation>Zimbrak kontua gabe erantzun du.</translation>
    </message>
    <message>
        <source>No account name was given.</source>
        <translation>Ez da kontu-izenik eman.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <extracomment>%1 is an account name or address</extracomment>
        <translation>%1 bilatzen</translation>
    </message>
    <message>
        <source>Zimbra has no account %1.</source>
        <extracomment>%1 is the account name the user typed</extracomment>
        <translation>Zimbrak ez du %1 konturik.</translation>
    </message>
    <message>
        <source>%1 matches several accounts (%2); give the full address.</source>
        <extracomment>%1 is the account name typed, %2 the matching addresses</extracomment>
        <translation>%1 izena hainbat konturekin dator bat (%2); eman helbide osoa.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraSection</name>
    <message>
        <source>SOAP &amp;URL:</source>
        <translation>SOAP &amp;URLa:</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Erabili lehenetsia</translation>
    </message>
    <message>
        <source>Fill in the usual admin URL of the first MTA host (port 7071).</source>
        <translation>Bete lehen MTA ostalariaren ohiko administrazio-URLa (7071 ataka).</translation>
    </message>
    <message>
        <source>Admin &amp;account:</source>
        <translation>Administratzaile-k&amp;ontua:</translation>
    </message>
    <message>
        <source>admin@example.org</source>
        <translation>admin@example.org</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pasa&amp;hitza:</translation>
    </message>
    <message>
        <source>Zimbra&apos;s administration service listens on port 7071 over HTTPS. The account needs admin rights to read accounts and lockout settings.</source>
        <translation>Zimbraren administrazio-zerbitzuak 7071 atakan entzuten du, HTTPS bidez. Kontuak administratzaile-eskubideak behar ditu kontuak eta blokeo-ezarpenak irakurtzeko.</translation>
    </message>
    <message>
        <source>Zimbra admin</source>
        <translation>Zimbra administrazioa</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Hau ez da baliozko URL bat.</translation>
    </message>
</context>
<context>
    <name>zaindari::cli</name>
    <message>
        <source>No failed logins in this period.</source>
        <translation>Ez dago saio-hasiera hutsegiterik epe honetan.</translation>
    </message>
    <message>
        <source>distributed attack (many addresses)</source>
        <translation>eraso banatua (helbide asko)</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>blokeoan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kontua</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Hutsegiteak</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Helbideak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Oharrak</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ezezaguna</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Helbidea</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontuak</translation>
    </message>
    <message>
        <source>Read saved postqueue -j output (plain or .gz; - is standard input) instead of connecting.</source>
        <translation>Irakurri gordetako postqueue -j irteera (arrunta edo .gz; - sarrera estandarra da), konektatu beharrean.</translation>
    </message>
    <message>
        <source>Only this queue: incoming, active, deferred, hold or corrupt.</source>
        <translation>Ilara hau soilik: incoming, active, deferred, hold edo corrupt.</translation>
    </message>
    <message>
        <source>Only messages from this envelope sender.</source>
        <translation>Gutun-azaleko igorle honen mezuak soilik.</translation>
    </message>
    <message>
        <source>Unknown queue “%1”: use incoming, active, deferred, hold or corrupt.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” ilara ezezaguna: erabili incoming, active, deferred, hold edo corrupt.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” ez da helbide elektroniko bat.</translation>
    </message>
    <message>
        <source>Queues: incoming %1, active %2, deferred %3, hold %4, corrupt %5 (total %6)</source>
        <extracomment>queue counts; the numbers are message counts</extracomment>
        <translation>Ilarak: sarrerakoa %1, aktiboa %2, atzeratua %3, atxikita %4, hondatua %5 (guztira %6)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mezuak</translation>
    </message>
    <message>
        <source>Top senders:</source>
        <translation>Igorle nagusiak:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Igorlea</translation>
    </message>
    <message>
        <source>Top recipient domains:</source>
        <translation>Hartzaileen domeinu nagusiak:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeinua</translation>
    </message>
    <message>
        <source>Top reasons:</source>
        <translation>Arrazoi nagusiak:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arrazoia</translation>
    </message>
    <message>
        <source>Age (minutes, like qshape):</source>
        <translation>Adina (minututan, qshape bezala):</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Adina</translation>
    </message>
    <message>
        <source>--limit takes a number of messages (0 or more).</source>
        <translation>--limit aukerak mezu kopuru bat onartzen du (0 edo gehiago).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>IDa</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ilara</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Iritsiera</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaina</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Hartzaileak</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ostalaria</translation>
    </message>
    <message>
        <source>A queue id to act on; repeatable.</source>
        <translation>Ekintza jasoko duen ilara-ID bat; errepika daiteke.</translation>
    </message>
    <message>
        <source>Show what would be done, change nothing.</source>
        <translation>Erakutsi zer egingo litzatekeen, ezer aldatu gabe.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ez eskatu berrespenik.</translation>
    </message>
    <message>
        <source>At most N messages.</source>
        <translation>Gehienez N mezu.</translation>
    </message>
    <message>
        <source>No MTA host: give --ssh USER@HOST[:PORT], --profile NAME or --input FILE.</source>
        <translation>Ez dago MTA ostalaririk: eman --ssh USER@HOST[:PORT], --profile NAME edo --input FILE.</translation>
    </message>
    <message>
        <source>Refusing the unknown host key of %1; re-run with --accept-new-host-key after checking the fingerprint.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>%1 ostalariaren gako ezezaguna baztertu da; exekutatu berriro --accept-new-host-key aukerarekin, hatz-marka egiaztatu ondoren.</translation>
    </message>
    <message>
        <source>Give either --id ID (repeatable) or --sender ADDR.</source>
        <translation>Eman --id ID (errepika daiteke) edo --sender ADDR.</translation>
    </message>
    <message>
        <source>“%1” is not a Postfix queue id.</source>
        <translation>“%1” ez da Postfix ilara-ID bat.</translation>
    </message>
    <message>
        <source>Not in the queue: %1</source>
        <translation>Ez dago ilaran: %1</translation>
    </message>
    <message>
        <source>Type “yes” to continue: </source>
        <extracomment>the user must type the word shown in quotes, untranslated: yes</extracomment>
        <translation>Idatzi “yes” jarraitzeko: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ez da ezer aldatu.</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 message(s).</source>
        <extracomment>%1 action name; %2 done, %3 selected</extracomment>
        <translation>%1: %3 mezutatik %2 mezutan eginda.</translation>
    </message>
    <message>
        <source>Not done (no longer in that queue): %1</source>
        <translation>Egin gabe (jada ez dago ilara horretan): %1</translation>
    </message>
    <message>
        <source>Unknown (the connection was lost): %1</source>
        <translation>Ezezaguna (konexioa galdu da): %1</translation>
    </message>
    <message>
        <source>Show at most N entries.</source>
        <translation>Erakutsi gehienez N sarrera.</translation>
    </message>
    <message>
        <source>Bucket size of a series: 1m or 1h (default 1m).</source>
        <translation>Serie baten tarte-tamaina: 1m edo 1h (lehenetsia: 1m).</translation>
    </message>
    <message>
        <source>Only this login (name or address).</source>
        <translation>Erabiltzaile hau soilik (izena edo helbidea).</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit aukerak zenbaki positibo bat onartzen du.</translation>
    </message>
    <message>
        <source>No mail was accepted in this period.</source>
        <translation>Ez da postarik onartu epe honetan.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>tokikoa</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>MARKATUTA</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Erabiltzailea</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinuak</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Atzeratuak</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Itzulitakoak</translation>
    </message>
    <message>
        <source>Now/min</source>
        <translation>Orain/min</translation>
    </message>
    <message>
        <source>Usual/h</source>
        <translation>Ohikoa/h</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Ordua (UTC)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Onartuak</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Bidaliak</translation>
    </message>
    <message>
        <source>Read a saved log (plain or .gz; - is standard input) instead of connecting.</source>
        <translation>Irakurri gordetako erregistro bat (arrunta edo .gz; - sarrera estandarra da), konektatu beharrean.</translation>
    </message>
    <message>
        <source>Period to look at, counted back from now, or from the newest entry with --input: 30s, 10m, 6h, 2d.</source>
        <translation>Aztertu beharreko epea, oraingo unetik atzera zenbatuta, edo --input erabiliz gero sarrera berrienetik: 30s, 10m, 6h, 2d.</translation>
    </message>
    <message>
        <source>The log was rotated or truncated before its last lines could be read; some lines may be missing.</source>
        <translation>Erregistroa errotatu edo moztu egin da bere azken lerroak irakurri aurretik; baliteke lerro batzuk falta izatea.</translation>
    </message>
    <message>
        <source>Alert when a login sends more than N messages a minute (N/min) or an hour (N/h).</source>
        <translation>Alerta eman erabiltzaile batek minutuko (N/min) edo orduko (N/h) N mezu baino gehiago bidaltzen dituenean.</translation>
    </message>
    <message>
        <source>Check the last hour once and exit.</source>
        <translation>Egiaztatu azken ordua behin, eta irten.</translation>
    </message>
    <message>
        <source>“%1” is not an account address (name@domain).</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” ez da kontu-helbide bat (izena@domeinua).</translation>
    </message>
    <message>
        <source>Give at most one of --hold and --delete.</source>
        <translation>Eman gehienez --hold edo --delete, bietako bat.</translation>
    </message>
    <message>
        <source>Give at most one of --disable and --reset-password.</source>
        <translation>Eman gehienez --disable edo --reset-password, bietako bat.</translation>
    </message>
    <message>
        <source>Give exactly one of --password-file FILE and --generate.</source>
        <translation>Eman --password-file FILE edo --generate, bietako bat bakarrik.</translation>
    </message>
    <message>
        <source>--password-file and --generate go with --reset-password.</source>
        <translation>--password-file eta --generate --reset-password aukerarekin erabiltzen dira.</translation>
    </message>
    <message>
        <source>--recheck-delay takes a number of seconds from 0 to 600.</source>
        <translation>--recheck-delay aukerak 0 eta 600 arteko segundo kopuru bat onartzen du.</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to carry out this plan.</source>
        <translation>Ez da ezer aldatu: gehitu --yes plan hau gauzatzeko.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <extracomment>%1 is a step title, %2 &quot;done&quot; or &quot;NOT done&quot;, %3 the detail</extracomment>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>eginda</translation>
    </message>
    <message>
        <source>NOT done</source>
        <translation>EZ da egin</translation>
    </message>
    <message>
        <source>New password (shown once; must be changed at the next logon): %1</source>
        <extracomment>%1 is the generated password, shown once</extracomment>
        <translation>Pasahitz berria (behin bakarrik erakusten da; hurrengo saio-hasieran aldatu behar da): %1</translation>
    </message>
    <message>
        <source>Cannot contain %1: the profile gives no mail domain for a bare login (set the Zimbra admin account as name@domain).</source>
        <extracomment>%1 is a login</extracomment>
        <translation>Ezin da %1 geldiarazi: profilak ez du posta-domeinurik ematen domeinurik gabeko erabiltzaile-izenetarako (ezarri Zimbra administratzaile-kontua izena@domeinua gisa).</translation>
    </message>
    <message>
        <source>Containing %1 automatically.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 automatikoki geldiarazten.</translation>
    </message>
    <message>
        <source>--auto-contain watches the server&apos;s log; it cannot replay a saved log (--input).</source>
        <translation>--auto-contain aukerak zerbitzariaren erregistroa zaintzen du; ezin du gordetako erregistro bat berriro erreproduzitu (--input).</translation>
    </message>
    <message>
        <source>With --auto-contain give the passwords in files (or the keychain), not on standard input.</source>
        <translation>--auto-contain erabiltzean, eman pasahitzak fitxategietan (edo gako-sortan), ez sarrera estandarrean.</translation>
    </message>
    <message>
        <source>Automatic containment is off: it runs only for a saved profile that opts in. Turn on “Contain automatically” in the profile&apos;s Containment tab (or set &quot;auto_contain&quot;: true in the &quot;containment&quot; section of an exported profile and import it), then run watch --profile NAME --auto-contain.</source>
        <translation>Geldiarazte automatikoa desaktibatuta dago: hala aukeratu duten profil gordeentzat soilik exekutatzen da. Aktibatu “Geldiarazi automatikoki” profilaren Geldiaraztea fitxan (edo ezarri &quot;auto_contain&quot;: true esportatutako profil baten &quot;containment&quot; atalean, eta inportatu), eta ondoren exekutatu watch --profile NAME --auto-contain.</translation>
    </message>
    <message>
        <source>Automatic containment is on: a flagged login is contained when it reaches %1 messages a minute.</source>
        <extracomment>%1 is a number of messages</extracomment>
        <translation>Geldiarazte automatikoa aktibatuta dago: markatutako erabiltzaile bat geldiarazi egiten da minutuko %1 mezura iristen denean.</translation>
    </message>
    <message>
        <source>Contain a flagged login automatically, once, when its messages in one minute reach the profile&apos;s automatic threshold (the saved profile must opt in: its Containment tab). The alert line then says &quot;action&quot;:&quot;contain&quot;, and the result of the containment, the document of contain --json, follows on its own line.</source>
        <translation>Geldiarazi markatutako erabiltzaile bat automatikoki, behin, minutu batean bidalitako mezuak profilaren atalase automatikora iristen direnean (profil gordeak hala aukeratu behar du: bere Geldiaraztea fitxan). Orduan, alerta-lerroak &quot;action&quot;:&quot;contain&quot; dio, eta geldiaraztearen emaitza, contain --json komandoaren dokumentua, bere lerroan dator ondoren.</translation>
    </message>
</context>
<context>
    <name>zaindari::cli::ContainBackendSet</name>
    <message>
        <source>Refusing the unknown host key of %1; re-run with --accept-new-host-key after checking the fingerprint.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>%1 ostalariaren gako ezezaguna baztertu da; exekutatu berriro --accept-new-host-key aukerarekin, hatz-marka egiaztatu ondoren.</translation>
    </message>
    <message>
        <source>Nothing to contain with: give --profile NAME or --soap, --ldap and --ssh.</source>
        <translation>Ez dago zerekin geldiarazi: eman --profile NAME, edo --soap, --ldap eta --ssh.</translation>
    </message>
</context>
</TS>
