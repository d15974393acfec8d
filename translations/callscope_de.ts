<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountArchive</name>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="118"/>
        <source>synced just now</source>
        <translation>gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="120"/>
        <source>synced %n min ago</source>
        <translation>
            <numerusform>vor %n Min. synchronisiert</numerusform>
            <numerusform>vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="122"/>
        <source>synced %n h ago</source>
        <translation>
            <numerusform>vor %n Std. synchronisiert</numerusform>
            <numerusform>vor %n Std. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="123"/>
        <source>synced %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag synchronisiert</numerusform>
            <numerusform>vor %n Tagen synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="131"/>
        <source>Archive: opening…</source>
        <translation>Archiv: wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="133"/>
        <source>Archive: empty</source>
        <translation>Archiv: leer</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="137"/>
        <source>Archive: %Ln call(s) since %1</source>
        <translation>
            <numerusform>Archiv: %Ln Anruf seit %1</numerusform>
            <numerusform>Archiv: %Ln Anrufe seit %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="144"/>
        <source>syncing: %1 of %2 calls</source>
        <translation>Synchronisierung: %1 von %2 Anrufen</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="147"/>
        <source>syncing…</source>
        <translation>wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="151"/>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <location filename="../lib/archive/accountarchive.cpp" line="154"/>
        <source>last sync failed</source>
        <translation>letzte Synchronisierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="22"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="28"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="29"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="43"/>
        <location filename="../app/gui/accountdialog.cpp" line="153"/>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="50"/>
        <source>default: a file in Callscope&apos;s data folder</source>
        <translation>Standard: eine Datei im Datenordner von Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="52"/>
        <source>Where this account&apos;s calls are kept past Plivo&apos;s 90 days: empty for the default file, a file path, or a team&apos;s PostgreSQL server as postgresql://user@host/database (the password goes in ~/.pgpass).</source>
        <translation>Wo die Anrufe dieses Kontos über Plivos 90 Tage hinaus aufbewahrt werden: leer für die Standarddatei, ein Dateipfad oder der PostgreSQL-Server eines Teams als postgresql://benutzer@host/datenbank (das Passwort gehört in ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="55"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="56"/>
        <source>Auth &amp;ID</source>
        <translation>Auth-&amp;ID</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="57"/>
        <source>Auth &amp;token</source>
        <translation>Auth-&amp;Token</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="58"/>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="59"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiv</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="67"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="68"/>
        <source>Test archive</source>
        <translation>Archiv testen</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="70"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="78"/>
        <source>Open account</source>
        <translation>Konto öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="139"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unverändert (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="140"/>
        <source>from PLIVO_AUTH_TOKEN</source>
        <translation>aus PLIVO_AUTH_TOKEN</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="154"/>
        <source>My Plivo account</source>
        <translation>Mein Plivo-Konto</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="171"/>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="173"/>
        <source>An auth id is “MA” or “SA” followed by 18 capital letters or digits, as shown in the Plivo console.</source>
        <translation>Eine Auth-ID besteht aus „MA“ oder „SA“ und 18 Großbuchstaben oder Ziffern, wie in der Plivo-Konsole angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="181"/>
        <source>Leave the password out of the archive&apos;s URL: PostgreSQL reads it from ~/.pgpass (or the file PGPASSFILE names), where it stays out of Callscope&apos;s settings.</source>
        <translation>Lassen Sie das Passwort aus der URL des Archivs weg: PostgreSQL liest es aus ~/.pgpass (oder der Datei, die PGPASSFILE nennt), so bleibt es aus den Einstellungen von Callscope heraus.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="201"/>
        <source>Saved. The token is in the system keychain.</source>
        <translation>Gespeichert. Das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="205"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="233"/>
        <source>Enter the auth token to test the connection.</source>
        <translation>Geben Sie das Auth-Token ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="241"/>
        <source>Asking Plivo…</source>
        <translation>Plivo wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accountdialog.cpp" line="248"/>
        <source>Connected. Plivo lists %n call(s) in the last 7 days.</source>
        <translation>
            <numerusform>Verbunden. Plivo führt %n Anruf in den letzten 7 Tagen.</numerusform>
            <numerusform>Verbunden. Plivo führt %n Anrufe in den letzten 7 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/accountdialog.cpp" line="272"/>
        <source>Opening the archive…</source>
        <translation>Archiv wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accountdialog.cpp" line="280"/>
        <source>The archive answers: %1 holds %Ln call(s).</source>
        <translation>
            <numerusform>Das Archiv antwortet: %1 enthält %Ln Anruf.</numerusform>
            <numerusform>Das Archiv antwortet: %1 enthält %Ln Anrufe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="28"/>
        <source>Environment (PLIVO_AUTH_ID)</source>
        <translation>Umgebung (PLIVO_AUTH_ID)</translation>
    </message>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="104"/>
        <source>No token is saved for %1.</source>
        <translation>Für %1 ist kein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="107"/>
        <source>The system keychain did not answer: %1</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/accountstore.cpp" line="127"/>
        <source>No system keychain is available (%1). The token is kept in memory until Callscope quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Das Token bleibt im Arbeitsspeicher, bis Callscope beendet wird.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="108"/>
        <source>Plivo says: “%1”</source>
        <translation>Plivo meldet: „%1“</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="113"/>
        <source>Plivo could not be reached: %1. Check the network connection and try again.</source>
        <translation>Plivo ist nicht erreichbar: %1. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="116"/>
        <source>Plivo did not accept the auth id and token. Check them in Accounts.</source>
        <translation>Plivo hat Auth-ID und Token nicht akzeptiert. Prüfen Sie beides unter „Konten“.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="119"/>
        <source>This account is not allowed to read these calls.</source>
        <translation>Dieses Konto darf diese Anrufe nicht lesen.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="121"/>
        <source>Plivo rejected the request.</source>
        <translation>Plivo hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="125"/>
        <source>Plivo has no such call (calls older than 90 days cannot be retrieved).</source>
        <translation>Diesen Anruf gibt es bei Plivo nicht (Anrufe, die älter als 90 Tage sind, lassen sich nicht abrufen).</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="128"/>
        <source>Plivo&apos;s rate limit was reached; Callscope waits and tries again.</source>
        <translation>Das Anfragelimit von Plivo ist erreicht; Callscope wartet und versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="130"/>
        <source>Plivo had a server error (HTTP %1). Try again in a moment.</source>
        <translation>Bei Plivo ist ein Serverfehler aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="133"/>
        <source>Plivo&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Plivo ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="135"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/apierror.cpp" line="137"/>
        <source>Callscope refuses plain http:// to %1: the token would cross the network unencrypted. Use https://.</source>
        <translation>Callscope lehnt einfaches http:// zu %1 ab: Das Token würde unverschlüsselt übers Netz gehen. Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>ArchiveCallSource</name>
    <message>
        <location filename="../lib/archive/archivecallsource.cpp" line="90"/>
        <source>The archive holds no call %1.</source>
        <translation>Das Archiv enthält keinen Anruf %1.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archivecallsource.cpp" line="135"/>
        <source>The archive could not answer: %1</source>
        <translation>Das Archiv konnte nicht antworten: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/archivecallsource.cpp" line="210"/>
        <source>The archive cannot filter by subaccount: Plivo&apos;s call objects do not say which subaccount a call belongs to.</source>
        <translation>Das Archiv kann nicht nach Unterkonto filtern: Die Anrufobjekte von Plivo geben nicht an, zu welchem Unterkonto ein Anruf gehört.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="76"/>
        <source>The archive: a SQLite file, or a postgresql:// URL (default: one file per account in Callscope&apos;s data folder).</source>
        <translation>Das Archiv: eine SQLite-Datei oder eine postgresql://-URL (Standard: eine Datei pro Konto im Datenordner von Callscope).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="79"/>
        <source>The built-in sandbox account.</source>
        <translation>Das eingebaute Sandbox-Konto.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="80"/>
        <source>The API address (default https://api.plivo.com).</source>
        <translation>Die API-Adresse (Standard: https://api.plivo.com).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="82"/>
        <source>The account&apos;s auth id (or PLIVO_AUTH_ID).</source>
        <translation>Die Auth-ID des Kontos (oder PLIVO_AUTH_ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="84"/>
        <source>An account saved in Callscope.</source>
        <translation>Ein in Callscope gespeichertes Konto.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="86"/>
        <source>Requests per 5 seconds (default 150 of Plivo&apos;s 300).</source>
        <translation>Anfragen pro 5 Sekunden (Standard: 150 von Plivos 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="88"/>
        <source>Sync as of this UTC time instead of the clock&apos;s (e.g. &quot;2026-06-15 12:00&quot;).</source>
        <translation>Auf dem Stand dieser UTC-Zeit synchronisieren statt auf dem der Uhr (z. B. „2026-06-15 12:00“).</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="91"/>
        <source>Print errors only.</source>
        <translation>Nur Fehler ausgeben.</translation>
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
        <translation>Aufruf:
  callscope archive sync   [--archive PFAD|URL] [--demo | --base-url URL --auth-id ID | --profile NAME] [--budget N] [--quiet]
  callscope archive import [--archive PFAD|URL] DATEI…
  callscope archive info   [--archive PFAD|URL]

sync    holt jeden Anruf, den Plivo noch hat und der im Archiv fehlt
import  liest die CSV- und JSON-Lines-Exporte von Callscope und CSV-Dateien der Plivo-Konsole
info    zeigt, was das Archiv enthält, was synchronisiert wurde und was nicht mehr zu bekommen ist

Das Token kommt aus PLIVO_AUTH_TOKEN oder dem Schlüsselbund des Systems. Exit-Codes: 0 fertig, 1 fehlgeschlagen, 2 falscher Aufruf.
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
        <translation>Rufen Sie „callscope archive --help“ auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="124"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="135"/>
        <source>say what to do: sync, import or info.</source>
        <translation>geben Sie an, was zu tun ist: sync, import oder info.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="140"/>
        <location filename="../app/cli/archivecommand.cpp" line="147"/>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="150"/>
        <source>“%1” is not sync, import or info.</source>
        <translation>„%1“ ist weder sync noch import noch info.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="165"/>
        <source>say which archive: --archive PATH|URL, or the account (--demo, --auth-id ID, --profile NAME) whose default archive it is.</source>
        <translation>geben Sie das Archiv an: --archive PFAD|URL, oder das Konto (--demo, --auth-id ID, --profile NAME), dessen Standardarchiv es ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="185"/>
        <source>use only one of --demo, --base-url/--auth-id and --profile.</source>
        <translation>verwenden Sie nur eines von --demo, --base-url/--auth-id und --profile.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="192"/>
        <source>--budget takes a number of requests from 1 to 300.</source>
        <translation>--budget erwartet eine Anzahl von Anfragen von 1 bis 300.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="200"/>
        <source>--now expects a UTC time such as “2026-06-15 12:00”.</source>
        <translation>--now erwartet eine UTC-Zeit wie „2026-06-15 12:00“.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="242"/>
        <source>Synced %1: %2 new, %3 updated, in %4 s with %5 requests (%6 retried); the archive holds %7 calls.</source>
        <translation>%1 synchronisiert: %2 neu, %3 aktualisiert, in %4 s mit %5 Anfragen (%6 wiederholt); das Archiv enthält %7 Anrufe.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="253"/>
        <source>Sync stopped; the %1 windows stored so far stay, the next sync goes on from there.</source>
        <translation>Synchronisierung angehalten; die %1 bisher gespeicherten Zeitfenster bleiben erhalten, die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="258"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="267"/>
        <source>say which files to import.</source>
        <translation>geben Sie an, welche Dateien importiert werden sollen.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="291"/>
        <source>%1 (%2): %3 imported, %4 already present, %5 rejected.</source>
        <translation>%1 (%2): %3 importiert, %4 bereits vorhanden, %5 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="313"/>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="315"/>
        <source>Calls: %1, ended %2 to %3</source>
        <translation>Anrufe: %1, beendet von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="319"/>
        <source>Calls: %1</source>
        <translation>Anrufe: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="322"/>
        <source>Synced: never</source>
        <translation>Synchronisiert: nie</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="324"/>
        <source>Synced: every call that ended from %1 to %2</source>
        <translation>Synchronisiert: alle Anrufe, die von %1 bis %2 endeten</translation>
    </message>
    <message>
        <location filename="../app/cli/archivecommand.cpp" line="330"/>
        <source>Size on disk: %1</source>
        <translation>Größe auf dem Datenträger: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <location filename="../lib/archive/archiveexport.cpp" line="65"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="125"/>
        <source>%1:%2: the line is longer than %3 MB; this is not a call export, and nothing was imported.</source>
        <translation>%1:%2: Die Zeile ist länger als %3 MB; das ist kein Anrufexport, und es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="133"/>
        <source>%1:%2: the file holds binary data; this is not a call export, and nothing was imported.</source>
        <translation>%1:%2: Die Datei enthält Binärdaten; das ist kein Anrufexport, und es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="150"/>
        <source>%1:%2: the text is not UTF-8; nothing was imported.</source>
        <translation>%1:%2: Der Text ist kein UTF-8; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="187"/>
        <source>%1:%2: a quoted cell is never closed; nothing was imported.</source>
        <translation>%1:%2: Eine Zelle in Anführungszeichen wird nie geschlossen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="193"/>
        <source>%1:%2: the record is longer than %3 MB; nothing was imported.</source>
        <translation>%1:%2: Der Datensatz ist länger als %3 MB; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="223"/>
        <source>Callscope JSON Lines</source>
        <translation>JSON Lines von Callscope</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="225"/>
        <source>Callscope CSV</source>
        <translation>CSV von Callscope</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="227"/>
        <source>Plivo console CSV</source>
        <translation>CSV der Plivo-Konsole</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="231"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="239"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="273"/>
        <source>no readable call UUID</source>
        <translation>keine lesbare Anruf-UUID</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="290"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="307"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="308"/>
        <source>not a call object</source>
        <translation>kein Anrufobjekt</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="331"/>
        <source>%1:%2: this is not the header of a Callscope or Plivo console CSV export (there is no call UUID column); nothing was imported.</source>
        <translation>%1:%2: Das ist nicht die Kopfzeile eines CSV-Exports von Callscope oder der Plivo-Konsole (es gibt keine Spalte mit der Anruf-UUID); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="342"/>
        <source>%1:%2: %3 cells where the header has %4; the file is not a whole CSV export, and nothing was imported.</source>
        <translation>%1:%2: %3 Zellen, wo die Kopfzeile %4 hat; die Datei ist kein vollständiger CSV-Export, und es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="358"/>
        <source>the unknown_fields cell is not a JSON object</source>
        <translation>die Zelle unknown_fields ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../lib/archive/archiveimport.cpp" line="392"/>
        <source>the end time “%1” cannot be read</source>
        <translation>die Endzeit „%1“ ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>ArchiveQuery</name>
    <message>
        <location filename="../lib/archive/archivequery.cpp" line="57"/>
        <source>The archive cannot filter by subaccount: Plivo&apos;s call objects do not say which subaccount a call belongs to.</source>
        <translation>Das Archiv kann nicht nach Unterkonto filtern: Die Anrufobjekte von Plivo geben nicht an, zu welchem Unterkonto ein Anruf gehört.</translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message>
        <location filename="../lib/archive/archivesync.cpp" line="171"/>
        <source>Calls that ended between %1 and %2 were never synced, and Plivo no longer keeps them: the archive cannot hold them.</source>
        <translation>Anrufe, die zwischen %1 und %2 endeten, wurden nie synchronisiert, und Plivo bewahrt sie nicht mehr auf: Das Archiv kann sie nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../lib/archive/archivesync.cpp" line="185"/>
        <source>There is no account or archive to sync.</source>
        <translation>Es gibt kein Konto oder Archiv zum Synchronisieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/archivesync.cpp" line="291"/>
        <source>The calls that ended between %1 and %2 could not be read (%n attempt(s)): %3</source>
        <translation>
            <numerusform>Die Anrufe, die zwischen %1 und %2 endeten, konnten nicht gelesen werden (%n Versuch): %3</numerusform>
            <numerusform>Die Anrufe, die zwischen %1 und %2 endeten, konnten nicht gelesen werden (%n Versuche): %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/archive/archivesync.cpp" line="341"/>
        <source>The calls that ended between %1 and %2 kept changing while they were read; nothing of that range was stored. Try again.</source>
        <translation>Die Anrufe, die zwischen %1 und %2 endeten, haben sich beim Lesen immer wieder geändert; aus diesem Zeitraum wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CallArchive</name>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="479"/>
        <source>%1 is not a PostgreSQL URL (postgresql://user@host:port/database).</source>
        <translation>%1 ist keine PostgreSQL-URL (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="500"/>
        <source>The archive %1 could not be created: %2</source>
        <translation>Das Archiv %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="506"/>
        <source>SQLite is not available to Qt (the package libqt6sql6-sqlite is missing).</source>
        <translation>SQLite steht Qt nicht zur Verfügung (das Paket libqt6sql6-sqlite fehlt).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="512"/>
        <location filename="../lib/archive/callarchive.cpp" line="557"/>
        <source>The archive %1 could not be opened: %2</source>
        <translation>Das Archiv %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="520"/>
        <source>The archive %1 could not be prepared: %2</source>
        <translation>Das Archiv %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="532"/>
        <source>PostgreSQL is not available to Qt (the package libqt6sql6-psql is missing).</source>
        <translation>PostgreSQL steht Qt nicht zur Verfügung (das Paket libqt6sql6-psql fehlt).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="565"/>
        <source>The archive %1 could not be prepared.</source>
        <translation>Das Archiv %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="576"/>
        <source>The archive was written by a newer Callscope (schema %1; this one knows up to %2).</source>
        <translation>Das Archiv stammt von einem neueren Callscope (Schema %1; dieses kennt bis %2).</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="608"/>
        <source>The archive&apos;s tables could not be brought to version %1: %2</source>
        <translation>Die Tabellen des Archivs konnten nicht auf Version %1 gebracht werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="691"/>
        <source>Another sync or import is writing to this archive; try again when it has finished.</source>
        <translation>Gerade schreibt eine andere Synchronisierung oder ein anderer Import in dieses Archiv; versuchen Sie es erneut, sobald der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="699"/>
        <source>The archive&apos;s writer lock could not be taken: %1</source>
        <translation>Die Schreibsperre des Archivs konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="719"/>
        <source>The archive&apos;s writer lock %1 could not be created: %2</source>
        <translation>Die Schreibsperre %1 des Archivs konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="735"/>
        <source>The archive&apos;s writer lock %1 could not be opened: %2</source>
        <translation>Die Schreibsperre %1 des Archivs konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="1047"/>
        <source>The archive could not start a transaction: %1</source>
        <translation>Das Archiv konnte keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="1067"/>
        <source>The archive could not prepare the import: %1</source>
        <translation>Das Archiv konnte den Import nicht vorbereiten: %1</translation>
    </message>
    <message>
        <location filename="../lib/archive/callarchive.cpp" line="852"/>
        <location filename="../lib/archive/callarchive.cpp" line="871"/>
        <location filename="../lib/archive/callarchive.cpp" line="1101"/>
        <location filename="../lib/archive/callarchive.cpp" line="1112"/>
        <location filename="../lib/archive/callarchive.cpp" line="1119"/>
        <source>The calls could not be stored in the archive: %1</source>
        <translation>Die Anrufe konnten nicht im Archiv gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="47"/>
        <source>Select a call to see its details.</source>
        <translation>Wählen Sie einen Anruf aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="72"/>
        <source>Filter by caller</source>
        <translation>Nach Anrufer filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="73"/>
        <source>Filter by callee</source>
        <translation>Nach Angerufenem filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="74"/>
        <source>Show B-legs</source>
        <translation>B-Legs anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="75"/>
        <source>Go to A-leg</source>
        <translation>Zum A-Leg</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="101"/>
        <source>Parties</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="102"/>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="104"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="107"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="109"/>
        <source>STIR/SHAKEN</source>
        <translation>STIR/SHAKEN</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="110"/>
        <source>Technical</source>
        <translation>Technisches</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="113"/>
        <source>As Plivo sent it (JSON)</source>
        <translation>Wie von Plivo gesendet (JSON)</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="147"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="148"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="198"/>
        <source>not answered</source>
        <translation>nicht angenommen</translation>
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
        <translation>keine (dies ist ein A-Leg)</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="222"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="226"/>
        <source>%1 call from %2 to %3</source>
        <translation>Anruf von %2 an %3 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="228"/>
        <location filename="../app/gui/calldetails.cpp" line="229"/>
        <source>an unknown number</source>
        <translation>einer unbekannten Nummer</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="231"/>
        <source>Ended: %1 — hung up by %2.</source>
        <translation>Beendet: %1 — aufgelegt von %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/calldetails.cpp" line="234"/>
        <source>an unknown party</source>
        <translation>einem unbekannten Teilnehmer</translation>
    </message>
</context>
<context>
    <name>CallFilter</name>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="81"/>
        <source>A subaccount id is “SA” followed by 18 capital letters or digits; “%1” is not one.</source>
        <translation>Eine Unterkonto-ID besteht aus „SA“ und 18 Großbuchstaben oder Ziffern; „%1“ ist keine.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="86"/>
        <source>The direction must be “inbound” or “outbound”, not “%1”.</source>
        <translation>Die Richtung muss „inbound“ oder „outbound“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="93"/>
        <source>A number cannot contain spaces or control characters.</source>
        <translation>Eine Nummer darf keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="102"/>
        <source>“%1” is not a call uuid; one looks like 5607532d-5037-4066-befc-a8b40218dd4f.</source>
        <translation>„%1“ ist keine Anruf-UUID; eine solche sieht so aus: 5607532d-5037-4066-befc-a8b40218dd4f.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="110"/>
        <source>A billed duration cannot be negative.</source>
        <translation>Eine abgerechnete Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="116"/>
        <source>Give either an exact billed duration or a minimum and maximum, not both.</source>
        <translation>Geben Sie entweder eine genaue abgerechnete Dauer oder ein Minimum und Maximum an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="125"/>
        <source>The minimum billed duration is above the maximum.</source>
        <translation>Die minimale abgerechnete Dauer liegt über der maximalen.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="131"/>
        <source>Give either an exact end time or a range, not both.</source>
        <translation>Geben Sie entweder eine genaue Endzeit oder einen Zeitraum an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="133"/>
        <source>Give only one start for the time range.</source>
        <translation>Geben Sie nur einen Beginn für den Zeitraum an.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="135"/>
        <source>Give only one end for the time range.</source>
        <translation>Geben Sie nur ein Ende für den Zeitraum an.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="140"/>
        <source>The end of the time range is not after its start.</source>
        <translation>Das Ende des Zeitraums liegt nicht nach seinem Beginn.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="145"/>
        <source>%1 is in the future; Plivo lists only completed calls.</source>
        <translation>%1 liegt in der Zukunft; Plivo führt nur abgeschlossene Anrufe.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="153"/>
        <source>Plivo keeps calls for 90 days; %1 is older than that.</source>
        <translation>Plivo bewahrt Anrufe 90 Tage lang auf; %1 liegt weiter zurück.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="161"/>
        <source>A time in the range is not a valid date and time.</source>
        <translation>Eine Zeit im Zeitraum ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="167"/>
        <source>A hangup cause code cannot be negative.</source>
        <translation>Ein Auslösecode kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="170"/>
        <source>The hangup source must be one of %1; “%2” is not.</source>
        <translation>„Aufgelegt von“ muss einer dieser Werte sein: %1; „%2“ ist keiner davon.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="175"/>
        <source>STIR verification must be one of %1; “%2” is not.</source>
        <translation>Die STIR-Verifizierung muss einer dieser Werte sein: %1; „%2“ ist keiner davon.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="317"/>
        <source>The hangup cause code must be a number, not “%1”.</source>
        <translation>Der Auslösecode muss eine Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="327"/>
        <source>%1 must be a whole number of seconds, not “%2”.</source>
        <translation>%1 muss eine ganze Zahl von Sekunden sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="336"/>
        <source>%1 must be a UTC time written YYYY-MM-DD HH:MM[:SS], not “%2”.</source>
        <translation>%1 muss eine UTC-Zeit im Format JJJJ-MM-TT HH:MM[:SS] sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/callfilter.cpp" line="341"/>
        <source>“%1” is not a filter of List all calls.</source>
        <translation>„%1“ ist kein Filter von „List all calls“.</translation>
    </message>
</context>
<context>
    <name>CallFormat</name>
    <message>
        <location filename="../lib/models/callformat.cpp" line="14"/>
        <source>Call UUID</source>
        <translation>Anruf-UUID</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="16"/>
        <source>Parent call UUID</source>
        <translation>Übergeordnete Anruf-UUID</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="18"/>
        <source>Conference UUID</source>
        <translation>Konferenz-UUID</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="20"/>
        <source>API id</source>
        <translation>API-ID</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="22"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="24"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="26"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="28"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="30"/>
        <source>Initiated</source>
        <translation>Eingeleitet</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="32"/>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="34"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="36"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="38"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="40"/>
        <source>Billed (rounded)</source>
        <translation>Abgerechnet (gerundet)</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="42"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="44"/>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="46"/>
        <source>Cause code</source>
        <translation>Auslösecode</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="48"/>
        <source>Hangup cause</source>
        <translation>Auslösegrund</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="50"/>
        <source>Hung up by</source>
        <translation>Aufgelegt von</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="52"/>
        <source>Resource URI</source>
        <translation>Ressourcen-URI</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="54"/>
        <source>STIR verification</source>
        <translation>STIR-Verifizierung</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="56"/>
        <source>STIR attestation</source>
        <translation>STIR-Attestierung</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="58"/>
        <source>Network group</source>
        <translation>Netzgruppe</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="60"/>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="62"/>
        <source>CNAM lookup</source>
        <translation>CNAM-Abfrage</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="87"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="89"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="93"/>
        <source>Account time</source>
        <translation>Kontozeit</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="102"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="104"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
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
        <translation>A-Leg</translation>
    </message>
    <message>
        <location filename="../lib/models/callformat.cpp" line="124"/>
        <source>B-leg</source>
        <translation>B-Leg</translation>
    </message>
</context>
<context>
    <name>CallLink</name>
    <message>
        <location filename="../lib/share/calllink.cpp" line="94"/>
        <source>This link is too long to be a Callscope link; those are at most %1 characters.</source>
        <translation>Dieser Link ist zu lang für einen Callscope-Link; diese haben höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="99"/>
        <source>This is not a Callscope link: those start with callscope://.</source>
        <translation>Das ist kein Callscope-Link: diese beginnen mit callscope://.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="111"/>
        <source>This link carries a password or token, which Callscope links never do, so it was not opened. Whoever wrote the secret into it should change it in the Plivo console.</source>
        <translation>Dieser Link enthält ein Passwort oder Token, was Callscope-Links nie tun; er wurde daher nicht geöffnet. Wer das Geheimnis hineingeschrieben hat, sollte es in der Plivo-Konsole ändern.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="125"/>
        <source>This link has a part after “#”, which Callscope links never have; copy the link again in Callscope.</source>
        <translation>Dieser Link hat einen Teil nach „#“, den Callscope-Links nie haben; kopieren Sie den Link erneut in Callscope.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="133"/>
        <source>This call link does not name a call: after callscope://call/ comes a call uuid such as 5607532d-5037-4066-befc-a8b40218dd4f.</source>
        <translation>Dieser Anruf-Link nennt keinen Anruf: nach callscope://call/ kommt eine Anruf-UUID wie 5607532d-5037-4066-befc-a8b40218dd4f.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="140"/>
        <source>Callscope cannot open this kind of link: it opens callscope://call/… (one call) and callscope://calls?… (a list of calls).</source>
        <translation>Callscope kann diese Art von Link nicht öffnen: es öffnet callscope://call/… (einen Anruf) und callscope://calls?… (eine Liste von Anrufen).</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="148"/>
        <source>This link gives “%1” more than once.</source>
        <translation>Dieser Link gibt „%1“ mehr als einmal an.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="153"/>
        <source>A call link names only the call and its account; “%1” does not belong in it.</source>
        <translation>Ein Anruf-Link nennt nur den Anruf und sein Konto; „%1“ gehört nicht hinein.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="157"/>
        <source>“%1” is not a filter of Plivo&apos;s call list, so Callscope cannot open this link.</source>
        <translation>„%1“ ist kein Filter der Anrufliste von Plivo; Callscope kann diesen Link daher nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="164"/>
        <source>This link does not say which account it belongs to (account=…); copy the link again in Callscope.</source>
        <translation>Dieser Link sagt nicht, zu welchem Konto er gehört (account=…); kopieren Sie den Link erneut in Callscope.</translation>
    </message>
    <message>
        <location filename="../lib/share/calllink.cpp" line="168"/>
        <source>The account in this link is not a Plivo auth id, which is “MA” or “SA” followed by 18 capital letters or digits.</source>
        <translation>Das Konto in diesem Link ist keine Plivo-Auth-ID; diese besteht aus „MA“ oder „SA“ und 18 Großbuchstaben oder Ziffern.</translation>
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
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="152"/>
        <source>d MMM HH:mm</source>
        <comment>chart axis</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="154"/>
        <source>d MMM</source>
        <comment>chart axis</comment>
        <translation>d. MMM</translation>
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
        <translation>Abgerechnete Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="195"/>
        <location filename="../app/gui/callstatscharts.cpp" line="213"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="204"/>
        <source>Hangup causes, most frequent first</source>
        <translation>Auslösegründe, häufigste zuerst</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="206"/>
        <source>Normal ending</source>
        <translation>Normales Ende</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="207"/>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="208"/>
        <source>Other causes</source>
        <translation>Andere Gründe</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="211"/>
        <source>Hangup source</source>
        <translation>Aufgelegt von</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="216"/>
        <location filename="../app/gui/callstatscharts.cpp" line="406"/>
        <source>Calls over time</source>
        <translation>Anrufe im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="218"/>
        <location filename="../app/gui/callstatscharts.cpp" line="534"/>
        <source>Normal endings</source>
        <translation>Normale Enden</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="219"/>
        <location filename="../app/gui/callstatscharts.cpp" line="534"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="339"/>
        <source>Other causes (%1)</source>
        <translation>Andere Gründe (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="341"/>
        <location filename="../app/gui/callstatscharts.cpp" line="513"/>
        <source>No cause given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="343"/>
        <source>Cause %1</source>
        <translation>Grund %1</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="344"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="366"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="407"/>
        <source>Calls over time (UTC, one bar per %1)</source>
        <translation>Anrufe im Zeitverlauf (UTC, ein Balken je %1)</translation>
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
            <numerusform>%Ln Anruf</numerusform>
            <numerusform>%Ln Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="504"/>
        <source>Billed %1: %2 (%3)</source>
        <translation>Abgerechnet %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/callstatscharts.cpp" line="509"/>
        <source>%n other cause(s): %1 (%2)</source>
        <translation>
            <numerusform>%n anderer Grund: %1 (%2)</numerusform>
            <numerusform>%n andere Gründe: %1 (%2)</numerusform>
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
        <translation>kein Code</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="515"/>
        <source>a normal ending</source>
        <translation>ein normales Ende</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="515"/>
        <source>a failure</source>
        <translation>ein Fehlschlag</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="523"/>
        <source>Ended by %1: %2 (%3)</source>
        <translation>Beendet von %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="524"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="531"/>
        <source>%1 – %2 UTC: %3
%4: %5 (%6% of this bar)</source>
        <translation>%1 – %2 UTC: %3
%4: %5 (%6 % dieses Balkens)</translation>
    </message>
    <message>
        <location filename="../app/gui/callstatscharts.cpp" line="540"/>
        <source>Click to show these calls.</source>
        <translation>Klicken, um diese Anrufe anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="580"/>
        <source>Sorting by “%1” needs every call of the result: use Load all (Ctrl+L) first. Newest or oldest first works at any size: click “%2”.</source>
        <translation>Zum Sortieren nach „%1“ braucht Callscope alle Anrufe des Ergebnisses: Wählen Sie zuerst „Alle laden“ (Strg+L). Neueste oder älteste zuerst geht bei jeder Größe: Klicken Sie auf „%2“.</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="729"/>
        <source>Not returned</source>
        <translation>Nicht geliefert</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="730"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="731"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="734"/>
        <source>The source counted this call but did not return it.</source>
        <translation>Die Quelle hat diesen Anruf gezählt, aber nicht geliefert.</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="735"/>
        <source>This page could not be loaded: %1</source>
        <translation>Diese Seite konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="736"/>
        <source>This call is being loaded.</source>
        <translation>Dieser Anruf wird geladen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/calltablemodel.cpp" line="750"/>
        <source>%1 · %n leg(s)</source>
        <translation>
            <numerusform>%1 · %n Leg</numerusform>
            <numerusform>%1 · %n Legs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="753"/>
        <source>An A-leg: the call that came in or was started.</source>
        <translation>Ein A-Leg: der eingegangene oder gestartete Anruf.</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="754"/>
        <source>A B-leg, dialled by A-leg %1.</source>
        <translation>Ein B-Leg, gewählt von A-Leg %1.</translation>
    </message>
    <message>
        <location filename="../lib/models/calltablemodel.cpp" line="797"/>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
</context>
<context>
    <name>CallTableView</name>
    <message numerus="yes">
        <location filename="../app/gui/calltableview.cpp" line="142"/>
        <source>↑ %n new call(s)</source>
        <translation>
            <numerusform>↑ %n neuer Anruf</numerusform>
            <numerusform>↑ %n neue Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/calltableview.cpp" line="241"/>
        <source>Restore default columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CallTreePanel</name>
    <message>
        <location filename="../app/gui/calltreepanel.cpp" line="46"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/calltreepanel.cpp" line="47"/>
        <source>Copy family</source>
        <translation>Anruffamilie kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/calltreepanel.cpp" line="49"/>
        <source>Copy one line per leg, with times, numbers, durations and causes, for a ticket</source>
        <translation>Eine Zeile pro Leg kopieren, mit Zeiten, Nummern, Dauern und Auslösegründen – für ein Ticket</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="56"/>
        <source>Loading: %p%</source>
        <translation>Wird geladen: %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="60"/>
        <source>Stop loading; the charts keep what is loaded.</source>
        <translation>Laden anhalten; die Diagramme behalten, was geladen ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="62"/>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="64"/>
        <source>Load every call of the result, so that the charts are exact.</source>
        <translation>Alle Anrufe des Ergebnisses laden, damit die Diagramme exakt sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="201"/>
        <source>No result yet: apply a filter to chart its calls.</source>
        <translation>Noch kein Ergebnis: Wenden Sie einen Filter an, um seine Anrufe als Diagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="203"/>
        <source>Counting the calls of the result…</source>
        <translation>Die Anrufe des Ergebnisses werden gezählt…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="207"/>
        <source>No calls match this filter.</source>
        <translation>Keine Anrufe passen zu diesem Filter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="190"/>
        <source>%Ln call(s) · %1 answered · %2 billed minutes · total amount %3</source>
        <translation>
            <numerusform>%Ln Anruf · %1 angenommen · %2 abgerechnete Minuten · Gesamtbetrag %3</numerusform>
            <numerusform>%Ln Anrufe · %1 angenommen · %2 abgerechnete Minuten · Gesamtbetrag %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="210"/>
        <source>Based on all %Ln call(s) Plivo returned (it counted %1).</source>
        <translation>
            <numerusform>Beruht auf %Ln Anruf, den Plivo geliefert hat (gezählt hat es %1).</numerusform>
            <numerusform>Beruht auf allen %Ln Anrufen, die Plivo geliefert hat (gezählt hat es %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="213"/>
        <source>Based on all %Ln call(s) of the result.</source>
        <translation>
            <numerusform>Beruht auf dem Ergebnis mit %Ln Anruf.</numerusform>
            <numerusform>Beruht auf allen %Ln Anrufen des Ergebnisses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="215"/>
        <source>Based on %1 of %Ln call(s) (%2%): only the pages loaded so far, which are not a fair sample. Load all to make the charts exact.</source>
        <translation>
            <numerusform>Beruht auf %1 von %Ln Anruf (%2 %): nur auf den bisher geladenen Seiten, die keine faire Stichprobe sind. „Alle laden“ macht die Diagramme exakt.</numerusform>
            <numerusform>Beruht auf %1 von %Ln Anrufen (%2 %): nur auf den bisher geladenen Seiten, die keine faire Stichprobe sind. „Alle laden“ macht die Diagramme exakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="242"/>
        <source>Plivo&apos;s filters cannot pick out exactly these calls.</source>
        <translation>Mit den Filtern von Plivo lassen sich nicht genau diese Anrufe auswählen.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="252"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="254"/>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="256"/>
        <source>Copy as image</source>
        <translation>Als Bild kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="269"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="270"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="270"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="297"/>
        <location filename="../app/gui/chartsview.cpp" line="315"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="302"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/chartsview.cpp" line="305"/>
        <source>Save the chart as a .png or .svg file.</source>
        <translation>Speichern Sie das Diagramm als .png- oder .svg-Datei.</translation>
    </message>
</context>
<context>
    <name>CommandAccount</name>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="27"/>
        <source>the keychain entry is empty</source>
        <translation>der Eintrag im Schlüsselbund ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="57"/>
        <source>The demo account could not start a local server.</source>
        <translation>Das Demokonto konnte keinen lokalen Server starten.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="74"/>
        <source>There is no account profile named “%1”.</source>
        <translation>Es gibt kein Kontoprofil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="83"/>
        <source>Say which account to use: --demo, --auth-id ID (or PLIVO_AUTH_ID), or --profile NAME.</source>
        <translation>Geben Sie an, welches Konto verwendet wird: --demo, --auth-id ID (oder PLIVO_AUTH_ID) oder --profile NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandaccount.cpp" line="102"/>
        <source>No auth token for %1: set PLIVO_AUTH_TOKEN, or save the account in Callscope so the token is kept in the system keychain (%2).</source>
        <translation>Kein Auth-Token für %1: Setzen Sie PLIVO_AUTH_TOKEN, oder speichern Sie das Konto in Callscope, damit das Token im Schlüsselbund des Systems liegt (%2).</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <location filename="../app/cli/commandoptions.cpp" line="13"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandoptions.cpp" line="23"/>
        <source>The option “--%1” takes no value.</source>
        <translation>Die Option „--%1“ nimmt keinen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandoptions.cpp" line="31"/>
        <source>The option “--%1” needs a value.</source>
        <translation>Die Option „--%1“ braucht einen Wert.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="79"/>
        <source>A column name is empty; separate the names with single commas.</source>
        <translation>Ein Spaltenname ist leer; trennen Sie die Namen durch einzelne Kommas.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="83"/>
        <source>The column name “%1” has spaces around it.</source>
        <translation>Um den Spaltennamen „%1“ stehen Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="85"/>
        <source>The column “%1” is listed twice.</source>
        <translation>Die Spalte „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="87"/>
        <source>“%1” is not a field; ask for the unknown fields with their own option.</source>
        <translation>„%1“ ist kein Feld; die unbekannten Felder fordern Sie mit ihrer eigenen Option an.</translation>
    </message>
    <message>
        <location filename="../lib/export/csvwriter.cpp" line="100"/>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../app/gui/desktopnotifier.cpp" line="46"/>
        <source>Open calls</source>
        <translation>Anrufe öffnen</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="71"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="78"/>
        <source>Unknown option “--%1”.</source>
        <translation>Unbekannte Option „--%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="82"/>
        <source>The option “--%1” is given twice.</source>
        <translation>Die Option „--%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="90"/>
        <source>The option “--%1” takes no value.</source>
        <translation>Die Option „--%1“ nimmt keinen Wert an.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="101"/>
        <source>The option “--%1” needs a value.</source>
        <translation>Die Option „--%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="147"/>
        <source>Say where the export goes: -o FILE, or -o - for standard output.</source>
        <translation>Geben Sie an, wohin der Export geht: -o DATEI, oder -o - für die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="155"/>
        <source>--%1 applies to CSV only; JSON Lines carries every field exactly as Plivo sent it.</source>
        <translation>--%1 gilt nur für CSV; JSON Lines enthält jedes Feld genau so, wie Plivo es gesendet hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="160"/>
        <source>The format must be csv or jsonl, not “%1”.</source>
        <translation>Das Format muss csv oder jsonl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="169"/>
        <source>“%1” is not a field Callscope knows: its column holds that field when Plivo sends one, and is empty otherwise.</source>
        <translation>„%1“ ist kein Feld, das Callscope kennt: Die Spalte enthält dieses Feld, wenn Plivo es sendet, und bleibt sonst leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="181"/>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="198"/>
        <source>--%1 paces requests to Plivo; an export from the archive sends none.</source>
        <translation>--%1 bestimmt das Tempo der Anfragen an Plivo; ein Export aus dem Archiv sendet keine.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="205"/>
        <source>Use only one of --demo, --base-url/--auth-id and --profile.</source>
        <translation>Verwenden Sie nur eines von --demo, --base-url/--auth-id und --profile.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="211"/>
        <source>--last must be one of 24h, 7d, 30d or 90d, not “%1”.</source>
        <translation>--last muss 24h, 7d, 30d oder 90d sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportarguments.cpp" line="215"/>
        <source>Give either --last or --%1, not both.</source>
        <translation>Geben Sie entweder --last oder --%1 an, nicht beides.</translation>
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
        <translation>Aufruf: callscope export -o DATEI|- [Optionen] [--&lt;Filter&gt; WERT]...

Exportiert jeden Anruf, der zum Filter passt, in der Reihenfolge, in der Plivo
die Anrufe auflistet (neueste zuerst), jeden genau einmal.

Ausgabe:
  -o, --output DATEI|-    die zu schreibende Datei (sie erscheint erst, wenn
                          der Export vollständig ist); - schreibt in die
                          Standardausgabe
  --format csv|jsonl      CSV (Standard) oder JSON Lines, ein Anruf pro Zeile
  --columns a,b,...       CSV-Spalten nach API-Feldnamen, in dieser Reihenfolge
  --include-unknown       eine Spalte mit den Feldern, die Callscope nicht kennt
  --utc-times             Zeiten in UTC (ISO 8601) statt wie von Plivo gesendet
  --bom                   die CSV mit einer Byte-Order-Mark beginnen, für Excel
  --no-formula-guard      Zellen, die eine Tabellenkalkulation ausführen würde,
                          nicht mit &apos; schützen

Konto:
  --demo                  das eingebaute Sandbox-Konto
  --base-url URL          die API-Adresse (Standard: https://api.plivo.com)
  --auth-id ID            die Auth-ID des Kontos (oder PLIVO_AUTH_ID)
  --profile NAME          ein in Callscope gespeichertes Konto
  Das Auth-Token kommt aus PLIVO_AUTH_TOKEN oder dem Schlüsselbund des Systems.

Filter (die Parameternamen der API):
  --last 24h|7d|30d|90d   Anrufe, die in dieser Zeitspanne vor jetzt endeten
  --subaccount --call_direction --from_number --to_number --parent_call_uuid
  --bill_duration[__gt|__gte|__lt|__lte] --end_time[__gt|__gte|__lt|__lte]
  --hangup_cause_code --hangup_source --stir_verification
  Zeiten sind UTC, geschrieben als &quot;JJJJ-MM-TT HH:MM[:SS]&quot;. Ohne Zeitfilter
  werden die letzten 7 Tage exportiert; Zeiträume über 30 Tage werden
  automatisch aufgeteilt.

Archiv:
  --archive [PFAD|URL]    aus dem Archiv statt von Plivo exportieren: jeder
                          Zeitraum, auch älter als 90 Tage; ohne Zeitfilter
                          jeder Anruf darin (Standard: das eigene Archiv des
                          Kontos)

Tempo:
  --budget N              Anfragen pro 5 Sekunden (Standard: 150 von Plivos 300)
  --concurrency N         gleichzeitig laufende Anfragen (Standard: 24)
  --quiet                 kein Fortschritt und keine Zusammenfassung

Exit-Status: 0 fertig, 1 fehlgeschlagen, 2 falscher Aufruf, 3 fertig, aber die
Anzahl der Zeilen stimmt nicht mit der von Plivo gemeldeten Anzahl überein.
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="84"/>
        <source>Run “callscope export --help” for the options.</source>
        <translation>Rufen Sie „callscope export --help“ auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="142"/>
        <location filename="../app/cli/exportcommand.cpp" line="234"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="143"/>
        <location filename="../app/cli/exportcommand.cpp" line="235"/>
        <source>Export cancelled; “%1” was not written.</source>
        <translation>Export abgebrochen; „%1“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="147"/>
        <location filename="../app/cli/exportcommand.cpp" line="208"/>
        <location filename="../app/cli/exportcommand.cpp" line="239"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="262"/>
        <source>Counting calls… %n request(s)</source>
        <translation>
            <numerusform>Anrufe werden gezählt… %n Anfrage</numerusform>
            <numerusform>Anrufe werden gezählt… %n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="270"/>
        <source>%1% %2 of %Ln call(s), %3 calls/s</source>
        <translation>
            <numerusform>%1 % %2 von %Ln Anruf, %3 Anrufe/s</numerusform>
            <numerusform>%1 % %2 von %Ln Anrufen, %3 Anrufe/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="276"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="278"/>
        <location filename="../app/cli/exportcommand.cpp" line="307"/>
        <source>%n retried</source>
        <translation>
            <numerusform>%n wiederholt</numerusform>
            <numerusform>%n wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="247"/>
        <location filename="../app/cli/exportcommand.cpp" line="302"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="160"/>
        <source>Say which archive to export from: --archive PATH|URL, or the account (--demo, --auth-id ID, --profile NAME) whose archive it is.</source>
        <translation>Geben Sie an, aus welchem Archiv exportiert wird: --archive PFAD|URL, oder das Konto (--demo, --auth-id ID, --profile NAME), dem das Archiv gehört.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="168"/>
        <source>There is no archive of %1 yet; “callscope archive sync” makes one.</source>
        <translation>Für %1 gibt es noch kein Archiv; „callscope archive sync“ legt eines an.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="209"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="250"/>
        <source>Exported %n call(s) from the archive %1 to %2 in %3 s.</source>
        <translation>
            <numerusform>%n Anruf aus dem Archiv %1 in %3 s exportiert nach %2.</numerusform>
            <numerusform>%n Anrufe aus dem Archiv %1 in %3 s exportiert nach %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="304"/>
        <source>Exported %n call(s) to %1 in %2 s: </source>
        <translation>
            <numerusform>%n Anruf in %2 s exportiert nach %1: </numerusform>
            <numerusform>%n Anrufe in %2 s exportiert nach %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="306"/>
        <source>%n request(s), </source>
        <translation>
            <numerusform>%n Anfrage, </numerusform>
            <numerusform>%n Anfragen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="310"/>
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n doppelter Datensatz übersprungen</numerusform>
            <numerusform>%n doppelte Datensätze übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="27"/>
        <location filename="../app/gui/exportdialog.cpp" line="151"/>
        <source>Export calls</source>
        <translation>Anrufe exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="33"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exportdialog.cpp" line="43"/>
        <source>The whole filtered result (%Ln call(s))</source>
        <translation>
            <numerusform>Das ganze gefilterte Ergebnis (%Ln Anruf)</numerusform>
            <numerusform>Das ganze gefilterte Ergebnis (%Ln Anrufe)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="44"/>
        <source>The selected rows (%1)</source>
        <translation>Die ausgewählten Zeilen (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="46"/>
        <source>The rows loaded so far (%1)</source>
        <translation>Die bisher geladenen Zeilen (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="51"/>
        <location filename="../app/gui/exportdialog.cpp" line="57"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="54"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="55"/>
        <source>JSON Lines (one call object per line, as Plivo sent it)</source>
        <translation>JSON Lines (ein Anrufobjekt pro Zeile, wie von Plivo gesendet)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="59"/>
        <source>Guard against spreadsheet formulas in caller ids</source>
        <translation>Vor Tabellenformeln in Anrufer-IDs schützen</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="62"/>
        <source>A caller chooses their own caller id: a cell starting with =, +, -, or @ would run as a formula. Numbers such as +14155550100 stay as they are.</source>
        <translation>Anrufer wählen ihre Anrufer-ID selbst: Eine Zelle, die mit =, +, - oder @ beginnt, würde als Formel ausgeführt. Nummern wie +14155550100 bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="64"/>
        <source>Byte order mark (for Excel)</source>
        <translation>Byte-Order-Mark (für Excel)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="66"/>
        <source>Times as UTC ISO 8601 (otherwise as Plivo sent them)</source>
        <translation>Zeiten in UTC nach ISO 8601 (sonst wie von Plivo gesendet)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="67"/>
        <source>Include fields Callscope does not know</source>
        <translation>Felder einschließen, die Callscope nicht kennt</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="74"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="77"/>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="87"/>
        <source>Columns (drag to reorder)</source>
        <translation>Spalten (zum Umordnen ziehen)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="97"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="112"/>
        <source>calls-%1.csv</source>
        <translation>anrufe-%1.csv</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="153"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="179"/>
        <source>Choose where the file goes.</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="181"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="184"/>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="33"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="47"/>
        <source>An export is already running; cancel it or wait for it to finish.</source>
        <translation>Es läuft bereits ein Export; brechen Sie ihn ab, oder warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="89"/>
        <location filename="../app/gui/exportflow.cpp" line="118"/>
        <source>Exporting: %p%</source>
        <translation>Export läuft: %p %</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exportflow.cpp" line="157"/>
        <source>%1 of %Ln call(s) written, %2 per second</source>
        <translation>
            <numerusform>%1 von %Ln Anruf geschrieben, %2 pro Sekunde</numerusform>
            <numerusform>%1 von %Ln Anrufen geschrieben, %2 pro Sekunde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="145"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="147"/>
        <source>The export failed and no file was written: %1</source>
        <translation>Der Export ist fehlgeschlagen, es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="163"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exportflow.cpp" line="164"/>
        <source>%Ln call(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Anruf wurde in %1 geschrieben.</numerusform>
            <numerusform>%Ln Anrufe wurden in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="167"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="178"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/exportflow.cpp" line="190"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="73"/>
        <source>There is no connection to an account to export from.</source>
        <translation>Es besteht keine Verbindung zu einem Konto, aus dem exportiert werden kann.</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="100"/>
        <location filename="../lib/export/exportjob.cpp" line="261"/>
        <source>The export cannot be written: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="101"/>
        <location filename="../lib/export/exportjob.cpp" line="256"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="172"/>
        <source>Page %1 of window %2 could not be loaded</source>
        <translation>Seite %1 von Zeitfenster %2 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="175"/>
        <source>Page %1 could not be loaded</source>
        <translation>Seite %1 konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="176"/>
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1 (%n Versuch): %2</numerusform>
            <numerusform>%1 (%n Versuche): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="315"/>
        <source>Plivo reported %n call(s) for this filter; </source>
        <translation>
            <numerusform>Plivo hat für diesen Filter %n Anruf gemeldet; </numerusform>
            <numerusform>Plivo hat für diesen Filter %n Anrufe gemeldet; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="316"/>
        <source>the export holds %n row(s)</source>
        <translation>
            <numerusform>der Export enthält %n Zeile</numerusform>
            <numerusform>der Export enthält %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="318"/>
        <source>(%n repeated record(s) skipped)</source>
        <translation>
            <numerusform>(%n doppelter Datensatz übersprungen)</numerusform>
            <numerusform>(%n doppelte Datensätze übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/export/exportjob.cpp" line="322"/>
        <source>The result changed while it was exported (calls arrived or expired inside the time range); export again to get a consistent file.</source>
        <translation>Das Ergebnis hat sich während des Exports geändert (im Zeitraum sind Anrufe hinzugekommen oder abgelaufen); exportieren Sie erneut, um eine konsistente Datei zu erhalten.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="64"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="65"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="66"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="67"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="68"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="69"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="70"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="71"/>
        <source>&amp;Ended</source>
        <translation>&amp;Beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="83"/>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="84"/>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="90"/>
        <location filename="../app/gui/filterpanel.cpp" line="124"/>
        <location filename="../app/gui/filterpanel.cpp" line="135"/>
        <location filename="../app/gui/filterpanel.cpp" line="142"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="91"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="92"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="93"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="97"/>
        <source>number or prefix, e.g. +1415</source>
        <translation>Nummer oder Präfix, z. B. +1415</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="99"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="102"/>
        <source>number or prefix, e.g. +4420</source>
        <translation>Nummer oder Präfix, z. B. +4420</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="104"/>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="110"/>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="111"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="112"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="118"/>
        <source>Billed (s)</source>
        <translation>Abgerechnet (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="130"/>
        <source>name or code</source>
        <translation>Name oder Code</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="131"/>
        <source>Hangup &amp;cause</source>
        <translation>Auslöse&amp;grund</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="138"/>
        <source>Hung up &amp;by</source>
        <translation>Aufgelegt v&amp;on</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="145"/>
        <source>&amp;STIR</source>
        <translation>&amp;STIR</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="151"/>
        <source>S&amp;ubaccount</source>
        <translation>&amp;Unterkonto</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="154"/>
        <source>A-leg call UUID: lists its B-legs</source>
        <translation>Anruf-UUID eines A-Legs: listet seine B-Legs auf</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="156"/>
        <source>&amp;A-leg</source>
        <translation>A-&amp;Leg</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="160"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="162"/>
        <source>Run the query (Enter)</source>
        <translation>Abfrage ausführen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="163"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="175"/>
        <location filename="../app/gui/filterpanel.cpp" line="181"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="176"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="177"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="241"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="242"/>
        <source>Everything archived</source>
        <translation>Alles im Archiv</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="332"/>
        <source>Billed durations are whole seconds, such as 0, 30 or 600.</source>
        <translation>Abgerechnete Dauern sind ganze Sekunden, etwa 0, 30 oder 600.</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="353"/>
        <source>“%1” is not a hangup cause; pick one from the list or type its code.</source>
        <translation>„%1“ ist kein Auslösegrund; wählen Sie einen aus der Liste, oder geben Sie seinen Code ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="461"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="463"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="465"/>
        <source>cause %1</source>
        <translation>Grund %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="467"/>
        <source>hung up by %1</source>
        <translation>aufgelegt von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="469"/>
        <source>B-legs of %1</source>
        <translation>B-Legs von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="493"/>
        <source>(choose a saved filter)</source>
        <translation>(gespeicherten Filter wählen)</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="500"/>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/filterpanel.cpp" line="500"/>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
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
        <translation>Aufruf: callscope follow [Kontooptionen] [--&lt;Filter&gt; WERT]... [Optionen]

Gibt jeden Anruf, der zum Filter passt, aus, sobald Callscope sein Ende sieht,
eine Zeile pro Anruf, bis Strg+C.

  --since SPANNE          zuerst die Anrufe ausgeben, die in der letzten SPANNE
                          endeten (z. B. 30s, 10m, 2h, 1d); Standard: nur neue
  --format text|jsonl|csv text (Standard); jsonl: jedes Anrufobjekt, wie Plivo
                          es sandte; csv: eine Kopfzeile, dann eine Zeile je Anruf
  --overlap SEKUNDEN      so weit hinter jeder Abfrage erneut gefragt, für
                          Datensätze, die spät ankommen (Standard 120)
  --budget N              Anfragen des Kontos pro 5 s (Standard 150); follow
                          nimmt höchstens ein Zehntel davon

Konto: --demo (die eingebaute Sandbox, mit eintreffenden Anrufen), --auth-id ID
[--base-url URL] (Token aus PLIVO_AUTH_TOKEN oder dem Schlüsselbund) oder
--profile NAME. Filter: --call_direction, --from_number, --to_number,
--hangup_cause_code, --hangup_source, --bill_duration__gte, … wie Plivo sie
nennt; den Endzeit-Bereich wählt follow selbst.
</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="96"/>
        <source>Follow chooses the end-time range itself; use --since to start earlier.</source>
        <translation>follow wählt den Endzeit-Bereich selbst; mit --since beginnt es früher.</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="101"/>
        <source>Unknown option “--%1”.</source>
        <translation>Unbekannte Option „--%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="104"/>
        <source>--format takes text, jsonl or csv, not “%1”.</source>
        <translation>--format nimmt text, jsonl oder csv, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="107"/>
        <source>--since takes a span such as 30s, 10m, 2h or 1d, not “%1”.</source>
        <translation>--since nimmt eine Spanne wie 30s, 10m, 2h oder 1d, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="113"/>
        <source>--overlap takes seconds from 0 to 86400, not “%1”.</source>
        <translation>--overlap nimmt Sekunden von 0 bis 86400, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="121"/>
        <source>--budget takes 10 to 300 requests per 5 s, not “%1”.</source>
        <translation>--budget nimmt 10 bis 300 Anfragen pro 5 s, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/followcommand.cpp" line="132"/>
        <source>Run “callscope follow --help” for the options.</source>
        <translation>Rufen Sie „callscope follow --help“ auf, um die Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>HangupCauses</name>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="12"/>
        <source>Hangup reason could not be determined</source>
        <translation>Auslösegrund konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="13"/>
        <source>Call canceled through the Hangup Call API before it was answered</source>
        <translation>Anruf vor der Annahme über die API „Hangup Call“ abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="15"/>
        <source>Account ran out of credits</source>
        <translation>Guthaben des Kontos aufgebraucht</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="16"/>
        <source>Simultaneous dial limit exceeded</source>
        <translation>Limit für gleichzeitiges Wählen überschritten</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="17"/>
        <source>Destination number or endpoint is invalid</source>
        <translation>Zielnummer oder -endpunkt ist ungültig</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="18"/>
        <source>Destination unavailable</source>
        <translation>Ziel nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="19"/>
        <source>SIP endpoint not registered or unreachable</source>
        <translation>SIP-Endpunkt nicht registriert oder nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="20"/>
        <source>Destination country disabled in geo permissions</source>
        <translation>Zielland in den Geo-Berechtigungen deaktiviert</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="21"/>
        <source>Premium-rate numbers disabled</source>
        <translation>Mehrwertdienstnummern deaktiviert</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="22"/>
        <source>Prefix not permitted</source>
        <translation>Präfix nicht zugelassen</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="23"/>
        <source>B-leg would dial the A-leg&apos;s own number</source>
        <translation>B-Leg würde die eigene Nummer des A-Legs wählen</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="24"/>
        <source>India PSTN regulation violation</source>
        <translation>Verstoß gegen indische PSTN-Vorschriften</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="25"/>
        <source>Destination unavailable or unreachable</source>
        <translation>Ziel nicht verfügbar oder nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="26"/>
        <source>Destination is busy</source>
        <translation>Ziel ist besetzt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="27"/>
        <source>Call rejected by the called party</source>
        <translation>Anruf vom Angerufenen abgelehnt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="28"/>
        <source>Non-Plivo number used as caller ID</source>
        <translation>Anrufer-ID ist keine Plivo-Nummer</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="29"/>
        <source>Destination rejected or blocked the call</source>
        <translation>Ziel hat den Anruf abgelehnt oder blockiert</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="30"/>
        <source>Destination invalid or out of service</source>
        <translation>Ziel ungültig oder außer Betrieb</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="31"/>
        <source>Carrier did not respond in time</source>
        <translation>Carrier hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="32"/>
        <source>Carrier encountered an error</source>
        <translation>Fehler beim Carrier</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="33"/>
        <source>Carrier network overloaded</source>
        <translation>Netz des Carriers überlastet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="34"/>
        <source>All destination endpoints busy</source>
        <translation>Alle Endpunkte des Ziels sind besetzt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="35"/>
        <source>Destination cannot or will not take part</source>
        <translation>Ziel kann oder will nicht teilnehmen</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="36"/>
        <source>End user does not exist</source>
        <translation>Endnutzer existiert nicht</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="37"/>
        <source>Carrier rejected the call as spam</source>
        <translation>Carrier hat den Anruf als Spam abgelehnt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="38"/>
        <source>Caller ID is on a Do Not Originate list</source>
        <translation>Anrufer-ID steht auf einer Do-Not-Originate-Liste</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="39"/>
        <source>Call ended normally</source>
        <translation>Anruf normal beendet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="40"/>
        <source>No more XML instructions to execute</source>
        <translation>Keine weiteren XML-Anweisungen auszuführen</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="41"/>
        <source>Multiparty call ended through the API or its maximum duration</source>
        <translation>Mehrparteienanruf über die API oder durch Erreichen seiner Höchstdauer beendet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="43"/>
        <source>Participant removed through the API</source>
        <translation>Teilnehmer über die API entfernt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="44"/>
        <source>Fatal network condition</source>
        <translation>Schwerwiegender Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="45"/>
        <source>Plivo system error</source>
        <translation>Systemfehler bei Plivo</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="46"/>
        <source>Could not route to the destination</source>
        <translation>Routing zum Ziel nicht möglich</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="47"/>
        <source>Maximum call duration reached (time_limit)</source>
        <translation>Maximale Anrufdauer erreicht (time_limit)</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="48"/>
        <source>Not answered within the ring timeout</source>
        <translation>Nicht innerhalb der maximalen Klingeldauer angenommen</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="49"/>
        <source>No media packets for 60 seconds</source>
        <translation>60 Sekunden lang keine Medienpakete</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="50"/>
        <source>Answer URL returned a non-2xx response</source>
        <translation>Answer-URL hat mit einem Status außerhalb von 2xx geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="51"/>
        <source>Action URL returned a non-2xx response</source>
        <translation>Action-URL hat mit einem Status außerhalb von 2xx geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="52"/>
        <source>Transfer URL returned a non-2xx response</source>
        <translation>Transfer-URL hat mit einem Status außerhalb von 2xx geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="53"/>
        <source>Redirect URL returned a non-2xx response</source>
        <translation>Redirect-URL hat mit einem Status außerhalb von 2xx geantwortet</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="54"/>
        <source>Action URL is not valid</source>
        <translation>Action-URL ist ungültig</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="55"/>
        <source>Transfer URL is not valid</source>
        <translation>Transfer-URL ist ungültig</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="56"/>
        <source>Redirect URL is not valid</source>
        <translation>Redirect-URL ist ungültig</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="57"/>
        <source>Unsupported HTTP method for the action URL</source>
        <translation>HTTP-Methode für die Action-URL nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="58"/>
        <source>Unsupported HTTP method for the transfer URL</source>
        <translation>HTTP-Methode für die Transfer-URL nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="59"/>
        <source>Unsupported HTTP method for the redirect URL</source>
        <translation>HTTP-Methode für die Redirect-URL nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="60"/>
        <source>Answer URL returned invalid XML</source>
        <translation>Answer-URL hat ungültiges XML geliefert</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="61"/>
        <source>Action URL returned invalid XML</source>
        <translation>Action-URL hat ungültiges XML geliefert</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="62"/>
        <source>Transfer URL returned invalid XML</source>
        <translation>Transfer-URL hat ungültiges XML geliefert</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="63"/>
        <source>Redirect URL returned invalid XML</source>
        <translation>Redirect-URL hat ungültiges XML geliefert</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="64"/>
        <source>Another parallel B-leg answered first</source>
        <translation>Ein anderes, parallel gewähltes B-Leg wurde zuerst angenommen</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="65"/>
        <source>Answered by an answering machine (machine_detection=hangup)</source>
        <translation>Von einem Anrufbeantworter angenommen (machine_detection=hangup)</translation>
    </message>
    <message>
        <location filename="../lib/plivo/hangupcausetexts.cpp" line="67"/>
        <source>Participant failed to enter the confirm key</source>
        <translation>Teilnehmer hat die Bestätigungstaste nicht gedrückt</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <location filename="../lib/share/instancechannel.cpp" line="133"/>
        <source>%1 belongs to another user, so other launches cannot hand their links to this window. Remove it, or start Callscope with XDG_RUNTIME_DIR set.</source>
        <translation>%1 gehört einem anderen Benutzer, daher können spätere Starts ihre Links nicht an dieses Fenster übergeben. Entfernen Sie die Datei oder starten Sie Callscope mit gesetztem XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <location filename="../lib/share/instancechannel.cpp" line="142"/>
        <source>Another Callscope is already running for this user, so links opened later go to it, not to this window.</source>
        <translation>Für diesen Benutzer läuft bereits ein anderes Callscope; später geöffnete Links gehen dorthin, nicht an dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../lib/share/instancechannel.cpp" line="152"/>
        <source>Other launches cannot hand their links to this window: %1.</source>
        <translation>Spätere Starts können ihre Links nicht an dieses Fenster übergeben: %1.</translation>
    </message>
</context>
<context>
    <name>LegTimeline</name>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="106"/>
        <source>No legs to show.</source>
        <translation>Keine Legs anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="117"/>
        <source>A-leg</source>
        <translation>A-Leg</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="117"/>
        <source>B-leg %1</source>
        <translation>B-Leg %1</translation>
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
        <translation>gesamt %1</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="161"/>
        <source>%1 → %2
Initiated %3
Answered %4
Ended %5
%6</source>
        <translation>%1 → %2
Eingeleitet: %3
Angenommen: %4
Beendet: %5
%6</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="162"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/legtimeline.cpp" line="165"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>LegTreeModel</name>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="289"/>
        <source>Select a call to see its family of legs.</source>
        <translation>Wählen Sie einen Anruf aus, um seine Anruffamilie zu sehen.</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="291"/>
        <source>Fetching the A-leg…</source>
        <translation>A-Leg wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="293"/>
        <source>Fetching the B-legs…</source>
        <translation>B-Legs werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="295"/>
        <source>This A-leg dialled no B-legs.</source>
        <translation>Dieses A-Leg hat keine B-Legs gewählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/models/legtreemodel.cpp" line="296"/>
        <source>An A-leg and %n B-leg(s).</source>
        <translation>
            <numerusform>Ein A-Leg und %n B-Leg.</numerusform>
            <numerusform>Ein A-Leg und %n B-Legs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="298"/>
        <source>The family could not be loaded: %1</source>
        <translation>Die Anruffamilie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="384"/>
        <location filename="../lib/models/legtreemodel.cpp" line="464"/>
        <source>B-leg %1</source>
        <translation>B-Leg %1</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="392"/>
        <source>not answered</source>
        <translation>nicht angenommen</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="417"/>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="450"/>
        <source>%1  %2  %3 → %4  initiated %5  answered %6  ended %7  billed %8  %9 (%10) by %11</source>
        <translation>%1  %2  %3 → %4  eingeleitet %5  angenommen %6  beendet %7  abgerechnet %8  %9 (%10), aufgelegt von %11</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="452"/>
        <location filename="../lib/models/legtreemodel.cpp" line="453"/>
        <location filename="../lib/models/legtreemodel.cpp" line="459"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="455"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../lib/models/legtreemodel.cpp" line="461"/>
        <source>Call family (times in UTC):</source>
        <translation>Anruffamilie (Zeiten in UTC):</translation>
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
        <translation>Alle werden geladen: %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>Every call of the result is loaded.</source>
        <translation>Alle Anrufe des Ergebnisses sind geladen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="139"/>
        <source>&amp;Open call by UUID…</source>
        <translation>Anruf per UUID ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="140"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="141"/>
        <source>Open call…</source>
        <translation>Anruf öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="142"/>
        <source>Open a call by its UUID (Ctrl+G)</source>
        <translation>Einen Anruf über seine UUID öffnen (Strg+G)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="145"/>
        <source>Open call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="146"/>
        <source>Call UUID (from a ticket or a log):</source>
        <translation>Anruf-UUID (aus einem Ticket oder Log):</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="151"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="152"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="156"/>
        <source>Open the &amp;demo account</source>
        <translation>&amp;Demokonto öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="163"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="164"/>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Paste a call UUID</source>
        <translation>Anruf-UUID &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171"/>
        <source>Copy &amp;link to this call</source>
        <translation>&amp;Link zu diesem Anruf kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="173"/>
        <source>A callscope:// link a teammate can open (it carries no token)</source>
        <translation>Ein callscope://-Link, den ein Kollege öffnen kann (er enthält kein Token)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="179"/>
        <source>Copied a link to this call: %1</source>
        <translation>Link zu diesem Anruf kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="181"/>
        <source>Copy link to this &amp;result</source>
        <translation>Link zu diesem Er&amp;gebnis kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <source>A callscope:// link to the calls this filter finds, with its time range</source>
        <translation>Ein callscope://-Link zu den Anrufen, die dieser Filter findet, mit seinem Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="189"/>
        <source>Copied a link to this result: %1</source>
        <translation>Link zu diesem Ergebnis kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="200"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="201"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="204"/>
        <source>&amp;Back to the previous filter</source>
        <translation>&amp;Zurück zum vorherigen Filter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="206"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="207"/>
        <source>Back to the previous filter (Alt+Left)</source>
        <translation>Zurück zum vorherigen Filter (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>&amp;Load all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="211"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="212"/>
        <source>Load every call of the result (needed to sort by other columns)</source>
        <translation>Alle Anrufe des Ergebnisses laden (nötig, um nach anderen Spalten zu sortieren)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="221"/>
        <source>F&amp;ollow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="223"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="224"/>
        <source>Add calls to the top of the list as they end, with the same filter (Ctrl+Shift+F)</source>
        <translation>Anrufe oben in die Liste aufnehmen, sobald sie enden, mit demselben Filter (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="227"/>
        <source>C&amp;alls</source>
        <translation>An&amp;rufe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="228"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="230"/>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="231"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="233"/>
        <source>&amp;Watch panel</source>
        <translation>&amp;Überwachung</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242"/>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="256"/>
        <source>The new language applies from the next start of Callscope.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Callscope.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="265"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="266"/>
        <source>&amp;About Callscope</source>
        <translation>&amp;Über Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="268"/>
        <source>About Callscope</source>
        <translation>Über Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="269"/>
        <source>&lt;h3&gt;Callscope %1&lt;/h3&gt;&lt;p&gt;Look into the phone calls of a Plivo account.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Callscope %1&lt;/h3&gt;&lt;p&gt;Ein Blick in die Anrufe eines Plivo-Kontos.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="277"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="288"/>
        <source>Times: </source>
        <translation>Zeiten: </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="401"/>
        <source>Calls from:</source>
        <translation>Anrufe aus:</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="405"/>
        <source>Plivo (live)</source>
        <translation>Plivo (live)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="406"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="408"/>
        <source>Plivo (live) asks Plivo&apos;s API: 90 days, sorted by end time. The archive keeps this account&apos;s calls on this computer or a team&apos;s PostgreSQL server: any range, any sort, numbers by any part, kept current in the background.</source>
        <translation>Plivo (live) fragt Plivos API: 90 Tage, nach Endzeit sortiert. Das Archiv bewahrt die Anrufe dieses Kontos auf diesem Computer oder dem PostgreSQL-Server eines Teams auf: jeder Zeitraum, jede Sortierung, Nummern nach jedem Teil, im Hintergrund aktuell gehalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="327"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="331"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="359"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="361"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="393"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="423"/>
        <source>Call family</source>
        <translation>Anruffamilie</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="444"/>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="460"/>
        <source>Watch: “%1” fired: %2</source>
        <translation>Überwachung: „%1“ hat ausgelöst: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="514"/>
        <source>This link is for account %1, which is not among the accounts on this computer. Add it in File ▸ Accounts, then open the link again.</source>
        <translation>Dieser Link gehört zum Konto %1, das auf diesem Computer nicht eingerichtet ist. Fügen Sie es unter Datei ▸ Konten hinzu und öffnen Sie den Link dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="525"/>
        <source>Account “%1” needs its token again before this link can open. %2</source>
        <translation>Das Konto „%1“ braucht sein Token erneut, bevor dieser Link sich öffnen kann. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="609"/>
        <source>Show call tree</source>
        <translation>Anrufbaum anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="611"/>
        <source>Go to A-leg</source>
        <translation>Zum A-Leg</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="616"/>
        <source>Copy call UUID</source>
        <translation>Anruf-UUID kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="619"/>
        <source>Copy link to this call</source>
        <translation>Link zu diesem Anruf kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="621"/>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="654"/>
        <source>The demo account could not start: no local port was free.</source>
        <translation>Das Demokonto konnte nicht starten: Kein lokaler Port war frei.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="659"/>
        <location filename="../app/gui/mainwindow.cpp" line="674"/>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="685"/>
        <source>%1 — Callscope</source>
        <translation>%1 — Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="686"/>
        <source>DEMO: synthetic calls served on this computer</source>
        <translation>DEMO: synthetische Anrufe von diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="687"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="691"/>
        <location filename="../app/gui/mainwindow.cpp" line="951"/>
        <location filename="../app/gui/mainwindow.cpp" line="967"/>
        <source>Select a call to see its details.</source>
        <translation>Wählen Sie einen Anruf aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="732"/>
        <source>The archive could not be opened: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="750"/>
        <source>The archive could not be synced: %1</source>
        <translation>Das Archiv konnte nicht synchronisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="759"/>
        <source>The archive is synced: Refresh (F5) shows calls that ended since.</source>
        <translation>Das Archiv ist synchronisiert: Aktualisieren (F5) zeigt die seither beendeten Anrufe.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="776"/>
        <source>Keep an archive of this account?</source>
        <translation>Ein Archiv dieses Kontos führen?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="825"/>
        <source>Follow: %1 It tries again.</source>
        <translation>Mitverfolgen: %1 Es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="877"/>
        <source>Account “%1” needs its token again. %2</source>
        <translation>Das Konto „%1“ braucht sein Token erneut. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="928"/>
        <source>The filter needs a correction before Callscope asks Plivo: see the messages in the filter panel.</source>
        <translation>Der Filter muss korrigiert werden, bevor Callscope Plivo fragt: Siehe die Hinweise im Filterbereich.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="976"/>
        <source>This call could not be loaded. Use Retry above.</source>
        <translation>Dieser Anruf konnte nicht geladen werden. Verwenden Sie oben „Erneut versuchen“.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="977"/>
        <source>Loading this call…</source>
        <translation>Dieser Anruf wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="984"/>
        <source>“%1” is not a call UUID; one looks like 5607532d-5037-4066-befc-a8b40218dd4f.</source>
        <translation>„%1“ ist keine Anruf-UUID; eine solche sieht so aus: 5607532d-5037-4066-befc-a8b40218dd4f.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="991"/>
        <source>Open an account first.</source>
        <translation>Öffnen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1000"/>
        <source>Fetching call %1…</source>
        <translation>Anruf %1 wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1027"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1034"/>
        <source>There is nothing to export yet: open an account and wait for the first rows.</source>
        <translation>Es gibt noch nichts zu exportieren: Öffnen Sie ein Konto, und warten Sie auf die ersten Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1067"/>
        <source>Counting the archive&apos;s calls…</source>
        <translation>Die Anrufe des Archivs werden gezählt…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1070"/>
        <source>No calls match this filter.</source>
        <translation>Keine Anrufe passen zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1074"/>
        <source>No calls of the archive match this filter yet.
The archive is being synced: calls appear here as each part of it is stored.</source>
        <translation>Noch passen keine Anrufe des Archivs zu diesem Filter.
Das Archiv wird synchronisiert: Anrufe erscheinen hier, sobald jeder Teil gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1098"/>
        <source>Nothing loaded: the request failed</source>
        <translation>Nichts geladen: die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1102"/>
        <source>%1 of %Ln call(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln Anruf geladen</numerusform>
            <numerusform>%1 von %Ln Anrufen geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1065"/>
        <source>Nothing could be loaded.
%1</source>
        <translation>Es konnte nichts geladen werden.
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="777"/>
        <source>Callscope will copy every call Plivo still holds for %1 into %2 and keep adding new ones while this window is open, so calls stay searchable after Plivo&apos;s 90 days. The archive holds phone numbers; an archive file is readable by you alone. The first sync runs in the background at bulk priority.</source>
        <translation>Callscope kopiert jeden Anruf, den Plivo für %1 noch aufbewahrt, nach %2 und fügt neue hinzu, solange dieses Fenster offen ist, damit Anrufe auch nach Plivos 90 Tagen durchsuchbar bleiben. Das Archiv enthält Telefonnummern; eine Archivdatei kann nur von Ihnen gelesen werden. Die erste Synchronisierung läuft im Hintergrund mit niedriger Priorität.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1068"/>
        <source>Asking Plivo for the calls…</source>
        <translation>Plivo wird nach den Anrufen gefragt…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1071"/>
        <source>The time range lies entirely outside Plivo&apos;s 90-day retention.</source>
        <translation>Der Zeitraum liegt vollständig außerhalb der 90-tägigen Aufbewahrungsfrist von Plivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1077"/>
        <source>No calls match this filter.
Widen the time range or clear a field, then press Apply.</source>
        <translation>Keine Anrufe passen zu diesem Filter.
Erweitern Sie den Zeitraum oder leeren Sie ein Feld, und klicken Sie dann auf „Anwenden“.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1091"/>
        <source>No account open.</source>
        <translation>Kein Konto geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1100"/>
        <source>Counting calls…</source>
        <translation>Anrufe werden gezählt…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1105"/>
        <source>from the archive</source>
        <translation>aus dem Archiv</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1107"/>
        <source>windows: %1</source>
        <translation>Zeitfenster: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1108"/>
        <source>requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1110"/>
        <source>retried: %1</source>
        <translation>wiederholt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1111"/>
        <source>budget %1 / 5 s</source>
        <translation>Budget %1 / 5 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1113"/>
        <source>following: %n new call(s)</source>
        <translation>
            <numerusform>mitverfolgt: %n neuer Anruf</numerusform>
            <numerusform>mitverfolgt: %n neue Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1115"/>
        <source>the oldest %1 followed calls left the table (it keeps %2)</source>
        <translation>die ältesten %1 verfolgten Anrufe haben die Tabelle verlassen (sie behält %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1119"/>
        <source>loading pages: %1</source>
        <translation>Seiten im Abruf: %1</translation>
    </message>
</context>
<context>
    <name>PageParser</name>
    <message numerus="yes">
        <location filename="../lib/plivo/pageparser.cpp" line="211"/>
        <source>The response is too large to be a page of calls (%n bytes).</source>
        <translation>
            <numerusform>Die Antwort ist zu groß für eine Seite mit Anrufen (%n Byte).</numerusform>
            <numerusform>Die Antwort ist zu groß für eine Seite mit Anrufen (%n Byte).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="219"/>
        <source>The response was empty.</source>
        <translation>Die Antwort war leer.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="221"/>
        <source>The response was a web page, not JSON.</source>
        <translation>Die Antwort war eine Webseite, kein JSON.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="223"/>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="229"/>
        <source>The response is JSON but not an object.</source>
        <translation>Die Antwort ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="235"/>
        <source>The response&apos;s &quot;objects&quot; is not a list.</source>
        <translation>„objects“ in der Antwort ist keine Liste.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="241"/>
        <location filename="../lib/plivo/pageparser.cpp" line="293"/>
        <source>The response is an error: %1</source>
        <translation>Die Antwort ist ein Fehler: %1</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="242"/>
        <source>The response has no &quot;meta&quot; block.</source>
        <translation>Der Antwort fehlt der Block „meta“.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="251"/>
        <source>The response&apos;s &quot;total_count&quot; is missing or not a count.</source>
        <translation>„total_count“ fehlt in der Antwort oder ist keine Anzahl.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="268"/>
        <source>The response&apos;s &quot;objects&quot; holds something that is not a call.</source>
        <translation>„objects“ in der Antwort enthält etwas, das kein Anruf ist.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="287"/>
        <source>The response is not a call object.</source>
        <translation>Die Antwort ist kein Anrufobjekt.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/pageparser.cpp" line="294"/>
        <source>The response has no &quot;call_uuid&quot;.</source>
        <translation>Der Antwort fehlt „call_uuid“.</translation>
    </message>
</context>
<context>
    <name>PlivoCallSource</name>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="26"/>
        <source>Plivo matches numbers by their beginning only; the archive finds them by any part.</source>
        <translation>Plivo vergleicht Nummern nur über ihren Anfang; das Archiv findet sie über jeden beliebigen Teil.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="29"/>
        <source>Plivo takes one hangup cause at a time; the archive takes several.</source>
        <translation>Plivo nimmt nur einen Auslösegrund auf einmal an; das Archiv mehrere.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="31"/>
        <source>Plivo cannot filter by amount; the archive can.</source>
        <translation>Plivo kann nicht nach Betrag filtern; das Archiv schon.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="33"/>
        <source>Plivo lists calls by end time only; sorting by “%1” needs every call loaded, or the archive.</source>
        <translation>Plivo listet Anrufe nur nach Endzeit auf; zum Sortieren nach „%1“ müssen alle Anrufe geladen sein, oder Sie verwenden das Archiv.</translation>
    </message>
    <message>
        <location filename="../lib/source/plivocallsource.cpp" line="68"/>
        <location filename="../lib/source/plivocallsource.cpp" line="128"/>
        <source>There is no account to ask.</source>
        <translation>Es gibt kein Konto, das gefragt werden kann.</translation>
    </message>
</context>
<context>
    <name>PlivoClient</name>
    <message>
        <location filename="../lib/plivo/plivoclient.cpp" line="101"/>
        <source>“%1” is not an http(s) address</source>
        <translation>„%1“ ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <location filename="../lib/plivo/plivoclient.cpp" line="272"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
</context>
<context>
    <name>QueryPlan</name>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="62"/>
        <source>No start was given: the range reaches back to the 90-day retention.</source>
        <translation>Kein Beginn angegeben: Der Zeitraum reicht bis zur 90-tägigen Aufbewahrungsfrist zurück.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="63"/>
        <source>No start was given: the range reaches back to the oldest call.</source>
        <translation>Kein Beginn angegeben: Der Zeitraum reicht bis zum ältesten Anruf zurück.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="66"/>
        <source>No time range was given: showing the last 7 days.</source>
        <translation>Kein Zeitraum angegeben: Die letzten 7 Tage werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../lib/plivo/queryplan.cpp" line="70"/>
        <source>Plivo keeps calls for 90 days: the range starts at %1 UTC instead of %2 UTC.</source>
        <translation>Plivo bewahrt Anrufe 90 Tage lang auf: Der Zeitraum beginnt am %1 UTC statt am %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/plivo/queryplan.cpp" line="107"/>
        <source>The range is longer than the 30 days Plivo allows per request: Callscope asks for it in %n windows.</source>
        <translation>
            <numerusform>Der Zeitraum ist länger als die 30 Tage, die Plivo pro Anfrage erlaubt: Callscope fragt ihn in %n Zeitfenster ab.</numerusform>
            <numerusform>Der Zeitraum ist länger als die 30 Tage, die Plivo pro Anfrage erlaubt: Callscope fragt ihn in %n Zeitfenstern ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="102"/>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="149"/>
        <source>Serves a synthetic Plivo account on this computer, with the behaviour of Plivo&apos;s &quot;List all calls&quot; API, for trying Callscope without an account and for tests.</source>
        <translation>Stellt auf diesem Computer ein synthetisches Plivo-Konto bereit, das sich wie die Plivo-API „List all calls“ verhält – zum Ausprobieren von Callscope ohne Konto und für Tests.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="155"/>
        <source>TCP port on 127.0.0.1; 0 lets the system choose.</source>
        <translation>TCP-Port auf 127.0.0.1; bei 0 wählt das System den Port.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="158"/>
        <source>Seed of the synthetic account: the same seed gives the same calls.</source>
        <translation>Startwert des synthetischen Kontos: Derselbe Startwert ergibt dieselben Anrufe.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="161"/>
        <source>Number of call legs in the account.</source>
        <translation>Anzahl der Legs im Konto.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="164"/>
        <source>The account&apos;s &quot;now&quot;, in UTC (e.g. &quot;2024-06-15 12:00&quot;); default: the current time.</source>
        <translation>Das „Jetzt“ des Kontos, in UTC (z. B. „2024-06-15 12:00“); Standard: die aktuelle Zeit.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="169"/>
        <source>Generate the history up to this UTC time and serve it as seen at --now (the same account on an earlier date).</source>
        <translation>Den Verlauf bis zu dieser UTC-Zeit erzeugen und so bereitstellen, wie er zu --now aussah (dasselbe Konto zu einem früheren Zeitpunkt).</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="172"/>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Zusätzliche Verzögerung für jede Antwort, in Millisekunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="175"/>
        <source>Random extra delay, from 0 to this many milliseconds.</source>
        <translation>Zufällige zusätzliche Verzögerung, von 0 bis zu dieser Anzahl Millisekunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="178"/>
        <source>Share of answers replaced by a fault, from 0 to 1.</source>
        <translation>Anteil der Antworten, die durch einen Fehler ersetzt werden, von 0 bis 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="181"/>
        <source>Comma-separated faults to draw from: 500, 502, 503, 429, truncated, closed, stall; default: all.</source>
        <translation>Fehlerarten, aus denen gewählt wird, durch Kommas getrennt: 500, 502, 503, 429, truncated, closed, stall; Standard: alle.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="187"/>
        <source>Requests allowed per 5 seconds; 0 turns the limit off.</source>
        <translation>Erlaubte Anfragen pro 5 Sekunden; 0 schaltet das Limit ab.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="190"/>
        <source>New call legs arriving per second while the sandbox runs.</source>
        <translation>Neue Legs pro Sekunde, solange die Sandbox läuft.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="193"/>
        <source>Timezone of the account&apos;s times, as +HH:MM or -HH:MM.</source>
        <translation>Zeitzone, in der das Konto seine Zeiten angibt, als +HH:MM oder -HH:MM.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="196"/>
        <source>Auth ID to accept: MA followed by 18 upper-case letters or digits.</source>
        <translation>Akzeptierte Auth-ID: MA und 18 Großbuchstaben oder Ziffern.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="199"/>
        <source>Auth token to accept.</source>
        <translation>Akzeptiertes Auth-Token.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="205"/>
        <source>callscope sandbox: %1</source>
        <translation>callscope sandbox: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="206"/>
        <source>Run &quot;callscope sandbox --help&quot; to see the options.</source>
        <translation>Rufen Sie „callscope sandbox --help“ auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="214"/>
        <source>Usage: callscope sandbox [options]</source>
        <translation>Aufruf: callscope sandbox [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="219"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="233"/>
        <source>--now expects a UTC time such as &quot;2024-06-15 12:00&quot;, not &quot;%1&quot;.</source>
        <translation>--now erwartet eine UTC-Zeit wie „2024-06-15 12:00“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="241"/>
        <source>--history-end expects a UTC time such as &quot;2024-06-15 12:00&quot;, not &quot;%1&quot;.</source>
        <translation>--history-end erwartet eine UTC-Zeit wie „2024-06-15 12:00“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="256"/>
        <source>--fault-kinds: unknown fault &quot;%1&quot;; use 500, 502, 503, 429, truncated, closed or stall.</source>
        <translation>--fault-kinds: unbekannte Fehlerart „%1“; verwenden Sie 500, 502, 503, 429, truncated, closed oder stall.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="270"/>
        <source>--tz-offset expects +HH:MM or -HH:MM (at most 14 hours), not &quot;%1&quot;.</source>
        <translation>--tz-offset erwartet +HH:MM oder -HH:MM (höchstens 14 Stunden), nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="277"/>
        <source>--auth-id expects MA followed by 18 upper-case letters or digits, not &quot;%1&quot;.</source>
        <translation>--auth-id erwartet MA und 18 Großbuchstaben oder Ziffern, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="283"/>
        <source>--auth-token must not be empty.</source>
        <translation>--auth-token darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="290"/>
        <source>callscope sandbox: cannot watch for Ctrl+C on this system.</source>
        <translation>callscope sandbox: Strg+C lässt sich auf diesem System nicht abfangen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="296"/>
        <source>callscope sandbox: cannot listen on 127.0.0.1:%1; is the port already in use?</source>
        <translation>callscope sandbox: 127.0.0.1:%1 lässt sich nicht öffnen; ist der Port bereits belegt?</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="305"/>
        <source>Callscope sandbox: a synthetic Plivo account on this computer</source>
        <translation>Callscope-Sandbox: ein synthetisches Plivo-Konto auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="306"/>
        <source>  Base URL:    %1</source>
        <translation>  Basis-URL:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="307"/>
        <source>  Auth ID:     %1</source>
        <translation>  Auth-ID:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="308"/>
        <source>  Auth token:  %1</source>
        <translation>  Auth-Token:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="310"/>
        <source>  Account:     %1 call legs over the %2 days before %3 UTC, seed %4</source>
        <translation>  Konto:       %1 Legs in den %2 Tagen vor %3 UTC, Startwert %4</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="317"/>
        <source>  Try:         curl -u %1:%2 &quot;%3/v1/Account/%1/Call/?limit=2&quot;</source>
        <translation>  Beispiel:    curl -u %1:%2 &quot;%3/v1/Account/%1/Call/?limit=2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="319"/>
        <source>  Counters:    %1/__sandbox/stats</source>
        <translation>  Zähler:      %1/__sandbox/stats</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="320"/>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sandboxcommand.cpp" line="334"/>
        <source>Stopped after %Ln request(s).</source>
        <translation>
            <numerusform>Nach %Ln Anfrage beendet.</numerusform>
            <numerusform>Nach %Ln Anfragen beendet.</numerusform>
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
        <translation>Aufruf: callscope watch (--rule NAME | --rule-file DATEI)... [Kontooptionen]

Überwacht die Anrufe des Kontos, sobald sie enden, und gibt jedes Mal eine
JSON-Zeile aus, wenn eine Regel auslöst: Regel, Zeitfenster, Zahlen, erster und
letzter passender Anruf. Läuft bis Strg+C oder SIGTERM.

  --rule NAME        eine Regel aus %1 (Dateiname ohne .json
                     oder der Name der Regel)
  --rule-file DATEI  eine Regeldatei an beliebigem Ort
  --check            die Regeln lesen, sagen, was jede überwacht, und enden
  --budget N         Anfragen des Kontos pro 5 s (Standard 150); die
                     Überwachung nimmt höchstens ein Zehntel davon, für alle
                     Regeln zusammen

Eine Regeldatei:
  { &quot;name&quot;: &quot;Besetzte ausgehende Anrufe&quot;,
    &quot;calls&quot;: { &quot;call_direction&quot;: &quot;outbound&quot; },
    &quot;match&quot;: { &quot;hangup_cause_code&quot;: 3010 },
    &quot;condition&quot;: { &quot;at_least_percent&quot;: 20, &quot;of_at_least&quot;: 30 },
    &quot;window&quot;: &quot;15m&quot;, &quot;quiet&quot;: &quot;15m&quot; }
&quot;condition&quot; kann auch &quot;any call&quot; oder { &quot;more_than&quot;: N } sein.

Konto: --demo (die eingebaute Sandbox, mit eintreffenden Anrufen), --auth-id ID
[--base-url URL] (Token aus PLIVO_AUTH_TOKEN oder dem Schlüsselbund) oder
--profile NAME.
</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="96"/>
        <source>--budget takes 10 to 300 requests per 5 s, not “%1”.</source>
        <translation>--budget nimmt 10 bis 300 Anfragen pro 5 s, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="106"/>
        <source>Unknown option “--%1”.</source>
        <translation>Unbekannte Option „--%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="110"/>
        <source>Name at least one rule: --rule NAME or --rule-file FILE.</source>
        <translation>Nennen Sie mindestens eine Regel: --rule NAME oder --rule-file DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="114"/>
        <source>Run “callscope watch --help” for the options.</source>
        <translation>„callscope watch --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="122"/>
        <source>%1: fires on %2, counting %3 among %4; then waits for %5 without it.</source>
        <translation>%1: löst aus bei %2, gezählt wird %3 unter %4; danach wartet sie %5 ohne Auslösung.</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="124"/>
        <source>every call</source>
        <translation>jeder Anruf</translation>
    </message>
    <message>
        <location filename="../app/cli/watchcommand.cpp" line="125"/>
        <source>all calls</source>
        <translation>allen Anrufen</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="33"/>
        <source>Watch this account</source>
        <translation>Dieses Konto überwachen</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="34"/>
        <source>Run the watch rules on this account&apos;s calls as they end</source>
        <translation>Die Überwachungsregeln auf die Anrufe dieses Kontos anwenden, sobald sie enden</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="35"/>
        <source>Rules folder</source>
        <translation>Regelordner</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="36"/>
        <source>Open the folder of watch rules: one JSON file per rule</source>
        <translation>Den Ordner der Überwachungsregeln öffnen: eine JSON-Datei pro Regel</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="37"/>
        <source>Reload rules</source>
        <translation>Regeln neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="51"/>
        <location filename="../app/gui/watchpanel.cpp" line="169"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="51"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="51"/>
        <source>What made it fire</source>
        <translation>Was sie ausgelöst hat</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="53"/>
        <source>Double-click a line to open the calls it counted</source>
        <translation>Doppelklick auf eine Zeile öffnet die gezählten Anrufe</translation>
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
        <translation>Erster Anruf: %1
Letzter Anruf: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="142"/>
        <source>Watch: %1</source>
        <translation>Überwachung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="169"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="206"/>
        <source>No watch rules yet. A rule is a JSON file in %1; “callscope watch --help” shows one.</source>
        <translation>Noch keine Überwachungsregeln. Eine Regel ist eine JSON-Datei in %1; „callscope watch --help“ zeigt ein Beispiel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watchpanel.cpp" line="210"/>
        <source>Watch is off. %n rule(s) ready: %1.</source>
        <translation>
            <numerusform>Überwachung ist aus. %n Regel bereit: %1.</numerusform>
            <numerusform>Überwachung ist aus. %n Regeln bereit: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="213"/>
        <source>Open an account to watch it.</source>
        <translation>Öffnen Sie ein Konto, um es zu überwachen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watchpanel.cpp" line="215"/>
        <source>Watching %n rule(s): %1.</source>
        <translation>
            <numerusform>Überwache %n Regel: %1.</numerusform>
            <numerusform>Überwache %n Regeln: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="218"/>
        <source>The last poll failed: %1</source>
        <translation>Die letzte Abfrage schlug fehl: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/watchpanel.cpp" line="223"/>
        <source>Not watched, the file has a mistake:
%1</source>
        <translation>Nicht überwacht, die Datei enthält einen Fehler:
%1</translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message numerus="yes">
        <location filename="../lib/watch/watchevaluator.cpp" line="58"/>
        <source>%n call(s) between %1 and %2</source>
        <translation>
            <numerusform>%n Anruf zwischen %1 und %2</numerusform>
            <numerusform>%n Anrufe zwischen %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/watch/watchevaluator.cpp" line="59"/>
        <source>%1 of %2 calls (%3 %) between %4 and %5</source>
        <translation>%1 von %2 Anrufen (%3 %) zwischen %4 und %5</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="57"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="78"/>
        <source>this is not a watch rule: it is larger than %1 KiB.</source>
        <translation>das ist keine Überwachungsregel: größer als %1 KiB.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="85"/>
        <source>line %1: the file is not valid JSON (%2).</source>
        <translation>Zeile %1: die Datei ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="91"/>
        <source>line 1: a watch rule is one JSON object, { … }.</source>
        <translation>Zeile 1: eine Überwachungsregel ist ein JSON-Objekt, { … }.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="100"/>
        <source>“%1” is not part of a watch rule (it has %2).</source>
        <translation>„%1“ gehört nicht zu einer Überwachungsregel (sie hat %2).</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="111"/>
        <source>line 1: the rule needs a “name”, e.g. &quot;Busy outbound calls&quot;.</source>
        <translation>Zeile 1: die Regel braucht einen „name“, z. B. &quot;Besetzte ausgehende Anrufe&quot;.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="113"/>
        <source>“name” must be text of 1 to 100 characters.</source>
        <translation>„name“ muss ein Text mit 1 bis 100 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="127"/>
        <source>“%1” is already set in “calls”; “match” can only narrow them with other filters.</source>
        <translation>„%1“ ist schon in „calls“ gesetzt; „match“ kann sie nur mit anderen Filtern eingrenzen.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="150"/>
        <source>“%1” must be an object of List all calls filters, e.g. { &quot;call_direction&quot;: &quot;outbound&quot; }.</source>
        <translation>„%1“ muss ein Objekt mit Filtern von List all calls sein, z. B. { &quot;call_direction&quot;: &quot;outbound&quot; }.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="158"/>
        <source>a rule watches a sliding window of time; it takes no “%1”.</source>
        <translation>eine Regel überwacht ein gleitendes Zeitfenster; sie nimmt kein „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="162"/>
        <source>“%1” is not a filter of List all calls.</source>
        <translation>„%1“ ist kein Filter von List all calls.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="165"/>
        <source>a call does not say its subaccount: put “subaccount” in “calls”.</source>
        <translation>ein Anruf nennt sein Unterkonto nicht: setzen Sie „subaccount“ in „calls“.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="173"/>
        <source>“%1” takes text or a whole number.</source>
        <translation>„%1“ nimmt Text oder eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="191"/>
        <source>“condition” is &quot;any call&quot;, { &quot;more_than&quot;: 50 } or { &quot;at_least_percent&quot;: 20, &quot;of_at_least&quot;: 30 }.</source>
        <translation>„condition“ ist &quot;any call&quot;, { &quot;more_than&quot;: 50 } oder { &quot;at_least_percent&quot;: 20, &quot;of_at_least&quot;: 30 }.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="210"/>
        <source>“more_than” takes a whole number from 0 to 10,000,000.</source>
        <translation>„more_than“ nimmt eine ganze Zahl von 0 bis 10.000.000.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="223"/>
        <source>“at_least_percent” takes a number above 0 and at most 100.</source>
        <translation>„at_least_percent“ nimmt eine Zahl über 0 und höchstens 100.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="228"/>
        <source>“of_at_least” takes a whole number of calls from 1 to 10,000,000.</source>
        <translation>„of_at_least“ nimmt eine ganze Zahl von Anrufen von 1 bis 10.000.000.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="247"/>
        <source>“%1” takes a span from %2 to %3, written like &quot;90s&quot;, &quot;15m&quot;, &quot;2h&quot; or &quot;1d&quot;.</source>
        <translation>„%1“ nimmt eine Dauer von %2 bis %3, geschrieben wie &quot;90s&quot;, &quot;15m&quot;, &quot;2h&quot; oder &quot;1d&quot;.</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="273"/>
        <source>any call in %1</source>
        <translation>jeder Anruf in %1</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="275"/>
        <source>more than %1 calls in %2</source>
        <translation>mehr als %1 Anrufe in %2</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="277"/>
        <source>at least %1 % of at least %2 calls in %3</source>
        <translation>mindestens %1 % von mindestens %2 Anrufen in %3</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="296"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../lib/watch/watchrule.cpp" line="333"/>
        <source>No watch rule is called “%1” in %2.</source>
        <translation>Keine Überwachungsregel heißt „%1“ in %2.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="13"/>
        <source>Welcome to Callscope</source>
        <translation>Willkommen bei Callscope</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="20"/>
        <source>Find out what happened to any call of a Plivo account: filter, scroll through every call, read why each one ended.</source>
        <translation>Finden Sie heraus, was mit jedem Anruf eines Plivo-Kontos passiert ist: filtern, durch alle Anrufe blättern und lesen, warum jeder einzelne endete.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="27"/>
        <source>Keep its calls past Plivo&apos;s 90 days in an archive of your own, follow calls as they end, be told when a watch rule fires, and send a teammate a link to a call.</source>
        <translation>Bewahren Sie die Anrufe über Plivos 90 Tage hinaus in einem eigenen Archiv auf, verfolgen Sie Anrufe, sobald sie enden, lassen Sie sich benachrichtigen, wenn eine Überwachungsregel anschlägt, und schicken Sie Kollegen einen Link zu einem Anruf.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="39"/>
        <source>Connect a Plivo account…</source>
        <translation>Plivo-Konto verbinden…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="40"/>
        <source>Open the demo account</source>
        <translation>Demokonto öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="41"/>
        <source>A synthetic account served on this computer: nothing leaves it.</source>
        <translation>Ein synthetisches Konto, bereitgestellt von diesem Computer: Nichts verlässt ihn.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>demo: %1 of %2 calls shown after %3 s</source>
        <translation>Demo: %1 von %2 Anrufen nach %3 s angezeigt</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>demo: no calls shown within %1 s</source>
        <translation>Demo: innerhalb von %1 s keine Anrufe angezeigt</translation>
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
        <translation>Ein Blick in die Anrufe eines Plivo-Kontos.

Befehle:
  callscope export -o DATEI [Optionen]  Anrufe als CSV oder JSON Lines exportieren
  callscope sandbox [Optionen]          ein lokales Demokonto über HTTP anbieten
  callscope archive sync|import|info    Anrufe über Plivos 90 Tage hinaus aufbewahren
  callscope follow [Optionen]           jeden Anruf ausgeben, sobald er endet, wie tail -f
  callscope watch --rule NAME           eine JSON-Zeile ausgeben, wenn eine Regel auslöst
Rufen Sie einen Befehl mit --help auf, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142"/>
        <source>Open the demo account: a synthetic account served on this computer.</source>
        <translation>Das Demokonto öffnen: ein synthetisches Konto, bereitgestellt von diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>With --demo: open the window offscreen, print how soon the first calls were shown and exit (1 if none arrived within 30 s).</source>
        <translation>Mit --demo: das Fenster ohne Bildschirm öffnen, ausgeben, wie schnell die ersten Anrufe angezeigt wurden, und beenden (1, wenn innerhalb von 30 s keine ankamen).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="156"/>
        <source>A link to a call or a list of calls, as Copy link makes it: it opens in the Callscope already running, or in a new window.</source>
        <translation>Ein Link zu einem Anruf oder einer Liste von Anrufen, wie „Link kopieren“ ihn erzeugt: er öffnet sich im bereits laufenden Callscope oder in einem neuen Fenster.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="165"/>
        <source>--check works with --demo only.</source>
        <translation>--check funktioniert nur mit --demo.</translation>
    </message>
</context>
</TS>
