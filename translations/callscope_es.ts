<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountArchive</name>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="118"/>
        <source>synced just now</source>
        <translation>sincronizado ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="120"/>
        <source>synced %n min ago</source>
        <translation>
            <numerusform>sincronizado hace %n min</numerusform>
            <numerusform>sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="122"/>
        <source>synced %n h ago</source>
        <translation>
            <numerusform>sincronizado hace %n h</numerusform>
            <numerusform>sincronizado hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="123"/>
        <source>synced %n day(s) ago</source>
        <translation>
            <numerusform>sincronizado hace %n día</numerusform>
            <numerusform>sincronizado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="131"/>
        <source>Archive: opening…</source>
        <translation>Archivo histórico: abriendo…</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="133"/>
        <source>Archive: empty</source>
        <translation>Archivo histórico: vacío</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="137"/>
        <source>Archive: %Ln call(s) since %1</source>
        <translation>
            <numerusform>Archivo histórico: %Ln llamada desde %1</numerusform>
            <numerusform>Archivo histórico: %Ln llamadas desde %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="144"/>
        <source>syncing: %1 of %2 calls</source>
        <translation>sincronizando: %1 de %2 llamadas</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="147"/>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="151"/>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="154"/>
        <source>last sync failed</source>
        <translation>la última sincronización falló</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="22"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="28"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="29"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="43"/>
        <location filename="../app/gui/accountdialog.cpp" line="153"/>
        <source>kept in the system keychain</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="50"/>
        <source>default: a file in Callscope&apos;s data folder</source>
        <translation>predeterminado: un fichero en la carpeta de datos de Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="52"/>
        <source>Where this account&apos;s calls are kept past Plivo&apos;s 90 days: empty for the default file, a file path, or a team&apos;s PostgreSQL server as postgresql://user@host/database (the password goes in ~/.pgpass).</source>
        <translation>Dónde se guardan las llamadas de esta cuenta más allá de los 90 días de Plivo: vacío para el fichero predeterminado, una ruta de fichero o el servidor PostgreSQL de un equipo como postgresql://usuario@host/base_de_datos (la contraseña va en ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="55"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="56"/>
        <source>Auth &amp;ID</source>
        <translation>&amp;Auth ID</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="57"/>
        <source>Auth &amp;token</source>
        <translation>&amp;Token de autenticación</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="58"/>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="59"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivo histórico</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="67"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="68"/>
        <source>Test archive</source>
        <translation>Probar archivo histórico</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="70"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="78"/>
        <source>Open account</source>
        <translation>Abrir cuenta</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="139"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>sin cambios (guardado en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="140"/>
        <source>from PLIVO_AUTH_TOKEN</source>
        <translation>de PLIVO_AUTH_TOKEN</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="154"/>
        <source>My Plivo account</source>
        <translation>Mi cuenta de Plivo</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="171"/>
        <source>Give the account a name.</source>
        <translation>Ponle un nombre a la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="173"/>
        <source>An auth id is “MA” or “SA” followed by 18 capital letters or digits, as shown in the Plivo console.</source>
        <translation>Un Auth ID es «MA» o «SA» seguido de 18 letras mayúsculas o dígitos, tal como aparece en la consola de Plivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="181"/>
        <source>Leave the password out of the archive&apos;s URL: PostgreSQL reads it from ~/.pgpass (or the file PGPASSFILE names), where it stays out of Callscope&apos;s settings.</source>
        <translation>Deja la contraseña fuera de la URL del archivo histórico: PostgreSQL la lee de ~/.pgpass (o del fichero que indique PGPASSFILE), donde queda fuera de la configuración de Callscope.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="201"/>
        <source>Saved. The token is in the system keychain.</source>
        <translation>Guardado. El token está en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="205"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="233"/>
        <source>Enter the auth token to test the connection.</source>
        <translation>Introduce el token de autenticación para probar la conexión.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="241"/>
        <source>Asking Plivo…</source>
        <translation>Consultando a Plivo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accountdialog.cpp" line="248"/>
        <source>Connected. Plivo lists %n call(s) in the last 7 days.</source>
        <translation>
            <numerusform>Conectado. Plivo registra %n llamada en los últimos 7 días.</numerusform>
            <numerusform>Conectado. Plivo registra %n llamadas en los últimos 7 días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="272"/>
        <source>Opening the archive…</source>
        <translation>Abriendo el archivo histórico…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accountdialog.cpp" line="280"/>
        <source>The archive answers: %1 holds %Ln call(s).</source>
        <translation>
            <numerusform>El archivo histórico responde: %1 contiene %Ln llamada.</numerusform>
            <numerusform>El archivo histórico responde: %1 contiene %Ln llamadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="28"/>
        <source>Environment (PLIVO_AUTH_ID)</source>
        <translation>Entorno (PLIVO_AUTH_ID)</translation>
    </message>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="104"/>
        <source>No token is saved for %1.</source>
        <translation>No hay ningún token guardado para %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="107"/>
        <source>The system keychain did not answer: %1</source>
        <translation>El llavero del sistema no respondió: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="127"/>
        <source>No system keychain is available (%1). The token is kept in memory until Callscope quits.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). El token se guarda en memoria hasta que se cierre Callscope.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="108"/>
        <source>Plivo says: “%1”</source>
        <translation>Plivo dice: «%1»</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="113"/>
        <source>Plivo could not be reached: %1. Check the network connection and try again.</source>
        <translation>No se pudo contactar con Plivo: %1. Comprueba la conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="116"/>
        <source>Plivo did not accept the auth id and token. Check them in Accounts.</source>
        <translation>Plivo no aceptó el Auth ID y el token. Revísalos en Cuentas.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="119"/>
        <source>This account is not allowed to read these calls.</source>
        <translation>Esta cuenta no tiene permiso para leer estas llamadas.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="121"/>
        <source>Plivo rejected the request.</source>
        <translation>Plivo rechazó la solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="125"/>
        <source>Plivo has no such call (calls older than 90 days cannot be retrieved).</source>
        <translation>Plivo no tiene esa llamada (las llamadas de hace más de 90 días no se pueden recuperar).</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="128"/>
        <source>Plivo&apos;s rate limit was reached; Callscope waits and tries again.</source>
        <translation>Se alcanzó el límite de solicitudes de Plivo; Callscope espera y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="130"/>
        <source>Plivo had a server error (HTTP %1). Try again in a moment.</source>
        <translation>Plivo tuvo un error de servidor (HTTP %1). Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="133"/>
        <source>Plivo&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta de Plivo: %1</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="135"/>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="137"/>
        <source>Callscope refuses plain http:// to %1: the token would cross the network unencrypted. Use https://.</source>
        <translation>Callscope no admite http:// simple hacia %1: el token viajaría sin cifrar por la red. Usa https://.</translation>
    </message>
</context>
<context>
    <name>ArchiveCallSource</name>
    <message>
        <location filename="../lib/archive/archivecallsource.cpp" line="90"/>
        <source>The archive holds no call %1.</source>
        <translation>El archivo histórico no contiene ninguna llamada %1.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archivecallsource.cpp" line="135"/>
        <source>The archive could not answer: %1</source>
        <translation>El archivo histórico no pudo responder: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/archivecallsource.cpp" line="210"/>
        <source>The archive cannot filter by subaccount: Plivo&apos;s call objects do not say which subaccount a call belongs to.</source>
        <translation>El archivo histórico no puede filtrar por subcuenta: los objetos de llamada de Plivo no indican a qué subcuenta pertenece cada llamada.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="76"/>
        <source>The archive: a SQLite file, or a postgresql:// URL (default: one file per account in Callscope&apos;s data folder).</source>
        <translation>El archivo histórico: un archivo SQLite o una URL postgresql:// (predeterminado: un archivo por cuenta en la carpeta de datos de Callscope).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="79"/>
        <source>The built-in sandbox account.</source>
        <translation>La cuenta de demostración integrada (sandbox).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="80"/>
        <source>The API address (default https://api.plivo.com).</source>
        <translation>La dirección de la API (predeterminada: https://api.plivo.com).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="82"/>
        <source>The account&apos;s auth id (or PLIVO_AUTH_ID).</source>
        <translation>El Auth ID de la cuenta (o PLIVO_AUTH_ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="84"/>
        <source>An account saved in Callscope.</source>
        <translation>Una cuenta guardada en Callscope.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="86"/>
        <source>Requests per 5 seconds (default 150 of Plivo&apos;s 300).</source>
        <translation>Solicitudes cada 5 segundos (predeterminado: 150 de los 300 de Plivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="88"/>
        <source>Sync as of this UTC time instead of the clock&apos;s (e.g. &quot;2026-06-15 12:00&quot;).</source>
        <translation>Sincronizar tomando como referencia esta hora UTC en lugar de la del reloj (p. ej. «2026-06-15 12:00»).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="91"/>
        <source>Print errors only.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="98"/>
        <source>Usage:
  callscope archive sync   [--archive PATH|URL] [--demo | --base-url URL --auth-id ID | --profile NAME] [--budget N] [--quiet]
  callscope archive import [--archive PATH|URL] FILE…
  callscope archive info   [--archive PATH|URL]

sync    fetches every call Plivo still holds that the archive lacks
import  reads Callscope&apos;s CSV and JSON Lines exports and Plivo console CSV files
info    says what the archive holds, what was synced and what can no longer be had

The token comes from PLIVO_AUTH_TOKEN or the system keychain. Exit codes: 0 done, 1 failed, 2 bad usage.
</source>
        <translation>Uso:
  callscope archive sync   [--archive RUTA|URL] [--demo | --base-url URL --auth-id ID | --profile NOMBRE] [--budget N] [--quiet]
  callscope archive import [--archive RUTA|URL] ARCHIVO…
  callscope archive info   [--archive RUTA|URL]

sync    obtiene todas las llamadas que Plivo aún conserva y que faltan en el archivo histórico
import  lee las exportaciones CSV y JSON Lines de Callscope y los archivos CSV de la consola de Plivo
info    indica qué contiene el archivo histórico, qué se sincronizó y qué ya no se puede obtener

El token se toma de PLIVO_AUTH_TOKEN o del llavero del sistema. Códigos de salida: 0 hecho, 1 error, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="115"/>
        <source>callscope archive: %1</source>
        <translation>callscope archive: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="116"/>
        <source>Run “callscope archive --help” for the options.</source>
        <translation>Ejecuta «callscope archive --help» para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="124"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="135"/>
        <source>say what to do: sync, import or info.</source>
        <translation>indica qué hacer: sync, import o info.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="140"/>
        <location filename="../app/cli/archivecommand.cpp" line="147"/>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="150"/>
        <source>“%1” is not sync, import or info.</source>
        <translation>«%1» no es sync, import ni info.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="165"/>
        <source>say which archive: --archive PATH|URL, or the account (--demo, --auth-id ID, --profile NAME) whose default archive it is.</source>
        <translation>indica qué archivo histórico usar: --archive RUTA|URL, o la cuenta (--demo, --auth-id ID, --profile NOMBRE) cuyo archivo histórico predeterminado es.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="185"/>
        <source>use only one of --demo, --base-url/--auth-id and --profile.</source>
        <translation>usa solo una de estas opciones: --demo, --base-url/--auth-id o --profile.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="192"/>
        <source>--budget takes a number of requests from 1 to 300.</source>
        <translation>--budget espera un número de solicitudes entre 1 y 300.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="200"/>
        <source>--now expects a UTC time such as “2026-06-15 12:00”.</source>
        <translation>--now espera una hora UTC como «2026-06-15 12:00».</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="242"/>
        <source>Synced %1: %2 new, %3 updated, in %4 s with %5 requests (%6 retried); the archive holds %7 calls.</source>
        <translation>Se sincronizó %1: %2 llamadas nuevas, %3 actualizadas, en %4 s con %5 solicitudes (%6 reintentadas); el archivo histórico contiene %7 llamadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="253"/>
        <source>Sync stopped; the %1 windows stored so far stay, the next sync goes on from there.</source>
        <translation>Sincronización detenida; las %1 ventanas guardadas hasta ahora se conservan y la próxima sincronización continuará desde ahí.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="258"/>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="267"/>
        <source>say which files to import.</source>
        <translation>indica qué archivos importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="291"/>
        <source>%1 (%2): %3 imported, %4 already present, %5 rejected.</source>
        <translation>%1 (%2): %3 importadas, %4 ya presentes, %5 rechazadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="313"/>
        <source>Archive: %1</source>
        <translation>Archivo histórico: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="315"/>
        <source>Calls: %1, ended %2 to %3</source>
        <translation>Llamadas: %1, finalizadas entre %2 y %3</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="319"/>
        <source>Calls: %1</source>
        <translation>Llamadas: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="322"/>
        <source>Synced: never</source>
        <translation>Sincronizado: nunca</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="324"/>
        <source>Synced: every call that ended from %1 to %2</source>
        <translation>Sincronizado: todas las llamadas que finalizaron entre %1 y %2</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="330"/>
        <source>Size on disk: %1</source>
        <translation>Tamaño en disco: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <location filename="../lib/archive/archiveexport.cpp" line="65"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="125"/>
        <source>%1:%2: the line is longer than %3 MB; this is not a call export, and nothing was imported.</source>
        <translation>%1:%2: la línea supera los %3 MB; esto no es una exportación de llamadas y no se importó nada.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="133"/>
        <source>%1:%2: the file holds binary data; this is not a call export, and nothing was imported.</source>
        <translation>%1:%2: el archivo contiene datos binarios; esto no es una exportación de llamadas y no se importó nada.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="150"/>
        <source>%1:%2: the text is not UTF-8; nothing was imported.</source>
        <translation>%1:%2: el texto no está en UTF-8; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="187"/>
        <source>%1:%2: a quoted cell is never closed; nothing was imported.</source>
        <translation>%1:%2: una celda entre comillas no se cierra nunca; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="193"/>
        <source>%1:%2: the record is longer than %3 MB; nothing was imported.</source>
        <translation>%1:%2: el registro supera los %3 MB; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="223"/>
        <source>Callscope JSON Lines</source>
        <translation>JSON Lines de Callscope</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="225"/>
        <source>Callscope CSV</source>
        <translation>CSV de Callscope</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="227"/>
        <source>Plivo console CSV</source>
        <translation>CSV de la consola de Plivo</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="231"/>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="239"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="273"/>
        <source>no readable call UUID</source>
        <translation>sin UUID de llamada legible</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="290"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="307"/>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="308"/>
        <source>not a call object</source>
        <translation>no es un objeto de llamada</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="331"/>
        <source>%1:%2: this is not the header of a Callscope or Plivo console CSV export (there is no call UUID column); nothing was imported.</source>
        <translation>%1:%2: esta no es la cabecera de una exportación CSV de Callscope ni de la consola de Plivo (no hay ninguna columna de UUID de llamada); no se importó nada.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="342"/>
        <source>%1:%2: %3 cells where the header has %4; the file is not a whole CSV export, and nothing was imported.</source>
        <translation>%1:%2: %3 celdas donde la cabecera tiene %4; el archivo no es una exportación CSV completa y no se importó nada.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="358"/>
        <source>the unknown_fields cell is not a JSON object</source>
        <translation>la celda unknown_fields no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="392"/>
        <source>the end time “%1” cannot be read</source>
        <translation>no se puede leer la hora de finalización «%1»</translation>
    </message>
</context>
<context>
    <name>ArchiveQuery</name>
    <message>
        <location filename="../lib/archive/archivequery.cpp" line="57"/>
        <source>The archive cannot filter by subaccount: Plivo&apos;s call objects do not say which subaccount a call belongs to.</source>
        <translation>El archivo histórico no puede filtrar por subcuenta: los objetos de llamada de Plivo no indican a qué subcuenta pertenece cada llamada.</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <location filename="../lib/archive/archivesync.cpp" line="171"/>
        <source>Calls that ended between %1 and %2 were never synced, and Plivo no longer keeps them: the archive cannot hold them.</source>
        <translation>Las llamadas que finalizaron entre %1 y %2 nunca se sincronizaron y Plivo ya no las conserva: el archivo histórico no puede contenerlas.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archivesync.cpp" line="185"/>
        <source>There is no account or archive to sync.</source>
        <translation>No hay ninguna cuenta ni archivo histórico que sincronizar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/archivesync.cpp" line="291"/>
        <source>The calls that ended between %1 and %2 could not be read (%n attempt(s)): %3</source>
        <translation>
            <numerusform>No se pudieron leer las llamadas que finalizaron entre %1 y %2 (%n intento): %3</numerusform>
            <numerusform>No se pudieron leer las llamadas que finalizaron entre %1 y %2 (%n intentos): %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/archive/archivesync.cpp" line="341"/>
        <source>The calls that ended between %1 and %2 kept changing while they were read; nothing of that range was stored. Try again.</source>
        <translation>Las llamadas que finalizaron entre %1 y %2 no dejaron de cambiar mientras se leían; no se guardó nada de ese intervalo. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CallArchive</name>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="479"/>
        <source>%1 is not a PostgreSQL URL (postgresql://user@host:port/database).</source>
        <translation>%1 no es una URL de PostgreSQL (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="500"/>
        <source>The archive %1 could not be created: %2</source>
        <translation>No se pudo crear el archivo histórico %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="506"/>
        <source>SQLite is not available to Qt (the package libqt6sql6-sqlite is missing).</source>
        <translation>SQLite no está disponible para Qt (falta el paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="512"/>
        <location filename="../lib/archive/callarchive.cpp" line="557"/>
        <source>The archive %1 could not be opened: %2</source>
        <translation>No se pudo abrir el archivo histórico %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="520"/>
        <source>The archive %1 could not be prepared: %2</source>
        <translation>No se pudo preparar el archivo histórico %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="532"/>
        <source>PostgreSQL is not available to Qt (the package libqt6sql6-psql is missing).</source>
        <translation>PostgreSQL no está disponible para Qt (falta el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="565"/>
        <source>The archive %1 could not be prepared.</source>
        <translation>No se pudo preparar el archivo histórico %1.</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="576"/>
        <source>The archive was written by a newer Callscope (schema %1; this one knows up to %2).</source>
        <translation>El archivo histórico lo escribió un Callscope más reciente (esquema %1; este conoce hasta el %2).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="608"/>
        <source>The archive&apos;s tables could not be brought to version %1: %2</source>
        <translation>No se pudieron actualizar las tablas del archivo histórico a la versión %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="691"/>
        <source>Another sync or import is writing to this archive; try again when it has finished.</source>
        <translation>Otra sincronización o importación está escribiendo en este archivo histórico; vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="699"/>
        <source>The archive&apos;s writer lock could not be taken: %1</source>
        <translation>No se pudo obtener el bloqueo de escritura del archivo histórico: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="719"/>
        <source>The archive&apos;s writer lock %1 could not be created: %2</source>
        <translation>No se pudo crear el bloqueo de escritura %1 del archivo histórico: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="735"/>
        <source>The archive&apos;s writer lock %1 could not be opened: %2</source>
        <translation>No se pudo abrir el bloqueo de escritura %1 del archivo histórico: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="1047"/>
        <source>The archive could not start a transaction: %1</source>
        <translation>El archivo histórico no pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="1067"/>
        <source>The archive could not prepare the import: %1</source>
        <translation>El archivo histórico no pudo preparar la importación: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="852"/>
        <location filename="../lib/archive/callarchive.cpp" line="871"/>
        <location filename="../lib/archive/callarchive.cpp" line="1101"/>
        <location filename="../lib/archive/callarchive.cpp" line="1112"/>
        <location filename="../lib/archive/callarchive.cpp" line="1119"/>
        <source>The calls could not be stored in the archive: %1</source>
        <translation>No se pudieron guardar las llamadas en el archivo histórico: %1</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="47"/>
        <source>Select a call to see its details.</source>
        <translation>Selecciona una llamada para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="72"/>
        <source>Filter by caller</source>
        <translation>Filtrar por llamante</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="73"/>
        <source>Filter by callee</source>
        <translation>Filtrar por destinatario</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="74"/>
        <source>Show B-legs</source>
        <translation>Mostrar tramos B</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="75"/>
        <source>Go to A-leg</source>
        <translation>Ir al tramo A</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="101"/>
        <source>Parties</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="102"/>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="104"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="107"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="109"/>
        <source>STIR/SHAKEN</source>
        <translation>STIR/SHAKEN</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="110"/>
        <source>Technical</source>
        <translation>Datos técnicos</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="113"/>
        <source>As Plivo sent it (JSON)</source>
        <translation>Tal como lo envió Plivo (JSON)</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="147"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="148"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="198"/>
        <source>not answered</source>
        <translation>no contestada</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/calldetails.cpp" line="209"/>
        <source>%1 (%n s)</source>
        <translation>
            <numerusform>%1 (%n s)</numerusform>
            <numerusform>%1 (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="217"/>
        <source>none (this is an A-leg)</source>
        <translation>ninguno (es un tramo A)</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="222"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="226"/>
        <source>%1 call from %2 to %3</source>
        <translation>Llamada de %2 a %3 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="228"/>
        <location filename="../app/gui/calldetails.cpp" line="229"/>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="231"/>
        <source>Ended: %1 — hung up by %2.</source>
        <translation>Finalizada: %1 — colgada por %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="234"/>
        <source>an unknown party</source>
        <translation>un participante desconocido</translation>
    </message>
</context>
<context>
    <name>CallFilter</name>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="81"/>
        <source>A subaccount id is “SA” followed by 18 capital letters or digits; “%1” is not one.</source>
        <translation>Un ID de subcuenta es «SA» seguido de 18 letras mayúsculas o dígitos; «%1» no lo es.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="86"/>
        <source>The direction must be “inbound” or “outbound”, not “%1”.</source>
        <translation>La dirección debe ser «inbound» u «outbound», no «%1».</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="93"/>
        <source>A number cannot contain spaces or control characters.</source>
        <translation>Un número no puede contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="102"/>
        <source>“%1” is not a call uuid; one looks like 5607532d-5037-4066-befc-a8b40218dd4f.</source>
        <translation>«%1» no es un UUID de llamada; uno tiene este aspecto: 5607532d-5037-4066-befc-a8b40218dd4f.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="110"/>
        <source>A billed duration cannot be negative.</source>
        <translation>Una duración facturada no puede ser negativa.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="116"/>
        <source>Give either an exact billed duration or a minimum and maximum, not both.</source>
        <translation>Indica una duración facturada exacta o un mínimo y un máximo, pero no ambos.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="125"/>
        <source>The minimum billed duration is above the maximum.</source>
        <translation>La duración facturada mínima es mayor que la máxima.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="131"/>
        <source>Give either an exact end time or a range, not both.</source>
        <translation>Indica una hora de finalización exacta o un intervalo, pero no ambos.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="133"/>
        <source>Give only one start for the time range.</source>
        <translation>Indica un solo inicio para el intervalo de tiempo.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="135"/>
        <source>Give only one end for the time range.</source>
        <translation>Indica un solo final para el intervalo de tiempo.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="140"/>
        <source>The end of the time range is not after its start.</source>
        <translation>El final del intervalo de tiempo no es posterior a su inicio.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="145"/>
        <source>%1 is in the future; Plivo lists only completed calls.</source>
        <translation>%1 está en el futuro; Plivo solo muestra llamadas finalizadas.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="153"/>
        <source>Plivo keeps calls for 90 days; %1 is older than that.</source>
        <translation>Plivo conserva las llamadas 90 días; %1 es anterior a ese plazo.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="161"/>
        <source>A time in the range is not a valid date and time.</source>
        <translation>Una de las horas del intervalo no es una fecha y hora válida.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="167"/>
        <source>A hangup cause code cannot be negative.</source>
        <translation>Un código de causa de desconexión no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="170"/>
        <source>The hangup source must be one of %1; “%2” is not.</source>
        <translation>«Colgada por» debe ser uno de estos valores: %1; «%2» no lo es.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="175"/>
        <source>STIR verification must be one of %1; “%2” is not.</source>
        <translation>La verificación STIR debe ser uno de estos valores: %1; «%2» no lo es.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="317"/>
        <source>The hangup cause code must be a number, not “%1”.</source>
        <translation>El código de causa de desconexión debe ser un número, no «%1».</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="327"/>
        <source>%1 must be a whole number of seconds, not “%2”.</source>
        <translation>%1 debe ser un número entero de segundos, no «%2».</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="336"/>
        <source>%1 must be a UTC time written YYYY-MM-DD HH:MM[:SS], not “%2”.</source>
        <translation>%1 debe ser una hora UTC con el formato AAAA-MM-DD HH:MM[:SS], no «%2».</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="341"/>
        <source>“%1” is not a filter of List all calls.</source>
        <translation>«%1» no es un filtro de «List all calls».</translation>
    </message>
</context>
<context>
    <name>CallFormat</name>
    <message>
        <location filename="../lib/models/callformat.cpp" line="14"/>
        <source>Call UUID</source>
        <translation>UUID de llamada</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="16"/>
        <source>Parent call UUID</source>
        <translation>UUID de llamada principal</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="18"/>
        <source>Conference UUID</source>
        <translation>UUID de conferencia</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="20"/>
        <source>API id</source>
        <translation>ID de API</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="22"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="24"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="26"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="28"/>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="30"/>
        <source>Initiated</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="32"/>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="34"/>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="36"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="38"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="40"/>
        <source>Billed (rounded)</source>
        <translation>Facturado (redondeado)</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="42"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="44"/>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="46"/>
        <source>Cause code</source>
        <translation>Código de causa</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="48"/>
        <source>Hangup cause</source>
        <translation>Causa de desconexión</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="50"/>
        <source>Hung up by</source>
        <translation>Colgada por</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="52"/>
        <source>Resource URI</source>
        <translation>URI del recurso</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="54"/>
        <source>STIR verification</source>
        <translation>Verificación STIR</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="56"/>
        <source>STIR attestation</source>
        <translation>Atestación STIR</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="58"/>
        <source>Network group</source>
        <translation>Grupo de red</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="60"/>
        <source>Source IP</source>
        <translation>IP de origen</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="62"/>
        <source>CNAM lookup</source>
        <translation>Consulta CNAM</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="87"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="89"/>
        <source>Local time (%1)</source>
        <translation>Hora local (%1)</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="93"/>
        <source>Account time</source>
        <translation>Hora de la cuenta</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="102"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="104"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="119"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="124"/>
        <source>A-leg</source>
        <translation>Tramo A</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="124"/>
        <source>B-leg</source>
        <translation>Tramo B</translation>
    </message>
</context>
<context>
    <name>CallLink</name>
    <message>
        <location filename="../lib/share/calllink.cpp" line="94"/>
        <source>This link is too long to be a Callscope link; those are at most %1 characters.</source>
        <translation>Este enlace es demasiado largo para ser un enlace de Callscope; estos tienen como mucho %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="99"/>
        <source>This is not a Callscope link: those start with callscope://.</source>
        <translation>Esto no es un enlace de Callscope: estos empiezan por callscope://.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="111"/>
        <source>This link carries a password or token, which Callscope links never do, so it was not opened. Whoever wrote the secret into it should change it in the Plivo console.</source>
        <translation>Este enlace lleva una contraseña o un token, algo que los enlaces de Callscope nunca hacen, así que no se abrió. Quien escribió el secreto en él debería cambiarlo en la consola de Plivo.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="125"/>
        <source>This link has a part after “#”, which Callscope links never have; copy the link again in Callscope.</source>
        <translation>Este enlace tiene una parte tras «#», que los enlaces de Callscope nunca tienen; copie el enlace de nuevo en Callscope.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="133"/>
        <source>This call link does not name a call: after callscope://call/ comes a call uuid such as 5607532d-5037-4066-befc-a8b40218dd4f.</source>
        <translation>Este enlace de llamada no indica ninguna llamada: tras callscope://call/ va un UUID de llamada como 5607532d-5037-4066-befc-a8b40218dd4f.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="140"/>
        <source>Callscope cannot open this kind of link: it opens callscope://call/… (one call) and callscope://calls?… (a list of calls).</source>
        <translation>Callscope no puede abrir este tipo de enlace: abre callscope://call/… (una llamada) y callscope://calls?… (una lista de llamadas).</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="148"/>
        <source>This link gives “%1” more than once.</source>
        <translation>Este enlace indica «%1» más de una vez.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="153"/>
        <source>A call link names only the call and its account; “%1” does not belong in it.</source>
        <translation>Un enlace de llamada solo indica la llamada y su cuenta; «%1» no va en él.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="157"/>
        <source>“%1” is not a filter of Plivo&apos;s call list, so Callscope cannot open this link.</source>
        <translation>«%1» no es un filtro de la lista de llamadas de Plivo, así que Callscope no puede abrir este enlace.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="164"/>
        <source>This link does not say which account it belongs to (account=…); copy the link again in Callscope.</source>
        <translation>Este enlace no dice a qué cuenta pertenece (account=…); copie el enlace de nuevo en Callscope.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="168"/>
        <source>The account in this link is not a Plivo auth id, which is “MA” or “SA” followed by 18 capital letters or digits.</source>
        <translation>La cuenta de este enlace no es un auth id de Plivo, que es «MA» o «SA» seguido de 18 letras mayúsculas o dígitos.</translation>
    </message>
</context>
<context>
    <name>CallStats</name>
    <message>
        <location filename="../lib/models/callstats.cpp" line="75"/>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="77"/>
        <source>1–10 s</source>
        <translation>1–10 s</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="79"/>
        <source>10–30 s</source>
        <translation>10–30 s</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="81"/>
        <source>30–60 s</source>
        <translation>30–60 s</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="83"/>
        <source>1–2 min</source>
        <translation>1–2 min</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="85"/>
        <source>2–5 min</source>
        <translation>2–5 min</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="87"/>
        <source>5–10 min</source>
        <translation>5–10 min</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="89"/>
        <source>10–30 min</source>
        <translation>10–30 min</translation>
    </message>
    <message>
        <location filename="../lib/models/callstats.cpp" line="91"/>
        <source>30 min+</source>
        <translation>30 min+</translation>
    </message>
</context>
<context>
    <name>CallStatsCharts</name>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="139"/>
        <source>%1 min</source>
        <comment>width of a time bar</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="142"/>
        <source>%1 h</source>
        <comment>width of a time bar</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="144"/>
        <source>%1 d</source>
        <comment>width of a time bar</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="152"/>
        <source>d MMM HH:mm</source>
        <comment>chart axis</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="154"/>
        <source>d MMM</source>
        <comment>chart axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="155"/>
        <source>HH:mm</source>
        <comment>chart axis</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="193"/>
        <source>Billed duration</source>
        <translation>Duración facturada</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="195"/>
        <location filename="../app/gui/callstatscharts.cpp" line="213"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="204"/>
        <source>Hangup causes, most frequent first</source>
        <translation>Causas de desconexión, de más a menos frecuente</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="206"/>
        <source>Normal ending</source>
        <translation>Finalización normal</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="207"/>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="208"/>
        <source>Other causes</source>
        <translation>Otras causas</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="211"/>
        <source>Hangup source</source>
        <translation>Colgada por</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="216"/>
        <location filename="../app/gui/callstatscharts.cpp" line="406"/>
        <source>Calls over time</source>
        <translation>Llamadas a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="218"/>
        <location filename="../app/gui/callstatscharts.cpp" line="534"/>
        <source>Normal endings</source>
        <translation>Finalizaciones normales</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="219"/>
        <location filename="../app/gui/callstatscharts.cpp" line="534"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="339"/>
        <source>Other causes (%1)</source>
        <translation>Otras causas (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="341"/>
        <location filename="../app/gui/callstatscharts.cpp" line="513"/>
        <source>No cause given</source>
        <translation>Sin causa indicada</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="343"/>
        <source>Cause %1</source>
        <translation>Causa %1</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="344"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="366"/>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="407"/>
        <source>Calls over time (UTC, one bar per %1)</source>
        <translation>Llamadas a lo largo del tiempo (UTC, una barra cada %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="491"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/callstatscharts.cpp" line="498"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln llamada</numerusform>
            <numerusform>%Ln llamadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="504"/>
        <source>Billed %1: %2 (%3)</source>
        <translation>Facturado %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/callstatscharts.cpp" line="509"/>
        <source>%n other cause(s): %1 (%2)</source>
        <translation>
            <numerusform>%n causa más: %1 (%2)</numerusform>
            <numerusform>%n causas más: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="512"/>
        <source>%1 (%2), %3: %4 (%5)</source>
        <translation>%1 (%2), %3: %4 (%5)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="514"/>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="515"/>
        <source>a normal ending</source>
        <translation>una finalización normal</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="515"/>
        <source>a failure</source>
        <translation>un fallo</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="523"/>
        <source>Ended by %1: %2 (%3)</source>
        <translation>Finalizada por %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="524"/>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="531"/>
        <source>%1 – %2 UTC: %3
%4: %5 (%6% of this bar)</source>
        <translation>%1 – %2 UTC: %3
%4: %5 (%6 % de esta barra)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="540"/>
        <source>Click to show these calls.</source>
        <translation>Haz clic para mostrar estas llamadas.</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="580"/>
        <source>Sorting by “%1” needs every call of the result: use Load all (Ctrl+L) first. Newest or oldest first works at any size: click “%2”.</source>
        <translation>Para ordenar por «%1» hacen falta todas las llamadas del resultado: usa antes Cargar todo (Ctrl+L). Ordenar de más recientes a más antiguas, o al revés, funciona con cualquier tamaño: haz clic en «%2».</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="729"/>
        <source>Not returned</source>
        <translation>No devuelta</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="730"/>
        <source>Not loaded</source>
        <translation>No cargada</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="731"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="734"/>
        <source>The source counted this call but did not return it.</source>
        <translation>La fuente contó esta llamada pero no la devolvió.</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="735"/>
        <source>This page could not be loaded: %1</source>
        <translation>No se pudo cargar esta página: %1</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="736"/>
        <source>This call is being loaded.</source>
        <translation>Se está cargando esta llamada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/calltablemodel.cpp" line="750"/>
        <source>%1 · %n leg(s)</source>
        <translation>
            <numerusform>%1 · %n tramo</numerusform>
            <numerusform>%1 · %n tramos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="753"/>
        <source>An A-leg: the call that came in or was started.</source>
        <translation>Un tramo A: la llamada que entró o que se inició.</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="754"/>
        <source>A B-leg, dialled by A-leg %1.</source>
        <translation>Un tramo B, marcado desde el tramo A %1.</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="797"/>
        <source>Leg</source>
        <translation>Tramo</translation>
    </message>
</context>
<context>
    <name>CallTableView</name>
    <message numerus="yes">
        <location filename="../app/gui/calltableview.cpp" line="142"/>
        <source>↑ %n new call(s)</source>
        <translation>
            <numerusform>↑ %n llamada nueva</numerusform>
            <numerusform>↑ %n llamadas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/calltableview.cpp" line="241"/>
        <source>Restore default columns</source>
        <translation>Restaurar las columnas predeterminadas</translation>
    </message>
</context>
<context>
    <name>CallTreePanel</name>
    <message>
        <location filename="../app/gui/calltreepanel.cpp" line="46"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/calltreepanel.cpp" line="47"/>
        <source>Copy family</source>
        <translation>Copiar familia</translation>
    </message>
    <message>
        <location filename="../app/gui/calltreepanel.cpp" line="49"/>
        <source>Copy one line per leg, with times, numbers, durations and causes, for a ticket</source>
        <translation>Copiar una línea por tramo, con horas, números, duraciones y causas, para un ticket</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="56"/>
        <source>Loading: %p%</source>
        <translation>Cargando: %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="60"/>
        <source>Stop loading; the charts keep what is loaded.</source>
        <translation>Detener la carga; los gráficos conservan lo ya cargado.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="62"/>
        <source>Load all</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="64"/>
        <source>Load every call of the result, so that the charts are exact.</source>
        <translation>Cargar todas las llamadas del resultado para que los gráficos sean exactos.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="201"/>
        <source>No result yet: apply a filter to chart its calls.</source>
        <translation>Todavía no hay resultado: aplica un filtro para ver sus llamadas en gráficos.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="203"/>
        <source>Counting the calls of the result…</source>
        <translation>Contando las llamadas del resultado…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="207"/>
        <source>No calls match this filter.</source>
        <translation>Ninguna llamada coincide con este filtro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="190"/>
        <source>%Ln call(s) · %1 answered · %2 billed minutes · total amount %3</source>
        <translation>
            <numerusform>%Ln llamada · %1 contestada · %2 minutos facturados · importe total %3</numerusform>
            <numerusform>%Ln llamadas · %1 contestadas · %2 minutos facturados · importe total %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="210"/>
        <source>Based on all %Ln call(s) Plivo returned (it counted %1).</source>
        <translation>
            <numerusform>Basado en %Ln llamada devuelta por Plivo (contó %1).</numerusform>
            <numerusform>Basado en las %Ln llamadas que devolvió Plivo (contó %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="213"/>
        <source>Based on all %Ln call(s) of the result.</source>
        <translation>
            <numerusform>Basado en el resultado, que tiene %Ln llamada.</numerusform>
            <numerusform>Basado en las %Ln llamadas del resultado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="215"/>
        <source>Based on %1 of %Ln call(s) (%2%): only the pages loaded so far, which are not a fair sample. Load all to make the charts exact.</source>
        <translation>
            <numerusform>Basado en %1 de %Ln llamada (%2 %): solo las páginas cargadas hasta ahora, que no son una muestra representativa. Carga todo para que los gráficos sean exactos.</numerusform>
            <numerusform>Basado en %1 de %Ln llamadas (%2 %): solo las páginas cargadas hasta ahora, que no son una muestra representativa. Carga todo para que los gráficos sean exactos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="242"/>
        <source>Plivo&apos;s filters cannot pick out exactly these calls.</source>
        <translation>Los filtros de Plivo no pueden seleccionar exactamente estas llamadas.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="252"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="254"/>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="256"/>
        <source>Copy as image</source>
        <translation>Copiar como imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="269"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="270"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="270"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="297"/>
        <location filename="../app/gui/chartsview.cpp" line="315"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>No se pudo escribir %1: comprueba que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="302"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="305"/>
        <source>Save the chart as a .png or .svg file.</source>
        <translation>Guarda el gráfico como archivo .png o .svg.</translation>
    </message>
</context>
<context>
    <name>CommandAccount</name>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="27"/>
        <source>the keychain entry is empty</source>
        <translation>la entrada del llavero está vacía</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="57"/>
        <source>The demo account could not start a local server.</source>
        <translation>La cuenta de demostración no pudo iniciar un servidor local.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="74"/>
        <source>There is no account profile named “%1”.</source>
        <translation>No existe ningún perfil de cuenta llamado «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="83"/>
        <source>Say which account to use: --demo, --auth-id ID (or PLIVO_AUTH_ID), or --profile NAME.</source>
        <translation>Indica qué cuenta usar: --demo, --auth-id ID (o PLIVO_AUTH_ID) o --profile NOMBRE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="102"/>
        <source>No auth token for %1: set PLIVO_AUTH_TOKEN, or save the account in Callscope so the token is kept in the system keychain (%2).</source>
        <translation>No hay token de autenticación para %1: define PLIVO_AUTH_TOKEN o guarda la cuenta en Callscope para que el token se conserve en el llavero del sistema (%2).</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <location filename="../app/cli/commandoptions.cpp" line="13"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/commandoptions.cpp" line="23"/>
        <source>The option “--%1” takes no value.</source>
        <translation>La opción «--%1» no lleva valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandoptions.cpp" line="31"/>
        <source>The option “--%1” needs a value.</source>
        <translation>La opción «--%1» necesita un valor.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="79"/>
        <source>A column name is empty; separate the names with single commas.</source>
        <translation>Hay un nombre de columna vacío; separa los nombres con una sola coma.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="83"/>
        <source>The column name “%1” has spaces around it.</source>
        <translation>El nombre de columna «%1» tiene espacios alrededor.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="85"/>
        <source>The column “%1” is listed twice.</source>
        <translation>La columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="87"/>
        <source>“%1” is not a field; ask for the unknown fields with their own option.</source>
        <translation>«%1» no es un campo; los campos desconocidos se piden con su propia opción.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="100"/>
        <source>Could not write the export: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/gui/desktopnotifier.cpp" line="46"/>
        <source>Open calls</source>
        <translation>Abrir llamadas</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="71"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="78"/>
        <source>Unknown option “--%1”.</source>
        <translation>Opción desconocida «--%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="82"/>
        <source>The option “--%1” is given twice.</source>
        <translation>La opción «--%1» aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="90"/>
        <source>The option “--%1” takes no value.</source>
        <translation>La opción «--%1» no admite ningún valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="101"/>
        <source>The option “--%1” needs a value.</source>
        <translation>La opción «--%1» necesita un valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="147"/>
        <source>Say where the export goes: -o FILE, or -o - for standard output.</source>
        <translation>Indica adónde va la exportación: -o ARCHIVO, o -o - para la salida estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="155"/>
        <source>--%1 applies to CSV only; JSON Lines carries every field exactly as Plivo sent it.</source>
        <translation>--%1 solo se aplica a CSV; JSON Lines incluye cada campo exactamente como lo envió Plivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="160"/>
        <source>The format must be csv or jsonl, not “%1”.</source>
        <translation>El formato debe ser csv o jsonl, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="169"/>
        <source>“%1” is not a field Callscope knows: its column holds that field when Plivo sends one, and is empty otherwise.</source>
        <translation>«%1» no es un campo que Callscope conozca: su columna contiene ese campo cuando Plivo lo envía y, si no, queda vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="181"/>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 debe ser un número entero entre %2 y %3, no «%4».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="198"/>
        <source>--%1 paces requests to Plivo; an export from the archive sends none.</source>
        <translation>--%1 regula el ritmo de las solicitudes a Plivo; una exportación desde el archivo histórico no envía ninguna.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="205"/>
        <source>Use only one of --demo, --base-url/--auth-id and --profile.</source>
        <translation>Usa solo una de estas opciones: --demo, --base-url/--auth-id o --profile.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="211"/>
        <source>--last must be one of 24h, 7d, 30d or 90d, not “%1”.</source>
        <translation>--last debe ser 24h, 7d, 30d o 90d, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="215"/>
        <source>Give either --last or --%1, not both.</source>
        <translation>Indica --last o --%1, pero no ambos.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="241"/>
        <source>Usage: callscope export -o FILE|- [options] [--&lt;filter&gt; VALUE]...

Exports every call that matches the filter, in the order Plivo lists them
(newest first), each exactly once.

Output:
  -o, --output FILE|-     the file to write (it appears only when the export
                          is complete); - writes to standard output
  --format csv|jsonl      CSV (default) or JSON Lines, one call per line
  --columns a,b,...       CSV columns by API field name, in this order
  --include-unknown       add a column with the fields Callscope does not know
  --utc-times             times in UTC (ISO 8601) instead of as Plivo sent them
  --bom                   start the CSV with a byte order mark, for Excel
  --no-formula-guard      do not prefix &apos; to cells a spreadsheet would run

Account:
  --demo                  the built-in sandbox account
  --base-url URL          the API address (default https://api.plivo.com)
  --auth-id ID            the account&apos;s auth id (or PLIVO_AUTH_ID)
  --profile NAME          an account saved in Callscope
  The auth token comes from PLIVO_AUTH_TOKEN or the system keychain.

Filter (the API&apos;s own parameter names):
  --last 24h|7d|30d|90d   calls that ended in this span before now
  --subaccount --call_direction --from_number --to_number --parent_call_uuid
  --bill_duration[__gt|__gte|__lt|__lte] --end_time[__gt|__gte|__lt|__lte]
  --hangup_cause_code --hangup_source --stir_verification
  Times are UTC, written &quot;YYYY-MM-DD HH:MM[:SS]&quot;. Without a time filter the
  last 7 days are exported; ranges over 30 days are split automatically.

Archive:
  --archive [PATH|URL]    export from the archive instead of Plivo: any range,
                          older than 90 days too; without a time filter every
                          call it holds (default: the account&apos;s own archive)

Pace:
  --budget N              requests per 5 seconds (default 150 of Plivo&apos;s 300)
  --concurrency N         requests in flight at once (default 24)
  --quiet                 no progress and no summary

Exit status: 0 done, 1 failed, 2 bad usage, 3 finished but the number of rows
does not match the number Plivo reported.
</source>
        <translation>Uso: callscope export -o ARCHIVO|- [opciones] [--&lt;filtro&gt; VALOR]...

Exporta todas las llamadas que coinciden con el filtro, en el orden en que
Plivo las lista (las más recientes primero), cada una exactamente una vez.

Salida:
  -o, --output ARCHIVO|-  el archivo de destino (solo aparece cuando la
                          exportación termina); - escribe en la salida estándar
  --format csv|jsonl      CSV (predeterminado) o JSON Lines, una llamada por
                          línea
  --columns a,b,...       columnas del CSV por nombre de campo de la API, en ese
                          orden
  --include-unknown       añade una columna con los campos que Callscope no
                          conoce
  --utc-times             horas en UTC (ISO 8601) en vez de como las envió Plivo
  --bom                   empieza el CSV con una marca de orden de bytes (BOM),
                          para Excel
  --no-formula-guard      no antepone &apos; a las celdas que una hoja de cálculo
                          ejecutaría

Cuenta:
  --demo                  la cuenta de demostración integrada (sandbox)
  --base-url URL          la dirección de la API (predeterminada:
                          https://api.plivo.com)
  --auth-id ID            el Auth ID de la cuenta (o PLIVO_AUTH_ID)
  --profile NOMBRE        una cuenta guardada en Callscope
  El token de autenticación se toma de PLIVO_AUTH_TOKEN o del llavero del
  sistema.

Filtro (los nombres de parámetro de la propia API):
  --last 24h|7d|30d|90d   llamadas que terminaron en ese lapso antes de ahora
  --subaccount --call_direction --from_number --to_number --parent_call_uuid
  --bill_duration[__gt|__gte|__lt|__lte] --end_time[__gt|__gte|__lt|__lte]
  --hangup_cause_code --hangup_source --stir_verification
  Las horas son UTC, con el formato &quot;AAAA-MM-DD HH:MM[:SS]&quot;. Sin filtro de
  tiempo se exportan los últimos 7 días; los intervalos de más de 30 días se
  dividen automáticamente.

Archivo histórico:
  --archive [RUTA|URL]    exporta desde el archivo histórico en vez de Plivo:
                          cualquier intervalo, también de más de 90 días; sin
                          filtro de tiempo, todas las llamadas que contiene
                          (predeterminado: el archivo histórico de la cuenta)

Ritmo:
  --budget N              solicitudes cada 5 segundos (predeterminado: 150 de
                          los 300 de Plivo)
  --concurrency N         solicitudes simultáneas (predeterminado: 24)
  --quiet                 sin progreso ni resumen

Estado de salida: 0 hecho, 1 error, 2 uso incorrecto, 3 terminado, pero el
número de filas no coincide con el que informó Plivo.
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="84"/>
        <source>Run “callscope export --help” for the options.</source>
        <translation>Ejecuta «callscope export --help» para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="142"/>
        <location filename="../app/cli/exportcommand.cpp" line="234"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="143"/>
        <location filename="../app/cli/exportcommand.cpp" line="235"/>
        <source>Export cancelled; “%1” was not written.</source>
        <translation>Exportación cancelada; no se escribió «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="147"/>
        <location filename="../app/cli/exportcommand.cpp" line="208"/>
        <location filename="../app/cli/exportcommand.cpp" line="239"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="262"/>
        <source>Counting calls… %n request(s)</source>
        <translation>
            <numerusform>Contando llamadas… %n solicitud</numerusform>
            <numerusform>Contando llamadas… %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="270"/>
        <source>%1% %2 of %Ln call(s), %3 calls/s</source>
        <translation>
            <numerusform>%1 % %2 de %Ln llamada, %3 llamadas/s</numerusform>
            <numerusform>%1 % %2 de %Ln llamadas, %3 llamadas/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="276"/>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="278"/>
        <location filename="../app/cli/exportcommand.cpp" line="307"/>
        <source>%n retried</source>
        <translation>
            <numerusform>%n reintentada</numerusform>
            <numerusform>%n reintentadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="247"/>
        <location filename="../app/cli/exportcommand.cpp" line="302"/>
        <source>standard output</source>
        <translation>la salida estándar</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="160"/>
        <source>Say which archive to export from: --archive PATH|URL, or the account (--demo, --auth-id ID, --profile NAME) whose archive it is.</source>
        <translation>Indica desde qué archivo histórico exportar: --archive RUTA|URL, o la cuenta (--demo, --auth-id ID, --profile NOMBRE) a la que pertenece.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="168"/>
        <source>There is no archive of %1 yet; “callscope archive sync” makes one.</source>
        <translation>Todavía no hay ningún archivo histórico de %1; «callscope archive sync» crea uno.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="209"/>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="250"/>
        <source>Exported %n call(s) from the archive %1 to %2 in %3 s.</source>
        <translation>
            <numerusform>Se exportó %n llamada del archivo histórico %1 a %2 en %3 s.</numerusform>
            <numerusform>Se exportaron %n llamadas del archivo histórico %1 a %2 en %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="304"/>
        <source>Exported %n call(s) to %1 in %2 s: </source>
        <translation>
            <numerusform>Se exportó %n llamada a %1 en %2 s: </numerusform>
            <numerusform>Se exportaron %n llamadas a %1 en %2 s: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="306"/>
        <source>%n request(s), </source>
        <translation>
            <numerusform>%n solicitud, </numerusform>
            <numerusform>%n solicitudes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="310"/>
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n registro repetido omitido</numerusform>
            <numerusform>%n registros repetidos omitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="27"/>
        <location filename="../app/gui/exportdialog.cpp" line="151"/>
        <source>Export calls</source>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="33"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exportdialog.cpp" line="43"/>
        <source>The whole filtered result (%Ln call(s))</source>
        <translation>
            <numerusform>Todo el resultado filtrado (%Ln llamada)</numerusform>
            <numerusform>Todo el resultado filtrado (%Ln llamadas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="44"/>
        <source>The selected rows (%1)</source>
        <translation>Las filas seleccionadas (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="46"/>
        <source>The rows loaded so far (%1)</source>
        <translation>Las filas cargadas hasta ahora (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="51"/>
        <location filename="../app/gui/exportdialog.cpp" line="57"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="54"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="55"/>
        <source>JSON Lines (one call object per line, as Plivo sent it)</source>
        <translation>JSON Lines (un objeto de llamada por línea, tal como lo envió Plivo)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="59"/>
        <source>Guard against spreadsheet formulas in caller ids</source>
        <translation>Proteger contra fórmulas de hoja de cálculo en los identificadores de llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="62"/>
        <source>A caller chooses their own caller id: a cell starting with =, +, -, or @ would run as a formula. Numbers such as +14155550100 stay as they are.</source>
        <translation>Quien llama elige su propio identificador: una celda que empiece por =, +, - o @ se ejecutaría como fórmula. Los números como +14155550100 se quedan como están.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="64"/>
        <source>Byte order mark (for Excel)</source>
        <translation>Marca de orden de bytes (para Excel)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="66"/>
        <source>Times as UTC ISO 8601 (otherwise as Plivo sent them)</source>
        <translation>Horas en UTC ISO 8601 (si no, tal como las envió Plivo)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="67"/>
        <source>Include fields Callscope does not know</source>
        <translation>Incluir los campos que Callscope no conoce</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="74"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="77"/>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="87"/>
        <source>Columns (drag to reorder)</source>
        <translation>Columnas (arrastra para reordenar)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="97"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="112"/>
        <source>calls-%1.csv</source>
        <translation>llamadas-%1.csv</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="153"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Archivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="179"/>
        <source>Choose where the file goes.</source>
        <translation>Elige dónde se guarda el archivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="181"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="184"/>
        <source>Choose at least one column.</source>
        <translation>Elige al menos una columna.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="33"/>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="47"/>
        <source>An export is already running; cancel it or wait for it to finish.</source>
        <translation>Ya hay una exportación en curso; cancélala o espera a que termine.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="89"/>
        <location filename="../app/gui/exportflow.cpp" line="118"/>
        <source>Exporting: %p%</source>
        <translation>Exportando: %p %</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exportflow.cpp" line="157"/>
        <source>%1 of %Ln call(s) written, %2 per second</source>
        <translation>
            <numerusform>%1 de %Ln llamada escrita, %2 por segundo</numerusform>
            <numerusform>%1 de %Ln llamadas escritas, %2 por segundo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="145"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="147"/>
        <source>The export failed and no file was written: %1</source>
        <translation>La exportación falló y no se escribió ningún archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="163"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exportflow.cpp" line="164"/>
        <source>%Ln call(s) written to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln llamada en %1.</numerusform>
            <numerusform>Se escribieron %Ln llamadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="167"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="178"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="190"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="73"/>
        <source>There is no connection to an account to export from.</source>
        <translation>No hay conexión con ninguna cuenta desde la que exportar.</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="100"/>
        <location filename="../lib/export/exportjob.cpp" line="261"/>
        <source>The export cannot be written: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="101"/>
        <location filename="../lib/export/exportjob.cpp" line="256"/>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="172"/>
        <source>Page %1 of window %2 could not be loaded</source>
        <translation>No se pudo cargar la página %1 de la ventana %2</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="175"/>
        <source>Page %1 could not be loaded</source>
        <translation>No se pudo cargar la página %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="176"/>
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1 (%n intento): %2</numerusform>
            <numerusform>%1 (%n intentos): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="315"/>
        <source>Plivo reported %n call(s) for this filter; </source>
        <translation>
            <numerusform>Plivo informó de %n llamada para este filtro; </numerusform>
            <numerusform>Plivo informó de %n llamadas para este filtro; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="316"/>
        <source>the export holds %n row(s)</source>
        <translation>
            <numerusform>la exportación contiene %n fila</numerusform>
            <numerusform>la exportación contiene %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="318"/>
        <source>(%n repeated record(s) skipped)</source>
        <translation>
            <numerusform>(%n registro repetido omitido)</numerusform>
            <numerusform>(%n registros repetidos omitidos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="322"/>
        <source>The result changed while it was exported (calls arrived or expired inside the time range); export again to get a consistent file.</source>
        <translation>El resultado cambió durante la exportación (llegaron o caducaron llamadas dentro del intervalo); vuelve a exportar para obtener un archivo coherente.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="64"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="65"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="66"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="67"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="68"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="69"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="70"/>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="71"/>
        <source>&amp;Ended</source>
        <translation>&amp;Finalizada</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="83"/>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="84"/>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="90"/>
        <location filename="../app/gui/filterpanel.cpp" line="124"/>
        <location filename="../app/gui/filterpanel.cpp" line="135"/>
        <location filename="../app/gui/filterpanel.cpp" line="142"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="91"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="92"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="93"/>
        <source>&amp;Direction</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="97"/>
        <source>number or prefix, e.g. +1415</source>
        <translation>número o prefijo, p. ej. +1415</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="99"/>
        <source>&amp;From</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="102"/>
        <source>number or prefix, e.g. +4420</source>
        <translation>número o prefijo, p. ej. +4420</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="104"/>
        <source>&amp;To</source>
        <translation>Des&amp;tino</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="110"/>
        <source>exactly</source>
        <translation>exacta</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="111"/>
        <source>min</source>
        <translation>mín.</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="112"/>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="118"/>
        <source>Billed (s)</source>
        <translation>Facturado (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="130"/>
        <source>name or code</source>
        <translation>nombre o código</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="131"/>
        <source>Hangup &amp;cause</source>
        <translation>&amp;Causa de desconexión</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="138"/>
        <source>Hung up &amp;by</source>
        <translation>Colgada &amp;por</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="145"/>
        <source>&amp;STIR</source>
        <translation>&amp;STIR</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="151"/>
        <source>S&amp;ubaccount</source>
        <translation>S&amp;ubcuenta</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="154"/>
        <source>A-leg call UUID: lists its B-legs</source>
        <translation>UUID de llamada de un tramo A: muestra sus tramos B</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="156"/>
        <source>&amp;A-leg</source>
        <translation>Tramo &amp;A</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="160"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="162"/>
        <source>Run the query (Enter)</source>
        <translation>Ejecutar la consulta (Intro)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="163"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="175"/>
        <location filename="../app/gui/filterpanel.cpp" line="181"/>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="176"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="177"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="241"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="242"/>
        <source>Everything archived</source>
        <translation>Todo el archivo histórico</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="332"/>
        <source>Billed durations are whole seconds, such as 0, 30 or 600.</source>
        <translation>Las duraciones facturadas son segundos enteros, como 0, 30 o 600.</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="353"/>
        <source>“%1” is not a hangup cause; pick one from the list or type its code.</source>
        <translation>«%1» no es una causa de desconexión; elige una de la lista o escribe su código.</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="461"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="463"/>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="465"/>
        <source>cause %1</source>
        <translation>causa %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="467"/>
        <source>hung up by %1</source>
        <translation>colgada por %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="469"/>
        <source>B-legs of %1</source>
        <translation>tramos B de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="493"/>
        <source>(choose a saved filter)</source>
        <translation>(elige un filtro guardado)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="500"/>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="500"/>
        <source>Name of this filter:</source>
        <translation>Nombre de este filtro:</translation>
    </message>
</context>
<context>
    <name>FollowCommand</name>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="29"/>
        <source>Usage: callscope follow [account options] [--&lt;filter&gt; VALUE]... [options]

Prints each call that matches the filter as soon as Callscope sees it ended,
one line per call, until Ctrl+C.

  --since SPAN            first print the calls that ended in the last SPAN
                          (e.g. 30s, 10m, 2h, 1d); default: only new calls
  --format text|jsonl|csv text (default); jsonl: each call object as Plivo
                          sent it; csv: a header, then one row per call
  --overlap SECONDS       asked again behind each poll for records that reach
                          the API late (default 120)
  --budget N              the account&apos;s requests per 5 s (default 150); follow
                          takes at most a tenth of it

Account: --demo (the built-in sandbox, with calls arriving), --auth-id ID
[--base-url URL] (token from PLIVO_AUTH_TOKEN or the keychain), or
--profile NAME. Filters: --call_direction, --from_number, --to_number,
--hangup_cause_code, --hangup_source, --bill_duration__gte, … as Plivo names
them; the end-time range is follow&apos;s own.
</source>
        <translation>Uso: callscope follow [opciones de cuenta] [--&lt;filtro&gt; VALOR]... [opciones]

Muestra cada llamada que coincide con el filtro en cuanto Callscope ve que ha
terminado, una línea por llamada, hasta Ctrl+C.

  --since PERIODO         muestra primero las llamadas que terminaron en el último
                          PERIODO (p. ej. 30s, 10m, 2h, 1d); por defecto: solo nuevas
  --format text|jsonl|csv text (por defecto); jsonl: cada objeto de llamada tal
                          como lo envió Plivo; csv: una cabecera y una fila por llamada
  --overlap SEGUNDOS      se vuelve a preguntar esto detrás de cada consulta, por
                          los registros que llegan tarde (por defecto 120)
  --budget N              solicitudes de la cuenta cada 5 s (por defecto 150);
                          follow usa como mucho una décima parte

Cuenta: --demo (la sandbox integrada, con llamadas entrantes), --auth-id ID
[--base-url URL] (token de PLIVO_AUTH_TOKEN o del llavero), o
--profile NOMBRE. Filtros: --call_direction, --from_number, --to_number,
--hangup_cause_code, --hangup_source, --bill_duration__gte, … como los llama
Plivo; el periodo de hora de fin lo elige follow.
</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="96"/>
        <source>Follow chooses the end-time range itself; use --since to start earlier.</source>
        <translation>follow elige el periodo de hora de fin; usa --since para empezar antes.</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="101"/>
        <source>Unknown option “--%1”.</source>
        <translation>Opción desconocida «--%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="104"/>
        <source>--format takes text, jsonl or csv, not “%1”.</source>
        <translation>--format admite text, jsonl o csv, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="107"/>
        <source>--since takes a span such as 30s, 10m, 2h or 1d, not “%1”.</source>
        <translation>--since admite un periodo como 30s, 10m, 2h o 1d, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="113"/>
        <source>--overlap takes seconds from 0 to 86400, not “%1”.</source>
        <translation>--overlap admite segundos de 0 a 86400, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="121"/>
        <source>--budget takes 10 to 300 requests per 5 s, not “%1”.</source>
        <translation>--budget admite de 10 a 300 solicitudes cada 5 s, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="132"/>
        <source>Run “callscope follow --help” for the options.</source>
        <translation>Ejecuta «callscope follow --help» para ver las opciones.</translation>
    </message>
</context>
<context>
    <name>HangupCauses</name>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="12"/>
        <source>Hangup reason could not be determined</source>
        <translation>No se pudo determinar la causa de desconexión</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="13"/>
        <source>Call canceled through the Hangup Call API before it was answered</source>
        <translation>Llamada cancelada mediante la API «Hangup Call» antes de ser contestada</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="15"/>
        <source>Account ran out of credits</source>
        <translation>La cuenta se quedó sin saldo</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="16"/>
        <source>Simultaneous dial limit exceeded</source>
        <translation>Se superó el límite de marcación simultánea</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="17"/>
        <source>Destination number or endpoint is invalid</source>
        <translation>El número o endpoint de destino no es válido</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="18"/>
        <source>Destination unavailable</source>
        <translation>Destino no disponible</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="19"/>
        <source>SIP endpoint not registered or unreachable</source>
        <translation>Endpoint SIP no registrado o inaccesible</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="20"/>
        <source>Destination country disabled in geo permissions</source>
        <translation>País de destino desactivado en los permisos geográficos</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="21"/>
        <source>Premium-rate numbers disabled</source>
        <translation>Números de tarificación adicional desactivados</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="22"/>
        <source>Prefix not permitted</source>
        <translation>Prefijo no permitido</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="23"/>
        <source>B-leg would dial the A-leg&apos;s own number</source>
        <translation>El tramo B marcaría el propio número del tramo A</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="24"/>
        <source>India PSTN regulation violation</source>
        <translation>Infracción de la normativa PSTN de la India</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="25"/>
        <source>Destination unavailable or unreachable</source>
        <translation>Destino no disponible o inaccesible</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="26"/>
        <source>Destination is busy</source>
        <translation>El destino está ocupado</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="27"/>
        <source>Call rejected by the called party</source>
        <translation>Llamada rechazada por el destinatario</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="28"/>
        <source>Non-Plivo number used as caller ID</source>
        <translation>El identificador de llamada no es un número de Plivo</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="29"/>
        <source>Destination rejected or blocked the call</source>
        <translation>El destino rechazó o bloqueó la llamada</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="30"/>
        <source>Destination invalid or out of service</source>
        <translation>Destino no válido o fuera de servicio</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="31"/>
        <source>Carrier did not respond in time</source>
        <translation>El operador no respondió a tiempo</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="32"/>
        <source>Carrier encountered an error</source>
        <translation>Se produjo un error en el operador</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="33"/>
        <source>Carrier network overloaded</source>
        <translation>Red del operador saturada</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="34"/>
        <source>All destination endpoints busy</source>
        <translation>Todos los endpoints de destino están ocupados</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="35"/>
        <source>Destination cannot or will not take part</source>
        <translation>El destino no puede o no quiere participar</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="36"/>
        <source>End user does not exist</source>
        <translation>El usuario final no existe</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="37"/>
        <source>Carrier rejected the call as spam</source>
        <translation>El operador rechazó la llamada por considerarla spam</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="38"/>
        <source>Caller ID is on a Do Not Originate list</source>
        <translation>El identificador de llamada figura en una lista «Do Not Originate»</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="39"/>
        <source>Call ended normally</source>
        <translation>Llamada finalizada con normalidad</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="40"/>
        <source>No more XML instructions to execute</source>
        <translation>No quedan instrucciones XML por ejecutar</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="41"/>
        <source>Multiparty call ended through the API or its maximum duration</source>
        <translation>Llamada multiparte finalizada mediante la API o por alcanzar su duración máxima</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="43"/>
        <source>Participant removed through the API</source>
        <translation>Participante expulsado mediante la API</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="44"/>
        <source>Fatal network condition</source>
        <translation>Error grave de red</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="45"/>
        <source>Plivo system error</source>
        <translation>Error del sistema de Plivo</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="46"/>
        <source>Could not route to the destination</source>
        <translation>No se pudo enrutar la llamada al destino</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="47"/>
        <source>Maximum call duration reached (time_limit)</source>
        <translation>Se alcanzó la duración máxima de la llamada (time_limit)</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="48"/>
        <source>Not answered within the ring timeout</source>
        <translation>No contestada dentro del tiempo máximo de timbre</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="49"/>
        <source>No media packets for 60 seconds</source>
        <translation>Sin paquetes de medios durante 60 segundos</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="50"/>
        <source>Answer URL returned a non-2xx response</source>
        <translation>La Answer URL devolvió una respuesta distinta de 2xx</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="51"/>
        <source>Action URL returned a non-2xx response</source>
        <translation>La Action URL devolvió una respuesta distinta de 2xx</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="52"/>
        <source>Transfer URL returned a non-2xx response</source>
        <translation>La Transfer URL devolvió una respuesta distinta de 2xx</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="53"/>
        <source>Redirect URL returned a non-2xx response</source>
        <translation>La Redirect URL devolvió una respuesta distinta de 2xx</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="54"/>
        <source>Action URL is not valid</source>
        <translation>La Action URL no es válida</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="55"/>
        <source>Transfer URL is not valid</source>
        <translation>La Transfer URL no es válida</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="56"/>
        <source>Redirect URL is not valid</source>
        <translation>La Redirect URL no es válida</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="57"/>
        <source>Unsupported HTTP method for the action URL</source>
        <translation>Método HTTP no admitido para la Action URL</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="58"/>
        <source>Unsupported HTTP method for the transfer URL</source>
        <translation>Método HTTP no admitido para la Transfer URL</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="59"/>
        <source>Unsupported HTTP method for the redirect URL</source>
        <translation>Método HTTP no admitido para la Redirect URL</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="60"/>
        <source>Answer URL returned invalid XML</source>
        <translation>La Answer URL devolvió XML no válido</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="61"/>
        <source>Action URL returned invalid XML</source>
        <translation>La Action URL devolvió XML no válido</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="62"/>
        <source>Transfer URL returned invalid XML</source>
        <translation>La Transfer URL devolvió XML no válido</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="63"/>
        <source>Redirect URL returned invalid XML</source>
        <translation>La Redirect URL devolvió XML no válido</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="64"/>
        <source>Another parallel B-leg answered first</source>
        <translation>Otro tramo B marcado en paralelo se contestó primero</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="65"/>
        <source>Answered by an answering machine (machine_detection=hangup)</source>
        <translation>Contestada por un contestador automático (machine_detection=hangup)</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="67"/>
        <source>Participant failed to enter the confirm key</source>
        <translation>El participante no pulsó la tecla de confirmación</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <location filename="../lib/share/instancechannel.cpp" line="133"/>
        <source>%1 belongs to another user, so other launches cannot hand their links to this window. Remove it, or start Callscope with XDG_RUNTIME_DIR set.</source>
        <translation>%1 pertenece a otro usuario, así que otros inicios no pueden pasar sus enlaces a esta ventana. Elimínelo o inicie Callscope con XDG_RUNTIME_DIR definido.</translation>
    </message>
    <message>
        <location filename="../lib/share/instancechannel.cpp" line="142"/>
        <source>Another Callscope is already running for this user, so links opened later go to it, not to this window.</source>
        <translation>Ya hay otro Callscope en marcha para este usuario, así que los enlaces que se abran después irán a él, no a esta ventana.</translation>
    </message>
    <message>
        <location filename="../lib/share/instancechannel.cpp" line="152"/>
        <source>Other launches cannot hand their links to this window: %1.</source>
        <translation>Otros inicios no pueden pasar sus enlaces a esta ventana: %1.</translation>
    </message>
</context>
<context>
    <name>LegTimeline</name>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="106"/>
        <source>No legs to show.</source>
        <translation>No hay tramos que mostrar.</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="117"/>
        <source>A-leg</source>
        <translation>Tramo A</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="117"/>
        <source>B-leg %1</source>
        <translation>Tramo B %1</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="144"/>
        <location filename="../app/gui/legtimeline.cpp" line="163"/>
        <location filename="../app/gui/legtimeline.cpp" line="164"/>
        <location filename="../app/gui/legtimeline.cpp" line="166"/>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="147"/>
        <source>span %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="161"/>
        <source>%1 → %2
Initiated %3
Answered %4
Ended %5
%6</source>
        <translation>%1 → %2
Iniciada: %3
Contestada: %4
Finalizada: %5
%6</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="162"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="165"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>LegTreeModel</name>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="289"/>
        <source>Select a call to see its family of legs.</source>
        <translation>Selecciona una llamada para ver su familia de tramos.</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="291"/>
        <source>Fetching the A-leg…</source>
        <translation>Obteniendo el tramo A…</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="293"/>
        <source>Fetching the B-legs…</source>
        <translation>Obteniendo los tramos B…</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="295"/>
        <source>This A-leg dialled no B-legs.</source>
        <translation>Este tramo A no marcó ningún tramo B.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/legtreemodel.cpp" line="296"/>
        <source>An A-leg and %n B-leg(s).</source>
        <translation>
            <numerusform>Un tramo A y %n tramo B.</numerusform>
            <numerusform>Un tramo A y %n tramos B.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="298"/>
        <source>The family could not be loaded: %1</source>
        <translation>No se pudo cargar la familia de la llamada: %1</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="384"/>
        <location filename="../lib/models/legtreemodel.cpp" line="464"/>
        <source>B-leg %1</source>
        <translation>Tramo B %1</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="392"/>
        <source>not answered</source>
        <translation>no contestada</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="417"/>
        <source>Leg</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="450"/>
        <source>%1  %2  %3 → %4  initiated %5  answered %6  ended %7  billed %8  %9 (%10) by %11</source>
        <translation>%1  %2  %3 → %4  iniciada %5  contestada %6  finalizada %7  facturado %8  %9 (%10), colgada por %11</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="452"/>
        <location filename="../lib/models/legtreemodel.cpp" line="453"/>
        <location filename="../lib/models/legtreemodel.cpp" line="459"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="455"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="461"/>
        <source>Call family (times in UTC):</source>
        <translation>Familia de la llamada (horas en UTC):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="56"/>
        <location filename="../app/gui/mainwindow.cpp" line="558"/>
        <location filename="../app/gui/mainwindow.cpp" line="876"/>
        <source>Callscope</source>
        <translation>Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="76"/>
        <source>Loading all: %p%</source>
        <translation>Cargando todo: %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>Every call of the result is loaded.</source>
        <translation>Todas las llamadas del resultado están cargadas.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="139"/>
        <source>&amp;Open call by UUID…</source>
        <translation>&amp;Abrir llamada por UUID…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="140"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="141"/>
        <source>Open call…</source>
        <translation>Abrir llamada…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="142"/>
        <source>Open a call by its UUID (Ctrl+G)</source>
        <translation>Abre una llamada por su UUID (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="145"/>
        <source>Open call</source>
        <translation>Abrir llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="146"/>
        <source>Call UUID (from a ticket or a log):</source>
        <translation>UUID de la llamada (de un ticket o un registro):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="151"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="152"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="156"/>
        <source>Open the &amp;demo account</source>
        <translation>Abrir la cuenta de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="163"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="164"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Paste a call UUID</source>
        <translation>&amp;Pegar un UUID de llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171"/>
        <source>Copy &amp;link to this call</source>
        <translation>Copiar en&amp;lace a esta llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="173"/>
        <source>A callscope:// link a teammate can open (it carries no token)</source>
        <translation>Un enlace callscope:// que un compañero puede abrir (no lleva token)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179"/>
        <source>Copied a link to this call: %1</source>
        <translation>Enlace a esta llamada copiado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="181"/>
        <source>Copy link to this &amp;result</source>
        <translation>Copiar enlace a este &amp;resultado</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <source>A callscope:// link to the calls this filter finds, with its time range</source>
        <translation>Un enlace callscope:// a las llamadas que encuentra este filtro, con su intervalo de tiempo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="189"/>
        <source>Copied a link to this result: %1</source>
        <translation>Enlace a este resultado copiado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="201"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="204"/>
        <source>&amp;Back to the previous filter</source>
        <translation>&amp;Volver al filtro anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="206"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="207"/>
        <source>Back to the previous filter (Alt+Left)</source>
        <translation>Volver al filtro anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>&amp;Load all</source>
        <translation>Cargar &amp;todo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="211"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="212"/>
        <source>Load every call of the result (needed to sort by other columns)</source>
        <translation>Cargar todas las llamadas del resultado (necesario para ordenar por otras columnas)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="221"/>
        <source>F&amp;ollow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="224"/>
        <source>Add calls to the top of the list as they end, with the same filter (Ctrl+Shift+F)</source>
        <translation>Añade las llamadas arriba de la lista en cuanto terminan, con el mismo filtro (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="227"/>
        <source>C&amp;alls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="230"/>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="233"/>
        <source>&amp;Watch panel</source>
        <translation>&amp;Panel de vigilancia</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>The new language applies from the next start of Callscope.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Callscope.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>&amp;Columns…</source>
        <translation>C&amp;olumnas…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="265"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="266"/>
        <source>&amp;About Callscope</source>
        <translation>&amp;Acerca de Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="268"/>
        <source>About Callscope</source>
        <translation>Acerca de Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="269"/>
        <source>&lt;h3&gt;Callscope %1&lt;/h3&gt;&lt;p&gt;Look into the phone calls of a Plivo account.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Callscope %1&lt;/h3&gt;&lt;p&gt;Examina las llamadas telefónicas de una cuenta de Plivo.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2; se ejecuta con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="288"/>
        <source>Times: </source>
        <translation>Horas: </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="401"/>
        <source>Calls from:</source>
        <translation>Llamadas de:</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="405"/>
        <source>Plivo (live)</source>
        <translation>Plivo (en vivo)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="406"/>
        <source>Archive</source>
        <translation>Archivo histórico</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="408"/>
        <source>Plivo (live) asks Plivo&apos;s API: 90 days, sorted by end time. The archive keeps this account&apos;s calls on this computer or a team&apos;s PostgreSQL server: any range, any sort, numbers by any part, kept current in the background.</source>
        <translation>Plivo (en vivo) consulta la API de Plivo: 90 días, ordenados por hora de fin. El archivo histórico guarda las llamadas de esta cuenta en este ordenador o en el servidor PostgreSQL de un equipo: cualquier periodo, cualquier orden, números por cualquier parte, actualizado en segundo plano.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="327"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="331"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="359"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="361"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="423"/>
        <source>Call family</source>
        <translation>Familia de la llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="444"/>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="460"/>
        <source>Watch: “%1” fired: %2</source>
        <translation>Vigilancia: «%1» se activó: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="514"/>
        <source>This link is for account %1, which is not among the accounts on this computer. Add it in File ▸ Accounts, then open the link again.</source>
        <translation>Este enlace es de la cuenta %1, que no está entre las cuentas de este equipo. Añádala en Archivo ▸ Cuentas y abra el enlace de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="525"/>
        <source>Account “%1” needs its token again before this link can open. %2</source>
        <translation>La cuenta «%1» necesita su token de nuevo para que este enlace pueda abrirse. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="609"/>
        <source>Show call tree</source>
        <translation>Mostrar el árbol de la llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="611"/>
        <source>Go to A-leg</source>
        <translation>Ir al tramo A</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="616"/>
        <source>Copy call UUID</source>
        <translation>Copiar UUID de la llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="619"/>
        <source>Copy link to this call</source>
        <translation>Copiar enlace a esta llamada</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="621"/>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="654"/>
        <source>The demo account could not start: no local port was free.</source>
        <translation>No se pudo iniciar la cuenta de demostración: no había ningún puerto local libre.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="659"/>
        <location filename="../app/gui/mainwindow.cpp" line="674"/>
        <source>Demo account</source>
        <translation>Cuenta de demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="685"/>
        <source>%1 — Callscope</source>
        <translation>%1 — Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="686"/>
        <source>DEMO: synthetic calls served on this computer</source>
        <translation>DEMO: llamadas sintéticas servidas desde este equipo</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="687"/>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="691"/>
        <location filename="../app/gui/mainwindow.cpp" line="951"/>
        <location filename="../app/gui/mainwindow.cpp" line="967"/>
        <source>Select a call to see its details.</source>
        <translation>Selecciona una llamada para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="732"/>
        <source>The archive could not be opened: %1</source>
        <translation>No se pudo abrir el archivo histórico: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="750"/>
        <source>The archive could not be synced: %1</source>
        <translation>No se pudo sincronizar el archivo histórico: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="759"/>
        <source>The archive is synced: Refresh (F5) shows calls that ended since.</source>
        <translation>El archivo histórico está sincronizado: Actualizar (F5) muestra las llamadas que han finalizado desde entonces.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="776"/>
        <source>Keep an archive of this account?</source>
        <translation>¿Guardar un archivo histórico de esta cuenta?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="825"/>
        <source>Follow: %1 It tries again.</source>
        <translation>Seguir: %1 Se vuelve a intentar.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="877"/>
        <source>Account “%1” needs its token again. %2</source>
        <translation>La cuenta «%1» necesita de nuevo su token. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="928"/>
        <source>The filter needs a correction before Callscope asks Plivo: see the messages in the filter panel.</source>
        <translation>El filtro necesita una corrección antes de que Callscope consulte a Plivo: mira los mensajes del panel de filtros.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="976"/>
        <source>This call could not be loaded. Use Retry above.</source>
        <translation>No se pudo cargar esta llamada. Usa Reintentar, arriba.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="977"/>
        <source>Loading this call…</source>
        <translation>Cargando esta llamada…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="984"/>
        <source>“%1” is not a call UUID; one looks like 5607532d-5037-4066-befc-a8b40218dd4f.</source>
        <translation>«%1» no es un UUID de llamada; uno tiene este aspecto: 5607532d-5037-4066-befc-a8b40218dd4f.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="991"/>
        <source>Open an account first.</source>
        <translation>Abre primero una cuenta.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1000"/>
        <source>Fetching call %1…</source>
        <translation>Obteniendo la llamada %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1027"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Se copió %n fila.</numerusform>
            <numerusform>Se copiaron %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1034"/>
        <source>There is nothing to export yet: open an account and wait for the first rows.</source>
        <translation>Todavía no hay nada que exportar: abre una cuenta y espera a las primeras filas.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1067"/>
        <source>Counting the archive&apos;s calls…</source>
        <translation>Contando las llamadas del archivo histórico…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1070"/>
        <source>No calls match this filter.</source>
        <translation>Ninguna llamada coincide con este filtro.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1074"/>
        <source>No calls of the archive match this filter yet.
The archive is being synced: calls appear here as each part of it is stored.</source>
        <translation>Aún no hay llamadas del archivo histórico que coincidan con este filtro.
El archivo histórico se está sincronizando: las llamadas aparecen aquí a medida que se guarda cada parte.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1098"/>
        <source>Nothing loaded: the request failed</source>
        <translation>No se cargó nada: la solicitud falló</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1102"/>
        <source>%1 of %Ln call(s) loaded</source>
        <translation>
            <numerusform>%1 de %Ln llamada cargada</numerusform>
            <numerusform>%1 de %Ln llamadas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1065"/>
        <source>Nothing could be loaded.
%1</source>
        <translation>No se pudo cargar nada.
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="777"/>
        <source>Callscope will copy every call Plivo still holds for %1 into %2 and keep adding new ones while this window is open, so calls stay searchable after Plivo&apos;s 90 days. The archive holds phone numbers; an archive file is readable by you alone. The first sync runs in the background at bulk priority.</source>
        <translation>Callscope copiará cada llamada que Plivo aún conserva de %1 en %2 y seguirá añadiendo las nuevas mientras esta ventana esté abierta, para que las llamadas sigan siendo consultables después de los 90 días de Plivo. El archivo histórico contiene números de teléfono; un fichero de archivo solo lo puedes leer tú. La primera sincronización se ejecuta en segundo plano con prioridad baja.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1068"/>
        <source>Asking Plivo for the calls…</source>
        <translation>Pidiendo las llamadas a Plivo…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1071"/>
        <source>The time range lies entirely outside Plivo&apos;s 90-day retention.</source>
        <translation>El intervalo de tiempo queda totalmente fuera de los 90 días de retención de Plivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1077"/>
        <source>No calls match this filter.
Widen the time range or clear a field, then press Apply.</source>
        <translation>Ninguna llamada coincide con este filtro.
Amplía el intervalo de tiempo o vacía un campo y pulsa Aplicar.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1091"/>
        <source>No account open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1100"/>
        <source>Counting calls…</source>
        <translation>Contando llamadas…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1105"/>
        <source>from the archive</source>
        <translation>del archivo histórico</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1107"/>
        <source>windows: %1</source>
        <translation>ventanas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1108"/>
        <source>requests: %1</source>
        <translation>solicitudes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1110"/>
        <source>retried: %1</source>
        <translation>reintentadas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1111"/>
        <source>budget %1 / 5 s</source>
        <translation>presupuesto %1 / 5 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1113"/>
        <source>following: %n new call(s)</source>
        <translation>
            <numerusform>siguiendo: %n llamada nueva</numerusform>
            <numerusform>siguiendo: %n llamadas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1115"/>
        <source>the oldest %1 followed calls left the table (it keeps %2)</source>
        <translation>las %1 llamadas seguidas más antiguas salieron de la tabla (guarda %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1119"/>
        <source>loading pages: %1</source>
        <translation>páginas en carga: %1</translation>
    </message>
</context>
<context>
    <name>PageParser</name>
    <message numerus="yes">
        <location filename="../lib/plivo/pageparser.cpp" line="211"/>
        <source>The response is too large to be a page of calls (%n bytes).</source>
        <translation>
            <numerusform>La respuesta es demasiado grande para ser una página de llamadas (%n byte).</numerusform>
            <numerusform>La respuesta es demasiado grande para ser una página de llamadas (%n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="219"/>
        <source>The response was empty.</source>
        <translation>La respuesta estaba vacía.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="221"/>
        <source>The response was a web page, not JSON.</source>
        <translation>La respuesta era una página web, no JSON.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="223"/>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="229"/>
        <source>The response is JSON but not an object.</source>
        <translation>La respuesta es JSON, pero no un objeto.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="235"/>
        <source>The response&apos;s &quot;objects&quot; is not a list.</source>
        <translation>«objects» en la respuesta no es una lista.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="241"/>
        <location filename="../lib/plivo/pageparser.cpp" line="293"/>
        <source>The response is an error: %1</source>
        <translation>La respuesta es un error: %1</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="242"/>
        <source>The response has no &quot;meta&quot; block.</source>
        <translation>La respuesta no tiene bloque «meta».</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="251"/>
        <source>The response&apos;s &quot;total_count&quot; is missing or not a count.</source>
        <translation>«total_count» falta en la respuesta o no es un recuento.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="268"/>
        <source>The response&apos;s &quot;objects&quot; holds something that is not a call.</source>
        <translation>«objects» en la respuesta contiene algo que no es una llamada.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="287"/>
        <source>The response is not a call object.</source>
        <translation>La respuesta no es un objeto de llamada.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="294"/>
        <source>The response has no &quot;call_uuid&quot;.</source>
        <translation>La respuesta no tiene «call_uuid».</translation>
    </message>
</context>
<context>
    <name>PlivoCallSource</name>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="26"/>
        <source>Plivo matches numbers by their beginning only; the archive finds them by any part.</source>
        <translation>Plivo solo busca los números por su comienzo; el archivo histórico los encuentra por cualquier parte.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="29"/>
        <source>Plivo takes one hangup cause at a time; the archive takes several.</source>
        <translation>Plivo solo admite una causa de desconexión a la vez; el archivo histórico admite varias.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="31"/>
        <source>Plivo cannot filter by amount; the archive can.</source>
        <translation>Plivo no puede filtrar por importe; el archivo histórico sí.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="33"/>
        <source>Plivo lists calls by end time only; sorting by “%1” needs every call loaded, or the archive.</source>
        <translation>Plivo solo lista las llamadas por hora de finalización; para ordenar por «%1» hay que cargar todas las llamadas o usar el archivo histórico.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="68"/>
        <location filename="../lib/source/plivocallsource.cpp" line="128"/>
        <source>There is no account to ask.</source>
        <translation>No hay ninguna cuenta a la que consultar.</translation>
    </message>
</context>
<context>
    <name>PlivoClient</name>
    <message>
        <location filename="../lib/plivo/plivoclient.cpp" line="101"/>
        <source>“%1” is not an http(s) address</source>
        <translation>«%1» no es una dirección http(s)</translation>
    </message>
    <message>
        <location filename="../lib/plivo/plivoclient.cpp" line="272"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
</context>
<context>
    <name>QueryPlan</name>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="62"/>
        <source>No start was given: the range reaches back to the 90-day retention.</source>
        <translation>No se indicó un inicio: el intervalo llega hasta el límite de retención de 90 días.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="63"/>
        <source>No start was given: the range reaches back to the oldest call.</source>
        <translation>No se indicó un inicio: el periodo llega hasta la llamada más antigua.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="66"/>
        <source>No time range was given: showing the last 7 days.</source>
        <translation>No se indicó ningún intervalo de tiempo: se muestran los últimos 7 días.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="70"/>
        <source>Plivo keeps calls for 90 days: the range starts at %1 UTC instead of %2 UTC.</source>
        <translation>Plivo conserva las llamadas 90 días: el intervalo empieza el %1 UTC en lugar del %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/plivo/queryplan.cpp" line="107"/>
        <source>The range is longer than the 30 days Plivo allows per request: Callscope asks for it in %n windows.</source>
        <translation>
            <numerusform>El intervalo supera los 30 días que Plivo permite por solicitud: Callscope lo pide en %n ventana.</numerusform>
            <numerusform>El intervalo supera los 30 días que Plivo permite por solicitud: Callscope lo pide en %n ventanas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="102"/>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 espera un número entre %2 y %3, no «%4».</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="149"/>
        <source>Serves a synthetic Plivo account on this computer, with the behaviour of Plivo&apos;s &quot;List all calls&quot; API, for trying Callscope without an account and for tests.</source>
        <translation>Sirve una cuenta sintética de Plivo desde este equipo, con el comportamiento de la API «List all calls» de Plivo, para probar Callscope sin cuenta y para ejecutar pruebas.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="155"/>
        <source>TCP port on 127.0.0.1; 0 lets the system choose.</source>
        <translation>Puerto TCP en 127.0.0.1; con 0 lo elige el sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="158"/>
        <source>Seed of the synthetic account: the same seed gives the same calls.</source>
        <translation>Semilla de la cuenta sintética: la misma semilla genera las mismas llamadas.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="161"/>
        <source>Number of call legs in the account.</source>
        <translation>Número de tramos de llamada de la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="164"/>
        <source>The account&apos;s &quot;now&quot;, in UTC (e.g. &quot;2024-06-15 12:00&quot;); default: the current time.</source>
        <translation>El «ahora» de la cuenta, en UTC (p. ej. «2024-06-15 12:00»); predeterminado: la hora actual.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="169"/>
        <source>Generate the history up to this UTC time and serve it as seen at --now (the same account on an earlier date).</source>
        <translation>Generar el historial hasta esta hora UTC y servirlo tal como se veía en --now (la misma cuenta en una fecha anterior).</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="172"/>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Retardo añadido a cada respuesta, en milisegundos.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="175"/>
        <source>Random extra delay, from 0 to this many milliseconds.</source>
        <translation>Retardo adicional aleatorio, de 0 hasta este número de milisegundos.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="178"/>
        <source>Share of answers replaced by a fault, from 0 to 1.</source>
        <translation>Proporción de respuestas que se sustituyen por un fallo, de 0 a 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="181"/>
        <source>Comma-separated faults to draw from: 500, 502, 503, 429, truncated, closed, stall; default: all.</source>
        <translation>Fallos entre los que elegir, separados por comas: 500, 502, 503, 429, truncated, closed, stall; predeterminado: todos.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="187"/>
        <source>Requests allowed per 5 seconds; 0 turns the limit off.</source>
        <translation>Solicitudes permitidas cada 5 segundos; 0 desactiva el límite.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="190"/>
        <source>New call legs arriving per second while the sandbox runs.</source>
        <translation>Tramos de llamada nuevos por segundo mientras el sandbox está en marcha.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="193"/>
        <source>Timezone of the account&apos;s times, as +HH:MM or -HH:MM.</source>
        <translation>Zona horaria de las horas de la cuenta, con el formato +HH:MM o -HH:MM.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="196"/>
        <source>Auth ID to accept: MA followed by 18 upper-case letters or digits.</source>
        <translation>Auth ID que se acepta: MA seguido de 18 letras mayúsculas o dígitos.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="199"/>
        <source>Auth token to accept.</source>
        <translation>Token de autenticación que se acepta.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="205"/>
        <source>callscope sandbox: %1</source>
        <translation>callscope sandbox: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="206"/>
        <source>Run &quot;callscope sandbox --help&quot; to see the options.</source>
        <translation>Ejecuta «callscope sandbox --help» para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="214"/>
        <source>Usage: callscope sandbox [options]</source>
        <translation>Uso: callscope sandbox [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="219"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="233"/>
        <source>--now expects a UTC time such as &quot;2024-06-15 12:00&quot;, not &quot;%1&quot;.</source>
        <translation>--now espera una hora UTC como «2024-06-15 12:00», no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="241"/>
        <source>--history-end expects a UTC time such as &quot;2024-06-15 12:00&quot;, not &quot;%1&quot;.</source>
        <translation>--history-end espera una hora UTC como «2024-06-15 12:00», no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="256"/>
        <source>--fault-kinds: unknown fault &quot;%1&quot;; use 500, 502, 503, 429, truncated, closed or stall.</source>
        <translation>--fault-kinds: fallo desconocido «%1»; usa 500, 502, 503, 429, truncated, closed o stall.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="270"/>
        <source>--tz-offset expects +HH:MM or -HH:MM (at most 14 hours), not &quot;%1&quot;.</source>
        <translation>--tz-offset espera +HH:MM o -HH:MM (14 horas como máximo), no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="277"/>
        <source>--auth-id expects MA followed by 18 upper-case letters or digits, not &quot;%1&quot;.</source>
        <translation>--auth-id espera MA seguido de 18 letras mayúsculas o dígitos, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="283"/>
        <source>--auth-token must not be empty.</source>
        <translation>--auth-token no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="290"/>
        <source>callscope sandbox: cannot watch for Ctrl+C on this system.</source>
        <translation>callscope sandbox: no se puede capturar Ctrl+C en este sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="296"/>
        <source>callscope sandbox: cannot listen on 127.0.0.1:%1; is the port already in use?</source>
        <translation>callscope sandbox: no se puede escuchar en 127.0.0.1:%1; ¿el puerto ya está en uso?</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="305"/>
        <source>Callscope sandbox: a synthetic Plivo account on this computer</source>
        <translation>Sandbox de Callscope: una cuenta sintética de Plivo en este equipo</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="306"/>
        <source>  Base URL:    %1</source>
        <translation>  URL base:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="307"/>
        <source>  Auth ID:     %1</source>
        <translation>  Auth ID:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="308"/>
        <source>  Auth token:  %1</source>
        <translation>  Token:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="310"/>
        <source>  Account:     %1 call legs over the %2 days before %3 UTC, seed %4</source>
        <translation>  Cuenta:      %1 tramos de llamada en los %2 días anteriores a %3 UTC, semilla %4</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="317"/>
        <source>  Try:         curl -u %1:%2 &quot;%3/v1/Account/%1/Call/?limit=2&quot;</source>
        <translation>  Prueba:      curl -u %1:%2 &quot;%3/v1/Account/%1/Call/?limit=2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="319"/>
        <source>  Counters:    %1/__sandbox/stats</source>
        <translation>  Contadores:  %1/__sandbox/stats</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="320"/>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulsa Ctrl+C para detenerlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sandboxcommand.cpp" line="334"/>
        <source>Stopped after %Ln request(s).</source>
        <translation>
            <numerusform>Detenido tras %Ln solicitud.</numerusform>
            <numerusform>Detenido tras %Ln solicitudes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="28"/>
        <source>Usage: callscope watch (--rule NAME | --rule-file FILE)... [account options]

Watches the account&apos;s calls as they end and prints one JSON line each time a
rule fires: rule, window, counts, first and last matching call. Runs until
Ctrl+C or SIGTERM.

  --rule NAME       a rule kept in %1 (file name without .json,
                    or the rule&apos;s name)
  --rule-file FILE  a rule file anywhere
  --check           read the rules, say what each watches, and exit
  --budget N        the account&apos;s requests per 5 s (default 150); watching
                    takes at most a tenth of it, for all rules together

A rule file:
  { &quot;name&quot;: &quot;Busy outbound calls&quot;,
    &quot;calls&quot;: { &quot;call_direction&quot;: &quot;outbound&quot; },
    &quot;match&quot;: { &quot;hangup_cause_code&quot;: 3010 },
    &quot;condition&quot;: { &quot;at_least_percent&quot;: 20, &quot;of_at_least&quot;: 30 },
    &quot;window&quot;: &quot;15m&quot;, &quot;quiet&quot;: &quot;15m&quot; }
&quot;condition&quot; may also be &quot;any call&quot; or { &quot;more_than&quot;: N }.

Account: --demo (the built-in sandbox, with calls arriving), --auth-id ID
[--base-url URL] (token from PLIVO_AUTH_TOKEN or the keychain), or
--profile NAME.
</source>
        <translation>Uso: callscope watch (--rule NOMBRE | --rule-file ARCHIVO)... [opciones de cuenta]

Vigila las llamadas de la cuenta a medida que terminan e imprime una línea JSON
cada vez que una regla se activa: regla, ventana, recuentos, primera y última
llamada que coinciden. Funciona hasta Ctrl+C o SIGTERM.

  --rule NOMBRE        una regla guardada en %1 (nombre del archivo sin
                       .json, o el nombre de la regla)
  --rule-file ARCHIVO  un archivo de regla en cualquier lugar
  --check              leer las reglas, decir qué vigila cada una y salir
  --budget N           solicitudes de la cuenta por 5 s (150 por defecto);
                       la vigilancia usa como mucho una décima parte, para
                       todas las reglas juntas

Un archivo de regla:
  { &quot;name&quot;: &quot;Llamadas salientes ocupadas&quot;,
    &quot;calls&quot;: { &quot;call_direction&quot;: &quot;outbound&quot; },
    &quot;match&quot;: { &quot;hangup_cause_code&quot;: 3010 },
    &quot;condition&quot;: { &quot;at_least_percent&quot;: 20, &quot;of_at_least&quot;: 30 },
    &quot;window&quot;: &quot;15m&quot;, &quot;quiet&quot;: &quot;15m&quot; }
&quot;condition&quot; también puede ser &quot;any call&quot; o { &quot;more_than&quot;: N }.

Cuenta: --demo (el sandbox integrado, con llamadas que llegan), --auth-id ID
[--base-url URL] (token de PLIVO_AUTH_TOKEN o del llavero), o
--profile NOMBRE.
</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="96"/>
        <source>--budget takes 10 to 300 requests per 5 s, not “%1”.</source>
        <translation>--budget admite de 10 a 300 solicitudes por 5 s, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="106"/>
        <source>Unknown option “--%1”.</source>
        <translation>Opción desconocida «--%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="110"/>
        <source>Name at least one rule: --rule NAME or --rule-file FILE.</source>
        <translation>Indique al menos una regla: --rule NOMBRE o --rule-file ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="114"/>
        <source>Run “callscope watch --help” for the options.</source>
        <translation>Ejecute «callscope watch --help» para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="122"/>
        <source>%1: fires on %2, counting %3 among %4; then waits for %5 without it.</source>
        <translation>%1: se activa con %2, contando %3 entre %4; después espera %5 sin activarse.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="124"/>
        <source>every call</source>
        <translation>cada llamada</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="125"/>
        <source>all calls</source>
        <translation>todas las llamadas</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="33"/>
        <source>Watch this account</source>
        <translation>Vigilar esta cuenta</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="34"/>
        <source>Run the watch rules on this account&apos;s calls as they end</source>
        <translation>Aplicar las reglas de vigilancia a las llamadas de esta cuenta a medida que terminan</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="35"/>
        <source>Rules folder</source>
        <translation>Carpeta de reglas</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="36"/>
        <source>Open the folder of watch rules: one JSON file per rule</source>
        <translation>Abrir la carpeta de reglas de vigilancia: un archivo JSON por regla</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="37"/>
        <source>Reload rules</source>
        <translation>Recargar reglas</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="51"/>
        <location filename="../app/gui/watchpanel.cpp" line="169"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="51"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="51"/>
        <source>What made it fire</source>
        <translation>Qué la activó</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="53"/>
        <source>Double-click a line to open the calls it counted</source>
        <translation>Haga doble clic en una línea para abrir las llamadas que contó</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="156"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="158"/>
        <source>First call: %1
Last call: %2</source>
        <translation>Primera llamada: %1
Última llamada: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="142"/>
        <source>Watch: %1</source>
        <translation>Vigilancia: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="169"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="206"/>
        <source>No watch rules yet. A rule is a JSON file in %1; “callscope watch --help” shows one.</source>
        <translation>Aún no hay reglas de vigilancia. Una regla es un archivo JSON en %1; «callscope watch --help» muestra un ejemplo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watchpanel.cpp" line="210"/>
        <source>Watch is off. %n rule(s) ready: %1.</source>
        <translation>
            <numerusform>La vigilancia está desactivada. %n regla lista: %1.</numerusform>
            <numerusform>La vigilancia está desactivada. %n reglas listas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="213"/>
        <source>Open an account to watch it.</source>
        <translation>Abra una cuenta para vigilarla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watchpanel.cpp" line="215"/>
        <source>Watching %n rule(s): %1.</source>
        <translation>
            <numerusform>Vigilando %n regla: %1.</numerusform>
            <numerusform>Vigilando %n reglas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="218"/>
        <source>The last poll failed: %1</source>
        <translation>La última consulta falló: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="223"/>
        <source>Not watched, the file has a mistake:
%1</source>
        <translation>Sin vigilar, el archivo tiene un error:
%1</translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message numerus="yes">
        <location filename="../lib/watch/watchevaluator.cpp" line="58"/>
        <source>%n call(s) between %1 and %2</source>
        <translation>
            <numerusform>%n llamada entre %1 y %2</numerusform>
            <numerusform>%n llamadas entre %1 y %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/watch/watchevaluator.cpp" line="59"/>
        <source>%1 of %2 calls (%3 %) between %4 and %5</source>
        <translation>%1 de %2 llamadas (%3 %) entre %4 y %5</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="57"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="78"/>
        <source>this is not a watch rule: it is larger than %1 KiB.</source>
        <translation>esto no es una regla de vigilancia: ocupa más de %1 KiB.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="85"/>
        <source>line %1: the file is not valid JSON (%2).</source>
        <translation>línea %1: el archivo no es JSON válido (%2).</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="91"/>
        <source>line 1: a watch rule is one JSON object, { … }.</source>
        <translation>línea 1: una regla de vigilancia es un objeto JSON, { … }.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="100"/>
        <source>“%1” is not part of a watch rule (it has %2).</source>
        <translation>«%1» no forma parte de una regla de vigilancia (tiene %2).</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="111"/>
        <source>line 1: the rule needs a “name”, e.g. &quot;Busy outbound calls&quot;.</source>
        <translation>línea 1: la regla necesita un «name», p. ej. &quot;Llamadas salientes ocupadas&quot;.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="113"/>
        <source>“name” must be text of 1 to 100 characters.</source>
        <translation>«name» debe ser un texto de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="127"/>
        <source>“%1” is already set in “calls”; “match” can only narrow them with other filters.</source>
        <translation>«%1» ya está en «calls»; «match» solo puede acotarlas con otros filtros.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="150"/>
        <source>“%1” must be an object of List all calls filters, e.g. { &quot;call_direction&quot;: &quot;outbound&quot; }.</source>
        <translation>«%1» debe ser un objeto con filtros de List all calls, p. ej. { &quot;call_direction&quot;: &quot;outbound&quot; }.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="158"/>
        <source>a rule watches a sliding window of time; it takes no “%1”.</source>
        <translation>una regla vigila una ventana de tiempo deslizante; no admite «%1».</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="162"/>
        <source>“%1” is not a filter of List all calls.</source>
        <translation>«%1» no es un filtro de List all calls.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="165"/>
        <source>a call does not say its subaccount: put “subaccount” in “calls”.</source>
        <translation>una llamada no indica su subcuenta: ponga «subaccount» en «calls».</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="173"/>
        <source>“%1” takes text or a whole number.</source>
        <translation>«%1» admite texto o un número entero.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="191"/>
        <source>“condition” is &quot;any call&quot;, { &quot;more_than&quot;: 50 } or { &quot;at_least_percent&quot;: 20, &quot;of_at_least&quot;: 30 }.</source>
        <translation>«condition» es &quot;any call&quot;, { &quot;more_than&quot;: 50 } o { &quot;at_least_percent&quot;: 20, &quot;of_at_least&quot;: 30 }.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="210"/>
        <source>“more_than” takes a whole number from 0 to 10,000,000.</source>
        <translation>«more_than» admite un número entero de 0 a 10.000.000.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="223"/>
        <source>“at_least_percent” takes a number above 0 and at most 100.</source>
        <translation>«at_least_percent» admite un número mayor que 0 y como mucho 100.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="228"/>
        <source>“of_at_least” takes a whole number of calls from 1 to 10,000,000.</source>
        <translation>«of_at_least» admite un número entero de llamadas de 1 a 10.000.000.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="247"/>
        <source>“%1” takes a span from %2 to %3, written like &quot;90s&quot;, &quot;15m&quot;, &quot;2h&quot; or &quot;1d&quot;.</source>
        <translation>«%1» admite una duración de %2 a %3, escrita como &quot;90s&quot;, &quot;15m&quot;, &quot;2h&quot; o &quot;1d&quot;.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="273"/>
        <source>any call in %1</source>
        <translation>cualquier llamada en %1</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="275"/>
        <source>more than %1 calls in %2</source>
        <translation>más de %1 llamadas en %2</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="277"/>
        <source>at least %1 % of at least %2 calls in %3</source>
        <translation>al menos el %1 % de al menos %2 llamadas en %3</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="296"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: no se puede leer (%2).</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="333"/>
        <source>No watch rule is called “%1” in %2.</source>
        <translation>Ninguna regla de vigilancia se llama «%1» en %2.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="13"/>
        <source>Welcome to Callscope</source>
        <translation>Te damos la bienvenida a Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="20"/>
        <source>Find out what happened to any call of a Plivo account: filter, scroll through every call, read why each one ended.</source>
        <translation>Averigua qué pasó con cualquier llamada de una cuenta de Plivo: filtra, recorre todas las llamadas y lee por qué terminó cada una.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="27"/>
        <source>Keep its calls past Plivo&apos;s 90 days in an archive of your own, follow calls as they end, be told when a watch rule fires, and send a teammate a link to a call.</source>
        <translation>Conserve sus llamadas más allá de los 90 días de Plivo en un archivo propio, siga las llamadas a medida que terminan, reciba un aviso cuando se cumpla una regla de vigilancia y envíe a un compañero un enlace a una llamada.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="39"/>
        <source>Connect a Plivo account…</source>
        <translation>Conectar una cuenta de Plivo…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="40"/>
        <source>Open the demo account</source>
        <translation>Abrir la cuenta de demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="41"/>
        <source>A synthetic account served on this computer: nothing leaves it.</source>
        <translation>Una cuenta sintética servida desde este equipo: nada sale de él.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>demo: %1 of %2 calls shown after %3 s</source>
        <translation>demo: %1 de %2 llamadas mostradas tras %3 s</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>demo: no calls shown within %1 s</source>
        <translation>demo: ninguna llamada mostrada en %1 s</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>Look into the phone calls of a Plivo account.

Commands:
  callscope export -o FILE [options]   export calls to CSV or JSON Lines
  callscope sandbox [options]          serve a local demo account over HTTP
  callscope archive sync|import|info   keep the account&apos;s calls past Plivo&apos;s 90 days
  callscope follow [options]           print each call as it ends, like tail -f
  callscope watch --rule NAME          print a JSON line when a watch rule fires
Run a command with --help for its options.</source>
        <translation>Examina las llamadas telefónicas de una cuenta de Plivo.

Comandos:
  callscope export -o ARCHIVO [opciones]  exporta llamadas a CSV o JSON Lines
  callscope sandbox [opciones]            ofrece una cuenta demo local por HTTP
  callscope archive sync|import|info      conserva las llamadas más allá de los 90 días de Plivo
  callscope follow [opciones]             muestra cada llamada al terminar, como tail -f
  callscope watch --rule NOMBRE           imprime una línea JSON cuando una regla se activa
Ejecuta un comando con --help para ver sus opciones.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142"/>
        <source>Open the demo account: a synthetic account served on this computer.</source>
        <translation>Abre la cuenta de demostración: una cuenta sintética servida desde este equipo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>With --demo: open the window offscreen, print how soon the first calls were shown and exit (1 if none arrived within 30 s).</source>
        <translation>Con --demo: abre la ventana sin pantalla, indica cuándo se mostraron las primeras llamadas y termina (1 si no llegó ninguna en 30 s).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="156"/>
        <source>A link to a call or a list of calls, as Copy link makes it: it opens in the Callscope already running, or in a new window.</source>
        <translation>Un enlace a una llamada o a una lista de llamadas, como lo crea «Copiar enlace»: se abre en el Callscope que ya está en marcha, o en una ventana nueva.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="165"/>
        <source>--check works with --demo only.</source>
        <translation>--check solo funciona con --demo.</translation>
    </message>
</context>
</TS>
