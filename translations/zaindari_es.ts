<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountStatus</name>
    <message>
        <source>Active</source>
        <comment>account status</comment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>The account is active: the person can log in and receives mail.</source>
        <translation>La cuenta está activa: la persona puede iniciar sesión y recibe correo.</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>account status</comment>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>An administrator locked the account: nobody can log in until an administrator unlocks it. Mail is still delivered.</source>
        <translation>Un administrador ha bloqueado la cuenta: nadie puede iniciar sesión hasta que un administrador la desbloquee. El correo se sigue entregando.</translation>
    </message>
    <message>
        <source>Lockout over</source>
        <comment>account status</comment>
        <translation>Bloqueo terminado</translation>
    </message>
    <message>
        <source>Too many failed logins locked the account, but the lockout ended at %1. Zimbra still shows &quot;lockout&quot; until the next successful login; the person can log in now.</source>
        <extracomment>%1 is the date and time the lockout ended</extracomment>
        <translation>Demasiados inicios de sesión fallidos bloquearon la cuenta, pero el bloqueo terminó el %1. Zimbra sigue mostrando &quot;lockout&quot; hasta el siguiente inicio de sesión correcto; la persona ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Locked out</source>
        <comment>account status</comment>
        <translation>Bloqueada por fallos</translation>
    </message>
    <message>
        <source>Too many failed logins locked the account until %1. An administrator can clear the lockout sooner.</source>
        <extracomment>%1 is the date and time the lockout ends</extracomment>
        <translation>Demasiados inicios de sesión fallidos han bloqueado la cuenta hasta el %1. Un administrador puede quitar el bloqueo antes.</translation>
    </message>
    <message>
        <source>Too many failed logins locked the account until an administrator clears the lockout.</source>
        <translation>Demasiados inicios de sesión fallidos han bloqueado la cuenta hasta que un administrador quite el bloqueo.</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>The account is closed: no login, and mail to it is rejected.</source>
        <translation>La cuenta está cerrada: no se puede iniciar sesión y el correo dirigido a ella se rechaza.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>account status</comment>
        <translation>En mantenimiento</translation>
    </message>
    <message>
        <source>The account is in maintenance (for example during a move or a restore): no login, and mail waits until it ends.</source>
        <translation>La cuenta está en mantenimiento (por ejemplo, durante un traslado o una restauración): no se puede iniciar sesión y el correo espera hasta que termine.</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>account status</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>The account is pending activation: no login, and mail to it is rejected.</source>
        <translation>La cuenta está pendiente de activación: no se puede iniciar sesión y el correo dirigido a ella se rechaza.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>account status</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Zimbra reports the status &quot;%1&quot;, which Zaindari does not know.</source>
        <extracomment>%1 is the raw zimbraAccountStatus value</extracomment>
        <translation>Zimbra indica el estado &quot;%1&quot;, que Zaindari no conoce.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Lock account</source>
        <translation>Bloquear la cuenta</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Desbloquear la cuenta</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Cerrar las sesiones</translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation>Quitar el bloqueo</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>Change lockout policy</source>
        <translation>Cambiar la política de bloqueo</translation>
    </message>
    <message>
        <source>Change relay host</source>
        <translation>Cambiar el host de retransmisión</translation>
    </message>
    <message>
        <source>Unlock in Active Directory</source>
        <translation>Desbloquear en Active Directory</translation>
    </message>
    <message>
        <source>Disable in Active Directory</source>
        <translation>Deshabilitar en Active Directory</translation>
    </message>
    <message>
        <source>Enable in Active Directory</source>
        <translation>Habilitar en Active Directory</translation>
    </message>
    <message>
        <source>Reset Active Directory password</source>
        <translation>Restablecer la contraseña de Active Directory</translation>
    </message>
    <message>
        <source>Change domain policy</source>
        <translation>Cambiar la política del dominio</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not create the folder %1 for the audit log.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>No se ha podido crear la carpeta %1 para el registro de auditoría.</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: %2</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido escribir el registro de auditoría %1: %2</translation>
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
        <translation>Administración de Zimbra</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Zimbra account: %1</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>Cuenta de Zimbra: %1</translation>
    </message>
    <message>
        <source>Status: %1. %2</source>
        <extracomment>%1 is a one-word status, %2 its explanation</extracomment>
        <translation>Estado: %1. %2</translation>
    </message>
    <message>
        <source>Class of service: %1</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation>Clase de servicio: %1</translation>
    </message>
    <message>
        <source>the domain&apos;s default</source>
        <translation>la predeterminada del dominio</translation>
    </message>
    <message>
        <source>Password checked by: %1</source>
        <extracomment>%1 is zimbra, ad, ldap, ...</extracomment>
        <translation>Contraseña comprobada por: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Last login: %1</source>
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
        <translation>Último inicio de sesión: %1</translation>
    </message>
    <message>
        <source>WARNING: mail is forwarded to %1</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>AVISO: el correo se reenvía a %1</translation>
    </message>
    <message>
        <source>Forwarding: none</source>
        <translation>Reenvío: ninguno</translation>
    </message>
    <message>
        <source>WARNING: mail filters redirect mail to %1</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>AVISO: los filtros de correo redirigen el correo a %1</translation>
    </message>
    <message>
        <source>WARNING: no copy is kept in the mailbox (local delivery disabled).</source>
        <translation>AVISO: no se guarda ninguna copia en el buzón (entrega local deshabilitada).</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <extracomment>%1 is a list of addresses or &quot;none&quot;</extracomment>
        <translation>Alias: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recent failed logins: %n (%1)</source>
        <extracomment>%n failed logins, %1 their times</extracomment>
        <translation>
            <numerusform>Inicios de sesión fallidos recientes: %n (%1)</numerusform>
            <numerusform>Inicios de sesión fallidos recientes: %n (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked out since: %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Bloqueada desde: %1</translation>
    </message>
    <message>
        <source>lock after %1 failed logins within %2, for %3</source>
        <extracomment>%1 failures, %2 window (e.g. 6m), %3 lockout time (e.g. 10m)</extracomment>
        <translation>bloquear tras %1 inicios de sesión fallidos en %2, durante %3</translation>
    </message>
    <message>
        <source>no lockout</source>
        <translation>sin bloqueo</translation>
    </message>
    <message>
        <source>Lockout policy in force: %1 (set on the account itself: %2)</source>
        <extracomment>%1 describes the policy, %2 lists attributes set on the account itself or &quot;none&quot;</extracomment>
        <translation>Política de bloqueo vigente: %1 (definida en la propia cuenta: %2)</translation>
    </message>
    <message>
        <source>%1 is locked; its sessions are no longer valid.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 está bloqueada; sus sesiones ya no son válidas.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 está desbloqueada.</translation>
    </message>
    <message>
        <source>Every session of %1 has ended; logging in again needs the password.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>Se han cerrado todas las sesiones de %1; para volver a iniciar sesión hace falta la contraseña.</translation>
    </message>
    <message>
        <source>The lockout of %1 is cleared.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>Se ha quitado el bloqueo de %1.</translation>
    </message>
    <message>
        <source>Give exactly one of --password-file FILE and --generate.</source>
        <translation>Debe indicarse exactamente una de las opciones --password-file FILE y --generate.</translation>
    </message>
    <message>
        <source>Only one password can come from standard input.</source>
        <translation>Solo una contraseña puede proceder de la entrada estándar.</translation>
    </message>
    <message>
        <source>Resetting the directory password is not available in this build.</source>
        <translation>Restablecer la contraseña del directorio no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>The Zimbra password of %1 was reset; its sessions have ended.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>Se ha restablecido la contraseña de Zimbra de %1; sus sesiones se han cerrado.</translation>
    </message>
    <message>
        <source>New password (shown only now): %1</source>
        <extracomment>%1 is the generated password, shown once</extracomment>
        <translation>Contraseña nueva (solo se muestra ahora): %1</translation>
    </message>
    <message>
        <source>Show an account: status, lockout, forwarding, aliases.</source>
        <translation>Mostrar una cuenta: estado, bloqueo, reenvío, alias.</translation>
    </message>
    <message>
        <source>Lock a Zimbra account (no login until unlocked).</source>
        <translation>Bloquear una cuenta de Zimbra (no se puede iniciar sesión hasta desbloquearla).</translation>
    </message>
    <message>
        <source>Unlock a Zimbra account and clear its lockout.</source>
        <translation>Desbloquear una cuenta de Zimbra y quitar su bloqueo.</translation>
    </message>
    <message>
        <source>End every session of a Zimbra account.</source>
        <translation>Cerrar todas las sesiones de una cuenta de Zimbra.</translation>
    </message>
    <message>
        <source>Reset an account&apos;s password.</source>
        <translation>Restablecer la contraseña de una cuenta.</translation>
    </message>
    <message>
        <source>File holding the new password; - reads standard input.</source>
        <translation>Archivo con la contraseña nueva; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Generate a strong password and print it once.</source>
        <translation>Generar una contraseña robusta e imprimirla una sola vez.</translation>
    </message>
    <message>
        <source>Make the person change it at the next login.</source>
        <translation>Obligar a la persona a cambiarla en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Reset the directory (Active Directory) password instead.</source>
        <translation>Restablecer en su lugar la contraseña del directorio (Active Directory).</translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint: give --soap URL or a --profile that has one.</source>
        <translation>No hay punto de acceso de administración de Zimbra: indicar --soap URL o un --profile que lo tenga.</translation>
    </message>
    <message>
        <source>No Zimbra admin account: give --soap-user NAME or a --profile that has one.</source>
        <translation>No hay cuenta de administración de Zimbra: indicar --soap-user NAME o un --profile que la tenga.</translation>
    </message>
    <message>
        <source>The CA file holds no usable certificate: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>El archivo de CA no contiene ningún certificado utilizable: %1</translation>
    </message>
    <message>
        <source>No Zimbra admin password: give --soap-password-file FILE (or - for standard input).</source>
        <translation>No hay contraseña de administración de Zimbra: indicar --soap-password-file FILE (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <extracomment>%1 is the server&apos;s or library&apos;s own text</extracomment>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>After checking the fingerprint on the server, trust it with --pin %1</source>
        <extracomment>%1 is an option value such as sha256:0123...</extracomment>
        <translation>Tras comprobar la huella en el servidor, confiar en él con --pin %1</translation>
    </message>
    <message>
        <source>Active Directory: %1</source>
        <extracomment>%1 is a DN</extracomment>
        <translation>Active Directory: %1</translation>
    </message>
    <message>
        <source>Last wrong password: %1</source>
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
        <translation>Última contraseña incorrecta: %1</translation>
    </message>
    <message>
        <source>Last logon (replicated, may be up to two weeks old): %1</source>
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
        <translation>Último inicio de sesión (replicado, puede tener hasta dos semanas de antigüedad): %1</translation>
    </message>
    <message>
        <source>Account expires: %1</source>
        <extracomment>%1 is a date and time or &quot;never&quot;</extracomment>
        <translation>La cuenta caduca: %1</translation>
    </message>
    <message numerus="yes">
        <source>Groups (%n): %1</source>
        <extracomment>%n is the number of groups, %1 their names</extracomment>
        <translation>
            <numerusform>Grupos (%n): %1</numerusform>
            <numerusform>Grupos (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 wrong password(s), last %3; %4</source>
        <extracomment>%1 controller URL, %2 wrong passwords, %3 time of the last one, %4 locked or not</extracomment>
        <translation>  %1: %2 contraseña(s) incorrecta(s), la última %3; %4</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>not locked out</source>
        <translation>no bloqueada</translation>
    </message>
    <message>
        <source>  %1: not reachable (%2)</source>
        <extracomment>%1 controller URL, %2 the reason</extracomment>
        <translation>  %1: inaccesible (%2)</translation>
    </message>
    <message>
        <source>Active Directory: accounts are never locked out.</source>
        <translation>Active Directory: las cuentas nunca se bloquean.</translation>
    </message>
    <message>
        <source>Active Directory: lock after %1 failed logons within %2 minutes, until an administrator unlocks.</source>
        <extracomment>%1 failures, %2 window in minutes</extracomment>
        <translation>Active Directory: bloquear tras %1 inicios de sesión fallidos en %2 minutos, hasta que un administrador desbloquee la cuenta.</translation>
    </message>
    <message>
        <source>Active Directory: lock after %1 failed logons within %2 minutes, for %3 minutes.</source>
        <extracomment>%1 failures, %2 window in minutes, %3 lockout in minutes</extracomment>
        <translation>Active Directory: bloquear tras %1 inicios de sesión fallidos en %2 minutos, durante %3 minutos.</translation>
    </message>
    <message>
        <source>Passwords: at least %1 characters, complexity required: %2, history: %3.</source>
        <extracomment>%1 minimum length, %2 yes/no, %3 remembered passwords</extracomment>
        <translation>Contraseñas: al menos %1 caracteres, complejidad obligatoria: %2, historial: %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 is disabled in Active Directory: no logon works until it is enabled.</source>
        <extracomment>%1 is a DN</extracomment>
        <translation>%1 está deshabilitada en Active Directory: no funciona ningún inicio de sesión hasta que se habilite.</translation>
    </message>
    <message>
        <source>%1 is enabled in Active Directory.</source>
        <translation>%1 está habilitada en Active Directory.</translation>
    </message>
    <message>
        <source>%1 is unlocked in Active Directory; its wrong-password count is cleared.</source>
        <translation>%1 está desbloqueada en Active Directory; su recuento de contraseñas incorrectas se ha puesto a cero.</translation>
    </message>
    <message>
        <source>The directory may accept the previous password for up to an hour after a reset; use --must-change, or disable the account, to end that at once.</source>
        <translation>El directorio puede aceptar la contraseña anterior hasta una hora después de restablecerla; para impedirlo de inmediato, usar --must-change o deshabilitar la cuenta.</translation>
    </message>
    <message>
        <source>The Active Directory password of %1 was reset.</source>
        <extracomment>%1 is a DN</extracomment>
        <translation>Se ha restablecido la contraseña de Active Directory de %1.</translation>
    </message>
    <message>
        <source>The person must change it at the next logon.</source>
        <translation>La persona debe cambiarla en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>--cos and --directory cannot be combined.</source>
        <translation>--cos y --directory no se pueden combinar.</translation>
    </message>
    <message>
        <source>--max-failures takes a whole number of 0 or more, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--max-failures admite un número entero igual o mayor que 0, no «%1».</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 30s, 10m, 6h or 2d, not “%2”.</source>
        <extracomment>%1 is an option such as --duration, %2 what the user typed
----------
%1 is an option name, %2 what the user typed</extracomment>
        <translation>--%1 admite una duración como 30s, 10m, 6h o 2d, no «%2».</translation>
    </message>
    <message>
        <source>Give at least one of --max-failures, --failure-lifetime and --duration.</source>
        <translation>Debe indicarse al menos una de las opciones --max-failures, --failure-lifetime y --duration.</translation>
    </message>
    <message>
        <source>No directory endpoint: give --ldap URL or a --profile that has one.</source>
        <translation>No hay punto de acceso del directorio: indicar --ldap URL o un --profile que lo tenga.</translation>
    </message>
    <message>
        <source>No directory bind account: give --ldap-bind NAME or a --profile that has one.</source>
        <translation>No hay cuenta de vinculación del directorio: indicar --ldap-bind NAME o un --profile que la tenga.</translation>
    </message>
    <message>
        <source>No directory search base: give --ldap-base DN or a --profile that has one.</source>
        <translation>No hay base de búsqueda del directorio: indicar --ldap-base DN o un --profile que la tenga.</translation>
    </message>
    <message>
        <source>No directory password: give --ldap-password-file FILE (or - for standard input).</source>
        <translation>No hay contraseña del directorio: indicar --ldap-password-file FILE (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>Disable the account in Active Directory.</source>
        <translation>Deshabilitar la cuenta en Active Directory.</translation>
    </message>
    <message>
        <source>Enable the account in Active Directory.</source>
        <translation>Habilitar la cuenta en Active Directory.</translation>
    </message>
    <message>
        <source>Unlock the account in Active Directory (lockoutTime=0).</source>
        <translation>Desbloquear la cuenta en Active Directory (lockoutTime=0).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed log line(s).</source>
        <extracomment>%n is a number of lines</extracomment>
        <translation>
            <numerusform>Se ha omitido %n línea de registro mal formada.</numerusform>
            <numerusform>Se han omitido %n líneas de registro mal formadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>then logged in from new address %1</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>después inició sesión desde la nueva dirección %1</translation>
    </message>
    <message>
        <source>Failed logins per account and per address, from Zimbra&apos;s audit log.</source>
        <translation>Inicios de sesión fallidos por cuenta y por dirección, según el registro de auditoría de Zimbra.</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Clase de servicio</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Locked for</source>
        <translation>Bloqueada durante</translation>
    </message>
    <message>
        <source>Zimbra has no global lockout policy: each class of service has its own, and an account may override it.</source>
        <translation>Zimbra no tiene una política de bloqueo global: cada clase de servicio tiene la suya y una cuenta puede anularla.</translation>
    </message>
    <message>
        <source>Changing the directory policy is not available in this build.</source>
        <translation>Cambiar la política del directorio no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>Nothing to change: give --max-failures, --failure-lifetime or --duration.</source>
        <translation>No hay nada que cambiar: indicar --max-failures, --failure-lifetime o --duration.</translation>
    </message>
    <message>
        <source>Zimbra has no global lockout policy: changing every class of service.</source>
        <translation>Zimbra no tiene una política de bloqueo global: se cambian todas las clases de servicio.</translation>
    </message>
    <message>
        <source>Already changed: %1</source>
        <extracomment>%1 lists the classes of service already changed</extracomment>
        <translation>Ya cambiadas: %1</translation>
    </message>
    <message>
        <source>Show the lockout policy of every class of service.</source>
        <translation>Mostrar la política de bloqueo de cada clase de servicio.</translation>
    </message>
    <message>
        <source>Change the lockout policy (one class of service, or all).</source>
        <translation>Cambiar la política de bloqueo (de una clase de servicio o de todas).</translation>
    </message>
    <message>
        <source>Class of service to change (default: every one).</source>
        <translation>Clase de servicio que cambiar (predeterminado: todas).</translation>
    </message>
    <message>
        <source>Failed logins that lock the account; 0 turns lockout off.</source>
        <translation>Inicios de sesión fallidos que bloquean la cuenta; 0 desactiva el bloqueo.</translation>
    </message>
    <message>
        <source>Window in which failures count, e.g. 6m.</source>
        <translation>Ventana en la que cuentan los fallos, p. ej. 6m.</translation>
    </message>
    <message>
        <source>How long the account stays locked, e.g. 10m; 0 = until an admin unlocks.</source>
        <translation>Tiempo que la cuenta permanece bloqueada, p. ej. 10m; 0 = hasta que un administrador la desbloquee.</translation>
    </message>
    <message>
        <source>Change the directory (Active Directory) policy instead.</source>
        <translation>Cambiar en su lugar la política del directorio (Active Directory).</translation>
    </message>
    <message>
        <source>No profiles saved yet. Create one in the Zaindari console.</source>
        <translation>Todavía no hay perfiles guardados. Se pueden crear en la consola de Zaindari.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>backend not configured</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Zimbra admin</source>
        <translation>Administración de Zimbra</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>Imported the profile “%1”.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Se ha importado el perfil «%1».</translation>
    </message>
    <message>
        <source>Unknown secret “%1”: expected one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the accepted words</extracomment>
        <translation>Secreto «%1» desconocido: se esperaba uno de estos: %2.</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1” (see: zaindari-cli profiles list).</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>No hay ningún perfil guardado con el nombre «%1» (ver: zaindari-cli profiles list).</translation>
    </message>
    <message>
        <source>Give the secret with --password-file FILE (or - for standard input).</source>
        <translation>Indicar el secreto con --password-file FILE (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>Stored the %1 of “%2” in the system keychain.</source>
        <extracomment>%1 is a kind of secret (e.g. soap-password), %2 a profile name</extracomment>
        <translation>Se ha guardado %1 de «%2» en el llavero del sistema.</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Listar los perfiles guardados.</translation>
    </message>
    <message>
        <source>Import profiles from an export file (no secrets in it).</source>
        <translation>Importar perfiles desde un archivo exportado (no contiene secretos).</translation>
    </message>
    <message>
        <source>Replace saved profiles of the same name instead of renaming.</source>
        <translation>Sustituir los perfiles guardados con el mismo nombre en lugar de cambiarles el nombre.</translation>
    </message>
    <message>
        <source>Store a profile&apos;s password in the system keychain (ssh-password, ssh-key-passphrase, soap-password or ldap-password).</source>
        <translation>Guardar la contraseña de un perfil en el llavero del sistema (ssh-password, ssh-key-passphrase, soap-password o ldap-password).</translation>
    </message>
    <message>
        <source>Read the secret from FILE (- for standard input).</source>
        <translation>Leer el secreto de FILE (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>Counts per queue, top senders, recipient domains and reasons.</source>
        <translation>Recuentos por cola, principales remitentes, dominios de destinatarios y motivos.</translation>
    </message>
    <message>
        <source>The queued messages, with recipients and delay reasons.</source>
        <translation>Los mensajes en cola, con destinatarios y motivos del retraso.</translation>
    </message>
    <message>
        <source>Put messages on hold (reversible).</source>
        <translation>Retener mensajes (reversible).</translation>
    </message>
    <message>
        <source>Release held messages.</source>
        <translation>Liberar mensajes retenidos.</translation>
    </message>
    <message>
        <source>Requeue messages for a new delivery attempt.</source>
        <translation>Reencolar mensajes para un nuevo intento de entrega.</translation>
    </message>
    <message>
        <source>Delete messages from the queue (cannot be undone).</source>
        <translation>Eliminar mensajes de la cola (no se puede deshacer).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed or truncated line(s) of postqueue output.</source>
        <extracomment>%n lines of postqueue output could not be read</extracomment>
        <translation>
            <numerusform>Se ha omitido %n línea mal formada o truncada de la salida de postqueue.</numerusform>
            <numerusform>Se han omitido %n líneas mal formadas o truncadas de la salida de postqueue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would act on %n message(s).</source>
        <extracomment>%1 is the action (hold, delete...), %n a number of messages</extracomment>
        <translation>
            <numerusform>«%1» se aplicaría a %n mensaje.</numerusform>
            <numerusform>«%1» se aplicaría a %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refusing to %1 %n message(s) without --yes (standard input is not a terminal).</source>
        <extracomment>%1 is the action, %n the number of messages</extracomment>
        <translation>
            <numerusform>No se aplica «%1» a %n mensaje sin --yes (la entrada estándar no es un terminal).</numerusform>
            <numerusform>No se aplica «%1» a %n mensajes sin --yes (la entrada estándar no es un terminal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About to %1 %n message(s):</source>
        <translation>
            <numerusform>Se va a aplicar «%1» a %n mensaje:</numerusform>
            <numerusform>Se va a aplicar «%1» a %n mensajes:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no login, %2)</source>
        <extracomment>an envelope sender without a login; %1 the sender, %2 the client address</extracomment>
        <translation>%1 (sin autenticar, %2)</translation>
    </message>
    <message>
        <source>--bucket takes 1m or 1h, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--bucket admite 1m o 1h, no «%1».</translation>
    </message>
    <message>
        <source>--since takes a duration such as 30s, 10m, 6h or 2d, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--since admite una duración como 30s, 10m, 6h o 2d, no «%1».</translation>
    </message>
    <message>
        <source>Logins that sent the most mail: messages, recipients, deferred, bounced.</source>
        <translation>Usuarios SASL que más correo han enviado: mensajes, destinatarios, aplazados, rebotados.</translation>
    </message>
    <message>
        <source>Mail sent, deferred and bounced per minute or per hour.</source>
        <translation>Correo enviado, aplazado y rebotado por minuto o por hora.</translation>
    </message>
    <message>
        <source>Refusing the unknown host key of %1; re-run with --accept-new-host-key after checking the fingerprint.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Se rechaza la clave de host desconocida de %1; volver a ejecutar con --accept-new-host-key tras comprobar la huella.</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages in one minute (threshold %4)</source>
        <extracomment>%1 time, %2 login, %3 messages in one minute, %4 the threshold</extracomment>
        <translation>%1 %2: %3 mensajes en un minuto (umbral %4)</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages in one hour (threshold %4)</source>
        <extracomment>%1 time, %2 login, %3 messages in one hour, %4 the threshold</extracomment>
        <translation>%1 %2: %3 mensajes en una hora (umbral %4)</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages in one hour, far above its usual peak (limit %4)</source>
        <extracomment>%1 time, %2 login, %3 messages in one hour, %4 the limit from its usual hourly peak</extracomment>
        <translation>%1 %2: %3 mensajes en una hora, muy por encima de su pico habitual (límite %4)</translation>
    </message>
    <message>
        <source>--threshold takes N/min or N/h, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--threshold admite N/min o N/h, no «%1».</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>No se ha podido leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <extracomment>%1 is a file path or &quot;-&quot;</extracomment>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME (secrets from the keychain).</source>
        <translation>Usar el perfil guardado NAME (secretos del llavero).</translation>
    </message>
    <message>
        <source>SSH endpoint of the MTA host (port 22 by default).</source>
        <translation>Punto de acceso SSH del host MTA (puerto 22 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Private key file; without it, the SSH agent.</source>
        <translation>Archivo de clave privada; sin él, el agente SSH.</translation>
    </message>
    <message>
        <source>Host-key store in OpenSSH known_hosts format.</source>
        <translation>Almacén de claves de host en formato known_hosts de OpenSSH.</translation>
    </message>
    <message>
        <source>Trust an unknown host key and record it; a changed key is always refused.</source>
        <translation>Confiar en una clave de host desconocida y registrarla; una clave cambiada se rechaza siempre.</translation>
    </message>
    <message>
        <source>Path preset: zimbra (/opt/zimbra/common/sbin through sudo) or postfix (/usr/sbin).</source>
        <translation>Rutas predefinidas: zimbra (/opt/zimbra/common/sbin mediante sudo) o postfix (/usr/sbin).</translation>
    </message>
    <message>
        <source>MTA log on the host (default /var/log/zimbra.log).</source>
        <translation>Registro del MTA en el host (predeterminado: /var/log/zimbra.log).</translation>
    </message>
    <message>
        <source>Zimbra audit log on the host (default /opt/zimbra/log/audit.log).</source>
        <translation>Registro de auditoría de Zimbra en el host (predeterminado: /opt/zimbra/log/audit.log).</translation>
    </message>
    <message>
        <source>Zimbra admin SOAP endpoint.</source>
        <translation>Punto de acceso SOAP de administración de Zimbra.</translation>
    </message>
    <message>
        <source>Zimbra admin account.</source>
        <translation>Cuenta de administrador de Zimbra.</translation>
    </message>
    <message>
        <source>File holding the admin password; - reads standard input.</source>
        <translation>Archivo con la contraseña de administrador; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Directory URL: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with StartTLS.</source>
        <translation>URL del directorio: ldaps://HOST[:PORT], o ldap://HOST[:PORT] con StartTLS.</translation>
    </message>
    <message>
        <source>Bind identity (UPN or DN).</source>
        <translation>Identidad de vinculación (UPN o DN).</translation>
    </message>
    <message>
        <source>File holding the bind password; - reads standard input.</source>
        <translation>Archivo con la contraseña de vinculación; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Search base DN.</source>
        <translation>DN de la base de búsqueda.</translation>
    </message>
    <message>
        <source>CA certificates for TLS (SOAP and LDAP).</source>
        <translation>Certificados de CA para TLS (SOAP y LDAP).</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (SHA-256 of its DER); repeatable.</source>
        <translation>Confiar exactamente en este certificado (SHA-256 de su DER); se puede repetir.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de órdenes</translation>
    </message>
    <message>
        <source>“%1” is not an SSH endpoint: expected USER@HOST[:PORT].</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» no es un punto de acceso SSH: se esperaba USER@HOST[:PORT].</translation>
    </message>
    <message>
        <source>Cannot read the SSH key file %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>No se puede leer el archivo de clave SSH %1.</translation>
    </message>
    <message>
        <source>--mta takes zimbra or postfix, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--mta admite zimbra o postfix, no «%1».</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>No se puede leer el archivo de CA %1.</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help.</source>
        <translation>Mostrar esta ayuda, o la ayuda de una orden.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Language of messages: eu, es or en (default: the system&apos;s).</source>
        <translation>Idioma de los mensajes: eu, es o en (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>--lang takes eu, es or en, not “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--lang admite eu, es o en, no «%1».</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Orden «%1» desconocida.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “%2”.</source>
        <extracomment>%1 is an option such as --ssh, %2 a command such as &quot;profiles list&quot;</extracomment>
        <translation>La opción --%1 no se aplica a «%2».</translation>
    </message>
    <message>
        <source>“%1” takes no arguments.</source>
        <extracomment>%1 is a command such as &quot;account show&quot;, %2 its arguments such as USER</extracomment>
        <translation>«%1» no admite argumentos.</translation>
    </message>
    <message>
        <source>Usage: zaindari-cli %1 %2</source>
        <translation>Uso: zaindari-cli %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Messages held: %n</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation>
            <numerusform>Mensajes retenidos: %n</numerusform>
            <numerusform>Mensajes retenidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages deleted: %n</source>
        <translation>
            <numerusform>Mensajes eliminados: %n</numerusform>
            <numerusform>Mensajes eliminados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) could not be written to the audit log.</source>
        <extracomment>%n is a number of steps</extracomment>
        <translation>
            <numerusform>No se ha podido escribir %n paso en el registro de auditoría.</numerusform>
            <numerusform>No se han podido escribir %n pasos en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contain a captured account: lock, block submission, secure the directory account, hold or delete its queued mail.</source>
        <translation>Contener una cuenta comprometida: bloquearla, impedir su envío SMTP, proteger la cuenta del directorio y retener o eliminar su correo en cola.</translation>
    </message>
    <message>
        <source>Hold the account&apos;s queued messages (default).</source>
        <translation>Retener los mensajes en cola de la cuenta (predeterminado).</translation>
    </message>
    <message>
        <source>Delete the account&apos;s queued messages (cannot be undone).</source>
        <translation>Eliminar los mensajes en cola de la cuenta (no se puede deshacer).</translation>
    </message>
    <message>
        <source>Disable the directory account.</source>
        <translation>Deshabilitar la cuenta del directorio.</translation>
    </message>
    <message>
        <source>Reset the password (must be changed at the next logon).</source>
        <translation>Restablecer la contraseña (debe cambiarse en el próximo inicio de sesión).</translation>
    </message>
    <message>
        <source>Seconds before the queues are read again for stragglers (default 5).</source>
        <translation>Segundos antes de volver a leer las colas en busca de mensajes rezagados (predeterminado: 5).</translation>
    </message>
    <message>
        <source>Carry out the plan (without it, only show it).</source>
        <translation>Ejecutar el plan (sin esta opción, solo se muestra).</translation>
    </message>
    <message>
        <source>%1 no longer forwards mail.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>%1 ya no reenvía el correo.</translation>
    </message>
    <message>
        <source>Stop and start Postfix when the account still has an open SMTP session after the reload (ends EVERY session on the host).</source>
        <translation>Detener e iniciar Postfix si la cuenta sigue teniendo una sesión SMTP abierta tras la recarga (cierra TODAS las sesiones del host).</translation>
    </message>
    <message>
        <source>Remove the account&apos;s forwarding addresses and filter redirects.</source>
        <translation>Quitar las direcciones de reenvío de la cuenta y las redirecciones de sus filtros.</translation>
    </message>
    <message>
        <source>Watch send rates and print an alert when a login sends far too much; with --auto-contain, contain it.</source>
        <translation>Vigilar las tasas de envío y mostrar una alerta cuando un usuario SASL envía demasiado; con --auto-contain, contenerlo.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for a password prompt on the desktop.</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>El llavero del sistema no ha respondido en %n segundo; puede estar bloqueado y esperando una solicitud de contraseña en el escritorio.</numerusform>
            <numerusform>El llavero del sistema no ha respondido en %n segundos; puede estar bloqueado y esperando una solicitud de contraseña en el escritorio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Se ha cancelado la prueba de conexión.</translation>
    </message>
</context>
<context>
    <name>Containment</name>
    <message>
        <source>Lock the Zimbra account and end its sessions</source>
        <translation>Bloquear la cuenta de Zimbra y cerrar sus sesiones</translation>
    </message>
    <message>
        <source>Refuse the login at SMTP submission</source>
        <translation>Rechazar el usuario SASL en el envío SMTP</translation>
    </message>
    <message>
        <source>Secure the directory account</source>
        <translation>Proteger la cuenta del directorio</translation>
    </message>
    <message>
        <source>Stop the account&apos;s queued mail</source>
        <translation>Detener el correo en cola de la cuenta</translation>
    </message>
    <message>
        <source>Check forwarding</source>
        <translation>Comprobar el reenvío</translation>
    </message>
    <message>
        <source>Containment plan for %1</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>Plan de contención para %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>%1 is what could not be read while preparing the plan</extracomment>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Some %1 translations could not be loaded (%2); those texts appear in English.</source>
        <extracomment>%1 is a language name such as &quot;Euskara&quot;, %2 a list of catalogue names</extracomment>
        <translation>No se han podido cargar algunas traducciones al %1 (%2); esos textos aparecen en inglés.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Failed login</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Login from a new IP</source>
        <translation>Inicio de sesión desde una IP nueva</translation>
    </message>
    <message>
        <source>Sending burst starts</source>
        <translation>Comienza una ráfaga de envíos</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Containment step</source>
        <translation>Paso de contención</translation>
    </message>
    <message>
        <source>%1: done. %2</source>
        <extracomment>%1 is a step title, %2 what happened</extracomment>
        <translation>%1: hecho. %2</translation>
    </message>
    <message>
        <source>%1: NOT done. %2</source>
        <translation>%1: NO hecho. %2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <extracomment>%1 is the account address</extracomment>
        <translation>Informe de incidente: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>%1 is the connection profile (school)</extracomment>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) submitted by the login before containment</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation>
            <numerusform>%n mensaje enviado por el usuario SASL antes de la contención</numerusform>
            <numerusform>%n mensajes enviados por el usuario SASL antes de la contención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held</source>
        <translation>
            <numerusform>%n mensaje retenido</numerusform>
            <numerusform>%n mensajes retenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted</source>
        <translation>
            <numerusform>%n mensaje eliminado</numerusform>
            <numerusform>%n mensajes eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>Id. de cola</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
</context>
<context>
    <name>LogFollower</name>
    <message>
        <source>The rotated log %1 is not valid gzip data; it was skipped.</source>
        <extracomment>%1 is a file name on the server</extracomment>
        <translation>El registro rotado %1 no contiene datos gzip válidos; se ha omitido.</translation>
    </message>
</context>
<context>
    <name>LogInput</name>
    <message>
        <source>Cannot open the log %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>No se puede abrir el registro %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the log %1: %2</source>
        <extracomment>%1 is a file name, %2 zlib&apos;s or the system&apos;s reason</extracomment>
        <translation>No se puede leer el registro %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Zaindari profile export.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 no es una exportación de perfiles de Zaindari.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Zaindari; update Zaindari to import it.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 se exportó con una versión más reciente de Zaindari; hay que actualizar Zaindari para importarlo.</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <extracomment>Name of an imported profile whose name was taken; %1 is the name in the file</extracomment>
        <translation>%1 (importado)</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <extracomment>Further imports of the same name; %1 is the name in the file, %2 a number</extracomment>
        <translation>%1 (importado %2)</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <extracomment>%1 is a profile name (may be empty), %2 the reason</extracomment>
        <translation>«%1» no se ha importado: %2</translation>
    </message>
    <message>
        <source>The profile has a damaged identifier.</source>
        <translation>El perfil tiene un identificador dañado.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Ya existe un perfil con el nombre «%1».</translation>
    </message>
    <message>
        <source>The profile could not be written to the settings file.</source>
        <translation>No se ha podido escribir el perfil en el archivo de configuración.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile; %1 is the original name</extracomment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>Name of a duplicated profile when &quot;Name (copy)&quot; exists; %1 is the original name, %2 a number</extracomment>
        <translation>%1 (copia %2)</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Enter a host name or address.</source>
        <translation>Introducir un nombre de host o una dirección.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or address.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» no es un nombre de host ni una dirección válidos.</translation>
    </message>
    <message>
        <source>Enter the SSH user name.</source>
        <translation>Introducir el nombre de usuario SSH.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH user name.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» no es un nombre de usuario SSH válido.</translation>
    </message>
    <message>
        <source>Enter a path on the server.</source>
        <translation>Introducir una ruta del servidor.</translation>
    </message>
    <message>
        <source>“%1” is not usable: paths on the server must be absolute and may contain only letters, digits and . _ / + @ -</source>
        <extracomment>%1 is a path such as /var/log/zimbra.log</extracomment>
        <translation>«%1» no es utilizable: las rutas del servidor deben ser absolutas y solo pueden contener letras, dígitos y . _ / + @ -</translation>
    </message>
    <message>
        <source>“%1” is not a valid Zimbra admin URL: it must start with https:// and name a host, e.g. https://mail.example.org:7071/service/admin/soap</source>
        <extracomment>%1 is the URL the user typed</extracomment>
        <translation>«%1» no es una URL de administración de Zimbra válida: debe empezar por https:// e incluir un host, p. ej. https://mail.example.org:7071/service/admin/soap</translation>
    </message>
    <message>
        <source>“%1” is not a valid directory URL: use ldaps://HOST[:PORT], or ldap://HOST[:PORT] with StartTLS.</source>
        <extracomment>%1 is the URL the user typed</extracomment>
        <translation>«%1» no es una URL de directorio válida: usar ldaps://HOST[:PORT], o ldap://HOST[:PORT] con StartTLS.</translation>
    </message>
    <message>
        <source>“%1” is not a certificate pin: expected sha256: followed by 64 hexadecimal digits.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» no es un certificado fijado: se esperaba sha256: seguido de 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introducir un nombre para el perfil.</translation>
    </message>
    <message>
        <source>SSH ports go from 1 to 65535.</source>
        <translation>Los puertos SSH van de 1 a 65535.</translation>
    </message>
    <message>
        <source>Choose the SSH private key file, or use the SSH agent.</source>
        <translation>Elegir el archivo de clave privada SSH, o usar el agente SSH.</translation>
    </message>
    <message>
        <source>The automatic containment threshold goes from %1 to %2 messages a minute.</source>
        <extracomment>%1 and %2 are the smallest and largest accepted numbers of messages a minute</extracomment>
        <translation>El umbral de contención automática va de %1 a %2 mensajes por minuto.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if its SHA-256 fingerprint is %2 on the server itself.</source>
        <extracomment>%1 is host:port, %2 the certificate&apos;s SHA-256 fingerprint (AB:CD:...)</extracomment>
        <translation>No se ha podido verificar el certificado de %1. Confiar en él solo si su huella SHA-256 en el propio servidor es %2.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed. It presented %2 but this profile trusts %3. The connection was refused: someone may be intercepting it. If the server&apos;s certificate was renewed, check the new fingerprint on the server before trusting it.</source>
        <extracomment>%1 is host:port, %2 the presented SHA-256 fingerprint, %3 the pinned one(s)</extracomment>
        <translation>AVISO: el certificado de %1 ha cambiado. Ha presentado %2, pero este perfil confía en %3. Se ha rechazado la conexión: alguien podría estar interceptándola. Si se ha renovado el certificado del servidor, comprobar la nueva huella en el servidor antes de confiar en ella.</translation>
    </message>
</context>
<context>
    <name>ZimbraError</name>
    <message>
        <source>Zimbra has no account %1.</source>
        <extracomment>%1 is an account name or id</extracomment>
        <translation>Zimbra no tiene ninguna cuenta %1.</translation>
    </message>
    <message>
        <source>Zimbra has no class of service %1.</source>
        <extracomment>%1 is a class-of-service name or id</extracomment>
        <translation>Zimbra no tiene ninguna clase de servicio %1.</translation>
    </message>
    <message>
        <source>Zimbra has no server %1.</source>
        <extracomment>%1 is a server name or id</extracomment>
        <translation>Zimbra no tiene ningún servidor %1.</translation>
    </message>
    <message>
        <source>Zimbra has no domain %1.</source>
        <extracomment>%1 is a mail domain</extracomment>
        <translation>Zimbra no tiene ningún dominio %1.</translation>
    </message>
    <message>
        <source>Zimbra refused the admin login: wrong account name or password.</source>
        <translation>Zimbra ha rechazado el inicio de sesión de administrador: nombre de cuenta o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Zimbra denied permission: the admin account lacks the right for this action, or the login was refused.</source>
        <translation>Zimbra ha denegado el permiso: la cuenta de administrador no tiene el derecho necesario para esta acción, o se ha rechazado el inicio de sesión.</translation>
    </message>
    <message>
        <source>The Zimbra session has expired and logging in again did not help.</source>
        <translation>La sesión de Zimbra ha caducado y volver a iniciar sesión no ha servido.</translation>
    </message>
    <message>
        <source>Zimbra did not accept the session token and logging in again did not help.</source>
        <translation>Zimbra no ha aceptado el token de sesión y volver a iniciar sesión no ha servido.</translation>
    </message>
    <message>
        <source>Zimbra rejected one of the values sent.</source>
        <translation>Zimbra ha rechazado uno de los valores enviados.</translation>
    </message>
    <message>
        <source>This Zimbra version does not know one of the settings sent.</source>
        <translation>Esta versión de Zimbra no conoce uno de los ajustes enviados.</translation>
    </message>
    <message>
        <source>Zimbra rejected the new password because of its password policy.</source>
        <translation>Zimbra ha rechazado la contraseña nueva por su política de contraseñas.</translation>
    </message>
    <message>
        <source>The account is in maintenance mode; try again after the maintenance.</source>
        <translation>La cuenta está en modo de mantenimiento; reintentarlo cuando termine el mantenimiento.</translation>
    </message>
    <message>
        <source>The server does not know this request. Check that the URL is the admin endpoint (port 7071, /service/admin/soap).</source>
        <translation>El servidor no conoce esta petición. Comprobar que la URL es el punto de acceso de administración (puerto 7071, /service/admin/soap).</translation>
    </message>
    <message>
        <source>The Zimbra server could not reach the account&apos;s mailbox server.</source>
        <translation>El servidor de Zimbra no ha podido llegar al servidor de buzones de la cuenta.</translation>
    </message>
    <message>
        <source>The Zimbra service is temporarily unavailable; try again shortly.</source>
        <translation>El servicio de Zimbra no está disponible temporalmente; reintentarlo en breve.</translation>
    </message>
    <message>
        <source>Zimbra rejected the request as invalid.</source>
        <translation>Zimbra ha rechazado la petición por no ser válida.</translation>
    </message>
    <message>
        <source>The Zimbra server failed while handling the request.</source>
        <translation>El servidor de Zimbra ha fallado al procesar la petición.</translation>
    </message>
    <message>
        <source>The Zimbra server reported an error without a code.</source>
        <translation>El servidor de Zimbra ha informado de un error sin código.</translation>
    </message>
    <message>
        <source>The Zimbra server reported an error (%1).</source>
        <extracomment>%1 is a Zimbra error code such as account.TOO_MANY_SEARCH_RESULTS</extracomment>
        <translation>El servidor de Zimbra ha informado de un error (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Zaindari: watch a Zimbra mail server backed by Active Directory and contain captured accounts.</source>
        <translation>Zaindari: vigila un servidor de correo Zimbra respaldado por Active Directory y contiene cuentas comprometidas.</translation>
    </message>
    <message>
        <source>Open the saved profile called &lt;name&gt;.</source>
        <translation>Abrir el perfil guardado llamado &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Use this language for this run: eu, es or en.</source>
        <translation>Usar este idioma en esta ejecución: eu, es o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Save a picture of the main window and the dialogs to &lt;file&gt; and quit.</source>
        <translation>Guardar una imagen de la ventana principal y de los diálogos en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use eu, es or en.</source>
        <extracomment>%1 is what the user typed after --lang</extracomment>
        <translation>Idioma «%1» desconocido: usar eu, es o en.</translation>
    </message>
    <message>
        <source>No profile is called “%1”; see File → Profiles….</source>
        <extracomment>%1 is a profile name given on the command line</extracomment>
        <translation>No hay ningún perfil llamado «%1»; ver Archivo → Perfiles….</translation>
    </message>
</context>
<context>
    <name>zaindari</name>
    <message>
        <source>Cannot open %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file path, %2 the zlib error</extracomment>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot find the server %1: the host name does not resolve.</source>
        <extracomment>%1 is user@host:port</extracomment>
        <translation>No se encuentra el servidor %1: el nombre de host no se resuelve.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is the SSH service running on that port?</source>
        <translation>El servidor %1 ha rechazado la conexión: ¿se está ejecutando el servicio SSH en ese puerto?</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>El servidor %1 no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet; it must be confirmed before connecting.</source>
        <translation>La clave de host de %1 aún no se conoce; hay que confirmarla antes de conectar.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. The connection was refused: this can be an attack.</source>
        <translation>La clave de host de %1 HA CAMBIADO. Se ha rechazado la conexión: puede tratarse de un ataque.</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted; not connected.</source>
        <translation>No se ha aceptado la clave de host de %1; no se ha conectado.</translation>
    </message>
    <message>
        <source>Cannot read or write the known-hosts file while checking %1.</source>
        <translation>No se puede leer ni escribir el archivo de hosts conocidos al comprobar %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: check the user name and the key or password.</source>
        <translation>El servidor %1 ha rechazado el inicio de sesión: comprobar el nombre de usuario y la clave o la contraseña.</translation>
    </message>
    <message>
        <source>Cannot use the private key %2 for %1: missing, unreadable or wrong passphrase.</source>
        <extracomment>%2 is a file path</extracomment>
        <translation>No se puede usar la clave privada %2 para %1: falta, no se puede leer o la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se ha perdido la conexión con %1.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>No hay conexión con %1.</translation>
    </message>
    <message>
        <source>On %1, sudo asks for a password to run %2: the sudoers rules must allow it without a password (NOPASSWD).</source>
        <extracomment>%2 is the command that was run</extracomment>
        <translation>En %1, sudo pide una contraseña para ejecutar %2: las reglas de sudoers deben permitirlo sin contraseña (NOPASSWD).</translation>
    </message>
    <message>
        <source>On %1, sudo does not allow this user to run %2.</source>
        <translation>En %1, sudo no permite a este usuario ejecutar %2.</translation>
    </message>
    <message>
        <source>On %1, the command %2 does not exist: check the MTA paths of the profile.</source>
        <translation>En %1, la orden %2 no existe: comprobar las rutas del MTA del perfil.</translation>
    </message>
    <message>
        <source>On %1, the command %2 failed.</source>
        <translation>En %1, la orden %2 ha fallado.</translation>
    </message>
    <message>
        <source>SSH error with %1.</source>
        <translation>Error de SSH con %1.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Verifying the host key</source>
        <translation>Verificando la clave de host</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The server %1 is not known yet. Its %2 key has the fingerprint %3. Compare it with the one the server administrator gives you before trusting it.</source>
        <extracomment>%1 host, %2 key type, %3 SHA256 fingerprint</extracomment>
        <translation>El servidor %1 aún no se conoce. Su clave %2 tiene la huella %3. Compararla con la que facilite el administrador del servidor antes de confiar en ella.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed. On record: %2 %3. Offered now: %4 %5. Someone may be intercepting the connection; it was refused. If the server was reinstalled, remove the old key from the known-hosts file after checking.</source>
        <extracomment>%1 host, %2/%3 type and fingerprint on record, %4/%5 the key offered now</extracomment>
        <translation>AVISO: la clave de host de %1 ha cambiado. Registrada: %2 %3. Ofrecida ahora: %4 %5. Alguien podría estar interceptando la conexión; se ha rechazado. Si se ha reinstalado el servidor, eliminar la clave antigua del archivo de hosts conocidos tras comprobarlo.</translation>
    </message>
    <message>
        <source>First failed login, from %1 (%2).</source>
        <extracomment>%1 is an IP address, %2 a protocol (soap, imap...)</extracomment>
        <translation>Primer inicio de sesión fallido, desde %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Successful login from %1 (%2), an address the account had not used, after %n failed login(s).</source>
        <extracomment>%1 is an IP address, %2 a protocol, %n failed logins before it</extracomment>
        <translation>
            <numerusform>Inicio de sesión correcto desde %1 (%2), una dirección que la cuenta no había usado, tras %n inicio de sesión fallido.</numerusform>
            <numerusform>Inicio de sesión correcto desde %1 (%2), una dirección que la cuenta no había usado, tras %n inicios de sesión fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last of %n failed login(s), from %1.</source>
        <extracomment>%n failed logins, %1 a list of IP addresses</extracomment>
        <translation>
            <numerusform>Único inicio de sesión fallido (%n), desde %1.</numerusform>
            <numerusform>Último de %n inicios de sesión fallidos, desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>First SMTP submission from %1, a client address the login had not used.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Primer envío SMTP desde %1, una dirección de cliente que el usuario SASL no había usado.</translation>
    </message>
    <message>
        <source>First SMTP submission of the login in the log, from %1.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Primer envío SMTP del usuario SASL en el registro, desde %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sending burst starts: more than %n message(s) within one minute.</source>
        <extracomment>%n is the per-minute threshold</extracomment>
        <translation>
            <numerusform>Comienza una ráfaga de envíos: más de %n mensaje en un minuto.</numerusform>
            <numerusform>Comienza una ráfaga de envíos: más de %n mensajes en un minuto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zaindari::AboutDialog</name>
    <message>
        <source>About Zaindari</source>
        <translation>Acerca de Zaindari</translation>
    </message>
    <message>
        <source>Zaindari %1</source>
        <extracomment>%1 is a version number</extracomment>
        <translation>Zaindari %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Zaindari watches a school&apos;s Zimbra mail server and its Active Directory logins in one window: mail queues, send rates, failed logins and the lockout policy, and it contains a phished account in one confirmed action.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zaindari vigila en una sola ventana el servidor de correo Zimbra de un centro educativo y sus inicios de sesión de Active Directory: colas de correo, tasas de envío, inicios de sesión fallidos y la política de bloqueo; además, contiene una cuenta comprometida por phishing en una sola acción confirmada.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se distribuye sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, libssh %2 and %3.&lt;/p&gt;</source>
        <extracomment>%1, %2, %3 are version numbers</extracomment>
        <translation>&lt;p&gt;Compilado con Qt %1, libssh %2 y %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountSearchJob</name>
    <message>
        <source>Searching accounts</source>
        <translation>Buscando cuentas</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountViews</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Zimbra&apos;s own password</source>
        <translation>Contraseña propia de Zimbra</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>External LDAP directory</source>
        <translation>Directorio LDAP externo</translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>%1 is Zimbra&apos;s zimbraAuthMech value, e.g. custom:sso</extracomment>
        <translation>Otro (%1)</translation>
    </message>
    <message>
        <source>This account forwards mail elsewhere.</source>
        <translation>Esta cuenta reenvía el correo a otro lugar.</translation>
    </message>
    <message>
        <source>A forwarding rule nobody asked for is a classic sign of a captured account.</source>
        <translation>Una regla de reenvío que nadie ha pedido es una señal clásica de una cuenta comprometida.</translation>
    </message>
    <message>
        <source>Forwarding addresses:</source>
        <translation>Direcciones de reenvío:</translation>
    </message>
    <message>
        <source>Mail filters that redirect to:</source>
        <translation>Filtros de correo que redirigen a:</translation>
    </message>
    <message>
        <source>No copy is kept in the mailbox.</source>
        <translation>No se guarda ninguna copia en el buzón.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Clase de servicio</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Failed logins counted</source>
        <translation>Inicios de sesión fallidos contados</translation>
    </message>
    <message>
        <source>Locked out at</source>
        <translation>Bloqueada desde</translation>
    </message>
    <message>
        <source>Lockout ends</source>
        <translation>Fin del bloqueo</translation>
    </message>
    <message>
        <source>Lockout policy</source>
        <translation>Política de bloqueo</translation>
    </message>
    <message>
        <source>%1 failures within %2 lock for %3</source>
        <translation>%1 fallos en %2 bloquean durante %3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Reenvío</translation>
    </message>
    <message>
        <source>yes, see above</source>
        <translation>sí, ver arriba</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>must be changed at next login</source>
        <translation>debe cambiarse en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Logon name</source>
        <translation>Nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no, disabled</source>
        <translation>no, deshabilitada</translation>
    </message>
    <message>
        <source>Locked out now</source>
        <translation>Bloqueada ahora</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>when an administrator unlocks it</source>
        <translation>cuando un administrador la desbloquee</translation>
    </message>
    <message>
        <source>Wrong passwords (badPwdCount)</source>
        <translation>Contraseñas incorrectas (badPwdCount)</translation>
    </message>
    <message>
        <source>Last wrong password</source>
        <translation>Última contraseña incorrecta</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Contraseña establecida</translation>
    </message>
    <message>
        <source>must change at next logon</source>
        <translation>debe cambiarla en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Last logon (replicated, up to 14 days late)</source>
        <translation>Último inicio de sesión (replicado, hasta 14 días de retraso)</translation>
    </message>
    <message>
        <source>Account expires</source>
        <translation>La cuenta caduca</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Per domain controller (these counters are not replicated):</source>
        <translation>Por controlador de dominio (estos contadores no se replican):</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Contraseñas incorrectas</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqueada</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountsModel</name>
    <message>
        <source>never</source>
        <comment>last login</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Clase de servicio</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Password checked by</source>
        <translation>Contraseña comprobada por</translation>
    </message>
</context>
<context>
    <name>zaindari::AccountsTableModel</name>
    <message>
        <source>not in AD</source>
        <translation>no está en AD</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Waiting for Active Directory</source>
        <translation>Esperando a Active Directory</translation>
    </message>
    <message>
        <source>AD account</source>
        <translation>Cuenta de AD</translation>
    </message>
    <message>
        <source>AD locked out</source>
        <translation>Bloqueada en AD</translation>
    </message>
    <message>
        <source>Enabled or disabled in Active Directory</source>
        <translation>Habilitada o deshabilitada en Active Directory</translation>
    </message>
    <message>
        <source>Locked out in Active Directory right now</source>
        <translation>Bloqueada en Active Directory en este momento</translation>
    </message>
</context>
<context>
    <name>zaindari::AdTime</name>
    <message>
        <source>never</source>
        <comment>an AD time that is not set</comment>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>zaindari::AdminConnections</name>
    <message>
        <source>The profile changed; nothing was done.</source>
        <translation>El perfil ha cambiado; no se ha hecho nada.</translation>
    </message>
    <message>
        <source>Logged in as %1 at %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>The profile has no Zimbra admin server; add one in the profile manager.</source>
        <translation>El perfil no tiene ningún servidor de administración de Zimbra; se puede añadir en el gestor de perfiles.</translation>
    </message>
    <message>
        <source>The profile has no Active Directory server; add one in the profile manager.</source>
        <translation>El perfil no tiene ningún servidor de Active Directory; se puede añadir en el gestor de perfiles.</translation>
    </message>
    <message>
        <source>No password is stored for this profile.</source>
        <translation>No hay ninguna contraseña guardada para este perfil.</translation>
    </message>
    <message>
        <source>Zimbra admin password</source>
        <translation>Contraseña de administración de Zimbra</translation>
    </message>
    <message>
        <source>Active Directory password</source>
        <translation>Contraseña de Active Directory</translation>
    </message>
    <message>
        <source>Password of the Zimbra administrator %1 (profile %2):</source>
        <extracomment>%1 admin account, %2 profile name</extracomment>
        <translation>Contraseña del administrador de Zimbra %1 (perfil %2):</translation>
    </message>
    <message>
        <source>Password of the Active Directory account %1 (profile %2):</source>
        <translation>Contraseña de la cuenta de Active Directory %1 (perfil %2):</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Store the password in the system keychain for the next sessions</source>
        <translation>Guardar la contraseña en el llavero del sistema para las próximas sesiones</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is kept only until Zaindari closes</source>
        <translation>No hay ningún llavero del sistema disponible; la contraseña se conserva solo hasta que se cierre Zaindari</translation>
    </message>
    <message>
        <source>No password was given; nothing was done.</source>
        <translation>No se ha indicado ninguna contraseña; no se ha hecho nada.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <extracomment>%1 is the directory URL</extracomment>
        <translation>Conectado con %1</translation>
    </message>
    <message>
        <source>The server refused the password; type it again.</source>
        <translation>El servidor ha rechazado la contraseña; volver a escribirla.</translation>
    </message>
</context>
<context>
    <name>zaindari::AlertBanner</name>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one minute at %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one minute</extracomment>
        <translation>
            <numerusform>%1 ha enviado %n mensaje en un minuto el %2 (umbral %3).</numerusform>
            <numerusform>%1 ha enviado %n mensajes en un minuto el %2 (umbral %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) within one hour up to %2 (threshold %3).</source>
        <extracomment>%1 account, %2 date and time, %3 the threshold; %n messages in one hour</extracomment>
        <translation>
            <numerusform>%1 ha enviado %n mensaje en una hora hasta el %2 (umbral %3).</numerusform>
            <numerusform>%1 ha enviado %n mensajes en una hora hasta el %2 (umbral %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n message(s) in the hour up to %2, far above its usual peak of %3 an hour.</source>
        <extracomment>%1 account, %2 date and time, %3 the account&apos;s usual hourly peak; %n messages in one hour</extracomment>
        <translation>
            <numerusform>%1 ha enviado %n mensaje en la hora hasta el %2, muy por encima de su pico habitual de %3 por hora.</numerusform>
            <numerusform>%1 ha enviado %n mensajes en la hora hasta el %2, muy por encima de su pico habitual de %3 por hora.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly captured account.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Posible cuenta comprometida.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Abrir la cuenta</translation>
    </message>
    <message>
        <source>Show this account on the Accounts page, to lock it or reset its password</source>
        <translation>Mostrar esta cuenta en la página Cuentas, para bloquearla o restablecer su contraseña</translation>
    </message>
    <message>
        <source>Send &amp;rates</source>
        <translation>&amp;Tasas de envío</translation>
    </message>
    <message>
        <source>Show what this account sent on the Send rates page</source>
        <translation>Mostrar lo que ha enviado esta cuenta en la página Tasas de envío</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this alarm; it stays in the alert list of the Send rates page</source>
        <translation>Ocultar esta alarma; permanece en la lista de alertas de la página Tasas de envío</translation>
    </message>
    <message>
        <source>&amp;Contain…</source>
        <translation>&amp;Contener…</translation>
    </message>
    <message>
        <source>Lock this account, cut its sessions, stop its mail and secure its directory account: a plan is shown before anything runs</source>
        <translation>Bloquear esta cuenta, cerrar sus sesiones, detener su correo y proteger su cuenta del directorio: se muestra un plan antes de ejecutar nada</translation>
    </message>
</context>
<context>
    <name>zaindari::AuditLogModel</name>
    <message>
        <source>Done</source>
        <comment>audit result</comment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>audit result</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>zaindari::AuditTrailPage</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Filter: account, profile, user or detail</source>
        <translation>Filtro: cuenta, perfil, usuario o detalle</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Mostrar solo las entradas que contienen este texto</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Show only entries from this time on</source>
        <translation>Mostrar solo las entradas a partir de este momento</translation>
    </message>
    <message>
        <source>Show only entries before this time</source>
        <translation>Mostrar solo las entradas anteriores a este momento</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the audit file again</source>
        <translation>Volver a leer el archivo de auditoría</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown to a CSV file</source>
        <translation>Guardar las entradas mostradas en un archivo CSV</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Show only succeeded or failed actions</source>
        <translation>Mostrar solo las acciones realizadas correctamente o las fallidas</translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation>Mostrar solo un tipo de acción</translation>
    </message>
    <message>
        <source>What this console did, oldest first, from %1.</source>
        <extracomment>%1 is the file path</extracomment>
        <translation>Lo que ha hecho esta consola, de lo más antiguo a lo más reciente, según %1.</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the audit file could not be read.</source>
        <extracomment>%n unreadable lines</extracomment>
        <translation>
            <numerusform>No se ha podido leer %n línea del archivo de auditoría.</numerusform>
            <numerusform>No se han podido leer %n líneas del archivo de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 file, %2 system reason</extracomment>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>zaindari::CertificateDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>Certificado cambiado</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you confirmed before. Zaindari will not connect: someone may be intercepting the connection. If the server&apos;s certificate was renewed on purpose, remove the old pin in the profile&apos;s Trust tab and connect again.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>El certificado de %1 no es el que se confirmó anteriormente. Zaindari no se conectará: alguien podría estar interceptando la conexión. Si el certificado del servidor se ha renovado a propósito, quitar la huella fijada antigua en la pestaña Confianza del perfil y volver a conectar.</translation>
    </message>
    <message>
        <source>Unverified certificate</source>
        <translation>Certificado no verificado</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be verified. Compare the SHA-256 fingerprint below with the one shown on the server before you trust it.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>No se puede verificar el certificado de %1. Antes de confiar en él, comparar la huella SHA-256 siguiente con la que se muestra en el servidor.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Pinned fingerprint</source>
        <translation>Huella fijada</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>Aceptar &amp;una vez</translation>
    </message>
    <message>
        <source>Trust this certificate until Zaindari closes</source>
        <translation>Confiar en este certificado hasta que se cierre Zaindari</translation>
    </message>
    <message>
        <source>Accept and &amp;pin</source>
        <translation>Aceptar y &amp;fijar</translation>
    </message>
    <message>
        <source>Trust this certificate and remember it in the profile; a different certificate will then be refused</source>
        <translation>Confiar en este certificado y recordarlo en el perfil; a partir de entonces se rechazará un certificado distinto</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>R&amp;echazar</translation>
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
        <translation>No hay conexión con %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation>Conectado con %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <extracomment>%1 is a backend name</extracomment>
        <translation>Ha fallado la conexión con %1.</translation>
    </message>
</context>
<context>
    <name>zaindari::ConnectionTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Testing this connection arrives with a later version.</source>
        <translation>La prueba de esta conexión llegará en una versión posterior.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar la prueba</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Try to reach %1 with the settings shown, without saving them.</source>
        <extracomment>%1 is a backend name such as &quot;SSH&quot;</extracomment>
        <translation>Intentar llegar a %1 con la configuración mostrada, sin guardarla.</translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentDialog</name>
    <message>
        <source>Contain %1</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Contener %1</translation>
    </message>
    <message>
        <source>Contain the captured account &lt;b&gt;%1&lt;/b&gt;: lock it, cut its sessions, stop its mail and secure its directory account. Nothing runs before you preview the plan and confirm it.</source>
        <extracomment>%1 is the account (bold)</extracomment>
        <translation>Contener la cuenta comprometida &lt;b&gt;%1&lt;/b&gt;: bloquearla, cerrar sus sesiones, detener su correo y proteger su cuenta del directorio. No se ejecuta nada hasta revisar la vista previa del plan y confirmarlo.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queued mail of the account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Correo en cola de la cuenta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hold it (can be released later)</source>
        <translation>&amp;Retenerlo (se puede liberar más adelante)</translation>
    </message>
    <message>
        <source>Moves the account&apos;s messages to the hold queue: nothing is sent, Undo releases them.</source>
        <translation>Mueve los mensajes de la cuenta a la cola de retenidos (hold): no se envía nada y Deshacer los libera.</translation>
    </message>
    <message>
        <source>De&amp;lete it</source>
        <translation>E&amp;liminarlo</translation>
    </message>
    <message>
        <source>Removes the account&apos;s messages from every queue for good.</source>
        <translation>Elimina definitivamente los mensajes de la cuenta de todas las colas.</translation>
    </message>
    <message>
        <source>Deleted messages cannot be brought back: Undo cannot restore them, and they are gone as evidence too.</source>
        <translation>Los mensajes eliminados no se pueden recuperar: Deshacer no puede restaurarlos y además se pierden como prueba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Directory account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cuenta del directorio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reset the password (generated, must change)</source>
        <translation>Re&amp;stablecer la contraseña (generada, debe cambiarse)</translation>
    </message>
    <message>
        <source>A strong password is generated and shown once; the person must change it at the next logon, so the captured password stops working.</source>
        <translation>Se genera una contraseña robusta que se muestra una sola vez; la persona debe cambiarla en el próximo inicio de sesión, de modo que la contraseña comprometida deja de funcionar.</translation>
    </message>
    <message>
        <source>D&amp;isable the account</source>
        <translation>Des&amp;habilitar la cuenta</translation>
    </message>
    <message>
        <source>Nobody can log on with the account until it is enabled again (Undo does).</source>
        <translation>Nadie puede iniciar sesión con la cuenta hasta que se vuelva a habilitar (Deshacer lo hace).</translation>
    </message>
    <message>
        <source>Lea&amp;ve it as it is</source>
        <translation>De&amp;jarla como está</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also&lt;/b&gt;</source>
        <translation>&lt;b&gt;Además&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove &amp;forwarding</source>
        <translation>Quitar el re&amp;envío</translation>
    </message>
    <message>
        <source>Clears the account&apos;s forwarding addresses and the redirects in its mail filters: an attacker often adds one to keep reading the mail.</source>
        <translation>Vacía las direcciones de reenvío de la cuenta y las redirecciones de sus filtros de correo: un atacante suele añadir una para seguir leyendo el correo.</translation>
    </message>
    <message>
        <source>Restart &amp;Postfix to end open SMTP sessions (ends every session on the host)</source>
        <translation>Reiniciar &amp;Postfix para cerrar las sesiones SMTP abiertas (cierra todas las sesiones del host)</translation>
    </message>
    <message>
        <source>Locking the account and refusing the login stop new logins, but an SMTP session that is already open keeps sending until it ends. Stopping and starting Postfix ends it, and also every other open session on the host: other people&apos;s mail programs reconnect and send again a moment later.</source>
        <translation>Bloquear la cuenta y rechazar el usuario SASL impiden nuevos inicios de sesión, pero una sesión SMTP ya abierta sigue enviando hasta que termina. Detener e iniciar Postfix la cierra, y también todas las demás sesiones abiertas del host: los programas de correo de otras personas se vuelven a conectar y envían de nuevo poco después.</translation>
    </message>
    <message>
        <source>Step and what it touches</source>
        <translation>Paso y elementos afectados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Stop here</source>
        <translation>&amp;Detenerse aquí</translation>
    </message>
    <message>
        <source>The remaining steps are not run; the summary says so.</source>
        <translation>Los pasos restantes no se ejecutan; el resumen lo indica.</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>Runs the remaining steps anyway.</source>
        <translation>Ejecuta los pasos restantes de todos modos.</translation>
    </message>
    <message>
        <source>New &amp;password (shown only now, stored nowhere):</source>
        <translation>Con&amp;traseña nueva (solo se muestra ahora, no se guarda en ningún sitio):</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copies the password to the clipboard, to hand it to the person.</source>
        <translation>Copia la contraseña al portapapeles para entregársela a la persona.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Reads the account, its directory object and the queues, and lists what the containment would touch. Changes nothing.</source>
        <translation>Lee la cuenta, su objeto del directorio y las colas, y enumera lo que afectaría la contención. No cambia nada.</translation>
    </message>
    <message>
        <source>&amp;Contain…</source>
        <translation>&amp;Contener…</translation>
    </message>
    <message>
        <source>Carries out the previewed plan, after one more confirmation.</source>
        <translation>Ejecuta el plan de la vista previa, tras una confirmación más.</translation>
    </message>
    <message>
        <source>Cancel &amp;remaining steps</source>
        <translation>Cancelar los pasos res&amp;tantes</translation>
    </message>
    <message>
        <source>Stops after the step that is running; it completes and is reported.</source>
        <translation>Se detiene tras el paso en curso, que se completa y se notifica.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Unlocks the account, enables the directory account, releases the held mail and lifts the submission block. A reset password stays reset.</source>
        <translation>Desbloquea la cuenta, habilita la cuenta del directorio, libera el correo retenido y levanta el bloqueo del envío. Una contraseña restablecida no se revierte.</translation>
    </message>
    <message>
        <source>Incident &amp;report…</source>
        <translation>&amp;Informe de incidente…</translation>
    </message>
    <message>
        <source>Timeline, messages and steps of this incident; saved next to the audit log.</source>
        <translation>Cronología, mensajes y pasos de este incidente; se guarda junto al registro de auditoría.</translation>
    </message>
    <message>
        <source>Ready: preview the plan.</source>
        <translation>Preparado: ver la vista previa del plan.</translation>
    </message>
    <message>
        <source>Connecting to the profile&apos;s servers…</source>
        <translation>Conectando con los servidores del perfil…</translation>
    </message>
    <message>
        <source>The choices changed: preview again before containing.</source>
        <translation>Las opciones han cambiado: volver a ver la vista previa antes de contener.</translation>
    </message>
    <message>
        <source>Reading the account, the directory and the queues…</source>
        <translation>Leyendo la cuenta, el directorio y las colas…</translation>
    </message>
    <message numerus="yes">
        <source>Plan ready: %n queued message(s) of the account found. Check it, then Contain.</source>
        <extracomment>%n is the number of queued messages the plan found</extracomment>
        <translation>
            <numerusform>Plan preparado: se ha encontrado %n mensaje en cola de la cuenta. Revisarlo y después pulsar Contener.</numerusform>
            <numerusform>Plan preparado: se han encontrado %n mensajes en cola de la cuenta. Revisarlo y después pulsar Contener.</numerusform>
        </translation>
    </message>
    <message>
        <source>The send-rate alert flagged this login at %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>La alerta de tasa de envío ha marcado este usuario SASL el %1.</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Aún no ejecutado</translation>
    </message>
    <message>
        <source>What the preview could not read</source>
        <translation>Lo que la vista previa no ha podido leer</translation>
    </message>
    <message>
        <source>No open SMTP session of this login was seen when the plan was made.</source>
        <translation>No se ha visto ninguna sesión SMTP abierta de este usuario SASL al elaborar el plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n open SMTP session(s) of this login were seen when the plan was made:</source>
        <extracomment>%n is a number of SMTP sessions</extracomment>
        <translation>
            <numerusform>Al elaborar el plan se ha visto %n sesión SMTP abierta de este usuario SASL:</numerusform>
            <numerusform>Al elaborar el plan se han visto %n sesiones SMTP abiertas de este usuario SASL:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: process %2 (%3), last seen %4</source>
        <extracomment>%1 host, %2 process id, %3 Postfix service, %4 time of its last log line</extracomment>
        <translation>%1: proceso %2 (%3), visto por última vez: %4</translation>
    </message>
    <message>
        <source>Contain the account</source>
        <translation>Contener la cuenta</translation>
    </message>
    <message>
        <source>Carry out the plan for %1 now? The account is locked and its sessions end at once.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>¿Ejecutar ahora el plan para %1? La cuenta se bloquea y sus sesiones se cierran de inmediato.</translation>
    </message>
    <message>
        <source>Its queued messages are DELETED: this cannot be undone.</source>
        <translation>Sus mensajes en cola se ELIMINAN: no se puede deshacer.</translation>
    </message>
    <message>
        <source>Postfix is restarted: every open SMTP session on the host ends.</source>
        <translation>Postfix se reinicia: se cierran todas las sesiones SMTP abiertas del host.</translation>
    </message>
    <message>
        <source>&amp;Contain now</source>
        <translation>&amp;Contener ahora</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Containing…</source>
        <translation>Conteniendo…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <source>NOT done</source>
        <translation>NO hecho</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 step number, %2 number of steps, %3 step title</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>%1 is the title of a containment step that is being reverted</extracomment>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>“%1” was NOT done: %2
Stop here, or continue with the remaining steps?</source>
        <extracomment>%1 step title, %2 what went wrong</extracomment>
        <translation>«%1» NO se ha hecho: %2
¿Detenerse aquí o continuar con los pasos restantes?</translation>
    </message>
    <message>
        <source>Cancelling: the running step completes, the rest are not run.</source>
        <translation>Cancelando: el paso en curso se completa y los demás no se ejecutan.</translation>
    </message>
    <message>
        <source>Contained: every step was done.</source>
        <translation>Contenida: se han hecho todos los pasos.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n step(s) NOT done, see the summary.</source>
        <extracomment>%n is the number of steps not done</extracomment>
        <translation>
            <numerusform>Terminado: %n paso NO hecho, ver el resumen.</numerusform>
            <numerusform>Terminado: %n pasos NO hechos, ver el resumen.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <source>Undoing what can be undone…</source>
        <translation>Deshaciendo lo que se puede deshacer…</translation>
    </message>
    <message>
        <source>Nothing needed undoing.</source>
        <translation>No había nada que deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n step(s) reverted.</source>
        <extracomment>%n is the number of undo steps</extracomment>
        <translation>
            <numerusform>Deshecho: se ha revertido %n paso.</numerusform>
            <numerusform>Deshecho: se han revertido %n pasos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n step(s) could NOT be reverted, see the list.</source>
        <translation>
            <numerusform>Deshacer: NO se ha podido revertir %n paso, ver la lista.</numerusform>
            <numerusform>Deshacer: NO se han podido revertir %n pasos, ver la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Wait for the running step to end (or cancel the remaining ones) before closing.</source>
        <translation>Esperar a que termine el paso en curso (o cancelar los restantes) antes de cerrar.</translation>
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
        <translation>Zimbra: este perfil no tiene punto de acceso de administración; los pasos de Zimbra fallarán.</translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <extracomment>%1 says why the directory connection is not available</extracomment>
        <translation>Directorio: %1</translation>
    </message>
    <message>
        <source>MTA hosts: %1</source>
        <extracomment>%1 says why the SSH sessions are not available</extracomment>
        <translation>Hosts MTA: %1</translation>
    </message>
    <message>
        <source>MTA hosts: this profile has none; the submission and queue steps will fail.</source>
        <translation>Hosts MTA: este perfil no tiene ninguno; los pasos de envío y de colas fallarán.</translation>
    </message>
    <message>
        <source>Open a saved incident report</source>
        <translation>Abrir un informe de incidente guardado</translation>
    </message>
    <message>
        <source>Incident reports (*.html)</source>
        <translation>Informes de incidente (*.html)</translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentRunner</name>
    <message>
        <source>No MTA host is configured.</source>
        <translation>No hay ningún host MTA configurado.</translation>
    </message>
    <message>
        <source>The mail log of %1 could not be read, so only the envelope sender is matched: %2</source>
        <extracomment>%1 is a host, %2 the error</extracomment>
        <translation>No se ha podido leer el registro de correo de %1, así que solo se compara el remitente de sobre: %2</translation>
    </message>
    <message>
        <source>Reading the queue and log of %1</source>
        <translation>Leyendo la cola y el registro de %1</translation>
    </message>
    <message>
        <source>The directory has no single user for %1.</source>
        <translation>El directorio no tiene un único usuario para %1.</translation>
    </message>
    <message>
        <source>SOAP ModifyAccountRequest: zimbraAccountStatus=locked and a new zimbraAuthTokenValidityValue for %1</source>
        <extracomment>%1 is the account</extracomment>
        <translation>SOAP ModifyAccountRequest: zimbraAccountStatus=locked y un nuevo zimbraAuthTokenValidityValue para %1</translation>
    </message>
    <message>
        <source>SOAP FlushCacheRequest type=account on all servers (ends web and IMAP sessions)</source>
        <translation>SOAP FlushCacheRequest type=account en todos los servidores (cierra las sesiones web e IMAP)</translation>
    </message>
    <message>
        <source>%1: add the login to %2 (content on standard input)</source>
        <extracomment>%1 is a host, %2 a file path</extracomment>
        <translation>%1: añadir el usuario SASL a %2 (contenido por la entrada estándar)</translation>
    </message>
    <message>
        <source>%1: smtpd_sender_restrictions already consults the map.</source>
        <extracomment>%1 is a host</extracomment>
        <translation>%1: smtpd_sender_restrictions ya consulta el mapa.</translation>
    </message>
    <message>
        <source>Stopping and starting Postfix ends EVERY open SMTP session on %1, not only this account&apos;s.</source>
        <translation>Detener e iniciar Postfix cierra TODAS las sesiones SMTP abiertas en %1, no solo las de esta cuenta.</translation>
    </message>
    <message>
        <source>Nothing: not requested.</source>
        <translation>Nada: no se ha solicitado.</translation>
    </message>
    <message>
        <source>SOAP SetPasswordRequest for %1 (Zimbra&apos;s own password) and zimbraPasswordMustChange=TRUE</source>
        <translation>SOAP SetPasswordRequest para %1 (contraseña propia de Zimbra) y zimbraPasswordMustChange=TRUE</translation>
    </message>
    <message>
        <source>LDAP modify %1: unicodePwd replaced by a generated password, pwdLastSet=0 (must change at next logon)</source>
        <extracomment>%1 is a directory DN</extracomment>
        <translation>LDAP modify %1: unicodePwd sustituido por una contraseña generada, pwdLastSet=0 (debe cambiarla en el próximo inicio de sesión)</translation>
    </message>
    <message>
        <source>LDAP modify %1: userAccountControl gets ACCOUNTDISABLE</source>
        <translation>LDAP modify %1: userAccountControl recibe ACCOUNTDISABLE</translation>
    </message>
    <message>
        <source>%1: incoming %2, active %3, deferred %4, maildrop %5</source>
        <extracomment>%1 host, %2..%5 counts of messages in the incoming, active, deferred and maildrop queues</extracomment>
        <translation>%1: entrante %2, activa %3, diferida %4, maildrop %5</translation>
    </message>
    <message>
        <source> (queue ids on standard input)</source>
        <translation> (identificadores de cola por la entrada estándar)</translation>
    </message>
    <message numerus="yes">
        <source>The queues are read again after %n ms and stragglers treated the same way.</source>
        <extracomment>%n is a number of milliseconds</extracomment>
        <translation>
            <numerusform>Las colas se vuelven a leer al cabo de %n ms y los mensajes rezagados se tratan de la misma forma.</numerusform>
            <numerusform>Las colas se vuelven a leer al cabo de %n ms y los mensajes rezagados se tratan de la misma forma.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forwarding is set on the account.</source>
        <translation>La cuenta no tiene ningún reenvío configurado.</translation>
    </message>
    <message>
        <source>Not run: cancelled.</source>
        <translation>No ejecutado: cancelado.</translation>
    </message>
    <message>
        <source>Not run: stopped after a failed step.</source>
        <translation>No ejecutado: detenido tras un paso fallido.</translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint is configured: the account was not locked.</source>
        <translation>No hay configurado ningún punto de acceso de administración de Zimbra: la cuenta no se ha bloqueado.</translation>
    </message>
    <message>
        <source>Locked, but the sessions were not ended: %1</source>
        <translation>Bloqueada, pero las sesiones no se han cerrado: %1</translation>
    </message>
    <message>
        <source>Locked; token validity %1 -&gt; %2, account cache flushed: web and IMAP sessions end.</source>
        <extracomment>%1 and %2 are numbers (zimbraAuthTokenValidityValue before and after)</extracomment>
        <translation>Bloqueada; validez del token %1 -&gt; %2, caché de la cuenta vaciada: se cierran las sesiones web e IMAP.</translation>
    </message>
    <message>
        <source>The map path or the login is not valid; nothing was sent.</source>
        <translation>La ruta del mapa o el usuario SASL no son válidos; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <extracomment>%1 is the command, %2 the error</extracomment>
        <translation>«%1» ha fallado: %2</translation>
    </message>
    <message>
        <source>No MTA host is configured: the login was not blocked at submission.</source>
        <translation>No hay ningún host MTA configurado: el usuario SASL no se ha bloqueado en el envío.</translation>
    </message>
    <message>
        <source>The login is refused at submission on every MTA host.</source>
        <translation>El usuario SASL se rechaza en el envío en todos los hosts MTA.</translation>
    </message>
    <message>
        <source>Blocking the login on %1</source>
        <translation>Bloqueando el usuario SASL en %1</translation>
    </message>
    <message>
        <source>Not requested: the directory account was left as it was.</source>
        <translation>No solicitado: la cuenta del directorio se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint is configured: the password was not reset.</source>
        <translation>No hay configurado ningún punto de acceso de administración de Zimbra: la contraseña no se ha restablecido.</translation>
    </message>
    <message>
        <source>Zimbra password reset; it must be changed at the next login.</source>
        <translation>Contraseña de Zimbra restablecida; debe cambiarse en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>No directory is configured: the directory account was not changed.</source>
        <translation>No hay ningún directorio configurado: la cuenta del directorio no se ha cambiado.</translation>
    </message>
    <message>
        <source>Directory password reset to a generated one; it must be changed at the next logon, so the old one no longer binds.</source>
        <translation>Contraseña del directorio restablecida a una generada; debe cambiarse en el próximo inicio de sesión, así que la anterior ya no sirve para vincularse.</translation>
    </message>
    <message>
        <source>Directory account disabled.</source>
        <translation>Cuenta del directorio deshabilitada.</translation>
    </message>
    <message>
        <source>No MTA host is configured: the queues were not touched.</source>
        <translation>No hay ningún host MTA configurado: no se han tocado las colas.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the account held.</source>
        <extracomment>%n is a number of messages</extracomment>
        <translation>
            <numerusform>%n mensaje de la cuenta retenido.</numerusform>
            <numerusform>%n mensajes de la cuenta retenidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the account deleted.</source>
        <translation>
            <numerusform>%n mensaje de la cuenta eliminado.</numerusform>
            <numerusform>%n mensajes de la cuenta eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the fate of %n message(s) is unknown.</source>
        <translation>
            <numerusform>%1: se desconoce qué ha sido de %n mensaje.</numerusform>
            <numerusform>%1: se desconoce qué ha sido de %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Zimbra admin endpoint is configured: forwarding could not be checked.</source>
        <translation>No hay configurado ningún punto de acceso de administración de Zimbra: no se ha podido comprobar el reenvío.</translation>
    </message>
    <message>
        <source>The account forwards no mail.</source>
        <translation>La cuenta no reenvía correo.</translation>
    </message>
    <message>
        <source>%1: the login is accepted at submission again.</source>
        <translation>%1: el usuario SASL vuelve a aceptarse en el envío.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n held message(s) released.</source>
        <extracomment>%1 host, %n number of messages</extracomment>
        <translation>
            <numerusform>%1: %n mensaje retenido liberado.</numerusform>
            <numerusform>%1: %n mensajes retenidos liberados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory account enabled again.</source>
        <translation>Cuenta del directorio habilitada de nuevo.</translation>
    </message>
    <message>
        <source>Zimbra account active again.</source>
        <translation>Cuenta de Zimbra activa de nuevo.</translation>
    </message>
    <message>
        <source>%1: the log shows no open SMTP session of the login.</source>
        <extracomment>%1 is a host</extracomment>
        <translation>%1: el registro no muestra ninguna sesión SMTP abierta del usuario SASL.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open SMTP session(s) of the login (smtpd pid %2).</source>
        <extracomment>%1 is a host, %2 a list of process ids, %n how many sessions</extracomment>
        <translation>
            <numerusform>%1: %n sesión SMTP abierta del usuario SASL (smtpd con pid %2).</numerusform>
            <numerusform>%1: %n sesiones SMTP abiertas del usuario SASL (smtpd con pid %2).</numerusform>
        </translation>
    </message>
    <message>
        <source> (after the reload: which of the login&apos;s smtpd processes are still alive)</source>
        <translation> (tras la recarga: qué procesos smtpd del usuario SASL siguen activos)</translation>
    </message>
    <message>
        <source> (only if one of them is still alive)</source>
        <translation> (solo si alguno de ellos sigue activo)</translation>
    </message>
    <message>
        <source>An SMTP session of the login that is still open after the reload stays open (Postfix is not restarted; the zimbra user may not kill one smtpd): the step then reports it as not done.</source>
        <translation>Una sesión SMTP del usuario SASL que siga abierta tras la recarga permanece abierta (Postfix no se reinicia; el usuario zimbra no puede terminar un proceso smtpd): en ese caso el paso se notifica como no hecho.</translation>
    </message>
    <message>
        <source>Forwards to %1: removed</source>
        <extracomment>%1 is an address</extracomment>
        <translation>Reenvía a %1: se quita</translation>
    </message>
    <message>
        <source>Forwards to %1: left as it is (not requested)</source>
        <translation>Reenvía a %1: se deja como está (no solicitado)</translation>
    </message>
    <message>
        <source>SOAP ModifyAccountRequest: zimbraPrefMailForwardingAddress and zimbraMailForwardingAddress removed, zimbraPrefMailLocalDeliveryDisabled=FALSE, sieve redirect actions turned into keep; then FlushCacheRequest</source>
        <translation>SOAP ModifyAccountRequest: se eliminan zimbraPrefMailForwardingAddress y zimbraMailForwardingAddress, zimbraPrefMailLocalDeliveryDisabled=FALSE, las acciones redirect de sieve se convierten en keep; después FlushCacheRequest</translation>
    </message>
    <message>
        <source>Automatic containment: where the login has an open SMTP session, Postfix is stopped first, the block written, then Postfix started (ends every session on the host).</source>
        <translation>Contención automática: donde el usuario SASL tenga una sesión SMTP abierta, primero se detiene Postfix, se escribe el bloqueo y después se inicia Postfix (cierra todas las sesiones del host).</translation>
    </message>
    <message>
        <source>Stopping Postfix on %1 to end the open sessions</source>
        <translation>Deteniendo Postfix en %1 para cerrar las sesiones abiertas</translation>
    </message>
    <message>
        <source>Postfix was stopped before the block was written and started after it, ending smtpd pid %1 and every other open SMTP session on the host.</source>
        <translation>Postfix se ha detenido antes de escribir el bloqueo y se ha iniciado después, lo que ha terminado el smtpd con pid %1 y todas las demás sesiones SMTP abiertas del host.</translation>
    </message>
    <message>
        <source>%1: the mail log could not be read, so open SMTP sessions are unknown: %2</source>
        <translation>%1: no se ha podido leer el registro de correo, así que se desconocen las sesiones SMTP abiertas: %2</translation>
    </message>
    <message>
        <source>%1: the process list could not be read: %2</source>
        <translation>%1: no se ha podido leer la lista de procesos: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n SMTP session(s) of the login are still open (smtpd pid %1): Postfix was not restarted.</source>
        <extracomment>%1 is a list of process ids, %n how many</extracomment>
        <translation>
            <numerusform>Sigue abierta %n sesión SMTP del usuario SASL (smtpd con pid %1): Postfix no se ha reiniciado.</numerusform>
            <numerusform>Siguen abiertas %n sesiones SMTP del usuario SASL (smtpd con pid %1): Postfix no se ha reiniciado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting Postfix on %1 to end the open sessions</source>
        <translation>Reiniciando Postfix en %1 para cerrar las sesiones abiertas</translation>
    </message>
    <message>
        <source>Postfix was stopped but did not start again: “%1” failed: %2</source>
        <translation>Postfix se ha detenido pero no ha vuelto a iniciarse: «%1» ha fallado: %2</translation>
    </message>
    <message>
        <source>Postfix was stopped and started to end smtpd pid %1; every open SMTP session on the host ended with it.</source>
        <extracomment>%1 is a list of process ids</extracomment>
        <translation>Postfix se ha detenido e iniciado para terminar el smtpd con pid %1; con ello se han cerrado todas las sesiones SMTP abiertas del host.</translation>
    </message>
    <message>
        <source>Postfix was restarted, yet smtpd pid %1 is still alive.</source>
        <extracomment>%1 is a list of process ids</extracomment>
        <translation>Postfix se ha reiniciado, pero el smtpd con pid %1 sigue activo.</translation>
    </message>
    <message>
        <source>No SMTP session of the login is open.</source>
        <translation>No hay ninguna sesión SMTP abierta del usuario SASL.</translation>
    </message>
    <message>
        <source>The account still forwards to %1: removal was not requested.</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>La cuenta sigue reenviando a %1: no se ha solicitado quitar el reenvío.</translation>
    </message>
    <message>
        <source>Forwarding removed: the account no longer sends its mail to %1.</source>
        <extracomment>%1 is a list of addresses</extracomment>
        <translation>Reenvío quitado: la cuenta ya no envía su correo a %1.</translation>
    </message>
</context>
<context>
    <name>zaindari::ContainmentSection</name>
    <message>
        <source>The command line&apos;s “watch --auto-contain” can contain a login of this profile on its own when it sends too much, without asking anyone. It does so only when you turn it on here, once per login and watch.</source>
        <translation>La orden «watch --auto-contain» de la línea de órdenes puede contener por sí sola un usuario SASL de este perfil cuando envía demasiado, sin preguntar a nadie. Solo lo hace si se activa aquí, y una sola vez por usuario SASL y ejecución de watch.</translation>
    </message>
    <message>
        <source>Contain &amp;automatically</source>
        <translation>Contener &amp;automáticamente</translation>
    </message>
    <message>
        <source>Off: watch --auto-contain refuses to run with this profile.</source>
        <translation>Desactivada: watch --auto-contain se niega a ejecutarse con este perfil.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source> messages a minute</source>
        <extracomment>Suffix of the threshold field, after the number</extracomment>
        <translation> mensajes por minuto</translation>
    </message>
    <message>
        <source>A login already flagged by the detector is contained when it sends this many messages within one minute. Independent of the alert threshold.</source>
        <translation>Un usuario SASL ya marcado por el detector se contiene cuando envía esta cantidad de mensajes en un minuto. Es independiente del umbral de alerta.</translation>
    </message>
    <message>
        <source>&amp;Queued mail:</source>
        <translation>&amp;Correo en cola:</translation>
    </message>
    <message>
        <source>Hold (can be released)</source>
        <translation>Retener (se puede liberar)</translation>
    </message>
    <message>
        <source>Delete (cannot be undone)</source>
        <translation>Eliminar (no se puede deshacer)</translation>
    </message>
    <message>
        <source>What happens to the login&apos;s messages still in the queues.</source>
        <translation>Qué ocurre con los mensajes del usuario SASL que siguen en las colas.</translation>
    </message>
    <message>
        <source>&amp;Directory account:</source>
        <translation>Cuenta del &amp;directorio:</translation>
    </message>
    <message>
        <source>Disable (undone by enabling it)</source>
        <translation>Deshabilitar (se deshace al volver a habilitarla)</translation>
    </message>
    <message>
        <source>Reset the password (printed once by the watch)</source>
        <translation>Restablecer la contraseña (watch la imprime una sola vez)</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>Disabling is reversible and leaves no new password to hand over; a reset sets “must change at next logon”.</source>
        <translation>Deshabilitar es reversible y no deja ninguna contraseña nueva que entregar; al restablecer se activa «debe cambiarla en el próximo inicio de sesión».</translation>
    </message>
    <message>
        <source>&amp;Restart Postfix when the login has an open SMTP session</source>
        <translation>&amp;Reiniciar Postfix si el usuario SASL tiene una sesión SMTP abierta</translation>
    </message>
    <message>
        <source>A session that is already open outlives the submission block. Stopping and starting Postfix ends it, and every other open session on the host.</source>
        <translation>Una sesión ya abierta sobrevive al bloqueo del envío. Detener e iniciar Postfix la cierra, junto con todas las demás sesiones abiertas del host.</translation>
    </message>
    <message>
        <source>Remove &amp;forwarding set on the account</source>
        <translation>Quitar el reen&amp;vío configurado en la cuenta</translation>
    </message>
    <message>
        <source>Clears forwarding addresses and the redirects of its mail filters, which an attacker sets to keep reading the mail.</source>
        <translation>Vacía las direcciones de reenvío y las redirecciones de sus filtros de correo, que un atacante configura para seguir leyendo el correo.</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Contención</translation>
    </message>
</context>
<context>
    <name>zaindari::CosListJob</name>
    <message>
        <source>Reading the classes of service</source>
        <translation>Leyendo las clases de servicio</translation>
    </message>
</context>
<context>
    <name>zaindari::DashboardPage</name>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Nothing to refresh yet: no backend is connected.</source>
        <translation>Todavía no hay nada que actualizar: no hay ningún servicio conectado.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Welcome to Zaindari</source>
        <translation>Bienvenido a Zaindari</translation>
    </message>
    <message>
        <source>The servers this profile watches. Connections start from the pages that need them.</source>
        <translation>Los servidores que vigila este perfil. Las conexiones se inician desde las páginas que las necesitan.</translation>
    </message>
    <message>
        <source>Zaindari watches a Zimbra mail server backed by Active Directory: queues, send rates, failed logins and lockouts. Start by creating a profile that says where your servers are.</source>
        <translation>Zaindari vigila un servidor de correo Zimbra respaldado por Active Directory: colas, tasas de envío, inicios de sesión fallidos y bloqueos. Para empezar, crear un perfil que indique dónde están los servidores.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Gestionar los perfiles…</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Crear un perfil…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Ningún perfil seleccionado</translation>
    </message>
    <message>
        <source>MTA hosts:</source>
        <translation>Hosts MTA:</translation>
    </message>
    <message>
        <source>SSH login:</source>
        <extracomment>%1 is a user name, %2 an authentication method such as &quot;SSH agent&quot;</extracomment>
        <translation>Usuario SSH:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>MTA type:</source>
        <translation>Tipo de MTA:</translation>
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
        <translation>Administración de Zimbra:</translation>
    </message>
    <message>
        <source>Admin account:</source>
        <translation>Cuenta de administrador:</translation>
    </message>
    <message>
        <source>Active Directory:</source>
        <translation>Active Directory:</translation>
    </message>
    <message>
        <source>Base DN:</source>
        <translation>DN base:</translation>
    </message>
</context>
<context>
    <name>zaindari::Directory</name>
    <message>
        <source>The account is enabled.</source>
        <translation>La cuenta está habilitada.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>La cuenta está deshabilitada.</translation>
    </message>
    <message numerus="yes">
        <source>Not locked out (%n recent wrong password(s)).</source>
        <extracomment>%n is the number of wrong passwords since the last good one</extracomment>
        <translation>
            <numerusform>No está bloqueada (%n contraseña incorrecta reciente).</numerusform>
            <numerusform>No está bloqueada (%n contraseñas incorrectas recientes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not locked out.</source>
        <translation>No está bloqueada.</translation>
    </message>
    <message>
        <source>Locked out until %1.</source>
        <extracomment>%1 is a date and time in the technician&apos;s locale</extracomment>
        <translation>Bloqueada hasta el %1.</translation>
    </message>
    <message>
        <source>Locked out until an administrator unlocks the account.</source>
        <translation>Bloqueada hasta que un administrador desbloquee la cuenta.</translation>
    </message>
    <message>
        <source>Must change the password at the next logon.</source>
        <translation>Debe cambiar la contraseña en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>The password has never been set.</source>
        <translation>La contraseña no se ha establecido nunca.</translation>
    </message>
    <message>
        <source>Password last set on %1.</source>
        <extracomment>%1 is a date and time in the technician&apos;s locale</extracomment>
        <translation>Contraseña establecida por última vez el %1.</translation>
    </message>
    <message>
        <source>The number of failed logons before lockout must be between 0 and 999.</source>
        <translation>El número de inicios de sesión fallidos antes del bloqueo debe estar entre 0 y 999.</translation>
    </message>
    <message>
        <source>The failure counting window must be a whole number of minutes between 1 and 99999.</source>
        <translation>La ventana de recuento de fallos debe ser un número entero de minutos entre 1 y 99999.</translation>
    </message>
    <message>
        <source>The lockout duration must be a whole number of minutes between 1 and 99999.</source>
        <translation>La duración del bloqueo debe ser un número entero de minutos entre 1 y 99999.</translation>
    </message>
    <message>
        <source>The failure counting window cannot be longer than the lockout duration.</source>
        <translation>La ventana de recuento de fallos no puede ser más larga que la duración del bloqueo.</translation>
    </message>
    <message>
        <source>The minimum password length must be between 0 and 255 characters.</source>
        <translation>La longitud mínima de la contraseña debe estar entre 0 y 255 caracteres.</translation>
    </message>
    <message>
        <source>The password history must keep between 0 and 24 passwords.</source>
        <translation>El historial de contraseñas debe conservar entre 0 y 24 contraseñas.</translation>
    </message>
    <message>
        <source>The minimum password age must be shorter than the maximum password age.</source>
        <translation>La vigencia mínima de la contraseña debe ser menor que la vigencia máxima.</translation>
    </message>
    <message>
        <source>The minimum password age cannot be negative.</source>
        <translation>La vigencia mínima de la contraseña no puede ser negativa.</translation>
    </message>
    <message numerus="yes">
        <source>The directory refused the password: it must be at least %n character(s) long.</source>
        <extracomment>%n is the domain&apos;s minimum password length</extracomment>
        <translation>
            <numerusform>El directorio ha rechazado la contraseña: debe tener al menos %n carácter.</numerusform>
            <numerusform>El directorio ha rechazado la contraseña: debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory refused the password: it is not complex enough. Use characters from at least three of: capitals, small letters, digits, symbols, and do not include the account name.</source>
        <translation>El directorio ha rechazado la contraseña: no es lo bastante compleja. Debe contener caracteres de al menos tres de estos tipos: mayúsculas, minúsculas, dígitos y símbolos, y no incluir el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>The directory refused the password: it was used recently.</source>
        <translation>El directorio ha rechazado la contraseña: se ha usado recientemente.</translation>
    </message>
    <message>
        <source>The directory refused the password: it was changed too recently.</source>
        <translation>El directorio ha rechazado la contraseña: se ha cambiado hace muy poco.</translation>
    </message>
    <message>
        <source>The directory refused the password: it is too long.</source>
        <translation>El directorio ha rechazado la contraseña: es demasiado larga.</translation>
    </message>
    <message>
        <source>The directory refused the password because of the domain&apos;s password policy (length, complexity, history or age).</source>
        <translation>El directorio ha rechazado la contraseña por la política de contraseñas del dominio (longitud, complejidad, historial o vigencia).</translation>
    </message>
</context>
<context>
    <name>zaindari::DirectoryJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>zaindari::DirectorySection</name>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Elegir el certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>LDAP &amp;URL:</source>
        <translation>URL de &amp;LDAP:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.org</source>
        <translation>ldaps://dc1.example.org</translation>
    </message>
    <message>
        <source>&amp;Bind identity:</source>
        <translation>Identidad de &amp;vinculación:</translation>
    </message>
    <message>
        <source>zaindari@example.org or CN=Zaindari,OU=Service,DC=example,DC=org</source>
        <translation>zaindari@example.org o CN=Zaindari,OU=Service,DC=example,DC=org</translation>
    </message>
    <message>
        <source>A user principal name (UPN) or a distinguished name (DN).</source>
        <translation>Un nombre principal de usuario (UPN) o un nombre distintivo (DN).</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>DN &amp;base:</translation>
    </message>
    <message>
        <source>DC=example,DC=org</source>
        <translation>DC=example,DC=org</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
    <message>
        <source>Optional: the system&apos;s trusted authorities are used otherwise</source>
        <translation>Opcional: si no, se usan las autoridades de confianza del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>ldap:// connects on port 389 and must upgrade with StartTLS; Zaindari never binds in clear text.</source>
        <translation>ldap:// se conecta al puerto 389 y debe pasar a StartTLS; Zaindari nunca se vincula en texto claro.</translation>
    </message>
    <message>
        <source>ldaps:// uses TLS from the first byte (port 636); ldap:// uses StartTLS.</source>
        <translation>ldaps:// usa TLS desde el primer byte (puerto 636); ldap:// usa StartTLS.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>No se puede leer %1.</translation>
    </message>
</context>
<context>
    <name>zaindari::DirectorySession</name>
    <message>
        <source>No directory address is configured.</source>
        <translation>No hay configurada ninguna dirección del directorio.</translation>
    </message>
    <message>
        <source>No directory bind account is configured.</source>
        <translation>No hay configurada ninguna cuenta de vinculación del directorio.</translation>
    </message>
    <message>
        <source>No directory search base is configured.</source>
        <translation>No hay configurada ninguna base de búsqueda del directorio.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the directory URL</extracomment>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <extracomment>%1 is the bind account</extracomment>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>Checking the search base…</source>
        <translation>Comprobando la base de búsqueda…</translation>
    </message>
    <message>
        <source>Logged in, but the search base “%1” does not exist.</source>
        <extracomment>%1 is the search base DN</extracomment>
        <translation>Se ha iniciado sesión, pero la base de búsqueda «%1» no existe.</translation>
    </message>
    <message>
        <source>Connected to %1 over TLS (pinned certificate) as %2; the search base exists.</source>
        <extracomment>%1 URL, %2 bind account</extracomment>
        <translation>Conectado con %1 mediante TLS (certificado fijado) como %2; la base de búsqueda existe.</translation>
    </message>
    <message>
        <source>Connected to %1 over TLS (verified certificate) as %2; the search base exists.</source>
        <translation>Conectado con %1 mediante TLS (certificado verificado) como %2; la base de búsqueda existe.</translation>
    </message>
    <message>
        <source>Type an account name, address or name to look for.</source>
        <translation>Escribir un nombre de cuenta, una dirección o un nombre que buscar.</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <extracomment>%1 is what the technician looks for</extracomment>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>The search base “%1” does not exist.</source>
        <translation>La base de búsqueda «%1» no existe.</translation>
    </message>
    <message>
        <source>No directory account matches “%1”.</source>
        <extracomment>%1 is the account the technician asked for</extracomment>
        <translation>Ninguna cuenta del directorio coincide con «%1».</translation>
    </message>
    <message>
        <source>More than one directory account matches “%1”; use the account name.</source>
        <translation>Más de una cuenta del directorio coincide con «%1»; usar el nombre de cuenta.</translation>
    </message>
    <message>
        <source>Reading the domain policy…</source>
        <translation>Leyendo la política del dominio…</translation>
    </message>
    <message>
        <source>Changing the domain policy…</source>
        <translation>Cambiando la política del dominio…</translation>
    </message>
    <message>
        <source>The directory refused the new policy values.</source>
        <translation>El directorio ha rechazado los nuevos valores de la política.</translation>
    </message>
    <message>
        <source>Reading the account status…</source>
        <translation>Leyendo el estado de la cuenta…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Reading the lockout counters on %1…</source>
        <extracomment>%1 is a domain controller URL</extracomment>
        <translation>Leyendo los contadores de bloqueo en %1…</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>La contraseña nueva está vacía.</translation>
    </message>
    <message>
        <source>Refused to send a password over an unencrypted connection.</source>
        <translation>Se ha rehusado enviar una contraseña por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Setting the new password of %1…</source>
        <extracomment>%1 is the account&apos;s DN</extracomment>
        <translation>Estableciendo la contraseña nueva de %1…</translation>
    </message>
</context>
<context>
    <name>zaindari::EditorSection</name>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Dejar vacío para conservar la guardada</translation>
    </message>
    <message>
        <source>Stored only in the system keychain, never in the settings file.</source>
        <translation>Se guarda solo en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Asked when needed</source>
        <translation>Se pide cuando hace falta</translation>
    </message>
    <message>
        <source>No keychain is available: what you type is kept in memory for this session only.</source>
        <translation>No hay ningún llavero disponible: lo que se escriba se conserva en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>zaindari::FailedLoginsPanel</name>
    <message>
        <source>Logged in from an address never seen before, right after failed logins: the password may be known to someone else.</source>
        <translation>Ha iniciado sesión desde una dirección nunca vista, justo después de varios inicios de sesión fallidos: puede que otra persona conozca la contraseña.</translation>
    </message>
    <message>
        <source>Failures come from many addresses: a distributed attack on this account.</source>
        <translation>Los fallos proceden de muchas direcciones: un ataque distribuido contra esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; logged in from the new address &lt;b&gt;%2&lt;/b&gt; after %n failed login(s).</source>
        <extracomment>%1 account, %2 IP address, %n failed logins before</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ha iniciado sesión desde la nueva dirección &lt;b&gt;%2&lt;/b&gt; tras %n inicio de sesión fallido.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ha iniciado sesión desde la nueva dirección &lt;b&gt;%2&lt;/b&gt; tras %n inicios de sesión fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Distributed attack&lt;/b&gt; on &lt;b&gt;%1&lt;/b&gt;: failures from %n different addresses.</source>
        <extracomment>%1 account; %n addresses</extracomment>
        <translation>
            <numerusform>&lt;b&gt;Ataque distribuido&lt;/b&gt; contra &lt;b&gt;%1&lt;/b&gt;: fallos desde %n dirección distinta.</numerusform>
            <numerusform>&lt;b&gt;Ataque distribuido&lt;/b&gt; contra &lt;b&gt;%1&lt;/b&gt;: fallos desde %n direcciones distintas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins of %1</source>
        <extracomment>Chart title; %1 is an account</extracomment>
        <translation>Inicios de sesión de %1</translation>
    </message>
    <message>
        <source>Logins from %1</source>
        <extracomment>Chart title; %1 is an IP address</extracomment>
        <translation>Inicios de sesión desde %1</translation>
    </message>
    <message>
        <source>Logins of every account</source>
        <translation>Inicios de sesión de todas las cuentas</translation>
    </message>
    <message>
        <source>Failed logins per a&amp;ddress:</source>
        <translation>Inicios de sesión fallidos por &amp;dirección:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Accounts tried</source>
        <translation>Cuentas probadas</translation>
    </message>
    <message>
        <source>Accounts with failed logins in the window; red rows logged in from a new address after failures, yellow rows are attacked from many addresses. Enter opens the account.</source>
        <translation>Cuentas con inicios de sesión fallidos en la ventana; las filas rojas iniciaron sesión desde una dirección nueva tras varios fallos y las amarillas reciben ataques desde muchas direcciones. Intro abre la cuenta.</translation>
    </message>
    <message>
        <source>Addresses that failed to log in, and the accounts they tried</source>
        <translation>Direcciones que no consiguieron iniciar sesión y las cuentas que probaron</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Successful logins</source>
        <translation>Inicios de sesión correctos</translation>
    </message>
    <message>
        <source>Failed logins per acco&amp;unt:</source>
        <translation>Inicios de sesión fallidos por &amp;cuenta:</translation>
    </message>
</context>
<context>
    <name>zaindari::HostKeyDialog</name>
    <message>
        <source>Unknown SSH host key</source>
        <translation>Clave de host SSH desconocida</translation>
    </message>
    <message>
        <source>Zaindari has never connected to %1 before, so it cannot tell whether the server is the one you mean. Compare the fingerprint below with the one the server&apos;s administrator reads on the server (ssh-keygen -lf on the host key) before you accept it.</source>
        <extracomment>%1 is an MTA host name (with port when not 22)</extracomment>
        <translation>Zaindari nunca se ha conectado antes a %1, así que no puede saber si el servidor es el que se pretende. Antes de aceptarla, comparar la huella siguiente con la que lea el administrador del servidor en el propio servidor (ssh-keygen -lf sobre la clave de host).</translation>
    </message>
    <message>
        <source>Host:</source>
        <extracomment>%1 host, %2 port</extracomment>
        <translation>Host:</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Huella (SHA-256):</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>Aceptar &amp;una vez</translation>
    </message>
    <message>
        <source>Connect this time only; Zaindari asks again next time.</source>
        <translation>Conectar solo esta vez; Zaindari volverá a preguntar la próxima vez.</translation>
    </message>
    <message>
        <source>Accept and re&amp;member</source>
        <translation>Aceptar y &amp;recordar</translation>
    </message>
    <message>
        <source>Connect and record the key in the profile and in Zaindari&apos;s known hosts; a different key later is refused.</source>
        <translation>Conectar y registrar la clave en el perfil y en los hosts conocidos de Zaindari; más adelante se rechazará una clave distinta.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>R&amp;echazar</translation>
    </message>
    <message>
        <source>Do not connect.</source>
        <translation>No conectar.</translation>
    </message>
</context>
<context>
    <name>zaindari::IncidentEvidenceJob</name>
    <message>
        <source>No MTA host is configured: the logs could not be read.</source>
        <translation>No hay ningún host MTA configurado: no se han podido leer los registros.</translation>
    </message>
    <message>
        <source>The MTA log %1 could not be read: %2</source>
        <extracomment>%1 is a file path, %2 the error</extracomment>
        <translation>No se ha podido leer el registro del MTA %1: %2</translation>
    </message>
    <message>
        <source>Zimbra&apos;s audit log %1 could not be read: %2</source>
        <translation>No se ha podido leer el registro de auditoría de Zimbra %1: %2</translation>
    </message>
</context>
<context>
    <name>zaindari::IncidentReportDialog</name>
    <message>
        <source>Incident report: %1</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Informe de incidente: %1</translation>
    </message>
    <message>
        <source>Reading the mail log and Zimbra&apos;s audit log for the timeline…</source>
        <translation>Leyendo el registro de correo y el registro de auditoría de Zimbra para la cronología…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Notice for the person</source>
        <translation>&amp;Aviso para la persona</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar a &amp;HTML…</translation>
    </message>
    <message>
        <source>Saves the report as an HTML file.</source>
        <translation>Guarda el informe como archivo HTML.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar a &amp;PDF…</translation>
    </message>
    <message>
        <source>Saves the report as an A4 PDF file.</source>
        <translation>Guarda el informe como archivo PDF en A4.</translation>
    </message>
    <message>
        <source>A notice to send to the person whose account was captured: what happened and what to do next. It is in Basque and Spanish whatever the console&apos;s language.</source>
        <translation>Un aviso para enviar a la persona cuya cuenta se ha comprometido: qué ha ocurrido y qué hacer a continuación. Está en euskera y en castellano, sea cual sea el idioma de la consola.</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Euskera</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Castellano</translation>
    </message>
    <message>
        <source>Copy the %1 text</source>
        <extracomment>%1 is a language name</extracomment>
        <translation>Copiar el texto (%1)</translation>
    </message>
    <message>
        <source>No MTA host is configured: the timeline holds only the detection and the containment steps.</source>
        <translation>No hay ningún host MTA configurado: la cronología solo contiene la detección y los pasos de contención.</translation>
    </message>
    <message>
        <source>The console&apos;s send-rate alert flagged the login.</source>
        <translation>La alerta de tasa de envío de la consola ha marcado el usuario SASL.</translation>
    </message>
    <message>
        <source>Part of the timeline is missing: %1</source>
        <extracomment>%1 says what could not be read; the report is still made</extracomment>
        <translation>Falta parte de la cronología: %1</translation>
    </message>
    <message>
        <source>Saved next to the audit log: %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Guardado junto al registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Incident report saved to %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Informe de incidente guardado en %1</translation>
    </message>
    <message>
        <source>The incident report could not be saved to %1: %2</source>
        <translation>No se ha podido guardar el informe de incidente en %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>No se ha podido escribir %1.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Exportar el informe como HTML</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Archivos HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>zaindari::LdapConnection</name>
    <message>
        <source>The directory refused the login of %1: the account is locked out.</source>
        <extracomment>%1 is the bind account (UPN or DN)</extracomment>
        <translation>El directorio ha rechazado el inicio de sesión de %1: la cuenta está bloqueada.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the account is disabled.</source>
        <translation>El directorio ha rechazado el inicio de sesión de %1: la cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the password must be changed first.</source>
        <translation>El directorio ha rechazado el inicio de sesión de %1: antes hay que cambiar la contraseña.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the password has expired.</source>
        <translation>El directorio ha rechazado el inicio de sesión de %1: la contraseña ha caducado.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: the account has expired.</source>
        <translation>El directorio ha rechazado el inicio de sesión de %1: la cuenta ha caducado.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: logons are not allowed at this time or from this computer.</source>
        <translation>El directorio ha rechazado el inicio de sesión de %1: no se permiten inicios de sesión a esta hora o desde este equipo.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1: wrong name or password.</source>
        <translation>El directorio ha rechazado el inicio de sesión de %1: nombre o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The bind account is not allowed to make this change in the directory.</source>
        <translation>La cuenta de vinculación no tiene permiso para hacer este cambio en el directorio.</translation>
    </message>
    <message>
        <source>The directory entry or search base does not exist.</source>
        <translation>La entrada del directorio o la base de búsqueda no existe.</translation>
    </message>
    <message>
        <source>The connection to the directory was lost.</source>
        <translation>Se ha perdido la conexión con el directorio.</translation>
    </message>
    <message>
        <source>The directory did not answer in time.</source>
        <translation>El directorio no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>The directory requires an encrypted connection for this.</source>
        <translation>El directorio requiere una conexión cifrada para esto.</translation>
    </message>
    <message>
        <source>The directory refused the operation: %1.</source>
        <extracomment>%1 is libldap&apos;s name for the LDAP result code</extracomment>
        <translation>El directorio ha rechazado la operación: %1.</translation>
    </message>
    <message>
        <source>The directory server %1 did not answer in time.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>El servidor de directorio %1 no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>Cannot reach the directory server %1: nothing answers there.</source>
        <translation>No se puede llegar al servidor de directorio %1: no responde nada ahí.</translation>
    </message>
    <message>
        <source>“%1” is not a directory address: use ldaps://HOST[:PORT] or ldap://HOST[:PORT].</source>
        <extracomment>%1 is what the technician typed</extracomment>
        <translation>«%1» no es una dirección de directorio: usar ldaps://HOST[:PORT] o ldap://HOST[:PORT].</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot use the CA certificate file “%1”.</source>
        <extracomment>%1 is the CA file path</extracomment>
        <translation>No se puede usar el archivo de certificado de CA «%1».</translation>
    </message>
    <message>
        <source>The directory server %1 did not complete the TLS handshake in time.</source>
        <translation>El servidor de directorio %1 no ha completado a tiempo la negociación TLS.</translation>
    </message>
    <message>
        <source>The directory server %1 refused StartTLS; a password is never sent without encryption.</source>
        <translation>El servidor de directorio %1 ha rechazado StartTLS; nunca se envía una contraseña sin cifrar.</translation>
    </message>
    <message>
        <source>The TLS connection to the directory server %1 failed.</source>
        <translation>Ha fallado la conexión TLS con el servidor de directorio %1.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation>La conexión con %1 no está cifrada.</translation>
    </message>
    <message>
        <source>Refused to send a password over an unencrypted connection.</source>
        <translation>Se ha rehusado enviar una contraseña por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The directory password is empty.</source>
        <translation>La contraseña del directorio está vacía.</translation>
    </message>
    <message>
        <source>The directory refused the login of %1.</source>
        <extracomment>%1 is the bind account</extracomment>
        <translation>El directorio ha rechazado el inicio de sesión de %1.</translation>
    </message>
    <message>
        <source>The directory entry does not exist.</source>
        <translation>La entrada del directorio no existe.</translation>
    </message>
</context>
<context>
    <name>zaindari::LockoutPoliciesPage</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Lockout policy</source>
        <translation>Política de bloqueo</translation>
    </message>
    <message>
        <source>Zimbra: classes of service</source>
        <translation>Zimbra: clases de servicio</translation>
    </message>
    <message>
        <source>Active Directory: domain policy</source>
        <translation>Active Directory: política del dominio</translation>
    </message>
    <message>
        <source>Zimbra has no global lockout policy: the values live on each class of service (and can be overridden on an account). Use “Apply to every class of service” to set one policy everywhere.</source>
        <translation>Zimbra no tiene una política de bloqueo global: los valores están en cada clase de servicio (y una cuenta puede anularlos). Usar «Aplicar a todas las clases de servicio» para definir una misma política en todas partes.</translation>
    </message>
    <message>
        <source>Class of service</source>
        <translation>Clase de servicio</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Max failures</source>
        <translation>Máx. de fallos</translation>
    </message>
    <message>
        <source>Failure window</source>
        <translation>Ventana de fallos</translation>
    </message>
    <message>
        <source>Lockout duration</source>
        <translation>Duración del bloqueo</translation>
    </message>
    <message>
        <source>&amp;Lock accounts after failed logins</source>
        <translation>&amp;Bloquear las cuentas tras inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>&amp;Maximum failures:</source>
        <translation>&amp;Máximo de fallos:</translation>
    </message>
    <message>
        <source>Failures counted &amp;within:</source>
        <translation>Fallos contados &amp;en:</translation>
    </message>
    <message>
        <source>Locked &amp;for:</source>
        <translation>Blo&amp;queada durante:</translation>
    </message>
    <message>
        <source>Lockout &amp;threshold:</source>
        <translation>&amp;Umbral de bloqueo:</translation>
    </message>
    <message>
        <source>&amp;Observation window (minutes):</source>
        <translation>&amp;Ventana de observación (minutos):</translation>
    </message>
    <message>
        <source>Lockout &amp;duration (minutes):</source>
        <translation>&amp;Duración del bloqueo (minutos):</translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation>&amp;Longitud mínima de la contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;history:</source>
        <translation>&amp;Historial de contraseñas:</translation>
    </message>
    <message>
        <source>Maximum password &amp;age (days):</source>
        <translation>Vigencia má&amp;xima de la contraseña (días):</translation>
    </message>
    <message>
        <source>Minimum password a&amp;ge (days):</source>
        <translation>Vigencia mí&amp;nima de la contraseña (días):</translation>
    </message>
    <message>
        <source>zimbraPasswordLockoutMaxFailures; 0 never locks</source>
        <translation>zimbraPasswordLockoutMaxFailures; 0 no bloquea nunca</translation>
    </message>
    <message>
        <source>Zimbra duration: a number with d, h, m, s or ms (e.g. 6m, 1h); a bare number is seconds; 0 for the duration means until an administrator unlocks</source>
        <translation>Duración de Zimbra: un número con d, h, m, s o ms (p. ej. 6m, 1h); un número solo indica segundos; 0 como duración significa hasta que un administrador desbloquee la cuenta</translation>
    </message>
    <message>
        <source>e.g. 6m</source>
        <translation>p. ej. 6m</translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation>p. ej. 10m</translation>
    </message>
    <message>
        <source>Preset: 5 failures within 6 minutes → locked 10 minutes</source>
        <translation>Preajuste: 5 fallos en 6 minutos → bloqueada 10 minutos</translation>
    </message>
    <message>
        <source>Fill in the recommended values; nothing is sent until you apply</source>
        <translation>Rellenar con los valores recomendados; no se envía nada hasta aplicarlos</translation>
    </message>
    <message>
        <source>&amp;Apply to this class of service</source>
        <translation>&amp;Aplicar a esta clase de servicio</translation>
    </message>
    <message>
        <source>Apply to &amp;every class of service</source>
        <translation>Aplicar a &amp;todas las clases de servicio</translation>
    </message>
    <message>
        <source>Account for its effective values, e.g. ikasle3@…</source>
        <translation>Cuenta de la que ver los valores efectivos, p. ej. ikasle3@…</translation>
    </message>
    <message>
        <source>Show &amp;effective values</source>
        <translation>Mostrar los valores e&amp;fectivos</translation>
    </message>
    <message>
        <source>The values that apply to one account: its class of service and its own overrides</source>
        <translation>Los valores que se aplican a una cuenta: los de su clase de servicio y los que la propia cuenta define en su lugar</translation>
    </message>
    <message>
        <source>lockoutThreshold: wrong passwords before the account locks; 0 never locks</source>
        <translation>lockoutThreshold: contraseñas incorrectas antes de que la cuenta se bloquee; 0 no bloquea nunca</translation>
    </message>
    <message>
        <source>lockOutObservationWindow: how long wrong passwords are counted</source>
        <translation>lockOutObservationWindow: durante cuánto tiempo se cuentan las contraseñas incorrectas</translation>
    </message>
    <message>
        <source>lockoutDuration; 0 means until an administrator unlocks</source>
        <translation>lockoutDuration; 0 significa hasta que un administrador desbloquee la cuenta</translation>
    </message>
    <message>
        <source>until an administrator unlocks</source>
        <translation>hasta que un administrador desbloquee la cuenta</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <source>Passwords must be &amp;complex</source>
        <translation>Las contraseñas deben ser &amp;complejas</translation>
    </message>
    <message>
        <source>Apply domain &amp;policy</source>
        <translation>Aplicar la &amp;política del dominio</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>zimbraPasswordLockoutEnabled: %1</source>
        <translation>zimbraPasswordLockoutEnabled: %1</translation>
    </message>
    <message>
        <source>Preset filled in; choose where to apply it.</source>
        <translation>Preajuste rellenado; elegir dónde aplicarlo.</translation>
    </message>
    <message>
        <source>lockout %1, %2 failures within %3, locked for %4</source>
        <extracomment>%1 on/off, %2 count, %3 and %4 Zimbra durations</extracomment>
        <translation>bloqueo %1, %2 fallos en %3, bloqueada durante %4</translation>
    </message>
    <message>
        <source>Set %1 on every class of service (%2)?</source>
        <extracomment>%1 the values, %2 number of classes of service</extracomment>
        <translation>¿Establecer %1 en todas las clases de servicio (%2)?</translation>
    </message>
    <message>
        <source>Set %1 on the class of service “%2”?</source>
        <extracomment>%1 the values, %2 class of service</extracomment>
        <translation>¿Establecer %1 en la clase de servicio «%2»?</translation>
    </message>
    <message>
        <source>Change lockout policy</source>
        <translation>Cambiar la política de bloqueo</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Done: %1 now have %2.</source>
        <extracomment>%1 list of classes of service, %2 the values</extracomment>
        <translation>Hecho: ahora %1 tienen %2.</translation>
    </message>
    <message>
        <source>every class of service</source>
        <translation>todas las clases de servicio</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 (class of service %2): lockout %3, %4 failures within %5, locked for %6.</source>
        <extracomment>%1 account, %2 class of service, %3 on/off, %4 count, %5/%6 durations</extracomment>
        <translation>%1 (clase de servicio %2): bloqueo %3, %4 fallos en %5, bloqueada durante %6.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>The account overrides: %1.</source>
        <translation>La cuenta define sus propios valores: %1.</translation>
    </message>
    <message>
        <source>The profile has no Active Directory server.</source>
        <translation>El perfil no tiene ningún servidor de Active Directory.</translation>
    </message>
    <message>
        <source>Set the domain policy to: lock after %1 wrong passwords counted within %2 minutes, for %3; minimum password length %4, complexity %5, history %6?</source>
        <extracomment>%1 threshold, %2 window minutes, %3 duration text</extracomment>
        <translation>¿Establecer la política del dominio en: bloquear tras %1 contraseñas incorrectas contadas en %2 minutos, durante %3; longitud mínima de la contraseña %4, complejidad %5, historial %6?</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the Active Directory policy</source>
        <translation>Cambiar la política de Active Directory</translation>
    </message>
    <message>
        <source>Done: the domain policy was changed and read back.</source>
        <translation>Hecho: la política del dominio se ha cambiado y se ha vuelto a leer.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>MTA settings</source>
        <translation>Configuración del MTA</translation>
    </message>
</context>
<context>
    <name>zaindari::LockoutPolicyJob</name>
    <message>
        <source>The number of failed logins must be 0 or more, not %1.</source>
        <extracomment>%1 is the number given</extracomment>
        <translation>El número de inicios de sesión fallidos debe ser 0 o más, no %1.</translation>
    </message>
    <message>
        <source>“%1” is not a Zimbra duration for the failure window: use a number with one unit, such as 30s, 10m, 6h or 2d.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>«%1» no es una duración de Zimbra para la ventana de fallos: usar un número con una unidad, como 30s, 10m, 6h o 2d.</translation>
    </message>
    <message>
        <source>“%1” is not a Zimbra duration for the lockout time: use a number with one unit, such as 30s, 10m, 6h or 2d.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>«%1» no es una duración de Zimbra para el tiempo de bloqueo: usar un número con una unidad, como 30s, 10m, 6h o 2d.</translation>
    </message>
    <message>
        <source>No lockout value to change was given.</source>
        <translation>No se ha indicado ningún valor de bloqueo que cambiar.</translation>
    </message>
    <message>
        <source>Changing class of service %1</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation>Cambiando la clase de servicio %1</translation>
    </message>
    <message>
        <source>Zimbra accepted the change of %1, but reading it back shows other values.</source>
        <extracomment>%1 is a class-of-service name</extracomment>
        <translation>Zimbra ha aceptado el cambio de %1, pero al volver a leerla muestra otros valores.</translation>
    </message>
</context>
<context>
    <name>zaindari::LoggerStatsJob</name>
    <message>
        <source>The statistics period must be given as now, now-48h or epoch seconds.</source>
        <translation>El periodo de las estadísticas debe indicarse como now, now-48h o segundos desde epoch.</translation>
    </message>
</context>
<context>
    <name>zaindari::LoginFailuresModel</name>
    <message>
        <source>Logged in from new address %1 after failures</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Ha iniciado sesión desde la nueva dirección %1 tras varios fallos</translation>
    </message>
    <message numerus="yes">
        <source>Distributed attack: %n addresses</source>
        <extracomment>%n is a number of addresses</extracomment>
        <translation>
            <numerusform>Ataque distribuido: %n dirección</numerusform>
            <numerusform>Ataque distribuido: %n direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>zaindari::MailAccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Name, address or part of it</source>
        <translation>Nombre, dirección o parte de ellos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>B&amp;uscar</translation>
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
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;End all sessions</source>
        <translation>&amp;Cerrar todas las sesiones</translation>
    </message>
    <message>
        <source>&amp;Clear lockout</source>
        <translation>&amp;Quitar el bloqueo</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer la con&amp;traseña…</translation>
    </message>
    <message>
        <source>Set the Zimbra account status to locked: no login until an administrator unlocks it</source>
        <translation>Poner la cuenta de Zimbra en estado bloqueado: no se puede iniciar sesión hasta que un administrador la desbloquee</translation>
    </message>
    <message>
        <source>Set the Zimbra account status back to active</source>
        <translation>Devolver la cuenta de Zimbra al estado activo</translation>
    </message>
    <message>
        <source>Invalidate every login token of the account and flush it from the server caches</source>
        <translation>Invalidar todos los tokens de inicio de sesión de la cuenta y vaciarla de las cachés de los servidores</translation>
    </message>
    <message>
        <source>End a failed-login lockout and forget the counted failures</source>
        <translation>Terminar un bloqueo por inicios de sesión fallidos y olvidar los fallos contados</translation>
    </message>
    <message>
        <source>Set a new Zimbra password (SetPasswordRequest)</source>
        <translation>Establecer una contraseña de Zimbra nueva (SetPasswordRequest)</translation>
    </message>
    <message>
        <source>Unlock in AD</source>
        <translation>Desbloquear en AD</translation>
    </message>
    <message>
        <source>Disable in AD</source>
        <translation>Deshabilitar en AD</translation>
    </message>
    <message>
        <source>Enable in AD</source>
        <translation>Habilitar en AD</translation>
    </message>
    <message>
        <source>Reset AD password…</source>
        <translation>Restablecer la contraseña de AD…</translation>
    </message>
    <message>
        <source>Clear the Active Directory lockout (lockoutTime = 0)</source>
        <translation>Quitar el bloqueo de Active Directory (lockoutTime = 0)</translation>
    </message>
    <message>
        <source>Disable the Active Directory account: no logon anywhere</source>
        <translation>Deshabilitar la cuenta de Active Directory: no se puede iniciar sesión en ningún sitio</translation>
    </message>
    <message>
        <source>Enable the Active Directory account again</source>
        <translation>Volver a habilitar la cuenta de Active Directory</translation>
    </message>
    <message>
        <source>Set a new Active Directory password (unicodePwd, over the encrypted connection)</source>
        <translation>Establecer una contraseña de Active Directory nueva (unicodePwd, por la conexión cifrada)</translation>
    </message>
    <message>
        <source>Search for an account, then select it to see its Zimbra side here.</source>
        <translation>Buscar una cuenta y seleccionarla para ver aquí su parte de Zimbra.</translation>
    </message>
    <message>
        <source>The same person in Active Directory, matched by mail address or logon name.</source>
        <translation>La misma persona en Active Directory, localizada por dirección de correo o nombre de inicio de sesión.</translation>
    </message>
    <message>
        <source>Type a name or address to search.</source>
        <translation>Escribir un nombre o una dirección que buscar.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <extracomment>%n accounts found</extracomment>
        <translation>
            <numerusform>Se ha encontrado %n cuenta.</numerusform>
            <numerusform>Se han encontrado %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The profile has no Active Directory server.</source>
        <translation>El perfil no tiene ningún servidor de Active Directory.</translation>
    </message>
    <message>
        <source>No Active Directory user has this mail address or logon name.</source>
        <translation>Ningún usuario de Active Directory tiene esta dirección de correo o este nombre de inicio de sesión.</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Search Zimbra accounts by name, address, alias or part of a name; press Enter (%1 to come back here)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+F</extracomment>
        <translation>Buscar cuentas de Zimbra por nombre, dirección, alias o parte de un nombre; pulsar Intro (%1 para volver aquí)</translation>
    </message>
    <message>
        <source>Lock Zimbra account</source>
        <translation>Bloquear la cuenta de Zimbra</translation>
    </message>
    <message>
        <source>Set the Zimbra status of %1 to “locked”? Nobody can log in to it until an administrator unlocks it; mail keeps arriving.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>¿Poner el estado de Zimbra de %1 en «Bloqueada»? Nadie podrá iniciar sesión en ella hasta que un administrador la desbloquee; el correo sigue llegando.</translation>
    </message>
    <message>
        <source>Locking %1…</source>
        <translation>Bloqueando %1…</translation>
    </message>
    <message>
        <source>Unlock Zimbra account</source>
        <translation>Desbloquear la cuenta de Zimbra</translation>
    </message>
    <message>
        <source>Set the Zimbra status of %1 back to “active”?</source>
        <translation>¿Devolver el estado de Zimbra de %1 a «Activa»?</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>Desbloqueando %1…</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Cerrar todas las sesiones</translation>
    </message>
    <message>
        <source>End every open session of %1? Its login tokens become invalid (zimbraAuthTokenValidityValue is increased) and the account is flushed from the cache of every server; web mail, phones and mail programs must log in again.</source>
        <translation>¿Cerrar todas las sesiones abiertas de %1? Sus tokens de inicio de sesión dejan de ser válidos (se incrementa zimbraAuthTokenValidityValue) y la cuenta se vacía de la caché de todos los servidores; el correo web, los teléfonos y los programas de correo tendrán que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Ending the sessions of %1…</source>
        <translation>Cerrando las sesiones de %1…</translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation>Quitar el bloqueo</translation>
    </message>
    <message>
        <source>Clear the failed-login lockout of %1? The counted failures are removed and a “lockout” status returns to “active”.</source>
        <translation>¿Quitar el bloqueo por inicios de sesión fallidos de %1? Se eliminan los fallos contados y el estado «Bloqueada por fallos» vuelve a «Activa».</translation>
    </message>
    <message>
        <source>Clearing the lockout of %1…</source>
        <translation>Quitando el bloqueo de %1…</translation>
    </message>
    <message>
        <source>Nothing to change for %1: it is already “%2”.</source>
        <translation>No hay nada que cambiar en %1: ya está «%2».</translation>
    </message>
    <message>
        <source>Done: %1 is now “%2” in Zimbra.</source>
        <translation>Hecho: %1 está ahora «%2» en Zimbra.</translation>
    </message>
    <message>
        <source>Setting the Zimbra password of %1…</source>
        <translation>Estableciendo la contraseña de Zimbra de %1…</translation>
    </message>
    <message>
        <source>Done: %1 has a new Zimbra password; its sessions ended.</source>
        <translation>Hecho: %1 tiene una contraseña de Zimbra nueva; sus sesiones se han cerrado.</translation>
    </message>
    <message>
        <source>Unlock in Active Directory</source>
        <translation>Desbloquear en Active Directory</translation>
    </message>
    <message>
        <source>Clear the Active Directory lockout of %1 (lockoutTime = 0)? Its wrong-password count is reset too.</source>
        <translation>¿Quitar el bloqueo de Active Directory de %1 (lockoutTime = 0)? Su recuento de contraseñas incorrectas también se pone a cero.</translation>
    </message>
    <message>
        <source>Disable in Active Directory</source>
        <translation>Deshabilitar en Active Directory</translation>
    </message>
    <message>
        <source>Disable the Active Directory account %1? The person can no longer log on anywhere that uses the directory, Zimbra included.</source>
        <translation>¿Deshabilitar la cuenta de Active Directory %1? La persona ya no podrá iniciar sesión en ningún sitio que use el directorio, Zimbra incluido.</translation>
    </message>
    <message>
        <source>Enable in Active Directory</source>
        <translation>Habilitar en Active Directory</translation>
    </message>
    <message>
        <source>Enable the Active Directory account %1 again?</source>
        <translation>¿Volver a habilitar la cuenta de Active Directory %1?</translation>
    </message>
    <message>
        <source>Done in Active Directory for %1.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Hecho en Active Directory para %1.</translation>
    </message>
    <message>
        <source>This person has no Active Directory account to reset.</source>
        <translation>Esta persona no tiene ninguna cuenta de Active Directory que restablecer.</translation>
    </message>
    <message>
        <source>Setting the Active Directory password of %1…</source>
        <translation>Estableciendo la contraseña de Active Directory de %1…</translation>
    </message>
    <message>
        <source>Done: %1 has a new Active Directory password and must change it at the next logon.</source>
        <translation>Hecho: %1 tiene una contraseña de Active Directory nueva y debe cambiarla en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Done: %1 has a new Active Directory password.</source>
        <translation>Hecho: %1 tiene una contraseña de Active Directory nueva.</translation>
    </message>
    <message>
        <source>Active Directory refused the password: %1</source>
        <translation>Active Directory ha rechazado la contraseña: %1</translation>
    </message>
    <message>
        <source>Contain…</source>
        <translation>Contener…</translation>
    </message>
    <message>
        <source>Contain the selected account as captured: lock, cut sessions, stop its mail, secure the directory account, after a preview (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>Contener la cuenta seleccionada como comprometida: bloquearla, cerrar sus sesiones, detener su correo y proteger la cuenta del directorio, tras una vista previa (%1)</translation>
    </message>
    <message>
        <source>Remove forwarding</source>
        <translation>Quitar el reenvío</translation>
    </message>
    <message>
        <source>Remove every forwarding address of %1 and turn its filters&apos; redirects into “keep”? Mail then stays in the mailbox.</source>
        <translation>¿Quitar todas las direcciones de reenvío de %1 y convertir las redirecciones de sus filtros en «keep»? El correo se quedará entonces en el buzón.</translation>
    </message>
    <message>
        <source>Removing the forwarding of %1…</source>
        <translation>Quitando el reenvío de %1…</translation>
    </message>
</context>
<context>
    <name>zaindari::MailQueuesPage</name>
    <message>
        <source>Host key of %1 accepted and remembered: %2</source>
        <extracomment>%1 host, %2 SHA-256 fingerprint</extracomment>
        <translation>Clave de host de %1 aceptada y recordada: %2</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>This profile lists no MTA host; add one in the profile manager.</source>
        <translation>Este perfil no incluye ningún host MTA; se puede añadir en el gestor de perfiles.</translation>
    </message>
    <message>
        <source>Choose or create a profile first.</source>
        <translation>Primero hay que elegir o crear un perfil.</translation>
    </message>
    <message>
        <source>The queues are being read already.</source>
        <translation>Las colas ya se están leyendo.</translation>
    </message>
    <message>
        <source>Reading the queues…</source>
        <translation>Leyendo las colas…</translation>
    </message>
    <message>
        <source>Reading the queues… %1 received</source>
        <extracomment>%1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>Leyendo las colas… %1 recibidos</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the queues at %1.</source>
        <extracomment>%n messages, %1 a time of day</extracomment>
        <translation>
            <numerusform>%n mensaje en las colas a las %1.</numerusform>
            <numerusform>%n mensajes en las colas a las %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the queue listing could not be read and were skipped.</source>
        <translation>
            <numerusform>No se ha podido leer %n línea del listado de la cola y se ha omitido.</numerusform>
            <numerusform>No se han podido leer %n líneas del listado de la cola y se han omitido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <extracomment>%1 rows shown, %2 messages in total</extracomment>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected message(s)</source>
        <translation>
            <numerusform>%n mensaje seleccionado</numerusform>
            <numerusform>%n mensajes seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>every message of the group “%1”</source>
        <extracomment>%1 is a group of the grouping panel (a sender, a domain, a reason, an age)</extracomment>
        <translation>todos los mensajes del grupo «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) requested.</source>
        <extracomment>%1 is an action such as &quot;Hold&quot;, %n the number of messages</extracomment>
        <translation>
            <numerusform>%1: %n mensaje solicitado.</numerusform>
            <numerusform>%1: %n mensajes solicitados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A line of the activity log: %1 time, %2 what happened</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Mail queues</source>
        <translation>Colas de correo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the queues again (F5)</source>
        <translation>Volver a leer las colas (F5)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Put the selected messages on hold: they stay in the queue until released (%1)</source>
        <translation>Retener los mensajes seleccionados: permanecen en la cola hasta que se liberan (%1)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Release the selected messages from hold (%1)</source>
        <translation>Liberar los mensajes seleccionados retenidos (%1)</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Reencolar</translation>
    </message>
    <message>
        <source>Have Postfix process the selected messages again at once (%1)</source>
        <translation>Hacer que Postfix vuelva a procesar de inmediato los mensajes seleccionados (%1)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected messages for good, after confirmation (%1)</source>
        <translation>Eliminar definitivamente los mensajes seleccionados, tras confirmarlo (%1)</translation>
    </message>
    <message>
        <source>Queue sizes</source>
        <translation>Tamaño de las colas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Mensajes en cola</translation>
    </message>
    <message>
        <source>Select messages (Shift/Ctrl for several, Ctrl+A for all shown) and act on them with the buttons above</source>
        <translation>Seleccionar mensajes (Mayús/Ctrl para varios, Ctrl+A para todos los mostrados) y actuar sobre ellos con los botones de arriba</translation>
    </message>
    <message>
        <source>Waiting for your answer about the host key of %1…</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation>Esperando la respuesta sobre la clave de host de %1…</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Create, edit, import or export server profiles (%1)</source>
        <translation>Crear, editar, importar o exportar perfiles de servidores (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Zaindari</source>
        <translation>Cerrar Zaindari</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload what the current page shows (%1)</source>
        <translation>Volver a cargar lo que muestra la página actual (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language and automatic refresh</source>
        <translation>Idioma y actualización automática</translation>
    </message>
    <message>
        <source>&amp;About Zaindari</source>
        <translation>&amp;Acerca de Zaindari</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>Tooltip of a navigation entry; %1 is a keyboard shortcut such as Ctrl+1</extracomment>
        <translation>Atajo: %1</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Aún no hay ningún perfil</translation>
    </message>
    <message>
        <source>The servers Zaindari works with</source>
        <translation>Los servidores con los que trabaja Zaindari</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Open a saved &amp;incident report…</source>
        <translation>Abrir un &amp;informe de incidente guardado…</translation>
    </message>
    <message>
        <source>Incident reports are kept in a reports folder beside the audit log</source>
        <translation>Los informes de incidente se guardan en una carpeta de informes junto al registro de auditoría</translation>
    </message>
</context>
<context>
    <name>zaindari::MessagePreviewJob</name>
    <message>
        <source>“%1” is not a Postfix queue id.</source>
        <extracomment>%1 is what was given as a queue id</extracomment>
        <translation>«%1» no es un identificador de cola de Postfix.</translation>
    </message>
</context>
<context>
    <name>zaindari::MessagePreviewPane</name>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br&gt;Select a message to see its headers and the start of its body.</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;&lt;br&gt;Seleccionar un mensaje para ver sus cabeceras y el comienzo del cuerpo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;Reading the message…</source>
        <extracomment>%1 is a Postfix queue id</extracomment>
        <translation>&lt;b&gt;Vista previa de %1&lt;/b&gt;&lt;br&gt;Leyendo el mensaje…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;Only the start of the message is shown.</source>
        <extracomment>%1 is a Postfix queue id</extracomment>
        <translation>&lt;b&gt;Vista previa de %1&lt;/b&gt;&lt;br&gt;Solo se muestra el comienzo del mensaje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of %1&lt;/b&gt;&lt;br&gt;%2</source>
        <extracomment>%1 is a Postfix queue id, %2 the error</extracomment>
        <translation>&lt;b&gt;Vista previa de %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>zaindari::MtaConnectionTester</name>
    <message>
        <source>The profile lists no MTA host to connect to.</source>
        <translation>El perfil no incluye ningún host MTA al que conectarse.</translation>
    </message>
    <message>
        <source>postqueue -j (without sudo)</source>
        <translation>postqueue -j (sin sudo)</translation>
    </message>
    <message>
        <source>postconf (reading the Postfix version)</source>
        <translation>postconf (lectura de la versión de Postfix)</translation>
    </message>
    <message>
        <source>sudo rights for %1</source>
        <extracomment>%1 is a remote program path</extracomment>
        <translation>permisos de sudo para %1</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Nothing was trusted: compare the fingerprint with the server&apos;s and confirm it when connecting.</source>
        <extracomment>%1 is a host name, %2 a key type (ssh-ed25519), %3 its SHA-256 fingerprint</extracomment>
        <translation>La clave de host de %1 aún no se conoce (%2 %3). No se ha confiado en nada: comparar la huella con la del servidor y confirmarla al conectar.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is user@host:port</extracomment>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>%1: connected; the queue tools run as the console needs them.</source>
        <extracomment>%1 is user@host:port</extracomment>
        <translation>%1: conectado; las herramientas de colas se ejecutan como las necesita la consola.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <extracomment>%1 describes a check, e.g. &quot;postqueue -j (without sudo)&quot;</extracomment>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Check failed: %1. %2</source>
        <extracomment>%1 describes a check, %2 the reason</extracomment>
        <translation>Ha fallado la comprobación: %1. %2</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Se ha cancelado la prueba de conexión.</translation>
    </message>
</context>
<context>
    <name>zaindari::MtaHostsModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
</context>
<context>
    <name>zaindari::MtaSettingsPanel</name>
    <message>
        <source>Relay host (zimbraMtaRelayHost)</source>
        <translation>Host de retransmisión (zimbraMtaRelayHost)</translation>
    </message>
    <message>
        <source>Where the MTA sends outgoing mail. A server without its own value uses the global one. Postfix syntax: host, host:port or [host]:port (brackets skip the MX lookup); empty removes the value.</source>
        <translation>Adónde envía el MTA el correo saliente. Un servidor sin valor propio usa el global. Sintaxis de Postfix: host, host:puerto o [host]:puerto (los corchetes omiten la búsqueda MX); vacío elimina el valor.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Relay host</source>
        <translation>Host de retransmisión</translation>
    </message>
    <message>
        <source>&amp;Relay host:</source>
        <translation>Host de &amp;retransmisión:</translation>
    </message>
    <message>
        <source>e.g. [smtp.example.org]:587</source>
        <translation>p. ej. [smtp.example.org]:587</translation>
    </message>
    <message>
        <source>A&amp;pply relay host</source>
        <translation>A&amp;plicar el host de retransmisión</translation>
    </message>
    <message>
        <source>Messages per hour on the server (last 48 hours)</source>
        <translation>Mensajes por hora en el servidor (últimas 48 horas)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Reload MTA &amp;settings</source>
        <translation>Recargar la &amp;configuración del MTA</translation>
    </message>
    <message>
        <source>Global (every server)</source>
        <translation>Global (todos los servidores)</translation>
    </message>
    <message>
        <source>(none: direct delivery)</source>
        <translation>(ninguno: entrega directa)</translation>
    </message>
    <message>
        <source>(inherits: %1)</source>
        <extracomment>%1 the global relay host</extracomment>
        <translation>(hereda: %1)</translation>
    </message>
    <message>
        <source>“%1” is not a relay host: use host, host:port or [host]:port.</source>
        <extracomment>%1 the value typed</extracomment>
        <translation>«%1» no es un host de retransmisión: debe indicarse host, host:puerto o [host]:puerto.</translation>
    </message>
    <message>
        <source>global configuration</source>
        <translation>configuración global</translation>
    </message>
    <message>
        <source>Remove the relay host from %1?</source>
        <extracomment>%1 &quot;global configuration&quot; or a server name</extracomment>
        <translation>¿Eliminar el host de retransmisión de %1?</translation>
    </message>
    <message>
        <source>Set the relay host to “%1” on %2?</source>
        <extracomment>%1 relay host, %2 &quot;global configuration&quot; or a server name</extracomment>
        <translation>¿Establecer el host de retransmisión «%1» en %2?</translation>
    </message>
    <message>
        <source>Change relay host</source>
        <translation>Cambiar el host de retransmisión</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Done: %1 now relays through “%2”.</source>
        <extracomment>%1 &quot;global configuration&quot; or a server name, %2 relay host</extracomment>
        <translation>Hecho: %1 retransmite ahora a través de «%2».</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The Zimbra logger is not enabled on this server, so there are no message counts. The send rates derived from the mail log still work.</source>
        <translation>El registrador de Zimbra no está habilitado en este servidor, así que no hay recuentos de mensajes. Las tasas de envío obtenidas del registro de correo siguen funcionando.</translation>
    </message>
    <message>
        <source>The logger has no message counts for the last 48 hours.</source>
        <translation>El registrador no tiene recuentos de mensajes de las últimas 48 horas.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last 48 hours (zmmtastats, mta_count).</source>
        <translation>
            <numerusform>%n mensaje en las últimas 48 horas (zmmtastats, mta_count).</numerusform>
            <numerusform>%n mensajes en las últimas 48 horas (zmmtastats, mta_count).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zaindari::PasswordResetDialog</name>
    <message>
        <source>&amp;Generate a strong password</source>
        <translation>&amp;Generar una contraseña robusta</translation>
    </message>
    <message>
        <source>&amp;Type a password</source>
        <translation>&amp;Escribir una contraseña</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;New one</source>
        <translation>&amp;Otra</translation>
    </message>
    <message>
        <source>&amp;Must change at next logon</source>
        <translation>De&amp;be cambiarla en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Reset Zimbra password</source>
        <translation>Restablecer la contraseña de Zimbra</translation>
    </message>
    <message>
        <source>Set a new Zimbra password for %1. Its open sessions end as well.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Establecer una contraseña de Zimbra nueva para %1. También se cierran sus sesiones abiertas.</translation>
    </message>
    <message>
        <source>Reset Active Directory password</source>
        <translation>Restablecer la contraseña de Active Directory</translation>
    </message>
    <message>
        <source>Set a new Active Directory password for %1. Until the person logs on with it, the previous password may keep working for up to an hour on some services unless “must change at next logon” is set or the account is disabled.</source>
        <extracomment>%1 is the account</extracomment>
        <translation>Establecer una contraseña de Active Directory nueva para %1. Hasta que la persona inicie sesión con ella, la contraseña anterior puede seguir funcionando hasta una hora en algunos servicios, salvo que se marque «Debe cambiarla en el próximo inicio de sesión» o se deshabilite la cuenta.</translation>
    </message>
    <message>
        <source>This domain checks passwords in Active Directory: people log in with their directory password, so the Zimbra password changes nothing for them. Reset the directory password instead.</source>
        <translation>Este dominio comprueba las contraseñas en Active Directory: las personas inician sesión con su contraseña del directorio, así que la contraseña de Zimbra no cambia nada para ellas. Restablecer en su lugar la contraseña del directorio.</translation>
    </message>
    <message>
        <source>Reset the &amp;directory password instead…</source>
        <translation>Restablecer en su lugar la contraseña del &amp;directorio…</translation>
    </message>
    <message>
        <source>Shown only now: copy it and give it to the person</source>
        <translation>Solo se muestra ahora: copiarla y dársela a la persona</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard</source>
        <translation>Copiar la contraseña generada al portapapeles</translation>
    </message>
    <message>
        <source>Generate another password</source>
        <translation>Generar otra contraseña</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The person must choose their own password at the next logon</source>
        <translation>La persona debe elegir su propia contraseña en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Re&amp;stablecer la contraseña</translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation>Escribir la contraseña nueva dos veces.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Active Directory will probably refuse it: use at least three of upper case, lower case, digits and symbols.</source>
        <translation>Probablemente Active Directory la rechazará: usar al menos tres de estos tipos: mayúsculas, minúsculas, dígitos y símbolos.</translation>
    </message>
</context>
<context>
    <name>zaindari::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language applies at once to every window.</source>
        <translation>El nuevo idioma se aplica de inmediato a todas las ventanas.</translation>
    </message>
    <message>
        <source>&amp;Automatic refresh:</source>
        <translation>&amp;Actualización automática:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the refresh interval, with its leading space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often open pages reload their data, in seconds (at least %1). 0 turns automatic refresh off.</source>
        <translation>Frecuencia con la que las páginas abiertas vuelven a cargar sus datos, en segundos (al menos %1). 0 desactiva la actualización automática.</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>Mostrar las &amp;horas en:</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
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
        <translation>Hay que poner un nombre al perfil.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>For example: School mail server</source>
        <translation>Por ejemplo: Servidor de correo del centro</translation>
    </message>
    <message>
        <source>No system keychain is available. Passwords and passphrases will be asked each time they are needed and kept only for this session; nothing is written to disk.</source>
        <translation>No hay ningún llavero del sistema disponible. Las contraseñas y frases de contraseña se pedirán cada vez que hagan falta y se conservarán solo durante esta sesión; no se escribe nada en el disco.</translation>
    </message>
</context>
<context>
    <name>zaindari::ProfileManagerDialog</name>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfiles</translation>
    </message>
    <message>
        <source>Zaindari profiles (*.json)</source>
        <translation>Perfiles de Zaindari (*.json)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Perfil nuevo %1</translation>
    </message>
    <message>
        <source>New profile: fill it in and save it.</source>
        <translation>Perfil nuevo: completarlo y guardarlo.</translation>
    </message>
    <message>
        <source>Some fields need attention before the profile can be saved.</source>
        <translation>Algunos campos requieren atención antes de poder guardar el perfil.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>No se ha podido guardar el perfil.</translation>
    </message>
    <message>
        <source>Profile saved. Its passwords are kept for this session only.</source>
        <translation>Perfil guardado. Sus contraseñas se conservan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>The profile could not be duplicated.</source>
        <translation>No se ha podido duplicar el perfil.</translation>
    </message>
    <message>
        <source>Created “%1”. Passwords are not copied: enter them again.</source>
        <extracomment>%1 is the new profile&apos;s name</extracomment>
        <translation>Se ha creado «%1». Las contraseñas no se copian: hay que volver a introducirlas.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and the passwords saved for it?</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>¿Eliminar el perfil «%1» y las contraseñas guardadas para él?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The profile could not be deleted.</source>
        <translation>No se ha podido eliminar el perfil.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>Se ha eliminado «%1».</translation>
    </message>
    <message>
        <source>The profiles could not be exported.</source>
        <translation>No se han podido exportar los perfiles.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>Se ha exportado %n perfil a %1, sin contraseñas.</numerusform>
            <numerusform>Se han exportado %n perfiles a %1, sin contraseñas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter their passwords before connecting.</source>
        <translation>
            <numerusform>Se ha importado %n perfil. Hay que introducir sus contraseñas antes de conectar.</numerusform>
            <numerusform>Se han importado %n perfiles. Hay que introducir sus contraseñas antes de conectar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Crear un perfil nuevo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected profile, without its passwords</source>
        <translation>Copiar el perfil seleccionado, sin sus contraseñas</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved passwords</source>
        <translation>Eliminar el perfil seleccionado y sus contraseñas guardadas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add profiles from a file exported by Zaindari</source>
        <translation>Añadir perfiles desde un archivo exportado por Zaindari</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the selected profiles (or all of them) to a file</source>
        <translation>Guardar los perfiles seleccionados (o todos) en un archivo</translation>
    </message>
    <message>
        <source>Exported files never contain passwords or passphrases: those stay in the system keychain.</source>
        <translation>Los archivos exportados nunca contienen contraseñas ni frases de contraseña: estas permanecen en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No profile yet. Press “New” to describe your mail server, or import a file exported from another computer.</source>
        <translation>Aún no hay ningún perfil. Pulsar «Nuevo» para describir el servidor de correo, o importar un archivo exportado desde otro equipo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>Guardar este perfil (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation>Descartar los cambios hechos desde la última vez que se guardó</translation>
    </message>
</context>
<context>
    <name>zaindari::ProfilesModel</name>
    <message>
        <source>No MTA host configured</source>
        <translation>No hay ningún host MTA configurado</translation>
    </message>
    <message>
        <source>MTA hosts: %1</source>
        <extracomment>%1 is a comma-separated list of host names</extracomment>
        <translation>Hosts MTA: %1</translation>
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
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Diferida</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Corrupta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueAction</name>
    <message>
        <source>Hold</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Reencolar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueActionConfirmDialog</name>
    <message numerus="yes">
        <source>Put %n message(s) on hold? They stay in the queue and can be released later.</source>
        <translation>
            <numerusform>¿Retener %n mensaje? Permanecerá en la cola y se podrá liberar más adelante.</numerusform>
            <numerusform>¿Retener %n mensajes? Permanecerán en la cola y se podrán liberar más adelante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n message(s) from hold? Postfix will try to deliver them again.</source>
        <translation>
            <numerusform>¿Liberar %n mensaje retenido? Postfix volverá a intentar entregarlo.</numerusform>
            <numerusform>¿Liberar %n mensajes retenidos? Postfix volverá a intentar entregarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requeue %n message(s)? Postfix reprocesses them at once.</source>
        <translation>
            <numerusform>¿Reencolar %n mensaje? Postfix lo volverá a procesar de inmediato.</numerusform>
            <numerusform>¿Reencolar %n mensajes? Postfix los volverá a procesar de inmediato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s)? Deleted messages cannot be recovered.</source>
        <translation>
            <numerusform>¿Eliminar %n mensaje? Los mensajes eliminados no se pueden recuperar.</numerusform>
            <numerusform>¿Eliminar %n mensajes? Los mensajes eliminados no se pueden recuperar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <extracomment>%1 describes what was chosen, e.g. &quot;the selected messages&quot;</extracomment>
        <translation>Elección: %1.</translation>
    </message>
    <message>
        <source>On the hosts: %1.</source>
        <extracomment>%1 is a list of MTA host names</extracomment>
        <translation>En los hosts: %1.</translation>
    </message>
    <message numerus="yes">
        <source>From %n sender(s), the largest being:</source>
        <translation>
            <numerusform>De %n remitente:</numerusform>
            <numerusform>De %n remitentes; los que más envían:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n message(s)</source>
        <extracomment>A line of the list of senders: %1 the sender, %n messages</extracomment>
        <translation>
            <numerusform>%1 — %n mensaje</numerusform>
            <numerusform>%1 — %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I understand that these %n message(s) will be deleted for good.</source>
        <translation>
            <numerusform>Entiendo que este mensaje (%n) se eliminará definitivamente.</numerusform>
            <numerusform>Entiendo que estos %n mensajes se eliminarán definitivamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zaindari::QueueActionRunner</name>
    <message numerus="yes">
        <source> … and %n more</source>
        <extracomment>The end of a shortened list of queue ids; %n is how many more there are</extracomment>
        <translation>
            <numerusform> … y %n más</numerusform>
            <numerusform> … y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) placed on hold.</source>
        <translation>
            <numerusform>%n mensaje retenido.</numerusform>
            <numerusform>%n mensajes retenidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released from hold.</source>
        <translation>
            <numerusform>%n mensaje liberado.</numerusform>
            <numerusform>%n mensajes liberados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) requeued.</source>
        <translation>
            <numerusform>%n mensaje reencolado.</numerusform>
            <numerusform>%n mensajes reencolados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n mensaje eliminado.</numerusform>
            <numerusform>%n mensajes eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had already left the queue (or were not in a queue this action applies to).</source>
        <translation>
            <numerusform>%n mensaje ya había salido de la cola (o no estaba en una cola a la que se aplique esta acción).</numerusform>
            <numerusform>%n mensajes ya habían salido de la cola (o no estaban en una cola a la que se aplique esta acción).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n message(s) the outcome is unknown: the connection was lost before postsuper reported them.</source>
        <translation>
            <numerusform>El resultado de %n mensaje es desconocido: se perdió la conexión antes de que postsuper informara sobre él.</numerusform>
            <numerusform>El resultado de %n mensajes es desconocido: se perdió la conexión antes de que postsuper informara sobre ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not touched because the action was canceled.</source>
        <translation>
            <numerusform>%n mensaje no se ha tocado porque se canceló la acción.</numerusform>
            <numerusform>%n mensajes no se han tocado porque se canceló la acción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <extracomment>%1 is a list of queue ids</extracomment>
        <translation>Ya no estaban: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>Resultado desconocido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Working on %n message(s)…</source>
        <extracomment>%n is the number of messages</extracomment>
        <translation>
            <numerusform>Procesando %n mensaje…</numerusform>
            <numerusform>Procesando %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to %1; nothing was sent there.</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation>No hay conexión con %1; no se ha enviado nada allí.</translation>
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
        <translation>&lt;&gt; (rebote)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>over %1 min</source>
        <extracomment>Age of queued messages: older than %1 minutes</extracomment>
        <translation>más de %1 min</translation>
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
        <translation>Mostrar solo la cola %1 (pulsar de nuevo para mostrar todas las colas)</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueDashboardBox</name>
    <message>
        <source>Mail queues</source>
        <translation>Colas de correo</translation>
    </message>
    <message>
        <source>Open the queues</source>
        <translation>Abrir las colas</translation>
    </message>
    <message>
        <source>Show the Queues page (Ctrl+2)</source>
        <translation>Mostrar la página Colas (Ctrl+2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in total, read at %1; the Queues page refreshes them.</source>
        <extracomment>%n messages in total, %1 a time of day</extracomment>
        <translation>
            <numerusform>%n mensaje en total, leído a las %1; la página Colas lo actualiza.</numerusform>
            <numerusform>%n mensajes en total, leídos a las %1; la página Colas los actualiza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet: the counts appear once the Queues page has connected.</source>
        <translation>Aún no se han leído: los recuentos aparecen cuando la página Colas se conecta.</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueFilterBar</name>
    <message>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <source>Every queue</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>Every host</source>
        <translation>Todos los hosts</translation>
    </message>
    <message>
        <source>Search id, address or reason</source>
        <translation>Buscar id., dirección o motivo</translation>
    </message>
    <message>
        <source>Shows messages whose id, sender, a recipient or a delay reason contains this text</source>
        <translation>Muestra los mensajes cuyo id., remitente, algún destinatario o motivo del retraso contiene este texto</translation>
    </message>
    <message>
        <source>Sender or @domain</source>
        <translation>Remitente o @dominio</translation>
    </message>
    <message>
        <source>An exact sender address, or a sender domain; &lt;&gt; is the null sender of bounces</source>
        <translation>Una dirección de remitente exacta, o un dominio de remitente; &lt;&gt; es el remitente nulo de los rebotes</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Dominio del destinatario</translation>
    </message>
    <message>
        <source>Shows messages with at least one recipient in this domain</source>
        <translation>Muestra los mensajes con al menos un destinatario en este dominio</translation>
    </message>
    <message>
        <source>Delay reason</source>
        <translation>Motivo del retraso</translation>
    </message>
    <message>
        <source>Shows messages whose delay reason contains this text, e.g. “Connection refused”</source>
        <translation>Muestra los mensajes cuyo motivo del retraso contiene este texto, p. ej. «Connection refused»</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Antigüedad:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Clear every filter field</source>
        <translation>Vaciar todos los campos de filtro</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueGroupsPanel</name>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Dominio del remitente</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Dominio del destinatario</translation>
    </message>
    <message>
        <source>Deferral reason</source>
        <translation>Motivo del aplazamiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2</source>
        <extracomment>Tooltip of a group: %1 the group, %n messages, %2 their total size</extracomment>
        <translation>
            <numerusform>%1: %n mensaje, %2</numerusform>
            <numerusform>%1: %n mensajes, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold every message of this group…</source>
        <translation>Retener todos los mensajes de este grupo…</translation>
    </message>
    <message>
        <source>Release every message of this group…</source>
        <translation>Liberar todos los mensajes de este grupo…</translation>
    </message>
    <message>
        <source>Requeue every message of this group…</source>
        <translation>Reencolar todos los mensajes de este grupo…</translation>
    </message>
    <message>
        <source>Delete every message of this group…</source>
        <translation>Eliminar todos los mensajes de este grupo…</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <source>Counts the messages shown by this property, like qshape</source>
        <translation>Cuenta los mensajes mostrados según esta propiedad, como qshape</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Choose a group to show only its messages; right-click to act on the whole group</source>
        <translation>Elegir un grupo para mostrar solo sus mensajes; clic derecho para actuar sobre todo el grupo</translation>
    </message>
    <message>
        <source>Contain this sender&apos;s account…</source>
        <translation>Contener la cuenta de este remitente…</translation>
    </message>
    <message>
        <source>Lock the account, cut its sessions, stop its mail and secure its directory account, after a preview</source>
        <translation>Bloquear la cuenta, cerrar sus sesiones, detener su correo y proteger su cuenta del directorio, tras una vista previa</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueLoginModel</name>
    <message>
        <source>Messages whose submission the mail log read back does not show with a login: unauthenticated mail, bounces, or older than the log window</source>
        <translation>Mensajes cuyo envío no aparece con un usuario SASL en el registro de correo leído: correo sin autenticar, rebotes o mensajes anteriores a la ventana del registro</translation>
    </message>
    <message>
        <source>(no login known)</source>
        <translation>(usuario SASL desconocido)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario SASL</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antiguo</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueLoginPanel</name>
    <message>
        <source>By login</source>
        <translation>Por usuario SASL</translation>
    </message>
    <message>
        <source>Queued messages by the login that submitted them, as the mail log read on the Send rates page says (the envelope sender can be anything). Enter shows the login&apos;s send rate.</source>
        <translation>Mensajes en cola según el usuario SASL que los envió, tal como indica el registro de correo leído en la página Tasas de envío (el remitente de sobre puede ser cualquiera). Intro muestra la tasa de envío del usuario SASL.</translation>
    </message>
    <message>
        <source>Messages still queued, per SASL login</source>
        <translation>Mensajes aún en cola, por usuario SASL</translation>
    </message>
    <message>
        <source>&amp;Contain this login…</source>
        <translation>&amp;Contener este usuario SASL…</translation>
    </message>
    <message>
        <source>Show its &amp;send rates</source>
        <translation>Mostrar sus &amp;tasas de envío</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <extracomment>first recipient and how many more</extracomment>
        <translation>
            <numerusform>%1 (+%n más)</numerusform>
            <numerusform>%1 (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>zaindari::QueueSizeChart</name>
    <message>
        <source>Messages per queue at each refresh</source>
        <translation>Mensajes por cola en cada actualización</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>How the queues grew or shrank during this session</source>
        <translation>Cómo han crecido o disminuido las colas durante esta sesión</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesAlerting</name>
    <message>
        <source>Zaindari: possibly captured account</source>
        <translation>Zaindari: posible cuenta comprometida</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesChart</name>
    <message>
        <source>Messages submitted</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Recipients deferred</source>
        <translation>Destinatarios aplazados</translation>
    </message>
    <message>
        <source>Recipients bounced</source>
        <translation>Destinatarios rebotados</translation>
    </message>
    <message>
        <source>Messages accepted for sending per minute or per hour, with the recipients the next server deferred or bounced</source>
        <translation>Mensajes aceptados para su envío por minuto o por hora, con los destinatarios que el siguiente servidor aplazó o rebotó</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesModel</name>
    <message>
        <source>Sent without a login from %1</source>
        <extracomment>%1 is the client address the message came from</extracomment>
        <translation>Enviado sin autenticación desde %1</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>este servidor</translation>
    </message>
    <message>
        <source>%1 (no login, %2)</source>
        <extracomment>an envelope sender without a login; %1 the sender, %2 the client address</extracomment>
        <translation>%1 (sin autenticar, %2)</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario SASL</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Recipient domains</source>
        <translation>Dominios de destinatarios</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazados</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Now (per minute)</source>
        <translation>Ahora (por minuto)</translation>
    </message>
    <message>
        <source>Usual peak (per hour)</source>
        <translation>Pico habitual (por hora)</translation>
    </message>
</context>
<context>
    <name>zaindari::RatesPage</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>How far back the chart and the tables look</source>
        <translation>Cuánto tiempo atrás abarcan el gráfico y las tablas</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Count messages per minute (spot a burst) or per hour (see the day)</source>
        <translation>Contar los mensajes por minuto (para detectar una ráfaga) o por hora (para ver el día)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the last 24 hours of the mail log and audit log again over SSH</source>
        <translation>Volver a leer por SSH las últimas 24 horas del registro de correo y del registro de auditoría</translation>
    </message>
    <message>
        <source>Stop reading and following the logs</source>
        <translation>Dejar de leer y seguir los registros</translation>
    </message>
    <message>
        <source>Senders by SASL login (or by envelope sender and client when there is no login). Red rows crossed a threshold. Enter opens the account.</source>
        <translation>Remitentes por usuario SASL (o por remitente de sobre y cliente cuando no hay usuario SASL). Las filas rojas han superado un umbral. Intro abre la cuenta.</translation>
    </message>
    <message>
        <source>Failed logins from Zimbra&apos;s audit log, per account and per address</source>
        <translation>Inicios de sesión fallidos según el registro de auditoría de Zimbra, por cuenta y por dirección</translation>
    </message>
    <message>
        <source>Thresholds of this profile</source>
        <translation>Umbrales de este perfil</translation>
    </message>
    <message>
        <source>A login that sends more than this is flagged, and so is one far above its usual hourly peak. New values apply to new log lines; Reload applies them to the whole window.</source>
        <translation>Se marca el usuario SASL que envía más que esto, y también el que supera con creces su pico horario habitual. Los valores nuevos se aplican a las líneas de registro nuevas; Recargar los aplica a toda la ventana.</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>Mensajes por &amp;minuto:</translation>
    </message>
    <message>
        <source>Messages one login may send within any 60 seconds before it is flagged</source>
        <translation>Mensajes que un usuario SASL puede enviar en cualquier intervalo de 60 segundos antes de que se marque</translation>
    </message>
    <message>
        <source>Messages one login may send within any hour before it is flagged</source>
        <translation>Mensajes que un usuario SASL puede enviar en cualquier intervalo de una hora antes de que se marque</translation>
    </message>
    <message>
        <source>Keep these thresholds for this profile</source>
        <translation>Guardar estos umbrales para este perfil</translation>
    </message>
    <message>
        <source>Alerts of this session:</source>
        <translation>Alertas de esta sesión:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario SASL</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Every alert since Zaindari started; Enter or a double click opens the account</source>
        <translation>Todas las alertas desde que se inició Zaindari; Intro o un doble clic abren la cuenta</translation>
    </message>
    <message>
        <source>Select a login in the table</source>
        <translation>Seleccionar un usuario SASL en la tabla</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <extracomment>Chart title; %1 is a login</extracomment>
        <translation>Enviado por %1</translation>
    </message>
    <message>
        <source>All senders</source>
        <translation>Todos los remitentes</translation>
    </message>
    <message>
        <source>Flagged: this login crossed a send-rate threshold in the window.</source>
        <translation>Marcado: este usuario SASL ha superado un umbral de tasa de envío en la ventana.</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>Leyendo: %1</translation>
    </message>
    <message>
        <source>Following the logs: new lines appear within seconds.</source>
        <translation>Siguiendo los registros: las líneas nuevas aparecen en segundos.</translation>
    </message>
    <message>
        <source>Stopped. Reload to read the logs again.</source>
        <translation>Detenido. Recargar para volver a leer los registros.</translation>
    </message>
    <message>
        <source>Not connected. The page reads the mail log when you open it.</source>
        <translation>Sin conexión. La página lee el registro de correo al abrirla.</translation>
    </message>
    <message>
        <source>Send rates</source>
        <translation>Tasas de envío</translation>
    </message>
    <message>
        <source>This profile has no MTA host: add one in the profile&apos;s SSH section.</source>
        <translation>Este perfil no tiene ningún host MTA: añadir uno en la sección SSH del perfil.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Reading the logs…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>Reading the last 24 hours of %1 and %2…</source>
        <translation>Leyendo las últimas 24 horas de %1 y %2…</translation>
    </message>
    <message>
        <source>Following the logs: %1 lines read, %2 senders in the window, %3 malformed lines skipped.</source>
        <extracomment>%1 lines read, %2 senders, %3 lines skipped as malformed</extracomment>
        <translation>Siguiendo los registros: %1 líneas leídas, %2 remitentes en la ventana, %3 líneas mal formadas omitidas.</translation>
    </message>
    <message>
        <source>Thresholds saved for %1.</source>
        <translation>Umbrales guardados para %1.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>T&amp;op logins (select one for its own chart):</source>
        <translation>&amp;Principales usuarios SASL (seleccionar uno para ver su gráfico):</translation>
    </message>
    <message>
        <source>Send rat&amp;es</source>
        <translation>&amp;Tasas de envío</translation>
    </message>
    <message>
        <source>Fa&amp;iled logins</source>
        <translation>&amp;Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Aler&amp;ts and thresholds</source>
        <translation>&amp;Alertas y umbrales</translation>
    </message>
    <message>
        <source>Messages per ho&amp;ur:</source>
        <translation>Mensajes por &amp;hora:</translation>
    </message>
    <message>
        <source>Save thresh&amp;olds</source>
        <translation>Guardar los umbra&amp;les</translation>
    </message>
    <message>
        <source>&amp;Contain this account…</source>
        <translation>&amp;Contener esta cuenta…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Abrir la cuenta</translation>
    </message>
</context>
<context>
    <name>zaindari::RelayHostJob</name>
    <message>
        <source>“%1” is not a relay host: use host, host:port or [host]:port.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>«%1» no es un host de retransmisión: usar host, host:port o [host]:port.</translation>
    </message>
    <message>
        <source>Zimbra accepted the relay host, but reading it back shows another value.</source>
        <translation>Zimbra ha aceptado el host de retransmisión, pero al volver a leerlo muestra otro valor.</translation>
    </message>
</context>
<context>
    <name>zaindari::SecretStore</name>
    <message>
        <source>No keychain is available (%1). Passwords are kept in memory until Zaindari closes and are asked for again next time; they are never written to disk.</source>
        <extracomment>%1 is the keychain library&apos;s own explanation</extracomment>
        <translation>No hay ningún llavero disponible (%1). Las contraseñas se conservan en memoria hasta que se cierra Zaindari y se vuelven a pedir la próxima vez; nunca se escriben en el disco.</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept in memory until Zaindari closes.</source>
        <translation>No hay ningún llavero disponible: la contraseña se conserva en memoria hasta que se cierra Zaindari.</translation>
    </message>
    <message>
        <source>The keychain did not store the password: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>El llavero no ha guardado la contraseña: %1</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Se ha denegado el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>No se ha podido leer el llavero: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the password: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>El llavero no ha eliminado la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>zaindari::SetPasswordJob</name>
    <message>
        <source>The domain %1 checks passwords against an external directory (%2): people log in with their directory password, not with the Zimbra one just set. Reset the password in the directory (Active Directory) too; the Zimbra reset only ended the existing sessions.</source>
        <extracomment>%1 is a mail domain, %2 the mechanism (ad, ldap, ...)</extracomment>
        <translation>El dominio %1 comprueba las contraseñas en un directorio externo (%2): las personas inician sesión con la contraseña del directorio, no con la de Zimbra que se acaba de establecer. Hay que restablecer también la contraseña en el directorio (Active Directory); el restablecimiento en Zimbra solo ha cerrado las sesiones existentes.</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>La contraseña nueva está vacía.</translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation>Estableciendo la contraseña</translation>
    </message>
    <message>
        <source>Zimbra accepted the new password, but the account shows no password change.</source>
        <translation>Zimbra ha aceptado la contraseña nueva, pero la cuenta no muestra ningún cambio de contraseña.</translation>
    </message>
    <message>
        <source>The password was set, but Zimbra does not ask for a change at the next login.</source>
        <translation>Se ha establecido la contraseña, pero Zimbra no pide cambiarla en el próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>zaindari::SoapTransport</name>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <extracomment>%1 is host:port, %2 a number of seconds</extracomment>
        <translation>El servidor en %1 no ha respondido en %2 segundos.</translation>
    </message>
    <message>
        <source>The reply from %1 was too large to be a SOAP answer.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>La respuesta de %1 era demasiado grande para ser una respuesta SOAP.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: is Zimbra running and is the port right?</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>Nada acepta conexiones en %1: ¿se está ejecutando Zimbra y es correcto el puerto?</translation>
    </message>
    <message>
        <source>The server name in %1 could not be resolved.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>No se ha podido resolver el nombre del servidor de %1.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>El servidor en %1 ha cerrado la conexión sin responder.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>Ha fallado la conexión segura (TLS) con %1.</translation>
    </message>
    <message>
        <source>Could not talk to the server at %1.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>No se ha podido comunicar con el servidor en %1.</translation>
    </message>
    <message>
        <source>The server at %1 sent an empty reply (HTTP %2) instead of a SOAP answer.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>El servidor en %1 ha enviado una respuesta vacía (HTTP %2) en lugar de una respuesta SOAP.</translation>
    </message>
    <message>
        <source>A proxy or gateway at %1 could not reach Zimbra (HTTP %2). Zimbra may be stopped or restarting.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>Un proxy o pasarela en %1 no ha podido llegar a Zimbra (HTTP %2). Puede que Zimbra esté detenido o reiniciándose.</translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page (HTTP %2) instead of a SOAP reply. Check the URL: the admin endpoint is https://SERVER:7071/service/admin/soap.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>El servidor en %1 ha respondido con una página web (HTTP %2) en lugar de una respuesta SOAP. Comprobar la URL: el punto de acceso de administración es https://SERVER:7071/service/admin/soap.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2 without a SOAP reply.</source>
        <extracomment>%1 is host:port, %2 the HTTP status number</extracomment>
        <translation>El servidor en %1 ha respondido HTTP %2 sin una respuesta SOAP.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in SOAP; it may not be a Zimbra admin endpoint.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>El servidor en %1 no ha respondido en SOAP; puede que no sea un punto de acceso de administración de Zimbra.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la petición.</translation>
    </message>
    <message>
        <source>The Zimbra admin URL must start with https:// (got %1).</source>
        <extracomment>%1 is the URL the user gave</extracomment>
        <translation>La URL de administración de Zimbra debe empezar por https:// (se ha recibido %1).</translation>
    </message>
</context>
<context>
    <name>zaindari::SshConnectionController</name>
    <message>
        <source>The profile “%1” lists no MTA host.</source>
        <translation>El perfil «%1» no incluye ningún host MTA.</translation>
    </message>
    <message>
        <source>No profile is selected.</source>
        <translation>No hay ningún perfil seleccionado.</translation>
    </message>
    <message>
        <source>The SSH password is not in the keychain.</source>
        <translation>La contraseña SSH no está en el llavero.</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>Inicio de sesión SSH</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>Passphrase of the key %1:</source>
        <extracomment>%1 is the path of a private key file</extracomment>
        <translation>Frase de contraseña de la clave %1:</translation>
    </message>
    <message>
        <source>No SSH secret was given; not connecting.</source>
        <translation>No se ha proporcionado ningún secreto SSH; no se conecta.</translation>
    </message>
    <message>
        <source>SSH host key changed</source>
        <translation>Ha cambiado la clave de host SSH</translation>
    </message>
    <message>
        <source>Zaindari did not connect to %1. If the server was really reinstalled, remove its old line from Zaindari&apos;s known hosts file (%2) and connect again to check the new key.</source>
        <extracomment>%1 is an MTA host name</extracomment>
        <translation>Zaindari no se ha conectado a %1. Si de verdad se ha reinstalado el servidor, eliminar su línea antigua del archivo de hosts conocidos de Zaindari (%2) y volver a conectar para comprobar la clave nueva.</translation>
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
        <translation>Hosts MTA</translation>
    </message>
    <message>
        <source>Every MTA host this profile watches. Double-click a cell to edit it.</source>
        <translation>Todos los hosts MTA que vigila este perfil. Doble clic en una celda para editarla.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an MTA host</source>
        <translation>Añadir un host MTA</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected MTA hosts</source>
        <translation>Quitar los hosts MTA seleccionados</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Elegir un archivo de clave privada</translation>
    </message>
    <message>
        <source>Mail transfer agent</source>
        <translation>Agente de transferencia de correo</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preajuste:</translation>
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
        <translation>Al elegir un preajuste se rellenan todas las rutas de abajo; cada una sigue siendo editable.</translation>
    </message>
    <message>
        <source>Run postsuper, postcat, postconf and postfix through “sudo -n”</source>
        <translation>Ejecutar postsuper, postcat, postconf y postfix mediante «sudo -n»</translation>
    </message>
    <message>
        <source>MTA &amp;log:</source>
        <translation>Registro del &amp;MTA:</translation>
    </message>
    <message>
        <source>Au&amp;dit log:</source>
        <translation>Registro de au&amp;ditoría:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Choose a private SSH key</source>
        <translation>Elegir una clave SSH privada</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <extracomment>%1 is a row number, %2 the reason</extracomment>
        <translation>Host %1: %2</translation>
    </message>
    <message>
        <source>Choose the private key file for this login.</source>
        <translation>Elegir el archivo de clave privada para este inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>zaindari::TrustPinsModel</name>
    <message>
        <source>SSH host key</source>
        <translation>Clave de host SSH</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Column header: host and port of a pinned key or certificate</extracomment>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
</context>
<context>
    <name>zaindari::TrustSection</name>
    <message>
        <source>Keys and certificates you confirmed on first connection. Zaindari refuses a server whose key or certificate changes. Forget one to be asked again on the next connection; this takes effect when you save.</source>
        <translation>Claves y certificados confirmados en la primera conexión. Zaindari rechaza un servidor cuya clave o certificado cambie. Al olvidar uno, se volverá a preguntar en la siguiente conexión; esto se aplica al guardar.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget the selected key or certificate</source>
        <translation>Olvidar la clave o el certificado seleccionado</translation>
    </message>
    <message>
        <source>Pinned trust</source>
        <translation>Confianza fijada</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraAccountActionJob</name>
    <message>
        <source>Changing the account</source>
        <translation>Cambiando la cuenta</translation>
    </message>
    <message>
        <source>Flushing the account cache on all servers</source>
        <translation>Vaciando la caché de la cuenta en todos los servidores</translation>
    </message>
    <message>
        <source>Zimbra accepted the lock, but the account still is not locked.</source>
        <translation>Zimbra ha aceptado el bloqueo, pero la cuenta sigue sin estar bloqueada.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but the account is not active.</source>
        <translation>Zimbra ha aceptado el cambio, pero la cuenta no está activa.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but still records failed logins.</source>
        <translation>Zimbra ha aceptado el cambio, pero sigue registrando inicios de sesión fallidos.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but the token validity value did not change, so old sessions may still work.</source>
        <translation>Zimbra ha aceptado el cambio, pero el valor de validez del token no ha cambiado, así que las sesiones antiguas podrían seguir funcionando.</translation>
    </message>
    <message>
        <source>Zimbra accepted the change, but the account still forwards mail.</source>
        <translation>Zimbra ha aceptado el cambio, pero la cuenta sigue reenviando correo.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la petición.</translation>
    </message>
    <message>
        <source>No Zimbra admin account name or password was given.</source>
        <translation>No se ha indicado el nombre ni la contraseña de la cuenta de administrador de Zimbra.</translation>
    </message>
    <message>
        <source>Zimbra refused the admin login of %1: wrong name or password, not an admin account, or the account is not active.</source>
        <extracomment>%1 is the admin account name</extracomment>
        <translation>Zimbra ha rechazado el inicio de sesión de administrador de %1: nombre o contraseña incorrectos, no es una cuenta de administrador o la cuenta no está activa.</translation>
    </message>
    <message>
        <source>The Zimbra admin account uses two-factor authentication, which Zaindari does not support. Use an admin account without it.</source>
        <translation>La cuenta de administrador de Zimbra usa autenticación en dos pasos, que Zaindari no admite. Usar una cuenta de administrador sin ella.</translation>
    </message>
    <message>
        <source>The server answered the login without a session token.</source>
        <translation>El servidor ha respondido al inicio de sesión sin un token de sesión.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraConnectionTester</name>
    <message>
        <source>Logged in to Zimbra as %1 at %2.</source>
        <extracomment>%1 is the admin account, %2 host:port</extracomment>
        <translation>Sesión iniciada en Zimbra como %1 en %2.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>The profile has no valid Zimbra admin URL.</source>
        <translation>El perfil no tiene una URL de administración de Zimbra válida.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Se ha cancelado la prueba de conexión.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraJob</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se ha cancelado la operación.</translation>
    </message>
    <message>
        <source>Zimbra answered without the account.</source>
        <translation>Zimbra ha respondido sin la cuenta.</translation>
    </message>
    <message>
        <source>No account name was given.</source>
        <translation>No se ha indicado ningún nombre de cuenta.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <extracomment>%1 is an account name or address</extracomment>
        <translation>Buscando %1</translation>
    </message>
    <message>
        <source>Zimbra has no account %1.</source>
        <extracomment>%1 is the account name the user typed</extracomment>
        <translation>Zimbra no tiene ninguna cuenta %1.</translation>
    </message>
    <message>
        <source>%1 matches several accounts (%2); give the full address.</source>
        <extracomment>%1 is the account name typed, %2 the matching addresses</extracomment>
        <translation>%1 coincide con varias cuentas (%2); indicar la dirección completa.</translation>
    </message>
</context>
<context>
    <name>zaindari::ZimbraSection</name>
    <message>
        <source>SOAP &amp;URL:</source>
        <translation>URL de &amp;SOAP:</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Usar la predeterminada</translation>
    </message>
    <message>
        <source>Fill in the usual admin URL of the first MTA host (port 7071).</source>
        <translation>Rellenar con la URL de administración habitual del primer host MTA (puerto 7071).</translation>
    </message>
    <message>
        <source>Admin &amp;account:</source>
        <translation>&amp;Cuenta de administrador:</translation>
    </message>
    <message>
        <source>admin@example.org</source>
        <translation>admin@example.org</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Zimbra&apos;s administration service listens on port 7071 over HTTPS. The account needs admin rights to read accounts and lockout settings.</source>
        <translation>El servicio de administración de Zimbra escucha en el puerto 7071 mediante HTTPS. La cuenta necesita derechos de administrador para leer las cuentas y la configuración de bloqueo.</translation>
    </message>
    <message>
        <source>Zimbra admin</source>
        <translation>Administración de Zimbra</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Esta URL no es válida.</translation>
    </message>
</context>
<context>
    <name>zaindari::cli</name>
    <message>
        <source>No failed logins in this period.</source>
        <translation>No hay inicios de sesión fallidos en este periodo.</translation>
    </message>
    <message>
        <source>distributed attack (many addresses)</source>
        <translation>ataque distribuido (muchas direcciones)</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Read saved postqueue -j output (plain or .gz; - is standard input) instead of connecting.</source>
        <translation>Leer una salida guardada de postqueue -j (sin comprimir o .gz; - es la entrada estándar) en lugar de conectar.</translation>
    </message>
    <message>
        <source>Only this queue: incoming, active, deferred, hold or corrupt.</source>
        <translation>Solo esta cola: incoming, active, deferred, hold o corrupt.</translation>
    </message>
    <message>
        <source>Only messages from this envelope sender.</source>
        <translation>Solo los mensajes de este remitente de sobre.</translation>
    </message>
    <message>
        <source>Unknown queue “%1”: use incoming, active, deferred, hold or corrupt.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Cola «%1» desconocida: usar incoming, active, deferred, hold o corrupt.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Queues: incoming %1, active %2, deferred %3, hold %4, corrupt %5 (total %6)</source>
        <extracomment>queue counts; the numbers are message counts</extracomment>
        <translation>Colas: entrante %1, activa %2, diferida %3, retenidos %4, corrupta %5 (total %6)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Top senders:</source>
        <translation>Principales remitentes:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Top recipient domains:</source>
        <translation>Principales dominios de destinatarios:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Top reasons:</source>
        <translation>Principales motivos:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Age (minutes, like qshape):</source>
        <translation>Antigüedad (minutos, como qshape):</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>--limit takes a number of messages (0 or more).</source>
        <translation>--limit admite un número de mensajes (0 o más).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>A queue id to act on; repeatable.</source>
        <translation>Un identificador de cola sobre el que actuar; se puede repetir.</translation>
    </message>
    <message>
        <source>Show what would be done, change nothing.</source>
        <translation>Mostrar lo que se haría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>At most N messages.</source>
        <translation>Como máximo N mensajes.</translation>
    </message>
    <message>
        <source>No MTA host: give --ssh USER@HOST[:PORT], --profile NAME or --input FILE.</source>
        <translation>No hay ningún host MTA: indicar --ssh USER@HOST[:PORT], --profile NAME o --input FILE.</translation>
    </message>
    <message>
        <source>Refusing the unknown host key of %1; re-run with --accept-new-host-key after checking the fingerprint.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Se rechaza la clave de host desconocida de %1; volver a ejecutar con --accept-new-host-key tras comprobar la huella.</translation>
    </message>
    <message>
        <source>Give either --id ID (repeatable) or --sender ADDR.</source>
        <translation>Indicar --id ID (se puede repetir) o bien --sender ADDR.</translation>
    </message>
    <message>
        <source>“%1” is not a Postfix queue id.</source>
        <translation>«%1» no es un identificador de cola de Postfix.</translation>
    </message>
    <message>
        <source>Not in the queue: %1</source>
        <translation>No está en la cola: %1</translation>
    </message>
    <message>
        <source>Type “yes” to continue: </source>
        <extracomment>the user must type the word shown in quotes, untranslated: yes</extracomment>
        <translation>Escribir «yes» para continuar: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 message(s).</source>
        <extracomment>%1 action name; %2 done, %3 selected</extracomment>
        <translation>%1: hecho en %2 de %3 mensaje(s).</translation>
    </message>
    <message>
        <source>Not done (no longer in that queue): %1</source>
        <translation>No hecho (ya no está en esa cola): %1</translation>
    </message>
    <message>
        <source>Unknown (the connection was lost): %1</source>
        <translation>Desconocido (se perdió la conexión): %1</translation>
    </message>
    <message>
        <source>Show at most N entries.</source>
        <translation>Mostrar como máximo N entradas.</translation>
    </message>
    <message>
        <source>Bucket size of a series: 1m or 1h (default 1m).</source>
        <translation>Tamaño del intervalo de una serie: 1m o 1h (predeterminado: 1m).</translation>
    </message>
    <message>
        <source>Only this login (name or address).</source>
        <translation>Solo este usuario SASL (nombre o dirección).</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit admite un número positivo.</translation>
    </message>
    <message>
        <source>No mail was accepted in this period.</source>
        <translation>No se ha aceptado correo en este periodo.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>MARCADO</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario SASL</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazados</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Now/min</source>
        <translation>Ahora/min</translation>
    </message>
    <message>
        <source>Usual/h</source>
        <translation>Habitual/h</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Read a saved log (plain or .gz; - is standard input) instead of connecting.</source>
        <translation>Leer un registro guardado (sin comprimir o .gz; - es la entrada estándar) en lugar de conectar.</translation>
    </message>
    <message>
        <source>Period to look at, counted back from now, or from the newest entry with --input: 30s, 10m, 6h, 2d.</source>
        <translation>Periodo que examinar, contado hacia atrás desde ahora, o desde la entrada más reciente con --input: 30s, 10m, 6h, 2d.</translation>
    </message>
    <message>
        <source>The log was rotated or truncated before its last lines could be read; some lines may be missing.</source>
        <translation>El registro se rotó o truncó antes de poder leer sus últimas líneas; puede que falten algunas.</translation>
    </message>
    <message>
        <source>Alert when a login sends more than N messages a minute (N/min) or an hour (N/h).</source>
        <translation>Alertar cuando un usuario SASL envía más de N mensajes por minuto (N/min) o por hora (N/h).</translation>
    </message>
    <message>
        <source>Check the last hour once and exit.</source>
        <translation>Comprobar la última hora una vez y salir.</translation>
    </message>
    <message>
        <source>“%1” is not an account address (name@domain).</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>«%1» no es una dirección de cuenta (nombre@dominio).</translation>
    </message>
    <message>
        <source>Give at most one of --hold and --delete.</source>
        <translation>Debe indicarse como máximo una de las opciones --hold y --delete.</translation>
    </message>
    <message>
        <source>Give at most one of --disable and --reset-password.</source>
        <translation>Debe indicarse como máximo una de las opciones --disable y --reset-password.</translation>
    </message>
    <message>
        <source>Give exactly one of --password-file FILE and --generate.</source>
        <translation>Debe indicarse exactamente una de las opciones --password-file FILE y --generate.</translation>
    </message>
    <message>
        <source>--password-file and --generate go with --reset-password.</source>
        <translation>--password-file y --generate solo se usan con --reset-password.</translation>
    </message>
    <message>
        <source>--recheck-delay takes a number of seconds from 0 to 600.</source>
        <translation>--recheck-delay admite un número de segundos entre 0 y 600.</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to carry out this plan.</source>
        <translation>No se ha cambiado nada: añadir --yes para ejecutar este plan.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <extracomment>%1 is a step title, %2 &quot;done&quot; or &quot;NOT done&quot;, %3 the detail</extracomment>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>NOT done</source>
        <translation>NO hecho</translation>
    </message>
    <message>
        <source>New password (shown once; must be changed at the next logon): %1</source>
        <extracomment>%1 is the generated password, shown once</extracomment>
        <translation>Contraseña nueva (solo se muestra una vez; debe cambiarse en el próximo inicio de sesión): %1</translation>
    </message>
    <message>
        <source>Cannot contain %1: the profile gives no mail domain for a bare login (set the Zimbra admin account as name@domain).</source>
        <extracomment>%1 is a login</extracomment>
        <translation>No se puede contener %1: el perfil no indica ningún dominio de correo para un usuario sin dominio (configurar la cuenta de administración de Zimbra como nombre@dominio).</translation>
    </message>
    <message>
        <source>Containing %1 automatically.</source>
        <extracomment>%1 is an account address</extracomment>
        <translation>Conteniendo %1 automáticamente.</translation>
    </message>
    <message>
        <source>--auto-contain watches the server&apos;s log; it cannot replay a saved log (--input).</source>
        <translation>--auto-contain vigila el registro del servidor; no puede reproducir un registro guardado (--input).</translation>
    </message>
    <message>
        <source>With --auto-contain give the passwords in files (or the keychain), not on standard input.</source>
        <translation>Con --auto-contain, indicar las contraseñas en archivos (o en el llavero), no por la entrada estándar.</translation>
    </message>
    <message>
        <source>Automatic containment is off: it runs only for a saved profile that opts in. Turn on “Contain automatically” in the profile&apos;s Containment tab (or set &quot;auto_contain&quot;: true in the &quot;containment&quot; section of an exported profile and import it), then run watch --profile NAME --auto-contain.</source>
        <translation>La contención automática está desactivada: solo se ejecuta con un perfil guardado que la habilite. Activar «Contener automáticamente» en la pestaña Contención del perfil (o poner &quot;auto_contain&quot;: true en la sección &quot;containment&quot; de un perfil exportado e importarlo) y después ejecutar watch --profile NAME --auto-contain.</translation>
    </message>
    <message>
        <source>Automatic containment is on: a flagged login is contained when it reaches %1 messages a minute.</source>
        <extracomment>%1 is a number of messages</extracomment>
        <translation>La contención automática está activada: un usuario SASL marcado se contiene cuando alcanza %1 mensajes por minuto.</translation>
    </message>
    <message>
        <source>Contain a flagged login automatically, once, when its messages in one minute reach the profile&apos;s automatic threshold (the saved profile must opt in: its Containment tab). The alert line then says &quot;action&quot;:&quot;contain&quot;, and the result of the containment, the document of contain --json, follows on its own line.</source>
        <translation>Contener automáticamente, una sola vez, un usuario SASL marcado cuando sus mensajes en un minuto alcanzan el umbral automático del perfil (el perfil guardado debe habilitarlo: su pestaña Contención). La línea de alerta indica entonces &quot;action&quot;:&quot;contain&quot;, y el resultado de la contención, el documento de contain --json, aparece a continuación en su propia línea.</translation>
    </message>
</context>
<context>
    <name>zaindari::cli::ContainBackendSet</name>
    <message>
        <source>Refusing the unknown host key of %1; re-run with --accept-new-host-key after checking the fingerprint.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Se rechaza la clave de host desconocida de %1; volver a ejecutar con --accept-new-host-key tras comprobar la huella.</translation>
    </message>
    <message>
        <source>Nothing to contain with: give --profile NAME or --soap, --ldap and --ssh.</source>
        <translation>No hay con qué contener: indicar --profile NAME o --soap, --ldap y --ssh.</translation>
    </message>
</context>
</TS>
