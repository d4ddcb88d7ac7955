<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>TaskItemDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The subitem no longer exists.</source>
        <translation>Die Unteraufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The time entry no longer exists.</source>
        <translation>Der Zeiteintrag existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>anchor::cli::CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>demo: how many calls to generate.</source>
        <translation>demo: wie viele Anrufe erzeugt werden.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: how many client businesses (default 6).</source>
        <translation>demo: wie viele Kundenunternehmen (Standard 6).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>demo: random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: Startwert für den Zufall; derselbe Startwert ergibt dieselben Daten (Standard 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo: last day with calls, YYYY-MM-DD (default today).</source>
        <translation>demo: letzter Tag mit Anrufen, YYYY-MM-DD (Standard heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Only calls of this client (id or name); repeatable.</source>
        <translation>Nur Anrufe dieses Kunden (ID oder Name); wiederholbar.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Only calls in this category (%1); repeatable.</source>
        <translation>Nur Anrufe in dieser Kategorie (%1); wiederholbar.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Only calls rated at least this many stars (1-5).</source>
        <translation>Nur Anrufe mit mindestens so vielen Sternen (1-5).</translation>
    </message>
    <message>
        <source>Only calls rated at most this many stars (1-5).</source>
        <translation>Nur Anrufe mit höchstens so vielen Sternen (1-5).</translation>
    </message>
    <message>
        <source>Only calls of this caller type (new, repeat, returning_customer).</source>
        <translation>Nur Anrufe dieses Anrufertyps (new, repeat, returning_customer).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Only calls with this tag (name); repeatable.</source>
        <translation>Nur Anrufe mit diesem Tag (Name); wiederholbar.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Only calls in this pipeline stage (name); repeatable.</source>
        <translation>Nur Anrufe in dieser Pipeline-Phase (Name); wiederholbar.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Only calls from this source; repeatable.</source>
        <translation>Nur Anrufe aus dieser Quelle; wiederholbar.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Only calls matching this text (caller, numbers, summary, transcript, notes).</source>
        <translation>Nur Anrufe, die diesen Text enthalten (Anrufer, Nummern, Zusammenfassung, Transkript, Notizen).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sort by a column, optionally :asc or :desc (%1).</source>
        <translation>Nach einer Spalte sortieren, optional mit :asc oder :desc (%1).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>Höchstens so viele Zeilen (Standard 50).</translation>
    </message>
    <message>
        <source>Skip this many rows first.</source>
        <translation>Zuerst so viele Zeilen überspringen.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Ausgabeformat: table, csv oder json (Standard table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>export: the CSV file to write.</source>
        <translation>export: die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>Der auszuführende Befehl (siehe oben).</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: leads.</source>
        <translation>&quot;export&quot; benötigt, was exportiert werden soll: leads.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>anchorctl: %1</source>
        <translation>anchorctl: %1</translation>
    </message>
    <message>
        <source>Run &quot;anchorctl --help&quot; for the commands and options.</source>
        <translation>Führen Sie &quot;anchorctl --help&quot; aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to this command.</source>
        <translation>Die Option --%1 gilt nicht für diesen Befehl.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>Cannot sort by &quot;%1&quot;; use one of %2, optionally followed by :asc or :desc.</source>
        <translation>Sortieren nach &quot;%1&quot; ist nicht möglich; verwenden Sie eines von %2, optional gefolgt von :asc oder :desc.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Kategorie &quot;%1&quot;; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Unknown caller type &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Anrufertyp &quot;%1&quot;; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>--min-stars (%1) is more than --max-stars (%2).</source>
        <translation>--min-stars (%1) ist größer als --max-stars (%2).</translation>
    </message>
    <message>
        <source>No tag is called &quot;%1&quot;.</source>
        <translation>Es gibt kein Tag namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No pipeline stage is called &quot;%1&quot;.</source>
        <translation>Es gibt keine Pipeline-Phase namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation>--%1 muss ein Datum wie 2026-01-31 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>Datenbank %1 ist bereit (Schemaversion %2).</translation>
    </message>
    <message>
        <source>A backup of the previous version is at %1.</source>
        <translation>Eine Sicherung der vorherigen Version liegt unter %1.</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs --calls N.</source>
        <translation>&quot;demo&quot; benötigt --calls N.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed muss eine ganze Zahl sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--until must be a date like 2026-01-31, not &quot;%1&quot;.</source>
        <translation>--until muss ein Datum wie 2026-01-31 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Generating demo calls: %1 of %2 (%3%)</source>
        <translation>Demo-Anrufe werden erzeugt: %1 von %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;export leads&quot; needs --output FILE.</source>
        <translation>&quot;export leads&quot; benötigt --output FILE.</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows</source>
        <translation>Export: %1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n Lead nach %1 exportiert.</numerusform>
            <numerusform>%n Leads nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;leads search&quot; needs the text to search for (letters or digits).</source>
        <translation>&quot;leads search&quot; braucht den Suchtext (Buchstaben oder Ziffern).</translation>
    </message>
    <message>
        <source>anchorctl: writing the output failed (is the disk full or the pipe closed?).</source>
        <translation>anchorctl: Die Ausgabe konnte nicht geschrieben werden (ist der Datenträger voll oder die Pipe geschlossen?).</translation>
    </message>
    <message>
        <source>clients add: the business name.</source>
        <translation>clients add: der Name des Unternehmens.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>clients add: medical, home_service, food_service or other.</source>
        <translation>clients add: medical, home_service, food_service oder other.</translation>
    </message>
    <message>
        <source>clients add: dental, roofing, ... (free text).</source>
        <translation>clients add: dental, roofing, ... (freier Text).</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>clients add: the contact email.</source>
        <translation>clients add: die Kontakt-E-Mail.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>clients add: the main phone number.</source>
        <translation>clients add: die Haupttelefonnummer.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>ctm configure: the CallTrackingMetrics account id.</source>
        <translation>ctm configure: die Konto-ID bei CallTrackingMetrics.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ctm configure: the CTM API address (default https://api.calltrackingmetrics.com/api/v1/).</source>
        <translation>ctm configure: die Adresse der CTM-API (Standard https://api.calltrackingmetrics.com/api/v1/).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>sync: report progress as JSON lines on stdout (for the desktop app).</source>
        <translation>sync: Fortschritt als JSON-Zeilen auf stdout melden (für die Desktop-App).</translation>
    </message>
    <message>
        <source>ctm configure: read the access key and the secret key (two lines) from stdin into the system keychain.</source>
        <translation>ctm configure: Zugangs- und Geheimschlüssel (zwei Zeilen) von stdin in den Schlüsselbund des Systems lesen.</translation>
    </message>
    <message>
        <source>&quot;leads&quot; needs a subcommand: list, search or reclassify.</source>
        <translation>„leads&quot; braucht einen Unterbefehl: list, search oder reclassify.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;leads %1&quot;; use list, search or reclassify.</source>
        <translation>Unbekannter Unterbefehl „leads %1&quot;; verwenden Sie list, search oder reclassify.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>„%1&quot; braucht einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>%1
Set ANCHOR_CTM_ACCESS_KEY and ANCHOR_CTM_SECRET_KEY to run without the keychain.</source>
        <translation>%1
Setzen Sie ANCHOR_CTM_ACCESS_KEY und ANCHOR_CTM_SECRET_KEY, um ohne Schlüsselbund zu arbeiten.</translation>
    </message>
    <message>
        <source>&quot;clients add&quot; needs --name.</source>
        <translation>„clients add&quot; braucht --name.</translation>
    </message>
    <message>
        <source>--type must be medical, home_service, food_service or other.</source>
        <translation>--type muss medical, home_service, food_service oder other sein.</translation>
    </message>
    <message>
        <source>&quot;ctm configure&quot; needs --client and --account.</source>
        <translation>„ctm configure&quot; braucht --client und --account.</translation>
    </message>
    <message>
        <source>--base-url must be an https:// address.</source>
        <translation>--base-url muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--keys-from-stdin expects two lines: the access key, then the secret key.</source>
        <translation>--keys-from-stdin erwartet zwei Zeilen: den Zugangsschlüssel, dann den Geheimschlüssel.</translation>
    </message>
    <message>
        <source>Keys stored in the system keychain.</source>
        <translation>Schlüssel im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>%1 syncs with CallTrackingMetrics account %2.</source>
        <translation>%1 synchronisiert mit dem CallTrackingMetrics-Konto %2.</translation>
    </message>
    <message>
        <source>&quot;ctm test&quot; needs --client.</source>
        <translation>„ctm test&quot; braucht --client.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the keys reach %n account(s).</source>
        <translation>
            <numerusform>Verbunden: die Schlüssel erreichen %n Konto.</numerusform>
            <numerusform>Verbunden: die Schlüssel erreichen %n Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>anchorctl: no client is set up for CallTrackingMetrics (see &quot;anchorctl ctm configure&quot;).</source>
        <translation>anchorctl: kein Kunde ist für CallTrackingMetrics eingerichtet (siehe „anchorctl ctm configure&quot;).</translation>
    </message>
    <message>
        <source>%1: page %2 of %3, %4 calls</source>
        <translation>%1: Seite %2 von %3, %4 Anrufe</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>anchorctl: %1: %2</source>
        <translation>anchorctl: %1: %2</translation>
    </message>
    <message>
        <source>CallTrackingMetrics: %1 client(s) synced, %2 failed; %3 new calls, %4 updated, %5 skipped.</source>
        <translation>CallTrackingMetrics: %1 Kunde(n) synchronisiert, %2 fehlgeschlagen; %3 neue Anrufe, %4 aktualisiert, %5 übersprungen.</translation>
    </message>
    <message>
        <source>Outbox: %1 sent, %2 refused, %3 waiting to retry; %4 still pending.</source>
        <translation>Ausgang: %1 gesendet, %2 abgelehnt, %3 warten auf einen neuen Versuch; %4 noch ausstehend.</translation>
    </message>
    <message>
        <source>classified %1 of %2</source>
        <translation>%1 von %2 eingeordnet</translation>
    </message>
    <message>
        <source>%1 calls classified, %2 changed category.</source>
        <translation>%1 Anrufe eingeordnet, %2 mit neuer Kategorie.</translation>
    </message>
    <message>
        <source>the keys do not reach account %1 set for %2.</source>
        <translation>die Schlüssel erreichen das für %2 eingestellte Konto %1 nicht.</translation>
    </message>
    <message>
        <source>ctm configure, llm configure: an extra CA certificate (PEM) to trust.</source>
        <translation>ctm configure, llm configure: ein zusätzliches CA-Zertifikat (PEM), dem vertraut wird.</translation>
    </message>
    <message>
        <source>llm configure: the OpenAI-compatible API address (for example https://api.openai.com/v1/).</source>
        <translation>llm configure: die Adresse der OpenAI-kompatiblen API (zum Beispiel https://api.openai.com/v1/).</translation>
    </message>
    <message>
        <source>llm configure: the model name.</source>
        <translation>llm configure: der Name des Modells.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>llm configure: read the API key (one line) from stdin into the system keychain.</source>
        <translation>llm configure: den API-Schlüssel (eine Zeile) von stdin in den Schlüsselbund des Systems lesen.</translation>
    </message>
    <message>
        <source>llm configure: switch the AI classifier off.</source>
        <translation>llm configure: die KI-Einordnung ausschalten.</translation>
    </message>
    <message>
        <source>%1: the AI classifier: %2 (the offline categories stay)</source>
        <translation>%1: die KI-Einordnung: %2 (die Offline-Kategorien bleiben)</translation>
    </message>
    <message>
        <source>no API key is stored (anchorctl llm configure --key-from-stdin)</source>
        <translation>kein API-Schlüssel gespeichert (anchorctl llm configure --key-from-stdin)</translation>
    </message>
    <message>
        <source>The AI classifier is off; new calls are classified offline.</source>
        <translation>Die KI-Einordnung ist aus; neue Anrufe werden offline eingeordnet.</translation>
    </message>
    <message>
        <source>&quot;llm configure&quot; needs --url and --model (or --disable).</source>
        <translation>„llm configure&quot; braucht --url und --model (oder --disable).</translation>
    </message>
    <message>
        <source>--url must be an https:// address.</source>
        <translation>--url muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>--key-from-stdin expects the API key on one line.</source>
        <translation>--key-from-stdin erwartet den API-Schlüssel in einer Zeile.</translation>
    </message>
    <message>
        <source>New calls are classified by %1 at %2, with the offline classifier as fallback.</source>
        <translation>Neue Anrufe werden von %1 unter %2 eingeordnet, mit der Offline-Einordnung als Rückfall.</translation>
    </message>
    <message>
        <source>demo: exactly this many journeys (about ten steps each) over the good leads, for benchmarks; default: a realistic share of them.</source>
        <translation>demo: genau so viele Journeys (mit je etwa zehn Schritten) über die guten Leads verteilt, für Benchmarks; Standard: ein realistischer Anteil davon.</translation>
    </message>
    <message>
        <source>journeys list: only journeys with this status (%1); repeatable.</source>
        <translation>journeys list: nur Journeys mit diesem Status (%1); wiederholbar.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>journeys start: a service the person asked about (name or id); repeatable.</source>
        <translation>journeys start: eine Leistung, nach der die Person gefragt hat (Name oder ID); wiederholbar.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>journeys start: a symptom or concern in the person&apos;s words; repeatable.</source>
        <translation>journeys start: ein Symptom oder Anliegen in den Worten der Person; wiederholbar.</translation>
    </message>
    <message>
        <source>journeys start: the journey this one follows up (same person).</source>
        <translation>journeys start: die Journey, an die diese anschließt (dieselbe Person).</translation>
    </message>
    <message>
        <source>jobs run, jobs configure: redact service records after this many days (0: never; default 90).</source>
        <translation>jobs run, jobs configure: Leistungseinträge nach so vielen Tagen schwärzen (0: nie; Standard 90).</translation>
    </message>
    <message>
        <source>Added %1 clients, %2 calls, %3 notes, %4 tagged calls, %5 active clients and %6 journeys (%7 steps) in %8 s.</source>
        <translation>%1 Kunden, %2 Anrufe, %3 Notizen, %4 getaggte Anrufe, %5 aktive Kunden und %6 Journeys (%7 Schritte) in %8 s hinzugefügt.</translation>
    </message>
    <message>
        <source>Unknown journey status &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Journey-Status „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Give --client once for this command.</source>
        <translation>Geben Sie --client für diesen Befehl nur einmal an.</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n Journey</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;journeys start&quot; needs --call CALL_ID.</source>
        <translation>„journeys start“ braucht --call CALL_ID.</translation>
    </message>
    <message>
        <source>&quot;journeys start&quot; prints table or json, not csv.</source>
        <translation>„journeys start“ gibt table oder json aus, nicht csv.</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Lead mit der Anruf-ID „%1“.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The journey has no steps yet.</source>
        <translation>Die Journey hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>&quot;jobs run&quot; prints table or json, not csv.</source>
        <translation>„jobs run“ gibt table oder json aus, nicht csv.</translation>
    </message>
    <message>
        <source>Due: %1 (%2), %3 since %4</source>
        <translation>Fällig: %1 (%2), %3 seit %4</translation>
    </message>
    <message>
        <source>%1; %2 and %3 redacted.</source>
        <translation>%1; %2 und %3 geschwärzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) due</source>
        <translation>
            <numerusform>%n Journey fällig</numerusform>
            <numerusform>%n Journeys fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Leistung</numerusform>
            <numerusform>%n Leistungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(Redaction is off.)</source>
        <translation>(Die Schwärzung ist ausgeschaltet.)</translation>
    </message>
    <message>
        <source>&quot;jobs configure&quot; needs --redact-after-days N (0 turns redaction off).</source>
        <translation>„jobs configure“ braucht --redact-after-days N (0 schaltet die Schwärzung aus).</translation>
    </message>
    <message>
        <source>Service records are never redacted.</source>
        <translation>Leistungseinträge werden nie geschwärzt.</translation>
    </message>
    <message>
        <source>Service records and closed journeys&apos; concerns are redacted after %1 days.</source>
        <translation>Leistungseinträge und die Anliegen abgeschlossener Journeys werden nach %1 Tagen geschwärzt.</translation>
    </message>
    <message>
        <source>journeys start, tasks add: the lead&apos;s call id.</source>
        <translation>journeys start, tasks add: die Anruf-ID des Leads.</translation>
    </message>
    <message>
        <source>journeys start: the journey template (name or id) that gives the steps; boards add: basic, sales, project or blank.</source>
        <translation>journeys start: die Journey-Vorlage (Name oder ID), die die Schritte vorgibt; boards add: basic, sales, project oder blank.</translation>
    </message>
    <message>
        <source>tasks, boards: the board (name or id).</source>
        <translation>tasks, boards: das Board (Name oder ID).</translation>
    </message>
    <message>
        <source>board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>tasks add, tasks move: the column (name or id).</source>
        <translation>tasks add, tasks move: die Spalte (Name oder ID).</translation>
    </message>
    <message>
        <source>tasks list, tasks add: a staff user (name or id; &quot;me&quot;: you).</source>
        <translation>tasks list, tasks add: ein Teammitglied (Name oder ID; „me“: Sie selbst).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>tasks list: only tasks due before this day (YYYY-MM-DD).</source>
        <translation>tasks list: nur Aufgaben, die vor diesem Tag fällig sind (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>tasks add: the due date (YYYY-MM-DD).</source>
        <translation>tasks add: das Fälligkeitsdatum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>tasks move: the place in the column, 1 at the top (default: the end).</source>
        <translation>tasks move: die Position in der Spalte, 1 ganz oben (Standard: am Ende).</translation>
    </message>
    <message>
        <source>boards add: the workspace (name or id; made when missing).</source>
        <translation>boards add: der Arbeitsbereich (Name oder ID; wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>boards add: the prefix of item keys (DENT makes DENT-42).</source>
        <translation>boards add: das Präfix der Aufgabenschlüssel (DENT ergibt DENT-42).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>tasks from-leads: new voicemail leads become tasks (on or off; default on).</source>
        <translation>tasks from-leads: neue Mailbox-Leads werden zu Aufgaben (on oder off; Standard on).</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>tasks from-leads: new needs-attention leads become tasks (on or off; default on).</source>
        <translation>tasks from-leads: neue Leads, die Aufmerksamkeit brauchen, werden zu Aufgaben (on oder off; Standard on).</translation>
    </message>
    <message>
        <source>&quot;tasks move&quot; needs the task&apos;s key or id, like DENT-42.</source>
        <translation>„tasks move“ braucht den Schlüssel oder die ID der Aufgabe, etwa DENT-42.</translation>
    </message>
    <message>
        <source>The board has no column &quot;%1&quot;.</source>
        <translation>Das Board hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>Several columns are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Mehrere Spalten heißen „%1“: %2; geben Sie die ID an.</translation>
    </message>
    <message>
        <source>There is no board &quot;%1&quot;.</source>
        <translation>Es gibt kein Board „%1“.</translation>
    </message>
    <message>
        <source>Several boards are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Mehrere Boards heißen „%1“: %2; geben Sie die ID an.</translation>
    </message>
    <message>
        <source>There is no staff user &quot;%1&quot;.</source>
        <translation>Es gibt kein Teammitglied „%1“.</translation>
    </message>
    <message>
        <source>Several people are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Mehrere Personen heißen „%1“: %2; geben Sie die ID an.</translation>
    </message>
    <message>
        <source>--%1 takes on or off, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet on oder off, nicht „%2“.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Zuständige</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;tasks add&quot; needs --board B and --name N.</source>
        <translation>„tasks add“ braucht --board B und --name N.</translation>
    </message>
    <message>
        <source>The board has no open column; add one first.</source>
        <translation>Das Board hat keine offene Spalte; fügen Sie zuerst eine hinzu.</translation>
    </message>
    <message>
        <source>anchorctl: automation: %1</source>
        <translation>anchorctl: Automatisierung: %1</translation>
    </message>
    <message>
        <source>&quot;tasks move&quot; needs --group G.</source>
        <translation>„tasks move“ braucht --group G.</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot;.</source>
        <translation>Es gibt keine Aufgabe „%1“.</translation>
    </message>
    <message>
        <source>The task %1 is archived; restore it before moving it.</source>
        <translation>Die Aufgabe %1 ist archiviert; stellen Sie sie wieder her, bevor Sie sie verschieben.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is archived; nothing can be moved there.</source>
        <translation>Die Spalte „%1“ ist archiviert; dorthin kann nichts verschoben werden.</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (position %3).</source>
        <translation>%1 nach %2 verschoben (Position %3).</translation>
    </message>
    <message>
        <source>&quot;tasks from-leads&quot; needs --client X and --board B.</source>
        <translation>„tasks from-leads“ braucht --client X und --board B.</translation>
    </message>
    <message>
        <source>New voicemail and needs-attention leads of %1 become tasks on the board %2.</source>
        <translation>Neue Mailbox-Leads und Leads, die Aufmerksamkeit brauchen, von %1 werden zu Aufgaben auf dem Board %2.</translation>
    </message>
    <message>
        <source>New voicemail leads of %1 become tasks on the board %2.</source>
        <translation>Neue Mailbox-Leads von %1 werden zu Aufgaben auf dem Board %2.</translation>
    </message>
    <message>
        <source>New needs-attention leads of %1 become tasks on the board %2.</source>
        <translation>Neue Leads von %1, die Aufmerksamkeit brauchen, werden zu Aufgaben auf dem Board %2.</translation>
    </message>
    <message>
        <source>New leads of %1 no longer become tasks.</source>
        <translation>Neue Leads von %1 werden nicht mehr zu Aufgaben.</translation>
    </message>
    <message>
        <source>&quot;boards add&quot; needs --workspace W and --name N.</source>
        <translation>„boards add“ braucht --workspace W und --name N.</translation>
    </message>
    <message>
        <source>Unknown board template &quot;%1&quot;; use basic, sales, project or blank.</source>
        <translation>Unbekannte Board-Vorlage „%1“; verwenden Sie basic, sales, project oder blank.</translation>
    </message>
    <message>
        <source>Several workspaces are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Mehrere Arbeitsbereiche heißen „%1“: %2; geben Sie die ID an.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message numerus="yes">
        <source>%n board(s)</source>
        <translation>
            <numerusform>%n Board</numerusform>
            <numerusform>%n Boards</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) archived</source>
        <translation>
            <numerusform>%n Aufgabe archiviert</numerusform>
            <numerusform>%n Aufgaben archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due-date automation(s) ran</source>
        <translation>
            <numerusform>%n Fälligkeits-Automatisierung ausgeführt</numerusform>
            <numerusform>%n Fälligkeits-Automatisierungen ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Only calls on or after this day (YYYY-MM-DD); mailgun configure: the sending address.</source>
        <translation>Nur Anrufe an oder nach diesem Tag (YYYY-MM-DD); mailgun configure: die Absenderadresse.</translation>
    </message>
    <message>
        <source>Only calls on or before this day (YYYY-MM-DD); campaigns create, mailgun send-test: an address to send to (repeatable).</source>
        <translation>Nur Anrufe an oder vor diesem Tag (YYYY-MM-DD); campaigns create, mailgun send-test: eine Empfängeradresse (wiederholbar).</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the Mailgun sending domain.</source>
        <translation>mailgun test, send-test: die Mailgun-Absenderdomain.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the Mailgun region, us or eu.</source>
        <translation>mailgun test, send-test: die Mailgun-Region, us oder eu.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the address messages are sent from.</source>
        <translation>mailgun test, send-test: die Adresse, von der die Nachrichten gesendet werden.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the name messages are sent as.</source>
        <translation>mailgun test, send-test: der Absendername der Nachrichten.</translation>
    </message>
    <message>
        <source>mailgun send-test: where the test message goes.</source>
        <translation>mailgun send-test: wohin die Testnachricht geht.</translation>
    </message>
    <message>
        <source>mailgun configure: the name messages are sent as.</source>
        <translation>mailgun configure: der Absendername der Nachrichten.</translation>
    </message>
    <message>
        <source>campaigns create: the segment (name or id) that picks the recipients.</source>
        <translation>campaigns create: das Segment (Name oder ID), das die Empfänger auswählt.</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>campaigns create: the subject (default: the template&apos;s).</source>
        <translation>campaigns create: der Betreff (Standard: der Betreff der Vorlage).</translation>
    </message>
    <message>
        <source>campaigns send: schedule for this time (2026-01-31T09:00, local unless Z or an offset is given) instead of queueing now.</source>
        <translation>campaigns send: für diesen Zeitpunkt planen (2026-01-31T09:00, Ortszeit, sofern nicht Z oder ein Offset angegeben ist), statt jetzt einzureihen.</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>sync mailgun: only pull events (no sending, no suppressions).</source>
        <translation>sync mailgun: nur Ereignisse abrufen (kein Senden, keine Sperrlisten).</translation>
    </message>
    <message>
        <source>sync mailgun: only start due campaigns and send the queue.</source>
        <translation>sync mailgun: nur fällige Kampagnen starten und die Warteschlange senden.</translation>
    </message>
    <message>
        <source>the agency</source>
        <translation>die Agentur</translation>
    </message>
    <message>
        <source>&quot;mailgun configure&quot; needs --domain and --from (the sending address).</source>
        <translation>&quot;mailgun configure&quot; braucht --domain und --from (die Absenderadresse).</translation>
    </message>
    <message>
        <source>Mail of %1 goes out from %2 through Mailgun domain %3 (%4).</source>
        <translation>E-Mails für %1 werden von %2 über die Mailgun-Domain %3 (%4) versendet.</translation>
    </message>
    <message>
        <source>Mailgun API key: </source>
        <translation>Mailgun-API-Schlüssel: </translation>
    </message>
    <message>
        <source>The Mailgun API key of %1 is stored in the system keychain.</source>
        <translation>Der Mailgun-API-Schlüssel für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>&quot;campaigns %1&quot; needs the campaign&apos;s id (see &quot;anchorctl campaigns list&quot;).</source>
        <translation>&quot;campaigns %1&quot; braucht die ID der Kampagne (siehe &quot;anchorctl campaigns list&quot;).</translation>
    </message>
    <message>
        <source>&quot;campaigns&quot; needs a subcommand: list, create, send, pause, resume, cancel, stats.</source>
        <translation>&quot;campaigns&quot; braucht einen Unterbefehl: list, create, send, pause, resume, cancel, stats.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;campaigns %1&quot;; use list, create, send, pause, resume, cancel or stats.</source>
        <translation>Unbekannter Unterbefehl &quot;campaigns %1&quot;; verwenden Sie list, create, send, pause, resume, cancel oder stats.</translation>
    </message>
    <message>
        <source>Unknown campaign status &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Kampagnenstatus &quot;%1&quot;; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;campaigns create&quot; needs --name and --template, and --segment or --to.</source>
        <translation>&quot;campaigns create&quot; braucht --name und --template sowie --segment oder --to.</translation>
    </message>
    <message>
        <source>&quot;campaigns create&quot; needs either --segment or --to ADDRESS (repeatable), not both.</source>
        <translation>&quot;campaigns create&quot; braucht entweder --segment oder --to ADDRESS (wiederholbar), nicht beides.</translation>
    </message>
    <message>
        <source>No segment is called &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several segments are called &quot;%1&quot;; use one of their ids: %2</source>
        <translation>Mehrere Segmente heißen &quot;%1&quot;; verwenden Sie eine ihrer IDs: %2</translation>
    </message>
    <message>
        <source>No email template is called &quot;%1&quot;.</source>
        <translation>Es gibt keine E-Mail-Vorlage namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several email templates are called &quot;%1&quot;; use one of their ids: %2</source>
        <translation>Mehrere E-Mail-Vorlagen heißen &quot;%1&quot;; verwenden Sie eine ihrer IDs: %2</translation>
    </message>
    <message>
        <source>Which client business sends the campaign? Add --client (name or id).</source>
        <translation>Welches Kundenunternehmen sendet die Kampagne? Geben Sie --client an (Name oder ID).</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is a draft; send it with &quot;anchorctl campaigns send %2&quot;.</source>
        <translation>Kampagne &quot;%1&quot; ist ein Entwurf; senden Sie sie mit &quot;anchorctl campaigns send %2&quot;.</translation>
    </message>
    <message>
        <source>anchorctl: warning: &quot;%1&quot; is not a valid address; it will not be sent to.</source>
        <translation>anchorctl: Warnung: &quot;%1&quot; ist keine gültige Adresse; an sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>anchorctl: warning: unknown placeholders are sent as written: %1 (known: %2).</source>
        <translation>anchorctl: Warnung: unbekannte Platzhalter werden unverändert gesendet: %1 (bekannt: %2).</translation>
    </message>
    <message>
        <source>--%1 must be a date and time like 2026-01-31T09:00 (local time, or with Z or an offset), not &quot;%2&quot;.</source>
        <translation>--%1 muss ein Datum mit Uhrzeit wie 2026-01-31T09:00 sein (Ortszeit oder mit Z oder einem Offset), nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;campaigns send&quot; prints table or json, not csv.</source>
        <translation>&quot;campaigns send&quot; gibt table oder json aus, nicht csv.</translation>
    </message>
    <message>
        <source>There is no campaign with id &quot;%1&quot;.</source>
        <translation>Es gibt keine Kampagne mit der ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is scheduled for %2; the next sync after that sends it.</source>
        <translation>Kampagne &quot;%1&quot; ist für %2 geplant; die nächste Synchronisierung danach sendet sie.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; had already started; nothing was added.</source>
        <translation>Kampagne &quot;%1&quot; hatte bereits begonnen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 queued, %2 suppressed (not sent), %3 invalid (rejected) in %4 s.</source>
        <translation>%1 eingereiht, %2 gesperrt (nicht gesendet), %3 ungültig (abgelehnt) in %4 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>  invalid: %1</source>
        <translation>  ungültig: %1</translation>
    </message>
    <message>
        <source>They go out with the next &quot;anchorctl sync mailgun&quot; (or the app&apos;s background sync).</source>
        <translation>Sie werden mit dem nächsten &quot;anchorctl sync mailgun&quot; (oder der Hintergrundsynchronisierung der App) versendet.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is now %2.</source>
        <translation>Kampagne &quot;%1&quot; hat jetzt den Status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Opened (unique)</source>
        <translation>Geöffnet (eindeutig)</translation>
    </message>
    <message>
        <source>Clicked (unique)</source>
        <translation>Geklickt (eindeutig)</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Temporary failures</source>
        <translation>Vorübergehende Fehler</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Suppressed (not sent)</source>
        <translation>Gesperrt (nicht gesendet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled campaign(s) started</source>
        <translation>
            <numerusform>%n geplante Kampagne gestartet</numerusform>
            <numerusform>%n geplante Kampagnen gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled campaign &quot;%1&quot; started: %2 queued, %3 suppressed, %4 invalid.</source>
        <translation>Geplante Kampagne &quot;%1&quot; gestartet: %2 eingereiht, %3 gesperrt, %4 ungültig.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>anchorctl: scheduled campaign &quot;%1&quot;: %2</source>
        <translation>anchorctl: geplante Kampagne &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--events-only and --send-only exclude each other.</source>
        <translation>--events-only und --send-only schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>anchorctl: Mailgun is not set up (see &quot;anchorctl mailgun configure&quot;).</source>
        <translation>anchorctl: Mailgun ist nicht eingerichtet (siehe &quot;anchorctl mailgun configure&quot;).</translation>
    </message>
    <message>
        <source>%1: %2
Set ANCHOR_MAILGUN_API_KEY to run without the keychain.</source>
        <translation>%1: %2
Setzen Sie ANCHOR_MAILGUN_API_KEY, um ohne Schlüsselbund zu arbeiten.</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Senden: %1 von %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>anchorctl: %1: no Mailgun API key is stored (anchorctl mailgun key), or set ANCHOR_MAILGUN_API_KEY.</source>
        <translation>anchorctl: %1: kein Mailgun-API-Schlüssel gespeichert (anchorctl mailgun key); oder setzen Sie ANCHOR_MAILGUN_API_KEY.</translation>
    </message>
    <message>
        <source>%1: events page %2, %3 events</source>
        <translation>%1: Ereignisseite %2, %3 Ereignisse</translation>
    </message>
    <message>
        <source>%1: skipped an event: %2</source>
        <translation>%1: Ereignis übersprungen: %2</translation>
    </message>
    <message>
        <source>anchorctl: %1: events: %2</source>
        <translation>anchorctl: %1: Ereignisse: %2</translation>
    </message>
    <message>
        <source>anchorctl: %1: suppressions: %2</source>
        <translation>anchorctl: %1: Sperrlisten: %2</translation>
    </message>
    <message>
        <source>Mailgun: %1 campaign(s) started; %2 sent, %3 refused, %4 waiting; %5 new events (%6 duplicates); %7 suppressions added; %8 s.</source>
        <translation>Mailgun: %1 Kampagne(n) gestartet; %2 gesendet, %3 abgelehnt, %4 wartend; %5 neue Ereignisse (%6 Duplikate); %7 Sperrlisteneinträge hinzugefügt; %8 s.</translation>
    </message>
    <message>
        <source>A Mailgun API key is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Mailgun-API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No Mailgun API key is stored for this scope.</source>
        <translation>Für diesen Bereich ist kein Mailgun-API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>&quot;mailgun send-test&quot; needs --recipient with a valid email address.</source>
        <translation>&quot;mailgun send-test&quot; braucht --recipient mit einer gültigen E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>no Mailgun API key is stored (enter one in the settings, or set ANCHOR_MAILGUN_API_KEY).</source>
        <translation>kein Mailgun-API-Schlüssel gespeichert (geben Sie einen in den Einstellungen ein oder setzen Sie ANCHOR_MAILGUN_API_KEY).</translation>
    </message>
    <message>
        <source>Mailgun refused the request (HTTP %1).</source>
        <translation>Mailgun hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Mailgun accepted the test message to %1.</source>
        <translation>Mailgun hat die Testnachricht an %1 angenommen.</translation>
    </message>
    <message>
        <source>Connected: Mailgun accepts the key for %1.</source>
        <translation>Verbunden: Mailgun akzeptiert den Schlüssel für %1.</translation>
    </message>
    <message>
        <source>Anchor CRM on the command line.

Commands:
  init                          Create or upgrade the database; print the schema version.
  demo --calls N [--clients K] [--seed S] [--until DATE] [--journeys N]
                                Add realistic demo clients and calls.
  leads list [filters] [--sort COLUMN[:desc]] [--limit N] [--offset N] [--format F]
                                List leads, newest first unless sorted otherwise.
  leads search TEXT [filters] [--limit N] [--format F]
                                Full-text search over leads.
  export leads --output FILE [filters] [--sort COLUMN[:desc]]
                                Write matching leads to a CSV file (no row cap).
  leads reclassify [--client X]  Classify stored calls again (manual categories stay).
  clients add --name NAME [--type T] [--subtype S] [--email E] [--phone P]
  clients list [--format F]
  ctm configure --client X --account ID [--base-url URL] [--ca-cert FILE] [--keys-from-stdin]
  ctm test --client X            Check the keys and list the CTM accounts they reach.
  mailgun key-status [--client X] Whether a Mailgun API key is in the keychain (agency without --client).
  mailgun test [--client X] [--domain D --region us|eu --sender A --sender-name N --base-url URL
               --ca-cert FILE] [--key-from-stdin]   Check the Mailgun settings and key.
  mailgun send-test --recipient ADDR [the same options]   Send a short test message.
  mailgun configure [--client X] --domain D [--region us|eu] --from ADDRESS [--from-name NAME]
                    [--base-url URL] [--ca-cert FILE]   Save who sends (agency without --client).
  mailgun key|set-key [--client X] [--key-from-stdin]
                                Read the Mailgun API key from stdin into the system keychain.
  campaigns list [--client X] [--status S] [--format F]
  campaigns create --name N --template T (--segment S | --to ADDRESS...) [--client X] [--subject S]
                                Create a draft campaign; prints its id.
  campaigns send ID [--at DATETIME]
                                Queue every recipient now (or schedule); prints queued,
                                suppressed and invalid addresses.
  campaigns pause|resume|cancel ID
  campaigns stats ID [--format F] Sent, delivered, opened, clicked, bounced, ... with rates.
  sync ctm [--client X]          Pull calls from CallTrackingMetrics (progress on stderr).
  sync outbox                    Push waiting ratings and notes to CallTrackingMetrics.
  sync mailgun [--client X] [--events-only | --send-only]
                                Start due campaigns, send the queue, then pull events and
                                suppressions; exit 0 only when everything went through.
  llm configure --url URL --model M [--ca-cert FILE] [--key-from-stdin] | --disable
                                 The optional AI classifier for new calls.
  journeys list [--status S] [--client X] [--search TEXT] [--limit N] [--offset N] [--format F]
                                List client journeys, next action first.
  journeys start --call CALL_ID [--template NAME] [--service NAME]... [--concern TEXT]...
                 [--follow-up-of JOURNEY_ID] [--format table|json]
                                Start a journey from a lead; prints its id and steps.
  jobs run [--redact-after-days N] [--format table|json]
                                Notify due journeys; redact old service records; archive
                                tasks done 30 days ago; run due-date automations; start
                                scheduled campaigns whose time has come.
  jobs configure --redact-after-days N
                                Save the redaction age (0: never).
  tasks list [--board B] [--assignee U] [--due-before DATE] [--format F]
  tasks add --board B [--group G] --name N [--due DATE] [--assignee U] [--call CALL_ID]
                                Add a task; prints its key (DENT-42).
  tasks move ITEM --group G [--position N]
                                Move a task (key or id) to a column.
  tasks from-leads --client X --board B [--voicemail on|off] [--needs-attention on|off]
                                New voicemail / needs-attention leads become tasks.
  boards add --workspace W --name N [--prefix P] [--template basic|sales|project|blank]
  boards list [--format F]

CTM keys come from the system keychain, or from ANCHOR_CTM_ACCESS_KEY and
ANCHOR_CTM_SECRET_KEY when both are set (never stored). The Mailgun key comes from the
keychain, or from ANCHOR_MAILGUN_API_KEY when set (never stored).

Filters: --client, --category, --min-stars, --max-stars, --caller-type, --tag, --stage,
--source, --from, --to, --search. --database FILE works with every command.</source>
        <translation>Anchor CRM auf der Kommandozeile.

Befehle:
  init                          Datenbank anlegen oder aktualisieren; Schemaversion ausgeben.
  demo --calls N [--clients K] [--seed S] [--until DATE] [--journeys N]
                                Realistische Demo-Kunden und -Anrufe hinzufügen.
  leads list [Filter] [--sort COLUMN[:desc]] [--limit N] [--offset N] [--format F]
                                Leads auflisten, neueste zuerst, sofern nicht anders sortiert.
  leads search TEXT [Filter] [--limit N] [--format F]
                                Volltextsuche in den Leads.
  export leads --output FILE [Filter] [--sort COLUMN[:desc]]
                                Passende Leads in eine CSV-Datei schreiben (ohne Zeilenlimit).
  leads reclassify [--client X]  Gespeicherte Anrufe neu einordnen (manuelle Kategorien bleiben).
  clients add --name NAME [--type T] [--subtype S] [--email E] [--phone P]
  clients list [--format F]
  ctm configure --client X --account ID [--base-url URL] [--ca-cert FILE] [--keys-from-stdin]
  ctm test --client X            Schlüssel prüfen und die damit erreichbaren CTM-Konten auflisten.
  mailgun key-status [--client X] Ob ein Mailgun-API-Schlüssel im Schlüsselbund liegt
                                (Agentur ohne --client).
  mailgun test [--client X] [--domain D --region us|eu --sender A --sender-name N --base-url URL
               --ca-cert FILE] [--key-from-stdin]   Mailgun-Einstellungen und -Schlüssel prüfen.
  mailgun send-test --recipient ADDR [dieselben Optionen]   Eine kurze Testnachricht senden.
  mailgun configure [--client X] --domain D [--region us|eu] --from ADDRESS [--from-name NAME]
                    [--base-url URL] [--ca-cert FILE]   Absender speichern (Agentur ohne --client).
  mailgun key|set-key [--client X] [--key-from-stdin]
                                Den Mailgun-API-Schlüssel von stdin in den Schlüsselbund des Systems
                                lesen.
  campaigns list [--client X] [--status S] [--format F]
  campaigns create --name N --template T (--segment S | --to ADDRESS...) [--client X] [--subject S]
                                Kampagne als Entwurf erstellen; gibt ihre ID aus.
  campaigns send ID [--at DATETIME]
                                Alle Empfänger jetzt einreihen (oder planen); gibt eingereihte,
                                gesperrte und ungültige Adressen aus.
  campaigns pause|resume|cancel ID
  campaigns stats ID [--format F] Gesendet, zugestellt, geöffnet, geklickt, Bounces, ... mit Quoten.
  sync ctm [--client X]          Anrufe von CallTrackingMetrics abrufen (Fortschritt auf stderr).
  sync outbox                    Wartende Bewertungen und Notizen an CallTrackingMetrics übertragen.
  sync mailgun [--client X] [--events-only | --send-only]
                                Fällige Kampagnen starten, die Warteschlange senden, dann Ereignisse
                                und Sperrlisten abrufen; Exit-Status 0 nur, wenn alles durchging.
  llm configure --url URL --model M [--ca-cert FILE] [--key-from-stdin] | --disable
                                 Die optionale KI-Einordnung für neue Anrufe.
  journeys list [--status S] [--client X] [--search TEXT] [--limit N] [--offset N] [--format F]
                                Kunden-Journeys auflisten, nächste Aktion zuerst.
  journeys start --call CALL_ID [--template NAME] [--service NAME]... [--concern TEXT]...
                 [--follow-up-of JOURNEY_ID] [--format table|json]
                                Eine Journey aus einem Lead starten; gibt ihre ID und Schritte aus.
  jobs run [--redact-after-days N] [--format table|json]
                                Über fällige Journeys benachrichtigen; alte Leistungseinträge
                                schwärzen; seit 30 Tagen erledigte Aufgaben archivieren;
                                Fälligkeits-Automatisierungen ausführen; geplante Kampagnen
                                starten, deren Zeitpunkt gekommen ist.
  jobs configure --redact-after-days N
                                Alter für die Schwärzung speichern (0: nie).
  tasks list [--board B] [--assignee U] [--due-before DATE] [--format F]
  tasks add --board B [--group G] --name N [--due DATE] [--assignee U] [--call CALL_ID]
                                Aufgabe hinzufügen; gibt ihren Schlüssel aus (DENT-42).
  tasks move ITEM --group G [--position N]
                                Aufgabe (Schlüssel oder ID) in eine Spalte verschieben.
  tasks from-leads --client X --board B [--voicemail on|off] [--needs-attention on|off]
                                Neue Mailbox-Leads / Leads, die Aufmerksamkeit brauchen, werden
                                zu Aufgaben.
  boards add --workspace W --name N [--prefix P] [--template basic|sales|project|blank]
  boards list [--format F]

CTM-Schlüssel kommen aus dem Schlüsselbund des Systems oder aus ANCHOR_CTM_ACCESS_KEY und
ANCHOR_CTM_SECRET_KEY, wenn beide gesetzt sind (nie gespeichert). Der Mailgun-Schlüssel kommt
aus dem Schlüsselbund oder aus ANCHOR_MAILGUN_API_KEY, wenn gesetzt (nie gespeichert).

Filter: --client, --category, --min-stars, --max-stars, --caller-type, --tag, --stage,
--source, --from, --to, --search. --database FILE funktioniert mit jedem Befehl.</translation>
    </message>
    <message>
        <source>The Mailgun API key is read from stdin, on one line.</source>
        <translation>Der Mailgun-API-Schlüssel wird in einer Zeile von stdin gelesen.</translation>
    </message>
</context>
<context>
    <name>anchor::models::ActiveClientsModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Agreed total</source>
        <translation>Vereinbarte Summe</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Kunde seit</translation>
    </message>
</context>
<context>
    <name>anchor::models::AnchorctlMailgunSetup</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The keychain could not be read.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>Der API-Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Die Prüfung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignPreflight</name>
    <message>
        <source>The campaign&apos;s segment no longer exists.</source>
        <translation>Das Segment der Kampagne existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignRecipientsModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignsDocument</name>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Create campaign &quot;%1&quot;</source>
        <translation>Kampagne &quot;%1&quot; erstellen</translation>
    </message>
    <message>
        <source>Edit campaign &quot;%1&quot;</source>
        <translation>Kampagne &quot;%1&quot; bearbeiten</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete campaign &quot;%1&quot;</source>
        <translation>Kampagne &quot;%1&quot; löschen</translation>
    </message>
    <message>
        <source>Schedule campaign &quot;%1&quot;</source>
        <translation>Kampagne &quot;%1&quot; planen</translation>
    </message>
    <message>
        <source>Pause campaign &quot;%1&quot;</source>
        <translation>Kampagne &quot;%1&quot; pausieren</translation>
    </message>
    <message>
        <source>Resume campaign &quot;%1&quot;</source>
        <translation>Kampagne &quot;%1&quot; fortsetzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many recipients and events to delete with undo.</source>
        <translation>&quot;%1&quot; hat zu viele Empfänger und Ereignisse, als dass das Löschen rückgängig gemacht werden könnte.</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignsTableModel</name>
    <message>
        <source>%1 unique opens of %2 delivered</source>
        <translation>%1 eindeutige Öffnungen bei %2 zugestellten</translation>
    </message>
    <message>
        <source>%1 unique clicks of %2 delivered</source>
        <translation>%1 eindeutige Klicks bei %2 zugestellten</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Geplant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled / sent</source>
        <translation>Geplant / gesendet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
</context>
<context>
    <name>anchor::models::CatalogDocument</name>
    <message>
        <source>The service no longer exists.</source>
        <translation>Die Leistung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit service &quot;%1&quot;</source>
        <translation>Leistung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add service &quot;%1&quot;</source>
        <translation>Leistung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Activate service &quot;%1&quot;</source>
        <translation>Leistung „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Deactivate service &quot;%1&quot;</source>
        <translation>Leistung „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>Delete service &quot;%1&quot;</source>
        <translation>Leistung „%1“ löschen</translation>
    </message>
    <message>
        <source>The journey template no longer exists.</source>
        <translation>Die Journey-Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit journey template &quot;%1&quot;</source>
        <translation>Journey-Vorlage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add journey template &quot;%1&quot;</source>
        <translation>Journey-Vorlage „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate journey template as &quot;%1&quot;</source>
        <translation>Journey-Vorlage als „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete journey template &quot;%1&quot;</source>
        <translation>Journey-Vorlage „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>anchor::models::CtmSyncRunner</name>
    <message>
        <source>The sync program %1 could not be started: %2</source>
        <translation>Das Synchronisierungsprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ratings and notes for CallTrackingMetrics: %1</source>
        <translation>Bewertungen und Notizen für CallTrackingMetrics: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped next time.</source>
        <translation>Synchronisierung abgebrochen; sie setzt beim nächsten Mal dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The sync program stopped unexpectedly; nothing stored was lost.</source>
        <translation>Das Synchronisierungsprogramm wurde unerwartet beendet; nichts Gespeichertes ging verloren.</translation>
    </message>
</context>
<context>
    <name>anchor::models::EmailLogModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>anchor::models::EmailTemplateDocument</name>
    <message>
        <source>Add email template &quot;%1&quot;</source>
        <translation>E-Mail-Vorlage &quot;%1&quot; hinzufügen</translation>
    </message>
    <message>
        <source>The email template no longer exists.</source>
        <translation>Die E-Mail-Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit email template &quot;%1&quot;</source>
        <translation>E-Mail-Vorlage &quot;%1&quot; bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate email template as &quot;%1&quot;</source>
        <translation>E-Mail-Vorlage als &quot;%1&quot; duplizieren</translation>
    </message>
    <message>
        <source>Delete email template &quot;%1&quot;</source>
        <translation>E-Mail-Vorlage &quot;%1&quot; löschen</translation>
    </message>
</context>
<context>
    <name>anchor::models::EmailTemplateListModel</name>
    <message>
        <source>%1
Used by every client</source>
        <translation>%1
Von allen Kunden verwendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>anchor::models::JourneysDocument</name>
    <message>
        <source>Start journey</source>
        <translation>Journey starten</translation>
    </message>
    <message>
        <source>The step no longer exists.</source>
        <translation>Der Schritt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Complete step &quot;%1&quot;</source>
        <translation>Schritt „%1“ erledigen</translation>
    </message>
    <message>
        <source>Reopen step &quot;%1&quot;</source>
        <translation>Schritt „%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Edit notes of step &quot;%1&quot;</source>
        <translation>Notizen zu Schritt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Reschedule step &quot;%1&quot;</source>
        <translation>Schritt „%1“ neu terminieren</translation>
    </message>
    <message>
        <source>Add step &quot;%1&quot;</source>
        <translation>Schritt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove step &quot;%1&quot;</source>
        <translation>Schritt „%1“ entfernen</translation>
    </message>
    <message>
        <source>Add journey note</source>
        <translation>Journey-Notiz hinzufügen</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Die Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete journey note</source>
        <translation>Journey-Notiz löschen</translation>
    </message>
    <message>
        <source>Change journey status</source>
        <translation>Journey-Status ändern</translation>
    </message>
    <message>
        <source>Pause journey</source>
        <translation>Journey pausieren</translation>
    </message>
    <message>
        <source>Resume journey</source>
        <translation>Journey fortsetzen</translation>
    </message>
    <message>
        <source>Convert to active client</source>
        <translation>In aktiven Kunden umwandeln</translation>
    </message>
    <message>
        <source>Link call to active client</source>
        <translation>Anruf mit aktivem Kunden verknüpfen</translation>
    </message>
    <message>
        <source>Change active client status</source>
        <translation>Status des aktiven Kunden ändern</translation>
    </message>
</context>
<context>
    <name>anchor::models::JourneysTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Active client</source>
        <translation>Aktiver Kunde</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Redacted for privacy after the retention period</source>
        <translation>Nach Ablauf der Aufbewahrungsfrist aus Datenschutzgründen geschwärzt</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(geschwärzt)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Services and concerns</source>
        <translation>Leistungen und Anliegen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadCsvExporter</name>
    <message>
        <source>Cannot export to %1: it is a folder.</source>
        <translation>Export nach %1 nicht möglich: Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the export to %1: %2</source>
        <translation>Der Export kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the export to %1 failed: %2. No file was written.</source>
        <translation>Das Schreiben des Exports nach %1 ist fehlgeschlagen: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saving the export to %1 failed: %2. No file was written.</source>
        <translation>Das Speichern des Exports unter %1 ist fehlgeschlagen: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadFormat</name>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadsDocument</name>
    <message numerus="yes">
        <source>Set rating to %n star(s)</source>
        <translation>
            <numerusform>Bewertung auf %n Stern setzen</numerusform>
            <numerusform>Bewertung auf %n Sterne setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set rating of %1 leads to %n star(s)</source>
        <translation>
            <numerusform>Bewertung von %1 Leads auf %n Stern setzen</numerusform>
            <numerusform>Bewertung von %1 Leads auf %n Sterne setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set category to %1</source>
        <translation>Kategorie auf %1 setzen</translation>
    </message>
    <message>
        <source>Set category of %1 leads to %2</source>
        <translation>Kategorie von %1 Leads auf %2 setzen</translation>
    </message>
    <message>
        <source>Clear pipeline stage</source>
        <translation>Pipeline-Phase entfernen</translation>
    </message>
    <message>
        <source>Clear pipeline stage of %1 leads</source>
        <translation>Pipeline-Phase von %1 Leads entfernen</translation>
    </message>
    <message>
        <source>Move to stage %1</source>
        <translation>In Phase %1 verschieben</translation>
    </message>
    <message>
        <source>Move %1 leads to stage %2</source>
        <translation>%1 Leads in Phase %2 verschieben</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Tag %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Die Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>anchor::models::MailgunSyncRunner</name>
    <message>
        <source>The sync program %1 could not be started: %2</source>
        <translation>Das Synchronisierungsprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Senden: %1</translation>
    </message>
    <message>
        <source>%1, events: %2</source>
        <translation>%1, Ereignisse: %2</translation>
    </message>
    <message>
        <source>%1, suppression lists: %2</source>
        <translation>%1, Sperrlisten: %2</translation>
    </message>
    <message>
        <source>Mailgun sync cancelled; it resumes where it stopped next time.</source>
        <translation>Mailgun-Synchronisierung abgebrochen; sie setzt beim nächsten Mal dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The sync program stopped unexpectedly; nothing queued was lost or will be sent twice.</source>
        <translation>Das Synchronisierungsprogramm wurde unerwartet beendet; nichts Eingereihtes ging verloren oder wird doppelt gesendet.</translation>
    </message>
</context>
<context>
    <name>anchor::models::MyWorkModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>anchor::models::SegmentDocument</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>Das Segment existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit segment &quot;%1&quot;</source>
        <translation>Segment &quot;%1&quot; bearbeiten</translation>
    </message>
    <message>
        <source>Add segment &quot;%1&quot;</source>
        <translation>Segment &quot;%1&quot; hinzufügen</translation>
    </message>
    <message>
        <source>Delete segment &quot;%1&quot;</source>
        <translation>Segment &quot;%1&quot; löschen</translation>
    </message>
</context>
<context>
    <name>anchor::models::SegmentListModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
</context>
<context>
    <name>anchor::models::SegmentRecipientsModel</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Active client</source>
        <translation>Aktiver Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>anchor::models::ServiceListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Not priced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Grundpreis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>anchor::models::TaskBoardModel</name>
    <message>
        <source>The board no longer exists.</source>
        <translation>Das Board existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>anchor::models::TaskColumnModel</name>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>%1 %2, status %3</source>
        <translation>%1 %2, Status %3</translation>
    </message>
</context>
<context>
    <name>anchor::models::TaskItemDocument</name>
    <message>
        <source>Rename task to &quot;%1&quot;</source>
        <translation>Aufgabe in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit task description</source>
        <translation>Aufgabenbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Fälligkeitsdatum festlegen</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>Fälligkeitsdatum entfernen</translation>
    </message>
    <message>
        <source>Change task priority</source>
        <translation>Aufgabenpriorität ändern</translation>
    </message>
    <message>
        <source>Change task flags</source>
        <translation>Aufgabenmarkierungen ändern</translation>
    </message>
    <message>
        <source>Assign task</source>
        <translation>Aufgabe zuweisen</translation>
    </message>
    <message>
        <source>Unassign task</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Add subitem &quot;%1&quot;</source>
        <translation>Unteraufgabe „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename subitem &quot;%1&quot;</source>
        <translation>Unteraufgabe „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Complete subitem &quot;%1&quot;</source>
        <translation>Unteraufgabe „%1“ erledigen</translation>
    </message>
    <message>
        <source>Reopen subitem &quot;%1&quot;</source>
        <translation>Unteraufgabe „%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Move subitem &quot;%1&quot;</source>
        <translation>Unteraufgabe „%1“ verschieben</translation>
    </message>
    <message>
        <source>Delete subitem &quot;%1&quot;</source>
        <translation>Unteraufgabe „%1“ löschen</translation>
    </message>
    <message>
        <source>Post update</source>
        <translation>Update veröffentlichen</translation>
    </message>
    <message>
        <source>The update no longer exists.</source>
        <translation>Das Update existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only the author can delete an update.</source>
        <translation>Nur der Verfasser kann ein Update löschen.</translation>
    </message>
    <message>
        <source>Delete update</source>
        <translation>Update löschen</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot;</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <source>The file is no longer attached.</source>
        <translation>Die Datei ist nicht mehr angehängt.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Log %n minute(s)</source>
        <translation>
            <numerusform>%n Minute erfassen</numerusform>
            <numerusform>%n Minuten erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Es läuft kein Timer.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Mark time billable</source>
        <translation>Zeit als abrechenbar markieren</translation>
    </message>
    <message>
        <source>Mark time not billable</source>
        <translation>Zeit als nicht abrechenbar markieren</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Zeiteintrag löschen</translation>
    </message>
</context>
<context>
    <name>anchor::models::TasksDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The column no longer exists.</source>
        <translation>Die Spalte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Create workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ erstellen</translation>
    </message>
    <message>
        <source>The workspace no longer exists.</source>
        <translation>Der Arbeitsbereich existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Rename workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ löschen</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace</source>
        <translation>%1 aus dem Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Add %1 to the workspace</source>
        <translation>%1 zum Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Create board &quot;%1&quot;</source>
        <translation>Board „%1“ erstellen</translation>
    </message>
    <message>
        <source>The board no longer exists.</source>
        <translation>Das Board existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit board &quot;%1&quot;</source>
        <translation>Board „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete board &quot;%1&quot;</source>
        <translation>Board „%1“ löschen</translation>
    </message>
    <message>
        <source>Edit global status labels</source>
        <translation>Globale Statusbezeichnungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit status labels</source>
        <translation>Statusbezeichnungen bearbeiten</translation>
    </message>
    <message>
        <source>Add column &quot;%1&quot;</source>
        <translation>Spalte „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename column &quot;%1&quot;</source>
        <translation>Spalte „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Move column &quot;%1&quot;</source>
        <translation>Spalte „%1“ verschieben</translation>
    </message>
    <message>
        <source>Archive column &quot;%1&quot;</source>
        <translation>Spalte „%1“ archivieren</translation>
    </message>
    <message>
        <source>Restore column &quot;%1&quot;</source>
        <translation>Spalte „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Add task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Move task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ verschieben</translation>
    </message>
    <message>
        <source>Rename task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Set status of &quot;%1&quot; to %2</source>
        <translation>Status von „%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>Set due date of &quot;%1&quot;</source>
        <translation>Fälligkeitsdatum von „%1“ festlegen</translation>
    </message>
    <message>
        <source>Clear due date of &quot;%1&quot;</source>
        <translation>Fälligkeitsdatum von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Set priority of &quot;%1&quot;</source>
        <translation>Priorität von „%1“ festlegen</translation>
    </message>
    <message>
        <source>Assign &quot;%1&quot; to %2</source>
        <translation>„%1“ an %2 zuweisen</translation>
    </message>
    <message>
        <source>Unassign %2 from &quot;%1&quot;</source>
        <translation>Zuweisung von %2 an „%1“ aufheben</translation>
    </message>
    <message>
        <source>Archive task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ archivieren</translation>
    </message>
    <message>
        <source>Restore task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Automation: %1</source>
        <translation>Automatisierung: %1</translation>
    </message>
</context>
<context>
    <name>anchor::models::TemplateStepsModel</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
</context>
<context>
    <name>anchor::storage::ActiveClientRepository</name>
    <message>
        <source>Loading active clients</source>
        <translation>Aktive Kunden werden geladen</translation>
    </message>
    <message>
        <source>Loading an active client</source>
        <translation>Aktiver Kunde wird geladen</translation>
    </message>
    <message>
        <source>Loading the services agreed</source>
        <translation>Vereinbarte Leistungen werden geladen</translation>
    </message>
    <message>
        <source>Converting to an active client</source>
        <translation>Umwandlung in einen aktiven Kunden</translation>
    </message>
    <message>
        <source>Choose at least one service the client agreed to.</source>
        <translation>Wählen Sie mindestens eine Leistung, die der Kunde vereinbart hat.</translation>
    </message>
    <message>
        <source>An agreed price must be an amount of money between 0 and 10,000,000.</source>
        <translation>Ein vereinbarter Preis muss ein Geldbetrag zwischen 0 und 10.000.000 sein.</translation>
    </message>
    <message>
        <source>Each service needs the date the client agreed.</source>
        <translation>Jede Leistung braucht das Datum, an dem der Kunde sie vereinbart hat.</translation>
    </message>
    <message>
        <source>The journey no longer exists.</source>
        <translation>Die Journey existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This journey was already converted to an active client.</source>
        <translation>Diese Journey wurde bereits in einen aktiven Kunden umgewandelt.</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Lead mit der Anruf-ID „%1“.</translation>
    </message>
    <message>
        <source>This lead was already converted to an active client.</source>
        <translation>Dieser Lead wurde bereits in einen aktiven Kunden umgewandelt.</translation>
    </message>
    <message>
        <source>Choose a journey or a lead to convert.</source>
        <translation>Wählen Sie eine Journey oder einen Lead zum Umwandeln.</translation>
    </message>
    <message>
        <source>A chosen service is not one this client offers.</source>
        <translation>Eine gewählte Leistung wird von diesem Kunden nicht angeboten.</translation>
    </message>
    <message>
        <source>The active client no longer exists.</source>
        <translation>Der aktive Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The active client belongs to another client business.</source>
        <translation>Der aktive Kunde gehört zu einem anderen Kundenunternehmen.</translation>
    </message>
    <message>
        <source>Undoing a conversion</source>
        <translation>Umwandlung wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Linking a call to an active client</source>
        <translation>Anruf wird mit einem aktiven Kunden verknüpft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active client status.</source>
        <translation>„%1“ ist kein Status für aktive Kunden.</translation>
    </message>
    <message>
        <source>Changing an active client&apos;s status</source>
        <translation>Status eines aktiven Kunden wird geändert</translation>
    </message>
    <message>
        <source>Reopen this journey before converting it: it was lost.</source>
        <translation>Öffnen Sie diese Journey wieder, bevor Sie sie umwandeln: Sie wurde verloren.</translation>
    </message>
    <message>
        <source>Reopen this journey before converting it: it is archived.</source>
        <translation>Öffnen Sie diese Journey wieder, bevor Sie sie umwandeln: Sie ist archiviert.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::CallImportRepository</name>
    <message>
        <source>Reading where the last CallTrackingMetrics sync stopped</source>
        <translation>Lesen, wo die letzte CallTrackingMetrics-Synchronisierung aufgehört hat</translation>
    </message>
    <message>
        <source>Recording a failed CallTrackingMetrics sync</source>
        <translation>Fehlgeschlagene CallTrackingMetrics-Synchronisierung festhalten</translation>
    </message>
    <message>
        <source>Saving calls from CallTrackingMetrics</source>
        <translation>Anrufe von CallTrackingMetrics speichern</translation>
    </message>
    <message>
        <source>Reading calls to classify</source>
        <translation>Einzuordnende Anrufe lesen</translation>
    </message>
    <message>
        <source>Counting calls to classify</source>
        <translation>Einzuordnende Anrufe zählen</translation>
    </message>
    <message>
        <source>Saving call categories</source>
        <translation>Anrufkategorien speichern</translation>
    </message>
    <message>
        <source>New very good lead: %1</source>
        <translation>Neuer sehr guter Lead: %1</translation>
    </message>
    <message>
        <source>Lead needs attention: %1</source>
        <translation>Lead braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Numbering repeat callers</source>
        <translation>Wiederholte Anrufer nummerieren</translation>
    </message>
</context>
<context>
    <name>anchor::storage::CallRepository</name>
    <message>
        <source>Loading leads</source>
        <translation>Leads werden geladen</translation>
    </message>
    <message>
        <source>Counting leads</source>
        <translation>Leads werden gezählt</translation>
    </message>
    <message>
        <source>Reading leads</source>
        <translation>Leads werden gelesen</translation>
    </message>
    <message>
        <source>Loading a lead</source>
        <translation>Lead wird geladen</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation>Eine Bewertung hat 1 bis 5 Sterne, nicht %1.</translation>
    </message>
    <message>
        <source>Saving the rating</source>
        <translation>Bewertung wird gespeichert</translation>
    </message>
    <message>
        <source>Queueing the rating for CallTrackingMetrics</source>
        <translation>Bewertung wird für CallTrackingMetrics vorgemerkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead category.</source>
        <translation>&quot;%1&quot; ist keine Lead-Kategorie.</translation>
    </message>
    <message>
        <source>Saving the category</source>
        <translation>Kategorie wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the pipeline stage</source>
        <translation>Pipeline-Phase wird gespeichert</translation>
    </message>
    <message>
        <source>Loading the call history</source>
        <translation>Anrufverlauf wird geladen</translation>
    </message>
    <message>
        <source>Loading lead sources</source>
        <translation>Lead-Quellen werden geladen</translation>
    </message>
    <message>
        <source>Restoring a lead</source>
        <translation>Lead wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Searching leads</source>
        <translation>Leads werden durchsucht</translation>
    </message>
</context>
<context>
    <name>anchor::storage::CampaignRepository</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Enter the subject of the campaign.</source>
        <translation>Geben Sie den Betreff der Kampagne ein.</translation>
    </message>
    <message>
        <source>The campaign has no content.</source>
        <translation>Die Kampagne hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sending address.</source>
        <translation>&quot;%1&quot; ist keine gültige Absenderadresse.</translation>
    </message>
    <message>
        <source>Checking the campaign&apos;s client</source>
        <translation>Kunde der Kampagne wird geprüft</translation>
    </message>
    <message>
        <source>Choose the client the campaign is for.</source>
        <translation>Wählen Sie den Kunden, für den die Kampagne bestimmt ist.</translation>
    </message>
    <message>
        <source>Checking the campaign&apos;s segment</source>
        <translation>Segment der Kampagne wird geprüft</translation>
    </message>
    <message>
        <source>The segment does not exist or belongs to another client.</source>
        <translation>Das Segment existiert nicht oder gehört zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>Checking the campaign&apos;s template</source>
        <translation>Vorlage der Kampagne wird geprüft</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>Die Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reading the campaign</source>
        <translation>Kampagne wird gelesen</translation>
    </message>
    <message>
        <source>Creating the campaign</source>
        <translation>Kampagne wird erstellt</translation>
    </message>
    <message>
        <source>A campaign that is %1 can no longer be edited.</source>
        <translation>Eine Kampagne mit dem Status &quot;%1&quot; kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>A campaign that started sending cannot change its client.</source>
        <translation>Bei einer Kampagne, deren Versand begonnen hat, kann der Kunde nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Kampagne wird gespeichert</translation>
    </message>
    <message>
        <source>Loading the campaign</source>
        <translation>Kampagne wird geladen</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Loading campaigns</source>
        <translation>Kampagnen werden geladen</translation>
    </message>
    <message>
        <source>Pause or cancel the campaign before deleting it.</source>
        <translation>Pausieren oder stornieren Sie die Kampagne, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <source>Deleting the campaign</source>
        <translation>Kampagne wird gelöscht</translation>
    </message>
    <message>
        <source>A campaign that is %1 cannot become %2.</source>
        <translation>Eine Kampagne mit dem Status &quot;%1&quot; kann nicht den Status &quot;%2&quot; erhalten.</translation>
    </message>
    <message>
        <source>Choose when the campaign is sent.</source>
        <translation>Wählen Sie, wann die Kampagne gesendet wird.</translation>
    </message>
    <message>
        <source>The campaign has already started sending.</source>
        <translation>Der Versand der Kampagne hat bereits begonnen.</translation>
    </message>
    <message>
        <source>Choose a segment or enter the addresses to send to.</source>
        <translation>Wählen Sie ein Segment oder geben Sie die Empfängeradressen ein.</translation>
    </message>
    <message>
        <source>Scheduling the campaign</source>
        <translation>Kampagne wird geplant</translation>
    </message>
    <message>
        <source>Pausing the campaign</source>
        <translation>Kampagne wird pausiert</translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed.</source>
        <translation>Nur eine pausierte Kampagne kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Resuming the campaign</source>
        <translation>Kampagne wird fortgesetzt</translation>
    </message>
    <message>
        <source>Cancelling the campaign</source>
        <translation>Kampagne wird abgebrochen</translation>
    </message>
    <message>
        <source>Loading scheduled campaigns</source>
        <translation>Geplante Kampagnen werden geladen</translation>
    </message>
    <message>
        <source>A campaign that is %1 cannot be sent.</source>
        <translation>Eine Kampagne mit dem Status &quot;%1&quot; kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The campaign&apos;s segment no longer exists.</source>
        <translation>Das Segment der Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>None of the campaign&apos;s addresses is valid: %1</source>
        <translation>Keine der Adressen der Kampagne ist gültig: %1</translation>
    </message>
    <message>
        <source>The campaign has no recipients.</source>
        <translation>Die Kampagne hat keine Empfänger.</translation>
    </message>
    <message>
        <source>Reading the suppression list</source>
        <translation>Sperrliste wird gelesen</translation>
    </message>
    <message>
        <source>Queueing the campaign</source>
        <translation>Kampagne wird eingereiht</translation>
    </message>
    <message>
        <source>Finishing the campaign</source>
        <translation>Kampagne wird abgeschlossen</translation>
    </message>
    <message>
        <source>Computing the campaign statistics</source>
        <translation>Kampagnenstatistik wird berechnet</translation>
    </message>
    <message>
        <source>Loading the campaign&apos;s recipients</source>
        <translation>Empfänger der Kampagne werden geladen</translation>
    </message>
    <message>
        <source>Keeping the campaign for undo</source>
        <translation>Kampagne wird zum Rückgängigmachen aufbewahrt</translation>
    </message>
    <message>
        <source>There is no deleted campaign to bring back.</source>
        <translation>Es gibt keine gelöschte Kampagne, die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>The campaign is there already.</source>
        <translation>Die Kampagne ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Bringing the campaign back</source>
        <translation>Kampagne wird wiederhergestellt</translation>
    </message>
    <message>
        <source>The campaign cannot come back: its client business was deleted.</source>
        <translation>Die Kampagne kann nicht wiederhergestellt werden: das zugehörige Kundenunternehmen wurde gelöscht.</translation>
    </message>
    <message>
        <source>The deleted campaign cannot be read back.</source>
        <translation>Die gelöschte Kampagne kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Queueing was cancelled: nothing was queued and the campaign is as it was.</source>
        <translation>Das Einreihen wurde abgebrochen: es wurde nichts eingereiht, und die Kampagne ist unverändert.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::ClientRepository</name>
    <message>
        <source>Loading clients</source>
        <translation>Kunden werden geladen</translation>
    </message>
    <message>
        <source>Loading a client</source>
        <translation>Kunde wird geladen</translation>
    </message>
    <message>
        <source>Looking up a client</source>
        <translation>Kunde wird gesucht</translation>
    </message>
    <message>
        <source>No client is called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kunden namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several clients are called &quot;%1&quot;; use one of their ids: %2</source>
        <translation>Mehrere Kunden heißen &quot;%1&quot;; verwenden Sie eine ihrer IDs: %2</translation>
    </message>
    <message>
        <source>Saving the client</source>
        <translation>Kunde wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the client profile</source>
        <translation>Kundenprofil wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the client&apos;s business name</source>
        <translation>Firmenname des Kunden wird gespeichert</translation>
    </message>
    <message>
        <source>Loading the CallTrackingMetrics settings</source>
        <translation>CallTrackingMetrics-Einstellungen laden</translation>
    </message>
    <message>
        <source>No client has the id %1.</source>
        <translation>Kein Kunde hat die ID %1.</translation>
    </message>
    <message>
        <source>Saving the CallTrackingMetrics settings</source>
        <translation>CallTrackingMetrics-Einstellungen speichern</translation>
    </message>
</context>
<context>
    <name>anchor::storage::DashboardRepository</name>
    <message>
        <source>Computing the dashboard</source>
        <translation>Dashboard wird berechnet</translation>
    </message>
</context>
<context>
    <name>anchor::storage::Database</name>
    <message>
        <source>Opening the database</source>
        <translation>Datenbank wird geöffnet</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Anchor CRM database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 ist keine Anchor-CRM-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another location for the database.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen Ort für die Datenbank.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar, daher kann die Datenbank dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The database has schema version %1; this build needs version %2. Run &quot;anchorctl init&quot; to upgrade it.</source>
        <translation>Die Datenbank hat Schemaversion %1; diese Version benötigt Version %2. Führen Sie &quot;anchorctl init&quot; aus, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>anchor::storage::DemoGenerator</name>
    <message>
        <source>The number of demo calls must be between 0 and %L1; %L2 was asked for.</source>
        <translation>Die Anzahl der Demo-Anrufe muss zwischen 0 und %L1 liegen; angefordert wurden %L2.</translation>
    </message>
    <message>
        <source>The number of demo clients must be between 1 and %1; %2 was asked for.</source>
        <translation>Die Anzahl der Demo-Kunden muss zwischen 1 und %1 liegen; angefordert wurden %2.</translation>
    </message>
    <message>
        <source>No database is open for the demo data.</source>
        <translation>Für die Demodaten ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Preparing the database for demo data</source>
        <translation>Datenbank wird für Demodaten vorbereitet</translation>
    </message>
    <message>
        <source>Reading the database before adding demo data</source>
        <translation>Datenbank wird vor dem Hinzufügen der Demodaten gelesen</translation>
    </message>
    <message>
        <source>Adding a demo client</source>
        <translation>Demo-Kunde wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s services</source>
        <translation>Leistungen eines Demo-Kunden werden hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s pipeline</source>
        <translation>Pipeline eines Demo-Kunden wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s tags</source>
        <translation>Tags eines Demo-Kunden werden hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a demo active client</source>
        <translation>Aktiver Demo-Kunde wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding demo calls</source>
        <translation>Demo-Anrufe werden hinzugefügt</translation>
    </message>
    <message>
        <source>Tagging demo calls</source>
        <translation>Demo-Anrufe werden getaggt</translation>
    </message>
    <message>
        <source>Adding demo notes</source>
        <translation>Demo-Notizen werden hinzugefügt</translation>
    </message>
    <message>
        <source>Reading the demo leads</source>
        <translation>Demo-Leads werden gelesen</translation>
    </message>
    <message>
        <source>Adding a demo journey</source>
        <translation>Demo-Journey wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a demo journey note</source>
        <translation>Demo-Journey-Notiz wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a demo journey event</source>
        <translation>Demo-Journey-Ereignis wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding demo journey steps</source>
        <translation>Demo-Journey-Schritte werden hinzugefügt</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailEventRepository</name>
    <message>
        <source>Matching Mailgun events</source>
        <translation>Mailgun-Ereignisse werden zugeordnet</translation>
    </message>
    <message>
        <source>Applying Mailgun events</source>
        <translation>Mailgun-Ereignisse werden angewendet</translation>
    </message>
    <message>
        <source>Loading Mailgun events</source>
        <translation>Mailgun-Ereignisse werden geladen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailLogRepository</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Loading the email log</source>
        <translation>E-Mail-Protokoll wird geladen</translation>
    </message>
    <message>
        <source>Counting the email log</source>
        <translation>E-Mail-Protokoll wird gezählt</translation>
    </message>
    <message>
        <source>Loading the message</source>
        <translation>Nachricht wird geladen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Task notification</source>
        <translation>Aufgabenbenachrichtigung</translation>
    </message>
    <message>
        <source>Document review request</source>
        <translation>Bitte um Dokumentprüfung</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailQueueRepository</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address: the message was not queued.</source>
        <translation>&quot;%1&quot; ist keine gültige E-Mail-Adresse: die Nachricht wurde nicht eingereiht.</translation>
    </message>
    <message>
        <source>A queued message needs an email type.</source>
        <translation>Eine eingereihte Nachricht braucht einen E-Mail-Typ.</translation>
    </message>
    <message>
        <source>A queued message needs a subject.</source>
        <translation>Eine eingereihte Nachricht braucht einen Betreff.</translation>
    </message>
    <message>
        <source>Queueing an email</source>
        <translation>E-Mail wird eingereiht</translation>
    </message>
    <message>
        <source>Not sent: the address bounced or complained before and is suppressed.</source>
        <translation>Nicht gesendet: die Adresse hatte bereits einen Bounce oder eine Beschwerde und ist gesperrt.</translation>
    </message>
    <message>
        <source>Updating the send queue</source>
        <translation>Sendewarteschlange wird aktualisiert</translation>
    </message>
    <message>
        <source>Checking the suppression list</source>
        <translation>Sperrliste wird geprüft</translation>
    </message>
    <message>
        <source>Reading the send queue</source>
        <translation>Sendewarteschlange wird gelesen</translation>
    </message>
    <message>
        <source>Counting the send queue</source>
        <translation>Sendewarteschlange wird gezählt</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailTemplateRepository</name>
    <message>
        <source>You receive this email from {{client_name}}. &lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;</source>
        <translation>Sie erhalten diese E-Mail von {{client_name}}. &lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Abmelden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Welcome new patient</source>
        <translation>Willkommen, neuer Patient</translation>
    </message>
    <message>
        <source>Welcome to {{client_name}}, {{first_name}}!</source>
        <translation>Willkommen bei {{client_name}}, {{first_name}}!</translation>
    </message>
    <message>
        <source>Hi {{first_name}},</source>
        <translation>Hallo {{first_name}},</translation>
    </message>
    <message>
        <source>Thank you for choosing {{client_name}}. We are glad to have you with us and look forward to seeing you soon.</source>
        <translation>Vielen Dank, dass Sie sich für {{client_name}} entschieden haben. Wir freuen uns, Sie bei uns begrüßen zu dürfen, und hoffen, Sie bald zu sehen.</translation>
    </message>
    <message>
        <source>If you have any questions before your first visit, just reply to this email or give us a call.</source>
        <translation>Wenn Sie vor Ihrem ersten Besuch Fragen haben, antworten Sie einfach auf diese E-Mail oder rufen Sie uns an.</translation>
    </message>
    <message>
        <source>Warm regards,&lt;br&gt;{{sender_name}}</source>
        <translation>Herzliche Grüße&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Seasonal offer</source>
        <translation>Saisonangebot</translation>
    </message>
    <message>
        <source>{{first_name}}, a seasonal offer from {{client_name}}</source>
        <translation>{{first_name}}, ein Saisonangebot von {{client_name}}</translation>
    </message>
    <message>
        <source>This season we have a special offer for our patients and customers. Book before the end of the month and enjoy &lt;strong&gt;15% off&lt;/strong&gt; your next appointment.</source>
        <translation>In dieser Saison haben wir ein besonderes Angebot für unsere Patienten und Kunden. Buchen Sie bis zum Monatsende und erhalten Sie &lt;strong&gt;15 % Rabatt&lt;/strong&gt; auf Ihren nächsten Termin.</translation>
    </message>
    <message>
        <source>Reply to this email or call us to book your spot.</source>
        <translation>Antworten Sie auf diese E-Mail oder rufen Sie uns an, um Ihren Termin zu buchen.</translation>
    </message>
    <message>
        <source>Best wishes,&lt;br&gt;{{sender_name}}</source>
        <translation>Beste Grüße&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Monatliche Neuigkeiten</translation>
    </message>
    <message>
        <source>News from {{client_name}}</source>
        <translation>Neues von {{client_name}}</translation>
    </message>
    <message>
        <source>Here is what is new at {{client_name}} this month:</source>
        <translation>Das ist diesen Monat neu bei {{client_name}}:</translation>
    </message>
    <message>
        <source>&lt;ul&gt;
&lt;li&gt;New appointment times&lt;/li&gt;
&lt;li&gt;Tips from our team&lt;/li&gt;
&lt;li&gt;What is coming next&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;
&lt;li&gt;Neue Terminzeiten&lt;/li&gt;
&lt;li&gt;Tipps von unserem Team&lt;/li&gt;
&lt;li&gt;Was als Nächstes kommt&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Thank you for being with us,&lt;br&gt;{{sender_name}}</source>
        <translation>Danke, dass Sie bei uns sind&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Happy birthday</source>
        <translation>Alles Gute zum Geburtstag</translation>
    </message>
    <message>
        <source>Happy birthday, {{first_name}}!</source>
        <translation>Alles Gute zum Geburtstag, {{first_name}}!</translation>
    </message>
    <message>
        <source>Everyone at {{client_name}} wishes you a very happy birthday!</source>
        <translation>Das ganze Team von {{client_name}} wünscht Ihnen alles Gute zum Geburtstag!</translation>
    </message>
    <message>
        <source>As a small gift, your next visit comes with a treat from us. Just mention this email when you book.</source>
        <translation>Als kleines Geschenk wartet bei Ihrem nächsten Besuch eine Überraschung auf Sie. Erwähnen Sie bei der Buchung einfach diese E-Mail.</translation>
    </message>
    <message>
        <source>All the best,&lt;br&gt;{{sender_name}}</source>
        <translation>Alles Gute&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Adding the shipped email templates</source>
        <translation>Mitgelieferte E-Mail-Vorlagen werden hinzugefügt</translation>
    </message>
    <message>
        <source>Loading email templates</source>
        <translation>E-Mail-Vorlagen werden geladen</translation>
    </message>
    <message>
        <source>Loading an email template</source>
        <translation>E-Mail-Vorlage wird geladen</translation>
    </message>
    <message>
        <source>An email template needs a name.</source>
        <translation>Eine E-Mail-Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>A template name can be at most %1 characters.</source>
        <translation>Ein Vorlagenname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a subject.</source>
        <translation>Die Vorlage &quot;%1&quot; braucht einen Betreff.</translation>
    </message>
    <message>
        <source>A subject can be at most %1 characters.</source>
        <translation>Ein Betreff darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A subject is one line; remove the line breaks.</source>
        <translation>Ein Betreff ist eine Zeile; entfernen Sie die Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a message body.</source>
        <translation>Die Vorlage &quot;%1&quot; braucht einen Nachrichtentext.</translation>
    </message>
    <message>
        <source>The message body is too large (at most 2 MB of text).</source>
        <translation>Der Nachrichtentext ist zu groß (höchstens 2 MB Text).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email template category; use welcome, offers, updates, birthday or none.</source>
        <translation>&quot;%1&quot; ist keine Kategorie für E-Mail-Vorlagen; verwenden Sie welcome, offers, updates, birthday oder none.</translation>
    </message>
    <message>
        <source>Saving an email template</source>
        <translation>E-Mail-Vorlage wird gespeichert</translation>
    </message>
    <message>
        <source>The client business of this template no longer exists.</source>
        <translation>Das Kundenunternehmen dieser Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>An agency-wide template named &quot;%1&quot; already exists.</source>
        <translation>Es gibt bereits eine agenturweite Vorlage namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The client already has a template named &quot;%1&quot;.</source>
        <translation>Der Kunde hat bereits eine Vorlage namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The email template &quot;%1&quot; no longer exists.</source>
        <translation>Die E-Mail-Vorlage &quot;%1&quot; existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only a stored email template can be changed.</source>
        <translation>Nur eine gespeicherte E-Mail-Vorlage kann geändert werden.</translation>
    </message>
    <message>
        <source>The email template no longer exists.</source>
        <translation>Die E-Mail-Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Copying an email template</source>
        <translation>E-Mail-Vorlage wird kopiert</translation>
    </message>
    <message>
        <source>Deleting an email template</source>
        <translation>E-Mail-Vorlage wird gelöscht</translation>
    </message>
    <message>
        <source>Only an email template with an id can be restored.</source>
        <translation>Nur eine E-Mail-Vorlage mit ID kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restoring an email template</source>
        <translation>E-Mail-Vorlage wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Loading people to preview a template with</source>
        <translation>Personen für die Vorlagenvorschau werden geladen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::JourneyJobs</name>
    <message>
        <source>Checking for journeys that are due</source>
        <translation>Fällige Journeys werden gesucht</translation>
    </message>
    <message>
        <source>A journey</source>
        <translation>Eine Journey</translation>
    </message>
    <message>
        <source>Follow-up due: %1</source>
        <translation>Nachfassen fällig: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Redacting old service records</source>
        <translation>Alte Leistungseinträge werden geschwärzt</translation>
    </message>
    <message>
        <source>Reading the redaction setting</source>
        <translation>Schwärzungseinstellung wird gelesen</translation>
    </message>
    <message>
        <source>Redaction happens after 1 to 36,500 days, or never (0), not after %1.</source>
        <translation>Geschwärzt wird nach 1 bis 36.500 Tagen oder nie (0), nicht nach %1.</translation>
    </message>
    <message>
        <source>Saving the redaction setting</source>
        <translation>Schwärzungseinstellung wird gespeichert</translation>
    </message>
</context>
<context>
    <name>anchor::storage::JourneyRepository</name>
    <message>
        <source>The step no longer exists.</source>
        <translation>Der Schritt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Loading journeys</source>
        <translation>Journeys werden geladen</translation>
    </message>
    <message>
        <source>Counting journeys</source>
        <translation>Journeys werden gezählt</translation>
    </message>
    <message>
        <source>Loading a journey</source>
        <translation>Journey wird geladen</translation>
    </message>
    <message>
        <source>Starting a journey</source>
        <translation>Journey wird gestartet</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Lead mit der Anruf-ID „%1“.</translation>
    </message>
    <message>
        <source>This call already started a journey. Open that journey, or start a follow-up journey from it.</source>
        <translation>Mit diesem Anruf wurde bereits eine Journey gestartet. Öffnen Sie diese Journey oder starten Sie von ihr aus eine Folge-Journey.</translation>
    </message>
    <message>
        <source>The journey to follow up no longer exists.</source>
        <translation>Die Journey, an die angeschlossen werden soll, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A follow-up journey belongs to the same client business as the journey it follows.</source>
        <translation>Eine Folge-Journey gehört zum selben Kundenunternehmen wie die Journey, an die sie anschließt.</translation>
    </message>
    <message>
        <source>A chosen service is not one this client offers.</source>
        <translation>Eine gewählte Leistung wird von diesem Kunden nicht angeboten.</translation>
    </message>
    <message>
        <source>The journey template has no steps (or no longer exists); add steps to it first.</source>
        <translation>Die Journey-Vorlage hat keine Schritte (oder existiert nicht mehr); fügen Sie ihr zuerst Schritte hinzu.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; of the template is due out of range (0 days to 10 years).</source>
        <translation>Die Fälligkeit des Schritts „%1“ der Vorlage liegt außerhalb des zulässigen Bereichs (0 Tage bis 10 Jahre).</translation>
    </message>
    <message>
        <source>Deleting a journey</source>
        <translation>Journey wird gelöscht</translation>
    </message>
    <message>
        <source>Loading a journey&apos;s steps</source>
        <translation>Schritte einer Journey werden geladen</translation>
    </message>
    <message>
        <source>Saving a journey step</source>
        <translation>Journey-Schritt wird gespeichert</translation>
    </message>
    <message>
        <source>A step needs a due date.</source>
        <translation>Ein Schritt braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Rescheduling a journey step</source>
        <translation>Journey-Schritt wird neu terminiert</translation>
    </message>
    <message>
        <source>A step needs a label.</source>
        <translation>Ein Schritt braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel.</source>
        <translation>„%1“ ist kein Kanal.</translation>
    </message>
    <message>
        <source>Adding a journey step</source>
        <translation>Journey-Schritt wird hinzugefügt</translation>
    </message>
    <message>
        <source>Removing a journey step</source>
        <translation>Journey-Schritt wird entfernt</translation>
    </message>
    <message>
        <source>Loading a journey&apos;s notes</source>
        <translation>Notizen einer Journey werden geladen</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>Saving a journey note</source>
        <translation>Journey-Notiz wird gespeichert</translation>
    </message>
    <message>
        <source>Deleting a journey note</source>
        <translation>Journey-Notiz wird gelöscht</translation>
    </message>
    <message>
        <source>The journey no longer exists.</source>
        <translation>Die Journey existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Changing a journey&apos;s status</source>
        <translation>Status einer Journey wird geändert</translation>
    </message>
    <message>
        <source>A journey becomes an active client by converting it, with the services agreed.</source>
        <translation>Eine Journey wird zum aktiven Kunden, indem Sie sie mit den vereinbarten Leistungen umwandeln.</translation>
    </message>
    <message>
        <source>A journey cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Eine Journey kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <source>Pausing a journey</source>
        <translation>Journey wird pausiert</translation>
    </message>
    <message>
        <source>Loading a journey&apos;s timeline</source>
        <translation>Zeitleiste einer Journey wird geladen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::JourneyTemplateRepository</name>
    <message>
        <source>New lead follow-up</source>
        <translation>Nachfassen bei neuen Leads</translation>
    </message>
    <message>
        <source>Call back quickly, then keep in touch until the person decides.</source>
        <translation>Schnell zurückrufen, dann in Kontakt bleiben, bis sich die Person entscheidet.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, this is {{business_name}} returning your call about {{service}}.</source>
        <translation>Hallo {{first_name}}, hier ist {{business_name}}. Wir rufen Sie wegen {{service}} zurück.</translation>
    </message>
    <message>
        <source>Send information</source>
        <translation>Informationen senden</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, as promised, here is more about {{service}}.</source>
        <translation>Hallo {{first_name}}, wie versprochen finden Sie hier weitere Informationen zu {{service}}.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Kurz nachfragen</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, any questions about {{service}}? Reply here or call us.</source>
        <translation>Hallo {{first_name}}, haben Sie Fragen zu {{service}}? Antworten Sie hier oder rufen Sie uns an.</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Ask whether {{client_name}} is ready to book {{service}}.</source>
        <translation>Fragen, ob {{client_name}} bereit ist, {{service}} zu buchen.</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzte Nachfrage</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, we are here whenever you are ready.</source>
        <translation>Hallo {{first_name}}, wir sind für Sie da, sobald Sie so weit sind.</translation>
    </message>
    <message>
        <source>New patient consultation</source>
        <translation>Beratung für Neupatienten</translation>
    </message>
    <message>
        <source>From the first call to the consultation and the treatment plan.</source>
        <translation>Vom ersten Anruf über die Beratung bis zum Behandlungsplan.</translation>
    </message>
    <message>
        <source>Book the consultation</source>
        <translation>Beratungstermin vereinbaren</translation>
    </message>
    <message>
        <source>Offer {{client_name}} the next consultation times for {{service}}.</source>
        <translation>{{client_name}} die nächsten freien Beratungstermine für {{service}} anbieten.</translation>
    </message>
    <message>
        <source>Send new-patient forms</source>
        <translation>Formulare für Neupatienten senden</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, please fill in these forms before your visit.</source>
        <translation>Hallo {{first_name}}, bitte füllen Sie diese Formulare vor Ihrem Termin aus.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Terminerinnerung</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, a reminder of your visit to {{business_name}}.</source>
        <translation>Hallo {{first_name}}, wir erinnern Sie an Ihren Termin bei {{business_name}}.</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Review the treatment plan</source>
        <translation>Behandlungsplan besprechen</translation>
    </message>
    <message>
        <source>Go through the plan and costs for {{service}}.</source>
        <translation>Plan und Kosten für {{service}} durchgehen.</translation>
    </message>
    <message>
        <source>Follow up on the plan</source>
        <translation>Zum Behandlungsplan nachfassen</translation>
    </message>
    <message>
        <source>Sleep consultation</source>
        <translation>Schlafberatung</translation>
    </message>
    <message>
        <source>Screening, sleep study and appliance fitting.</source>
        <translation>Screening, Schlafstudie und Anpassung der Schiene.</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Screening-Anruf</translation>
    </message>
    <message>
        <source>Ask {{client_name}} about sleep and jaw symptoms.</source>
        <translation>{{client_name}} nach Schlaf- und Kieferbeschwerden fragen.</translation>
    </message>
    <message>
        <source>Book the sleep study</source>
        <translation>Schlafstudie vereinbaren</translation>
    </message>
    <message>
        <source>Results review</source>
        <translation>Besprechung der Ergebnisse</translation>
    </message>
    <message>
        <source>Appliance fitting</source>
        <translation>Anpassung der Schiene</translation>
    </message>
    <message>
        <source>Comfort check</source>
        <translation>Kontrolle des Tragekomforts</translation>
    </message>
    <message>
        <source>How is {{first_name}} sleeping with the appliance?</source>
        <translation>Wie schläft {{first_name}} mit der Schiene?</translation>
    </message>
    <message>
        <source>Med spa consultation</source>
        <translation>Medical-Spa-Beratung</translation>
    </message>
    <message>
        <source>Consultation, treatment and the rebooking that keeps clients coming back.</source>
        <translation>Beratung, Behandlung und die Folgebuchung, die Kunden wiederkommen lässt.</translation>
    </message>
    <message>
        <source>Pre-visit instructions</source>
        <translation>Hinweise vor dem Termin</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, how to prepare for {{service}}.</source>
        <translation>Hallo {{first_name}}, so bereiten Sie sich auf {{service}} vor.</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Aftercare check</source>
        <translation>Nachsorge-Kontrolle</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, how are you feeling after {{service}}?</source>
        <translation>Hallo {{first_name}}, wie geht es Ihnen nach {{service}}?</translation>
    </message>
    <message>
        <source>Rebooking reminder</source>
        <translation>Erinnerung an den Folgetermin</translation>
    </message>
    <message>
        <source>Time for your next {{service}} at {{business_name}}.</source>
        <translation>Zeit für Ihren nächsten Termin für {{service}} bei {{business_name}}.</translation>
    </message>
    <message>
        <source>Chiropractic care plan</source>
        <translation>Chiropraktischer Behandlungsplan</translation>
    </message>
    <message>
        <source>First adjustment and the visits of the care plan.</source>
        <translation>Erste Justierung und die Termine des Behandlungsplans.</translation>
    </message>
    <message>
        <source>Book the first visit</source>
        <translation>Ersttermin vereinbaren</translation>
    </message>
    <message>
        <source>First adjustment</source>
        <translation>Erste Justierung</translation>
    </message>
    <message>
        <source>Progress check</source>
        <translation>Fortschrittskontrolle</translation>
    </message>
    <message>
        <source>How is {{first_name}}&apos;s pain since the adjustment?</source>
        <translation>Wie haben sich die Schmerzen von {{first_name}} seit der Justierung entwickelt?</translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation>Überprüfung des Behandlungsplans</translation>
    </message>
    <message>
        <source>Roofing estimate</source>
        <translation>Kostenvoranschlag Dach</translation>
    </message>
    <message>
        <source>Plumbing estimate</source>
        <translation>Kostenvoranschlag Sanitär</translation>
    </message>
    <message>
        <source>HVAC estimate</source>
        <translation>Kostenvoranschlag Heizung/Klima</translation>
    </message>
    <message>
        <source>Landscaping estimate</source>
        <translation>Kostenvoranschlag Garten- und Landschaftsbau</translation>
    </message>
    <message>
        <source>Site visit, written estimate and the follow-up that wins the job.</source>
        <translation>Besichtigung vor Ort, schriftlicher Kostenvoranschlag und das Nachfassen, das den Auftrag bringt.</translation>
    </message>
    <message>
        <source>Schedule the site visit</source>
        <translation>Vor-Ort-Termin vereinbaren</translation>
    </message>
    <message>
        <source>Offer {{client_name}} a visit for {{service}}.</source>
        <translation>{{client_name}} einen Vor-Ort-Termin für {{service}} anbieten.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Vor-Ort-Termin</translation>
    </message>
    <message>
        <source>Send the estimate</source>
        <translation>Kostenvoranschlag senden</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, here is our estimate for {{service}}.</source>
        <translation>Hallo {{first_name}}, hier ist unser Kostenvoranschlag für {{service}}.</translation>
    </message>
    <message>
        <source>Estimate follow-up</source>
        <translation>Nachfassen zum Kostenvoranschlag</translation>
    </message>
    <message>
        <source>Answer questions about the {{service}} estimate.</source>
        <translation>Fragen zum Kostenvoranschlag für {{service}} beantworten.</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Letztes Nachfassen</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, shall we put {{service}} on the schedule?</source>
        <translation>Hallo {{first_name}}, sollen wir {{service}} fest einplanen?</translation>
    </message>
    <message>
        <source>Catering inquiry</source>
        <translation>Catering-Anfrage</translation>
    </message>
    <message>
        <source>Menu, tasting and booking for an event.</source>
        <translation>Menü, Verkostung und Buchung für eine Veranstaltung.</translation>
    </message>
    <message>
        <source>Call about the event</source>
        <translation>Anruf zur Veranstaltung</translation>
    </message>
    <message>
        <source>Send menu and quote</source>
        <translation>Menü und Angebot senden</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, our menu and quote for your event.</source>
        <translation>Hallo {{first_name}}, hier sind unser Menü und unser Angebot für Ihre Veranstaltung.</translation>
    </message>
    <message>
        <source>Tasting</source>
        <translation>Verkostung</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Buchung bestätigen</translation>
    </message>
    <message>
        <source>Adding the shipped journey templates</source>
        <translation>Mitgelieferte Journey-Vorlagen werden hinzugefügt</translation>
    </message>
    <message>
        <source>Loading journey templates</source>
        <translation>Journey-Vorlagen werden geladen</translation>
    </message>
    <message>
        <source>Loading a journey template</source>
        <translation>Journey-Vorlage wird geladen</translation>
    </message>
    <message>
        <source>There is no journey template &quot;%1&quot;.</source>
        <translation>Es gibt keine Journey-Vorlage „%1“.</translation>
    </message>
    <message>
        <source>A journey template needs at least one step.</source>
        <translation>Eine Journey-Vorlage braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Step %1 needs a label.</source>
        <translation>Schritt %1 braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a channel (call, sms, email, meeting or task).</source>
        <translation>Schritt %1: „%2“ ist kein Kanal (call, sms, email, meeting oder task).</translation>
    </message>
    <message>
        <source>Step %1: the offset must be between 0 days and 10 years after the start.</source>
        <translation>Schritt %1: Der Abstand zum Start muss zwischen 0 Tagen und 10 Jahren liegen.</translation>
    </message>
    <message>
        <source>A journey template needs a name.</source>
        <translation>Eine Journey-Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Saving a journey template</source>
        <translation>Journey-Vorlage wird gespeichert</translation>
    </message>
    <message>
        <source>The journey template no longer exists.</source>
        <translation>Die Journey-Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Deleting a journey template</source>
        <translation>Journey-Vorlage wird gelöscht</translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadColumns</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Caller type</source>
        <translation>Anrufertyp</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadTaskRepository</name>
    <message>
        <source>Reading which leads become tasks</source>
        <translation>Einstellungen für Aufgaben aus Leads werden gelesen</translation>
    </message>
    <message>
        <source>Saving which leads become tasks</source>
        <translation>Einstellungen für Aufgaben aus Leads werden gespeichert</translation>
    </message>
    <message>
        <source>That board does not exist.</source>
        <translation>Dieses Board existiert nicht.</translation>
    </message>
    <message>
        <source>There is no client business with id &quot;%1&quot;.</source>
        <translation>Es gibt kein Kundenunternehmen mit der ID „%1“.</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Voicemail: %1</source>
        <translation>Mailbox: %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Call from %1 (%2)</source>
        <translation>Anruf von %1 (%2)</translation>
    </message>
    <message>
        <source>Finding the board&apos;s first column</source>
        <translation>Erste Spalte des Boards wird gesucht</translation>
    </message>
    <message>
        <source>Creating a task from a lead</source>
        <translation>Aufgabe wird aus einem Lead erstellt</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Lead mit der Anruf-ID „%1“.</translation>
    </message>
    <message>
        <source>The board has no open column to put the task in.</source>
        <translation>Das Board hat keine offene Spalte für die Aufgabe.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadVocabulary</name>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Repeat Caller</source>
        <translation>Wiederholter Anrufer</translation>
    </message>
    <message>
        <source>Returning Customer</source>
        <translation>Wiederkehrender Kunde</translation>
    </message>
</context>
<context>
    <name>anchor::storage::MailgunCursorRepository</name>
    <message>
        <source>Reading where the last Mailgun sync stopped</source>
        <translation>Lesen, wo die letzte Mailgun-Synchronisierung aufgehört hat</translation>
    </message>
    <message>
        <source>Saving where the Mailgun sync stopped</source>
        <translation>Speichern, wo die Mailgun-Synchronisierung aufgehört hat</translation>
    </message>
    <message>
        <source>Recording a failed Mailgun sync</source>
        <translation>Fehlgeschlagene Mailgun-Synchronisierung festhalten</translation>
    </message>
</context>
<context>
    <name>anchor::storage::MailgunSettingsRepository</name>
    <message>
        <source>Loading the Mailgun settings</source>
        <translation>Mailgun-Einstellungen werden geladen</translation>
    </message>
    <message>
        <source>Enter the Mailgun sending domain, for example mg.example.com.</source>
        <translation>Geben Sie die Mailgun-Absenderdomain ein, zum Beispiel mg.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name. Enter the sending domain as Mailgun shows it, for example mg.example.com.</source>
        <translation>&quot;%1&quot; ist kein Domainname. Geben Sie die Absenderdomain so ein, wie Mailgun sie anzeigt, zum Beispiel mg.example.com.</translation>
    </message>
    <message>
        <source>The Mailgun region must be US or EU.</source>
        <translation>Die Mailgun-Region muss US oder EU sein.</translation>
    </message>
    <message>
        <source>Enter the address messages are sent from.</source>
        <translation>Geben Sie die Adresse ein, von der die Nachrichten gesendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sending address.</source>
        <translation>&quot;%1&quot; ist keine gültige Absenderadresse.</translation>
    </message>
    <message>
        <source>The Mailgun base URL must be an https:// address.</source>
        <translation>Die Mailgun-Basis-URL muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Saving the Mailgun settings</source>
        <translation>Mailgun-Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>No client has the id %1: its Mailgun settings were not saved.</source>
        <translation>Kein Kunde hat die ID %1: die Mailgun-Einstellungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Removing the Mailgun settings</source>
        <translation>Mailgun-Einstellungen werden entfernt</translation>
    </message>
    <message>
        <source>Messages per minute must be between 0 (no limit) and 100,000.</source>
        <translation>Die Nachrichten pro Minute müssen zwischen 0 (keine Begrenzung) und 100.000 liegen.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 1,000.</source>
        <translation>Die Stapelgröße muss zwischen 1 und 1.000 liegen.</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100.</source>
        <translation>Die Anzahl der Versuche muss zwischen 1 und 100 liegen.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::Migrator</name>
    <message>
        <source>Reading the schema version</source>
        <translation>Schemaversion wird gelesen</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Anchor CRM (schema version %2; this build knows up to %3). Update Anchor CRM to open it. The file was not changed.</source>
        <translation>%1 wurde mit einer neueren Version von Anchor CRM erstellt (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Anchor CRM, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Writing a backup before upgrading the database to %1</source>
        <translation>Sicherung wird vor der Aktualisierung der Datenbank auf %1 geschrieben</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed: %3 The file was left as it was.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 (%2) ist fehlgeschlagen: %3 Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Checking the upgraded database</source>
        <translation>Aktualisierte Datenbank wird geprüft</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 would break a link between records in table %2. The file was left as it was.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 würde eine Verknüpfung zwischen Datensätzen in Tabelle %2 zerstören. Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>Schemaversion wird gespeichert</translation>
    </message>
</context>
<context>
    <name>anchor::storage::NoteRepository</name>
    <message>
        <source>Loading notes</source>
        <translation>Notizen werden geladen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note type.</source>
        <translation>&quot;%1&quot; ist kein Notiztyp.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation>Notiz wird gespeichert</translation>
    </message>
    <message>
        <source>The call %1 does not exist.</source>
        <translation>Der Anruf %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Die Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation>Notiz wird gelöscht</translation>
    </message>
    <message>
        <source>Loading a note</source>
        <translation>Notiz wird geladen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::OutboxRepository</name>
    <message>
        <source>Recovering the outbox</source>
        <translation>Ausgang wiederherstellen</translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation>Ausgang lesen</translation>
    </message>
    <message>
        <source>Updating the outbox</source>
        <translation>Ausgang aktualisieren</translation>
    </message>
    <message>
        <source>Queueing the note for CallTrackingMetrics</source>
        <translation>Notiz für CallTrackingMetrics einreihen</translation>
    </message>
    <message>
        <source>The call %1 does not belong to a client that syncs with CallTrackingMetrics.</source>
        <translation>Der Anruf %1 gehört zu keinem Kunden, der mit CallTrackingMetrics synchronisiert.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::PipelineStageRepository</name>
    <message>
        <source>Loading pipeline stages</source>
        <translation>Pipeline-Phasen werden geladen</translation>
    </message>
    <message>
        <source>Looking up a pipeline stage</source>
        <translation>Pipeline-Phase wird gesucht</translation>
    </message>
    <message>
        <source>A pipeline stage needs a name.</source>
        <translation>Eine Pipeline-Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>Saving the pipeline stage</source>
        <translation>Pipeline-Phase wird gespeichert</translation>
    </message>
    <message>
        <source>The pipeline stage no longer exists.</source>
        <translation>Die Pipeline-Phase existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting the pipeline stage</source>
        <translation>Pipeline-Phase wird gelöscht</translation>
    </message>
    <message>
        <source>Reordering pipeline stages</source>
        <translation>Pipeline-Phasen werden neu angeordnet</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SavedViewRepository</name>
    <message>
        <source>Loading saved views</source>
        <translation>Gespeicherte Ansichten werden geladen</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>Ansicht wird gespeichert</translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation>Die gespeicherte Ansicht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Renaming the view</source>
        <translation>Ansicht wird umbenannt</translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation>Ansicht wird gelöscht</translation>
    </message>
    <message>
        <source>Changing the default view</source>
        <translation>Standardansicht wird geändert</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SegmentRepository</name>
    <message>
        <source>Loading segments</source>
        <translation>Segmente werden geladen</translation>
    </message>
    <message>
        <source>Loading a segment</source>
        <translation>Segment wird geladen</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geben Sie dem Segment einen Namen.</translation>
    </message>
    <message>
        <source>The lowest star rating is above the highest.</source>
        <translation>Die niedrigste Sternebewertung liegt über der höchsten.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>Segment wird gespeichert</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>Das Segment existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting the segment</source>
        <translation>Segment wird gelöscht</translation>
    </message>
    <message>
        <source>Counting the segment&apos;s recipients</source>
        <translation>Empfänger des Segments werden gezählt</translation>
    </message>
    <message>
        <source>Selecting the segment&apos;s recipients</source>
        <translation>Empfänger des Segments werden ausgewählt</translation>
    </message>
    <message>
        <source>Restoring the segment</source>
        <translation>Segment wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Only a segment with an id can be restored.</source>
        <translation>Nur ein Segment mit ID kann wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::ServiceRepository</name>
    <message>
        <source>Exams</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <source>Whitening</source>
        <translation>Bleaching</translation>
    </message>
    <message>
        <source>Implants</source>
        <translation>Implantate</translation>
    </message>
    <message>
        <source>Root canals</source>
        <translation>Wurzelbehandlungen</translation>
    </message>
    <message>
        <source>Invisalign</source>
        <translation>Invisalign</translation>
    </message>
    <message>
        <source>Crowns</source>
        <translation>Kronen</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfälle</translation>
    </message>
    <message>
        <source>Pediatric</source>
        <translation>Kinderzahnheilkunde</translation>
    </message>
    <message>
        <source>Cosmetic</source>
        <translation>Ästhetische Zahnheilkunde</translation>
    </message>
    <message>
        <source>Periodontal</source>
        <translation>Parodontologie</translation>
    </message>
    <message>
        <source>TMJ</source>
        <translation>Kiefergelenk (CMD)</translation>
    </message>
    <message>
        <source>CPAP</source>
        <translation>CPAP</translation>
    </message>
    <message>
        <source>Sleep apnea</source>
        <translation>Schlafapnoe</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Schienen</translation>
    </message>
    <message>
        <source>Nightlase</source>
        <translation>Nightlase</translation>
    </message>
    <message>
        <source>Sleep study</source>
        <translation>Schlafstudie</translation>
    </message>
    <message>
        <source>Nuvola</source>
        <translation>Nuvola</translation>
    </message>
    <message>
        <source>Botox</source>
        <translation>Botox</translation>
    </message>
    <message>
        <source>Oral surgery</source>
        <translation>Oralchirurgie</translation>
    </message>
    <message>
        <source>Botox &amp; fillers</source>
        <translation>Botox &amp; Filler</translation>
    </message>
    <message>
        <source>Microneedling</source>
        <translation>Microneedling</translation>
    </message>
    <message>
        <source>Laser hair removal</source>
        <translation>Laser-Haarentfernung</translation>
    </message>
    <message>
        <source>Hydrafacial</source>
        <translation>Hydrafacial</translation>
    </message>
    <message>
        <source>Chemical peel</source>
        <translation>Chemisches Peeling</translation>
    </message>
    <message>
        <source>CoolSculpting</source>
        <translation>CoolSculpting</translation>
    </message>
    <message>
        <source>IPL</source>
        <translation>IPL</translation>
    </message>
    <message>
        <source>Body contouring</source>
        <translation>Körperkonturierung</translation>
    </message>
    <message>
        <source>Spinal adjustment</source>
        <translation>Wirbelsäulenjustierung</translation>
    </message>
    <message>
        <source>Posture correction</source>
        <translation>Haltungskorrektur</translation>
    </message>
    <message>
        <source>Sports injury</source>
        <translation>Sportverletzungen</translation>
    </message>
    <message>
        <source>Prenatal</source>
        <translation>Schwangerschaftsbehandlung</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Corrective exercises</source>
        <translation>Korrigierende Übungen</translation>
    </message>
    <message>
        <source>Pain relief</source>
        <translation>Schmerzlinderung</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspektion</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Storm damage</source>
        <translation>Sturmschäden</translation>
    </message>
    <message>
        <source>Gutters</source>
        <translation>Dachrinnen</translation>
    </message>
    <message>
        <source>Skylights</source>
        <translation>Dachfenster</translation>
    </message>
    <message>
        <source>Drain cleaning</source>
        <translation>Abflussreinigung</translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation>Warmwasserbereiter</translation>
    </message>
    <message>
        <source>Tankless install</source>
        <translation>Einbau Durchlauferhitzer</translation>
    </message>
    <message>
        <source>Pipe replacement</source>
        <translation>Rohrerneuerung</translation>
    </message>
    <message>
        <source>Leak detection</source>
        <translation>Leckortung</translation>
    </message>
    <message>
        <source>Sewer line</source>
        <translation>Abwasserleitung</translation>
    </message>
    <message>
        <source>AC install/repair</source>
        <translation>Klimaanlage Einbau/Reparatur</translation>
    </message>
    <message>
        <source>Furnace install/repair</source>
        <translation>Heizung Einbau/Reparatur</translation>
    </message>
    <message>
        <source>Heat pump</source>
        <translation>Wärmepumpe</translation>
    </message>
    <message>
        <source>Duct cleaning</source>
        <translation>Lüftungskanalreinigung</translation>
    </message>
    <message>
        <source>Tune-up</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Landscape design</source>
        <translation>Gartenplanung</translation>
    </message>
    <message>
        <source>Lawn maintenance</source>
        <translation>Rasenpflege</translation>
    </message>
    <message>
        <source>Patio &amp; pavers</source>
        <translation>Terrasse &amp; Pflaster</translation>
    </message>
    <message>
        <source>Retaining walls</source>
        <translation>Stützmauern</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Beleuchtung</translation>
    </message>
    <message>
        <source>Irrigation</source>
        <translation>Bewässerung</translation>
    </message>
    <message>
        <source>Tree care</source>
        <translation>Baumpflege</translation>
    </message>
    <message>
        <source>Sod</source>
        <translation>Rollrasen</translation>
    </message>
    <message>
        <source>Hardscape</source>
        <translation>Pflaster- und Steinarbeiten</translation>
    </message>
    <message>
        <source>Seasonal cleanup</source>
        <translation>Saisonale Gartenpflege</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Gastronomie</translation>
    </message>
    <message>
        <source>Adding the preset services</source>
        <translation>Vorgegebene Leistungen werden hinzugefügt</translation>
    </message>
    <message>
        <source>Loading services</source>
        <translation>Leistungen werden geladen</translation>
    </message>
    <message>
        <source>Loading a service</source>
        <translation>Leistung wird geladen</translation>
    </message>
    <message>
        <source>The client offers no service &quot;%1&quot;.</source>
        <translation>Der Kunde bietet keine Leistung „%1“ an.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Eine Leistung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A service name can be at most 120 characters.</source>
        <translation>Ein Leistungsname darf höchstens 120 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A price must be an amount of money between 0 and 10,000,000.</source>
        <translation>Ein Preis muss ein Geldbetrag zwischen 0 und 10.000.000 sein.</translation>
    </message>
    <message>
        <source>A service belongs to a client business.</source>
        <translation>Eine Leistung gehört zu einem Kundenunternehmen.</translation>
    </message>
    <message>
        <source>Saving a service</source>
        <translation>Leistung wird gespeichert</translation>
    </message>
    <message>
        <source>The client already offers a service named &quot;%1&quot;.</source>
        <translation>Der Kunde bietet bereits eine Leistung namens „%1“ an.</translation>
    </message>
    <message>
        <source>Only a service with an id can be restored.</source>
        <translation>Nur eine Leistung mit ID kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restoring a service</source>
        <translation>Leistung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Active clients agreed to this service, so it stays; mark it inactive instead.</source>
        <translation>Aktive Kunden haben diese Leistung vereinbart, daher bleibt sie bestehen; setzen Sie sie stattdessen auf inaktiv.</translation>
    </message>
    <message>
        <source>Deleting a service</source>
        <translation>Leistung wird gelöscht</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SettingsRepository</name>
    <message>
        <source>Loading the AI classifier settings</source>
        <translation>Einstellungen der KI-Einordnung laden</translation>
    </message>
    <message>
        <source>Saving the AI classifier settings</source>
        <translation>Einstellungen der KI-Einordnung speichern</translation>
    </message>
    <message>
        <source>Loading the client&apos;s AI prompt</source>
        <translation>KI-Anweisung des Kunden laden</translation>
    </message>
</context>
<context>
    <name>anchor::storage::StorageError</name>
    <message>
        <source>the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; bereits Gespeichertes ging nicht verloren.</translation>
    </message>
    <message>
        <source>the database file is damaged (%1). Restore it from a backup; Anchor CRM did not change it.</source>
        <translation>die Datenbankdatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her; Anchor CRM hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>the file is not an Anchor CRM database (it is not an SQLite file).</source>
        <translation>die Datei ist keine Anchor-CRM-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1). Check that the folder exists and that you may write to it.</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden (%1). Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>the database is read-only. Check the file&apos;s permissions.</source>
        <translation>die Datenbank ist schreibgeschützt. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>the database is busy in another program. Try again in a moment.</source>
        <translation>die Datenbank wird von einem anderen Programm verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>a value was rejected by the database (%1).</source>
        <translation>ein Wert wurde von der Datenbank abgelehnt (%1).</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1). Nothing already saved was lost.</source>
        <translation>der Datenträger hat einen Ein-/Ausgabefehler gemeldet (%1). Bereits Gespeichertes ging nicht verloren.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SuppressionRepository</name>
    <message>
        <source>Importing Mailgun&apos;s suppression lists</source>
        <translation>Mailgun-Sperrlisten werden importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Adding an address to the suppression list</source>
        <translation>Adresse wird zur Sperrliste hinzugefügt</translation>
    </message>
    <message>
        <source>Removing an address from the suppression list</source>
        <translation>Adresse wird von der Sperrliste entfernt</translation>
    </message>
    <message>
        <source>Checking the suppression list</source>
        <translation>Sperrliste wird geprüft</translation>
    </message>
    <message>
        <source>Loading the suppression list</source>
        <translation>Sperrliste wird geladen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TagRepository</name>
    <message>
        <source>Loading tags</source>
        <translation>Tags werden geladen</translation>
    </message>
    <message>
        <source>Looking up a tag</source>
        <translation>Tag wird gesucht</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <source>Saving the tag</source>
        <translation>Tag wird gespeichert</translation>
    </message>
    <message>
        <source>This client already has a tag called &quot;%1&quot;.</source>
        <translation>Dieser Kunde hat bereits ein Tag namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation>Tag wird gelöscht</translation>
    </message>
    <message>
        <source>Tagging calls</source>
        <translation>Anrufe werden getaggt</translation>
    </message>
    <message>
        <source>Removing a tag</source>
        <translation>Tag wird entfernt</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskAutomationEngine</name>
    <message>
        <source>Reading a task for its automations</source>
        <translation>Aufgabe wird für ihre Automatisierungen gelesen</translation>
    </message>
    <message>
        <source>Checking the automation log</source>
        <translation>Automatisierungsprotokoll wird geprüft</translation>
    </message>
    <message>
        <source>Logging an automation run</source>
        <translation>Automatisierungslauf wird protokolliert</translation>
    </message>
    <message>
        <source>Running the automation &quot;%1&quot;</source>
        <translation>Automatisierung „%1“ wird ausgeführt</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of this board&apos;s (%2).</source>
        <translation>Der Status „%1“ gehört nicht zu diesem Board (%2).</translation>
    </message>
    <message>
        <source>The item already has the status &quot;%1&quot;.</source>
        <translation>Die Aufgabe hat bereits den Status „%1“.</translation>
    </message>
    <message>
        <source>The column to move to no longer exists.</source>
        <translation>Die Zielspalte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is on another board than the item.</source>
        <translation>Die Spalte „%1“ liegt auf einem anderen Board als die Aufgabe.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is archived; nothing can be moved there.</source>
        <translation>Die Spalte „%1“ ist archiviert; dorthin kann nichts verschoben werden.</translation>
    </message>
    <message>
        <source>The item is already in the column &quot;%1&quot;.</source>
        <translation>Die Aufgabe ist bereits in der Spalte „%1“.</translation>
    </message>
    <message>
        <source>The user to assign no longer exists.</source>
        <translation>Der zuzuweisende Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The user is already assigned.</source>
        <translation>Der Benutzer ist bereits zugewiesen.</translation>
    </message>
    <message>
        <source>The user to notify no longer exists.</source>
        <translation>Der zu benachrichtigende Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nobody to notify: the item has no assignees.</source>
        <translation>Niemand zu benachrichtigen: Die Aufgabe hat keine Zuständigen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>loop detected: %1</source>
        <translation>Schleife erkannt: %1</translation>
    </message>
    <message>
        <source>Already ran for this trigger.</source>
        <translation>Für diesen Auslöser bereits ausgeführt.</translation>
    </message>
    <message>
        <source>Stopped after %1 automation runs in a row: %2</source>
        <translation>Nach %1 Automatisierungsläufen in Folge angehalten: %2</translation>
    </message>
    <message>
        <source>Looking for tasks that fell due</source>
        <translation>Fällig gewordene Aufgaben werden gesucht</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskAutomationRepository</name>
    <message>
        <source>Status changes</source>
        <translation>Status ändert sich</translation>
    </message>
    <message>
        <source>Item moved to a column</source>
        <translation>Aufgabe in eine Spalte verschoben</translation>
    </message>
    <message>
        <source>Due date arrives</source>
        <translation>Fälligkeitsdatum erreicht</translation>
    </message>
    <message>
        <source>Item created</source>
        <translation>Aufgabe erstellt</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Move to column</source>
        <translation>In Spalte verschieben</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Reading a column</source>
        <translation>Spalte wird gelesen</translation>
    </message>
    <message>
        <source>(deleted column)</source>
        <translation>(gelöschte Spalte)</translation>
    </message>
    <message>
        <source>Reading a user</source>
        <translation>Benutzer wird gelesen</translation>
    </message>
    <message>
        <source>(deleted user)</source>
        <translation>(gelöschter Benutzer)</translation>
    </message>
    <message>
        <source>When status changes to %1</source>
        <translation>Wenn der Status zu %1 wechselt</translation>
    </message>
    <message>
        <source>When moved to %1</source>
        <translation>Wenn nach %1 verschoben</translation>
    </message>
    <message>
        <source>When the due date arrives</source>
        <translation>Wenn das Fälligkeitsdatum erreicht ist</translation>
    </message>
    <message>
        <source>When an item is created</source>
        <translation>Wenn eine Aufgabe erstellt wird</translation>
    </message>
    <message>
        <source>set status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>move to %1</source>
        <translation>nach %1 verschieben</translation>
    </message>
    <message>
        <source>assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>notify the assignees</source>
        <translation>Zuständige benachrichtigen</translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation>%1 benachrichtigen</translation>
    </message>
    <message>
        <source>archive the item</source>
        <translation>Aufgabe archivieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the board&apos;s automations</source>
        <translation>Automatisierungen des Boards werden gelesen</translation>
    </message>
    <message>
        <source>Reading the global automations</source>
        <translation>Globale Automatisierungen werden gelesen</translation>
    </message>
    <message>
        <source>Reading an automation</source>
        <translation>Automatisierung wird gelesen</translation>
    </message>
    <message>
        <source>Reading the automations to run</source>
        <translation>Auszuführende Automatisierungen werden gelesen</translation>
    </message>
    <message>
        <source>An automation needs a name.</source>
        <translation>Eine Automatisierung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Auslöser „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Checking an automation</source>
        <translation>Automatisierung wird geprüft</translation>
    </message>
    <message>
        <source>The board of this automation does not exist.</source>
        <translation>Das Board dieser Automatisierung existiert nicht.</translation>
    </message>
    <message>
        <source>%1 needs a column.</source>
        <translation>„%1“ braucht eine Spalte.</translation>
    </message>
    <message>
        <source>%1: the column does not exist.</source>
        <translation>%1: Die Spalte existiert nicht.</translation>
    </message>
    <message>
        <source>%1: the column belongs to another board.</source>
        <translation>%1: Die Spalte gehört zu einem anderen Board.</translation>
    </message>
    <message>
        <source>%1: there is no such user.</source>
        <translation>%1: Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 needs the status it changes to.</source>
        <translation>„%1“ braucht den Status, zu dem gewechselt wird.</translation>
    </message>
    <message>
        <source>%1 needs the status to set.</source>
        <translation>„%1“ braucht den zu setzenden Status.</translation>
    </message>
    <message>
        <source>%1 needs the user to assign.</source>
        <translation>„%1“ braucht den zuzuweisenden Benutzer.</translation>
    </message>
    <message>
        <source>%1 needs a message.</source>
        <translation>„%1“ braucht eine Nachricht.</translation>
    </message>
    <message>
        <source>Saving the automation &quot;%1&quot;</source>
        <translation>Automatisierung „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>The automation &quot;%1&quot; no longer exists.</source>
        <translation>Die Automatisierung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Switching an automation on or off</source>
        <translation>Automatisierung wird ein- oder ausgeschaltet</translation>
    </message>
    <message>
        <source>That automation no longer exists.</source>
        <translation>Diese Automatisierung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting an automation</source>
        <translation>Automatisierung wird gelöscht</translation>
    </message>
    <message>
        <source>Reading the automation log</source>
        <translation>Automatisierungsprotokoll wird gelesen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskBoardRepository</name>
    <message>
        <source>Loading tasks</source>
        <translation>Aufgaben werden geladen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Basic Workflow</source>
        <translation>Einfacher Workflow</translation>
    </message>
    <message>
        <source>Sales Sprint</source>
        <translation>Vertriebssprint</translation>
    </message>
    <message>
        <source>Project Delivery</source>
        <translation>Projektabwicklung</translation>
    </message>
    <message>
        <source>Blank board</source>
        <translation>Leeres Board</translation>
    </message>
    <message>
        <source>Loading workspaces</source>
        <translation>Arbeitsbereiche werden geladen</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>Creating a workspace</source>
        <translation>Arbeitsbereich wird erstellt</translation>
    </message>
    <message>
        <source>Renaming a workspace</source>
        <translation>Arbeitsbereich wird umbenannt</translation>
    </message>
    <message>
        <source>Deleting a workspace</source>
        <translation>Arbeitsbereich wird gelöscht</translation>
    </message>
    <message>
        <source>Loading workspace members</source>
        <translation>Mitglieder des Arbeitsbereichs werden geladen</translation>
    </message>
    <message>
        <source>Changing workspace members</source>
        <translation>Mitglieder des Arbeitsbereichs werden geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workspace role (member or admin).</source>
        <translation>„%1“ ist keine Rolle im Arbeitsbereich (member oder admin).</translation>
    </message>
    <message>
        <source>Loading boards</source>
        <translation>Boards werden geladen</translation>
    </message>
    <message>
        <source>Loading a board</source>
        <translation>Board wird geladen</translation>
    </message>
    <message>
        <source>A board prefix is letters and digits only, like DENT.</source>
        <translation>Ein Board-Präfix besteht nur aus Buchstaben und Ziffern, etwa DENT.</translation>
    </message>
    <message>
        <source>A board prefix is at most 10 characters.</source>
        <translation>Ein Board-Präfix hat höchstens 10 Zeichen.</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>Ein Board braucht einen Namen.</translation>
    </message>
    <message>
        <source>Creating a board</source>
        <translation>Board wird erstellt</translation>
    </message>
    <message>
        <source>Saving a board</source>
        <translation>Board wird gespeichert</translation>
    </message>
    <message>
        <source>Deleting a board</source>
        <translation>Board wird gelöscht</translation>
    </message>
    <message>
        <source>Loading a board&apos;s columns</source>
        <translation>Spalten eines Boards werden geladen</translation>
    </message>
    <message>
        <source>A column needs a name.</source>
        <translation>Eine Spalte braucht einen Namen.</translation>
    </message>
    <message>
        <source>Adding a column</source>
        <translation>Spalte wird hinzugefügt</translation>
    </message>
    <message>
        <source>Renaming a column</source>
        <translation>Spalte wird umbenannt</translation>
    </message>
    <message>
        <source>Moving a column</source>
        <translation>Spalte wird verschoben</translation>
    </message>
    <message>
        <source>The column no longer exists.</source>
        <translation>Die Spalte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Archiving a column</source>
        <translation>Spalte wird archiviert</translation>
    </message>
    <message>
        <source>Loading status labels</source>
        <translation>Statusbezeichnungen werden geladen</translation>
    </message>
    <message>
        <source>A status label needs a name.</source>
        <translation>Eine Statusbezeichnung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The status label &quot;%1&quot; appears twice.</source>
        <translation>Die Statusbezeichnung „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Saving status labels</source>
        <translation>Statusbezeichnungen werden gespeichert</translation>
    </message>
    <message>
        <source>Loading a task</source>
        <translation>Aufgabe wird geladen</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Eine Aufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Adding a task</source>
        <translation>Aufgabe wird hinzugefügt</translation>
    </message>
    <message>
        <source>The column is archived: tasks cannot be added to it.</source>
        <translation>Die Spalte ist archiviert: Es können keine Aufgaben hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Moving a task</source>
        <translation>Aufgabe wird verschoben</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The task is archived; restore it before moving it.</source>
        <translation>Die Aufgabe ist archiviert; stellen Sie sie wieder her, bevor Sie sie verschieben.</translation>
    </message>
    <message>
        <source>The column is archived: nothing can be dropped on it.</source>
        <translation>Die Spalte ist archiviert: Dort kann nichts abgelegt werden.</translation>
    </message>
    <message>
        <source>A task moves between columns of its own board only.</source>
        <translation>Eine Aufgabe kann nur zwischen Spalten ihres eigenen Boards verschoben werden.</translation>
    </message>
    <message>
        <source>Renaming a task</source>
        <translation>Aufgabe wird umbenannt</translation>
    </message>
    <message>
        <source>Saving a task</source>
        <translation>Aufgabe wird gespeichert</translation>
    </message>
    <message>
        <source>Changing a task&apos;s status</source>
        <translation>Status einer Aufgabe wird geändert</translation>
    </message>
    <message>
        <source>Changing a task&apos;s due date</source>
        <translation>Fälligkeitsdatum einer Aufgabe wird geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority (low, normal, high or urgent).</source>
        <translation>„%1“ ist keine Priorität (low, normal, high oder urgent).</translation>
    </message>
    <message>
        <source>Changing a task&apos;s priority</source>
        <translation>Priorität einer Aufgabe wird geändert</translation>
    </message>
    <message>
        <source>Assigning a task</source>
        <translation>Aufgabe wird zugewiesen</translation>
    </message>
    <message>
        <source>Archiving a task</source>
        <translation>Aufgabe wird archiviert</translation>
    </message>
    <message>
        <source>Linking a task to a lead</source>
        <translation>Aufgabe wird mit einem Lead verknüpft</translation>
    </message>
    <message>
        <source>Loading people</source>
        <translation>Personen werden geladen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskItemRepository</name>
    <message>
        <source>%1 mentioned you on %2</source>
        <translation>%1 hat Sie in %2 erwähnt</translation>
    </message>
    <message>
        <source>Loading subitems</source>
        <translation>Unteraufgaben werden geladen</translation>
    </message>
    <message>
        <source>Loading a subitem</source>
        <translation>Unteraufgabe wird geladen</translation>
    </message>
    <message>
        <source>Adding a subitem</source>
        <translation>Unteraufgabe wird hinzugefügt</translation>
    </message>
    <message>
        <source>A subitem needs a name.</source>
        <translation>Eine Unteraufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Renaming a subitem</source>
        <translation>Unteraufgabe wird umbenannt</translation>
    </message>
    <message>
        <source>The subitem no longer exists.</source>
        <translation>Die Unteraufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Completing a subitem</source>
        <translation>Unteraufgabe wird erledigt</translation>
    </message>
    <message>
        <source>Moving a subitem</source>
        <translation>Unteraufgabe wird verschoben</translation>
    </message>
    <message>
        <source>Deleting a subitem</source>
        <translation>Unteraufgabe wird gelöscht</translation>
    </message>
    <message>
        <source>Loading updates</source>
        <translation>Updates werden geladen</translation>
    </message>
    <message>
        <source>Loading an update</source>
        <translation>Update wird geladen</translation>
    </message>
    <message>
        <source>Posting an update</source>
        <translation>Update wird veröffentlicht</translation>
    </message>
    <message>
        <source>An update needs some text.</source>
        <translation>Ein Update braucht Text.</translation>
    </message>
    <message>
        <source>Deleting an update</source>
        <translation>Update wird gelöscht</translation>
    </message>
    <message>
        <source>The update no longer exists.</source>
        <translation>Das Update existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Marking updates read</source>
        <translation>Updates werden als gelesen markiert</translation>
    </message>
    <message>
        <source>Counting unread updates</source>
        <translation>Ungelesene Updates werden gezählt</translation>
    </message>
    <message>
        <source>Loading files</source>
        <translation>Dateien werden geladen</translation>
    </message>
    <message>
        <source>Loading a file</source>
        <translation>Datei wird geladen</translation>
    </message>
    <message>
        <source>Attaching a file</source>
        <translation>Datei wird angehängt</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file and cannot be attached.</source>
        <translation>„%1“ ist keine Datei und kann nicht angehängt werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder &quot;%1&quot;.</source>
        <translation>Der Ordner für Anhänge „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Removing a file</source>
        <translation>Datei wird entfernt</translation>
    </message>
    <message>
        <source>The file is no longer attached.</source>
        <translation>Die Datei ist nicht mehr angehängt.</translation>
    </message>
    <message>
        <source>Loading time entries</source>
        <translation>Zeiteinträge werden geladen</translation>
    </message>
    <message>
        <source>Loading a time entry</source>
        <translation>Zeiteintrag wird geladen</translation>
    </message>
    <message>
        <source>Loading the running timer</source>
        <translation>Laufender Timer wird geladen</translation>
    </message>
    <message>
        <source>Starting a timer</source>
        <translation>Timer wird gestartet</translation>
    </message>
    <message>
        <source>A timer is already running on %1. Stop it before starting another.</source>
        <translation>Auf %1 läuft bereits ein Timer. Stoppen Sie ihn, bevor Sie einen weiteren starten.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Es läuft kein Timer.</translation>
    </message>
    <message>
        <source>Changing a time entry</source>
        <translation>Zeiteintrag wird geändert</translation>
    </message>
    <message>
        <source>The time entry no longer exists.</source>
        <translation>Der Zeiteintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting a time entry</source>
        <translation>Zeiteintrag wird gelöscht</translation>
    </message>
    <message>
        <source>Saving a time entry</source>
        <translation>Zeiteintrag wird gespeichert</translation>
    </message>
    <message>
        <source>Adding up time</source>
        <translation>Zeit wird summiert</translation>
    </message>
    <message>
        <source>Loading my work</source>
        <translation>Meine Arbeit wird geladen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskJobs</name>
    <message>
        <source>Archiving completed tasks</source>
        <translation>Erledigte Aufgaben werden archiviert</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskListQuery</name>
    <message>
        <source>Listing tasks</source>
        <translation>Aufgaben werden aufgelistet</translation>
    </message>
    <message>
        <source>Finding a task</source>
        <translation>Aufgabe wird gesucht</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot; (give its key, like DENT-42, or its id).</source>
        <translation>Es gibt keine Aufgabe „%1“ (geben Sie ihren Schlüssel, etwa DENT-42, oder ihre ID an).</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot;.</source>
        <translation>Es gibt keine Aufgabe „%1“.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; fits tasks on several boards (%2); give the task&apos;s id.</source>
        <translation>Der Schlüssel „%1“ passt zu Aufgaben auf mehreren Boards (%2); geben Sie die ID der Aufgabe an.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::Transaction</name>
    <message>
        <source>Saving changes</source>
        <translation>Änderungen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>anchor::storage::UserRepository</name>
    <message>
        <source>Loading the local user</source>
        <translation>Lokaler Benutzer wird geladen</translation>
    </message>
    <message>
        <source>Creating the local user</source>
        <translation>Lokaler Benutzer wird angelegt</translation>
    </message>
</context>
<context>
    <name>anchor::storage::emailqueue::RenderContext</name>
    <message>
        <source>Loading the client&apos;s name</source>
        <translation>Name des Kunden wird geladen</translation>
    </message>
    <message>
        <source>Loading the Mailgun settings</source>
        <translation>Mailgun-Einstellungen werden geladen</translation>
    </message>
    <message>
        <source>Reading the send queue</source>
        <translation>Sendewarteschlange wird gelesen</translation>
    </message>
    <message>
        <source>Recording a sent message</source>
        <translation>Gesendete Nachricht wird festgehalten</translation>
    </message>
</context>
<context>
    <name>anchor::storage::sql</name>
    <message>
        <source>Preparing a query</source>
        <translation>Abfrage wird vorbereitet</translation>
    </message>
    <message>
        <source>%1: the connection is not an SQLite database.</source>
        <translation>%1: Die Verbindung ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1: this build runs queries through Qt only.</source>
        <translation>%1: Dieser Build führt Abfragen nur über Qt aus.</translation>
    </message>
    <message>
        <source>%1: %2 values for %3 parameters.</source>
        <translation>%1: %2 Werte für %3 Parameter.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CallClassifier</name>
    <message>
        <source>The call was not answered and no message was left.</source>
        <translation>Der Anruf wurde nicht angenommen und es wurde keine Nachricht hinterlassen.</translation>
    </message>
    <message>
        <source>Sounds like a robocall or a sales pitch (&quot;%1&quot;).</source>
        <translation>Klingt nach einem Roboteranruf oder Verkaufsgespräch („%1&quot;).</translation>
    </message>
    <message>
        <source>A job seeker (&quot;%1&quot;).</source>
        <translation>Eine Bewerbung („%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail that is not for this business (&quot;%1&quot;).</source>
        <translation>Hat eine Sprachnachricht hinterlassen, die nicht für dieses Unternehmen ist („%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail asking for a call back (&quot;%1&quot;).</source>
        <translation>Hat eine Sprachnachricht mit Bitte um Rückruf hinterlassen („%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail about a problem (&quot;%1&quot;).</source>
        <translation>Hat eine Sprachnachricht zu einem Problem hinterlassen („%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail wanting an appointment (&quot;%1&quot;).</source>
        <translation>Hat eine Sprachnachricht mit Terminwunsch hinterlassen („%1&quot;).</translation>
    </message>
    <message>
        <source>The caller reached voicemail.</source>
        <translation>Der Anrufer ist auf der Mailbox gelandet.</translation>
    </message>
    <message>
        <source>Needs follow-up (&quot;%1&quot;).</source>
        <translation>Braucht Nachverfolgung („%1&quot;).</translation>
    </message>
    <message>
        <source>Wants to book (&quot;%1&quot;).</source>
        <translation>Möchte einen Termin buchen („%1&quot;).</translation>
    </message>
    <message>
        <source>Not a fit (&quot;%1&quot;).</source>
        <translation>Passt nicht („%1&quot;).</translation>
    </message>
    <message>
        <source>The caller said they are not interested.</source>
        <translation>Der Anrufer sagte, er sei nicht interessiert.</translation>
    </message>
    <message>
        <source>Interested, not booked yet (&quot;%1&quot;).</source>
        <translation>Interessiert, noch nicht gebucht („%1&quot;).</translation>
    </message>
    <message>
        <source>Asked for a call back (&quot;%1&quot;).</source>
        <translation>Bat um Rückruf („%1&quot;).</translation>
    </message>
    <message>
        <source>A vendor or solicitor (&quot;%1&quot;).</source>
        <translation>Ein Lieferant oder Vertreter („%1&quot;).</translation>
    </message>
    <message>
        <source>No clear signal. CTM summary: %1.</source>
        <translation>Kein klares Signal. CTM-Zusammenfassung: %1.</translation>
    </message>
    <message>
        <source>A message or form with no clear signal.</source>
        <translation>Eine Nachricht oder ein Formular ohne klares Signal.</translation>
    </message>
    <message>
        <source>Answered; nothing in the conversation stands out.</source>
        <translation>Angenommen; nichts im Gespräch sticht hervor.</translation>
    </message>
    <message>
        <source>Answered; no transcript to go on.</source>
        <translation>Angenommen; kein Transkript vorhanden.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CredentialStore</name>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmAccountsQuery</name>
    <message>
        <source>Enter the access key and the secret key first.</source>
        <translation>Geben Sie zuerst den Zugangs- und den Geheimschlüssel ein.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmCallMapper</name>
    <message>
        <source>a call without a usable id</source>
        <translation>ein Anruf ohne brauchbare ID</translation>
    </message>
    <message>
        <source>call %1 has neither unix_time nor a readable called_at</source>
        <translation>Anruf %1 hat weder unix_time noch ein lesbares called_at</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmOutboxJob</name>
    <message>
        <source>The client&apos;s CallTrackingMetrics account or keys are missing.</source>
        <translation>Konto oder Schlüssel des Kunden für CallTrackingMetrics fehlen.</translation>
    </message>
    <message>
        <source>Some changes wait for CallTrackingMetrics keys.</source>
        <translation>Einige Änderungen warten auf CallTrackingMetrics-Schlüssel.</translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation>Unbekannter Vorgang %1.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmPullJob</name>
    <message>
        <source>No CallTrackingMetrics account is set for this client.</source>
        <translation>Für diesen Kunden ist kein CallTrackingMetrics-Konto eingestellt.</translation>
    </message>
    <message>
        <source>No CallTrackingMetrics keys are stored for this client. Enter them in the client&apos;s CallTrackingMetrics settings (or set ANCHOR_CTM_ACCESS_KEY and ANCHOR_CTM_SECRET_KEY).</source>
        <translation>Für diesen Kunden sind keine CallTrackingMetrics-Schlüssel gespeichert. Geben Sie sie in den CallTrackingMetrics-Einstellungen des Kunden ein (oder setzen Sie ANCHOR_CTM_ACCESS_KEY und ANCHOR_CTM_SECRET_KEY).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>CallTrackingMetrics sent a page without a list of calls (%1).</source>
        <translation>CallTrackingMetrics hat eine Seite ohne Anrufliste gesendet (%1).</translation>
    </message>
    <message>
        <source>CallTrackingMetrics pointed the next page at another server (%1); the sync stopped there.</source>
        <translation>CallTrackingMetrics hat die nächste Seite auf einen anderen Server verwiesen (%1); die Synchronisierung hat dort angehalten.</translation>
    </message>
    <message>
        <source>an entry that is not a call object</source>
        <translation>ein Eintrag, der kein Anrufobjekt ist</translation>
    </message>
</context>
<context>
    <name>anchor::sync::EventsApiParser</name>
    <message>
        <source>an event that is not a JSON object</source>
        <translation>ein Ereignis, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>an event without its type (&quot;event&quot;)</source>
        <translation>ein Ereignis ohne Typ (&quot;event&quot;)</translation>
    </message>
    <message>
        <source>a %1 event without a valid timestamp</source>
        <translation>ein %1-Ereignis ohne gültigen Zeitstempel</translation>
    </message>
    <message>
        <source>Mailgun sent an events page without a list of events.</source>
        <translation>Mailgun hat eine Ereignisseite ohne Ereignisliste gesendet.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::LlmClassifyJob</name>
    <message>
        <source>The AI classifier answered something that is not a category (%1).</source>
        <translation>Die KI-Einordnung hat etwas geantwortet, das keine Kategorie ist (%1).</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunClient</name>
    <message>
        <source>No Mailgun sending domain is set.</source>
        <translation>Es ist keine Mailgun-Absenderdomain eingestellt.</translation>
    </message>
    <message>
        <source>No Mailgun API key is stored for this sender. Enter it in the Mailgun settings (or set ANCHOR_MAILGUN_API_KEY).</source>
        <translation>Für diesen Absender ist kein Mailgun-API-Schlüssel gespeichert. Geben Sie ihn in den Mailgun-Einstellungen ein (oder setzen Sie ANCHOR_MAILGUN_API_KEY).</translation>
    </message>
    <message>
        <source>The Mailgun address %1 is not a valid https:// URL.</source>
        <translation>Die Mailgun-Adresse %1 ist keine gültige https://-URL.</translation>
    </message>
    <message>
        <source>Mailgun refused the request (HTTP 400)%1</source>
        <translation>Mailgun hat die Anfrage abgelehnt (HTTP 400)%1</translation>
    </message>
    <message>
        <source>Mailgun refused the API key (HTTP 401%1): the key is wrong, or belongs to the other region (%2).</source>
        <translation>Mailgun hat den API-Schlüssel abgelehnt (HTTP 401%1): der Schlüssel ist falsch oder gehört zur anderen Region (%2).</translation>
    </message>
    <message>
        <source>Mailgun does not allow %1 to send (HTTP 403)%2</source>
        <translation>Mailgun erlaubt %1 nicht zu senden (HTTP 403)%2</translation>
    </message>
    <message>
        <source>Mailgun does not know the domain %1 in the %2 region (HTTP 404)%3</source>
        <translation>Mailgun kennt die Domain %1 in der Region %2 nicht (HTTP 404)%3</translation>
    </message>
    <message>
        <source>Mailgun is rate limiting this account (HTTP %1); waiting %2 seconds.</source>
        <translation>Mailgun drosselt dieses Konto (HTTP %1); es wird %2 Sekunden gewartet.</translation>
    </message>
    <message>
        <source>Mailgun failed while taking the message (HTTP %1)%2; it may have been accepted, so it is checked before it is sent again.</source>
        <translation>Mailgun ist beim Annehmen der Nachricht gescheitert (HTTP %1)%2; sie wurde möglicherweise angenommen und wird daher geprüft, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Mailgun had a server error (HTTP %1)%2</source>
        <translation>Bei Mailgun ist ein Serverfehler aufgetreten (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Mailgun refused the request (HTTP %1)%2</source>
        <translation>Mailgun hat die Anfrage abgelehnt (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The connection to Mailgun ended before it answered (%1); the message may have been accepted, so it is checked before it is sent again.</source>
        <translation>Die Verbindung zu Mailgun endete vor einer Antwort (%1); die Nachricht wurde möglicherweise angenommen und wird daher geprüft, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s answer to a message could not be read (%1); it was probably accepted, so it is checked before it is sent again.</source>
        <translation>Die Antwort von Mailgun auf eine Nachricht konnte nicht gelesen werden (%1); sie wurde wahrscheinlich angenommen und wird daher geprüft, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>The message has no recipient address.</source>
        <translation>Die Nachricht hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>The message to %1 has neither an HTML nor a text part.</source>
        <translation>Die Nachricht an %1 hat weder einen HTML- noch einen Textteil.</translation>
    </message>
    <message>
        <source>The message&apos;s Mailgun options and variables take %1 bytes, more than the 16 KB Mailgun allows.</source>
        <translation>Die Mailgun-Optionen und -Variablen der Nachricht belegen %1 Bytes, mehr als die 16 KB, die Mailgun erlaubt.</translation>
    </message>
    <message>
        <source>The message to %1 is %2 MB with its attachments, more than the 25 MB Mailgun accepts. Attach smaller files or link to them.</source>
        <translation>Die Nachricht an %1 ist mit Anhängen %2 MB groß, mehr als die 25 MB, die Mailgun annimmt. Hängen Sie kleinere Dateien an oder verlinken Sie sie.</translation>
    </message>
    <message>
        <source>Wrong API key: Mailgun refused it (HTTP 401). Check the key and the region (%1).</source>
        <translation>Falscher API-Schlüssel: Mailgun hat ihn abgelehnt (HTTP 401). Prüfen Sie den Schlüssel und die Region (%1).</translation>
    </message>
    <message>
        <source>Unknown domain for this region: Mailgun has no domain %1 in the %2 region.</source>
        <translation>Unbekannte Domain für diese Region: Mailgun hat keine Domain %1 in der Region %2.</translation>
    </message>
    <message>
        <source>Connected: Mailgun knows the domain %1.</source>
        <translation>Verbunden: Mailgun kennt die Domain %1.</translation>
    </message>
    <message>
        <source>Anchor CRM test message</source>
        <translation>Anchor CRM-Testnachricht</translation>
    </message>
    <message>
        <source>This test message shows that Anchor CRM can send through Mailgun with the domain %1.</source>
        <translation>Diese Testnachricht zeigt, dass Anchor CRM über Mailgun mit der Domain %1 senden kann.</translation>
    </message>
    <message>
        <source>Mailgun pointed the next events page at another server (%1); it was not followed.</source>
        <translation>Mailgun hat die nächste Ereignisseite auf einen anderen Server verwiesen (%1); dem wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Mailgun pointed the next suppressions page at another server (%1); it was not followed.</source>
        <translation>Mailgun hat die nächste Sperrlistenseite auf einen anderen Server verwiesen (%1); dem wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Mailgun sent a suppressions page without a list of addresses.</source>
        <translation>Mailgun hat eine Sperrlistenseite ohne Adressliste gesendet.</translation>
    </message>
    <message>
        <source>a %1 entry without an address</source>
        <translation>ein %1-Eintrag ohne Adresse</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunEventsJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Mailgun sent an events page without a way to the next one; the pull stopped there.</source>
        <translation>Mailgun hat eine Ereignisseite ohne Verweis auf die nächste gesendet; der Abruf hat dort angehalten.</translation>
    </message>
    <message>
        <source>Mailgun kept sending events pages; the pull stopped after %1.</source>
        <translation>Mailgun hat immer weiter Ereignisseiten gesendet; der Abruf wurde nach %1 angehalten.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunSendJob</name>
    <message>
        <source>The Mailgun connection of this sender is incomplete (domain and from address).</source>
        <translation>Die Mailgun-Verbindung dieses Absenders ist unvollständig (Domain und Absenderadresse).</translation>
    </message>
    <message>
        <source>No Mailgun API key is stored for this sender. Enter it in the Mailgun settings (or set ANCHOR_MAILGUN_API_KEY).</source>
        <translation>Für diesen Absender ist kein Mailgun-API-Schlüssel gespeichert. Geben Sie ihn in den Mailgun-Einstellungen ein (oder setzen Sie ANCHOR_MAILGUN_API_KEY).</translation>
    </message>
    <message>
        <source>No Mailgun connection is configured for this sender.</source>
        <translation>Für diesen Absender ist keine Mailgun-Verbindung eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the message after %n attempt(s).</source>
        <translation>
            <numerusform>Mailgun hat die Nachricht nach %n Versuch nicht angenommen.</numerusform>
            <numerusform>Mailgun hat die Nachricht nach %n Versuchen nicht angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be confirmed yet; they are checked on the next sync before being sent again.</source>
        <translation>
            <numerusform>%n Nachricht konnte noch nicht bestätigt werden; sie wird bei der nächsten Synchronisierung geprüft, bevor sie erneut gesendet wird.</numerusform>
            <numerusform>%n Nachrichten konnten noch nicht bestätigt werden; sie werden bei der nächsten Synchronisierung geprüft, bevor sie erneut gesendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were refused by Mailgun.</source>
        <translation>
            <numerusform>%n Nachricht wurde von Mailgun abgelehnt.</numerusform>
            <numerusform>%n Nachrichten wurden von Mailgun abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunSuppressionsJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::NetworkService</name>
    <message>
        <source>The address %1 is not a valid https:// URL.</source>
        <translation>Die Adresse %1 ist keine gültige https://-URL.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 could not be read as PEM.</source>
        <translation>Die CA-Zertifikatsdatei %1 konnte nicht als PEM gelesen werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The server&apos;s certificate is not trusted (expired, self-signed or for another name); check the address and the CA certificate setting.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Dem Zertifikat des Servers wird nicht vertraut (abgelaufen, selbst signiert oder für einen anderen Namen); prüfen Sie die Adresse und die Einstellung für das CA-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the access key and secret key.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2). Prüfen Sie Zugangs- und Geheimschlüssel.</translation>
    </message>
    <message>
        <source>%1 was not found (HTTP 404): check the account id and the address.</source>
        <translation>%1 wurde nicht gefunden (HTTP 404): prüfen Sie die Konto-ID und die Adresse.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 antwortete mit HTTP %2%3</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not valid JSON (%2 at byte %3 of %4).</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges JSON ist (%2 bei Byte %3 von %4).</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 meldete einen Fehler: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>the connection to %1 closed before it answered</source>
        <translation>die Verbindung zu %1 wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ActiveClientsPage</name>
    <message>
        <source>Search name, phone or email</source>
        <translation>Name, Telefon oder E-Mail durchsuchen</translation>
    </message>
    <message>
        <source>Search active clients</source>
        <translation>Aktive Kunden durchsuchen</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktiv und inaktiv</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Vereinbarter Preis</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Services agreed</source>
        <translation>Vereinbarte Leistungen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Journeys of the active client</source>
        <translation>Journeys des aktiven Kunden</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s)</source>
        <translation>
            <numerusform>%n aktiver Kunde</numerusform>
            <numerusform>%n aktive Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Active clients could not be loaded: %1</source>
        <translation>Die aktiven Kunden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Search Active Clients</source>
        <translation>Aktive Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>Active Clients</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>No active client selected</source>
        <translation>Kein aktiver Kunde ausgewählt</translation>
    </message>
    <message>
        <source>(redacted service)</source>
        <translation>(geschwärzte Leistung)</translation>
    </message>
    <message>
        <source>Redacted for privacy after the retention period</source>
        <translation>Nach Ablauf der Aufbewahrungsfrist aus Datenschutzgründen geschwärzt</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(geschwärzt)</translation>
    </message>
</context>
<context>
    <name>anchor::ui::AutomationEditor</name>
    <message>
        <source>Nothing to set.</source>
        <translation>Nichts festzulegen.</translation>
    </message>
    <message>
        <source>New Automation</source>
        <translation>Neue Automatisierung</translation>
    </message>
    <message>
        <source>Edit Automation</source>
        <translation>Automatisierung bearbeiten</translation>
    </message>
    <message>
        <source>The item&apos;s assignees</source>
        <translation>Die Zuständigen der Aufgabe</translation>
    </message>
    <message>
        <source>This board</source>
        <translation>Dieses Board</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Alle Boards</translation>
    </message>
    <message>
        <source>To status:</source>
        <translation>Zu Status:</translation>
    </message>
    <message>
        <source>Into column:</source>
        <translation>In Spalte:</translation>
    </message>
    <message>
        <source>{key} {item} needs you</source>
        <translation>{key} {item} braucht Sie</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Benachrichtigen:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wenn:</translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <source>{item} and {key} in a message name the task.</source>
        <translation>{item} und {key} in einer Nachricht stehen für die Aufgabe.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::AutomationsDialog</name>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Automations of %1</source>
        <translation>Automatisierungen: %1</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automatisierungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error or reason</source>
        <translation>Fehler oder Grund</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Switch Off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh Runs</source>
        <translation>Läufe a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>This board&apos;s automations and those that apply to all boards:</source>
        <translation>Automatisierungen dieses Boards und solche, die für alle Boards gelten:</translation>
    </message>
    <message>
        <source>Recent runs (a trigger never fires an automation twice; loops are stopped):</source>
        <translation>Letzte Läufe (ein Auslöser führt eine Automatisierung nie zweimal aus; Schleifen werden angehalten):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Alle Boards</translation>
    </message>
    <message>
        <source>This board</source>
        <translation>Dieses Board</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Switch On</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>New automation</source>
        <translation>Neue Automatisierung</translation>
    </message>
    <message>
        <source>Delete the automation &quot;%1&quot;? It applies to all boards. Its past runs stay in the log.</source>
        <translation>Die Automatisierung „%1“ löschen? Sie gilt für alle Boards. Ihre bisherigen Läufe bleiben im Protokoll.</translation>
    </message>
    <message>
        <source>Delete the automation &quot;%1&quot;? Its past runs stay in the log.</source>
        <translation>Die Automatisierung „%1“ löschen? Ihre bisherigen Läufe bleiben im Protokoll.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignEditorDialog</name>
    <message>
        <source>&amp;Use Template</source>
        <translation>Vorlage &amp;verwenden</translation>
    </message>
    <message>
        <source>A &amp;segment</source>
        <translation>Ein &amp;Segment</translation>
    </message>
    <message>
        <source>These &amp;addresses (one per line)</source>
        <translation>Diese A&amp;dressen (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Send &amp;later, at</source>
        <translation>Spä&amp;ter senden, am</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <source>For you, e.g. &quot;Spring cleaning offer&quot;</source>
        <translation>Für Sie, z. B. &quot;Frühjahrsputz-Angebot&quot;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What recipients see, e.g. &quot;{{first_name}}, your spring check-up&quot;</source>
        <translation>Was die Empfänger sehen, z. B. &quot;{{first_name}}, Ihr Frühjahrs-Check-up&quot;</translation>
    </message>
    <message>
        <source>HTML content</source>
        <translation>HTML-Inhalt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Plain-text part</source>
        <translation>Nur-Text-Teil</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>jane@example.com
john@example.com</source>
        <translation>erika@example.com
max@example.com</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Senden am</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Ausgehend von:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing (write from scratch)</source>
        <translation>Nichts (neu schreiben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (agency-wide)</source>
        <translation>%1 (agenturweit)</translation>
    </message>
    <message>
        <source>Sending has started: the recipients are fixed; the content can still change for the messages not sent yet.</source>
        <translation>Der Versand hat begonnen: die Empfänger stehen fest; der Inhalt kann für noch nicht gesendete Nachrichten noch geändert werden.</translation>
    </message>
    <message>
        <source>This campaign is %1: it can no longer be changed.</source>
        <translation>Diese Kampagne hat den Status &quot;%1&quot;: sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %1&lt;/p&gt;&lt;hr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Betreff:&lt;/b&gt; %1&lt;/p&gt;&lt;hr&gt;</translation>
    </message>
    <message>
        <source>Unknown placeholders, sent as written: %1</source>
        <translation>Unbekannte Platzhalter, werden unverändert gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n valid address(es).</source>
        <translation>
            <numerusform>%n gültige Adresse.</numerusform>
            <numerusform>%n gültige Adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid, will not be sent: %1</source>
        <translation>Ungültig, wird nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Wird gezählt...</translation>
    </message>
    <message>
        <source>Choose a segment.</source>
        <translation>Wählen Sie ein Segment.</translation>
    </message>
    <message>
        <source>The segment could not be counted: %1</source>
        <translation>Das Segment konnte nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) match now.</source>
        <translation>
            <numerusform>%n Adresse passt derzeit.</numerusform>
            <numerusform>%n Adressen passen derzeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es) will be skipped.</source>
        <translation>
            <numerusform>%n ungültige Adresse wird übersprungen.</numerusform>
            <numerusform>%n ungültige Adressen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) are not valid and will be left out: %1. Press Save again to save without them.</source>
        <translation>
            <numerusform>%n Adresse ist ungültig und wird weggelassen: %1. Klicken Sie erneut auf Speichern, um ohne sie zu speichern.</numerusform>
            <numerusform>%n Adressen sind ungültig und werden weggelassen: %1. Klicken Sie erneut auf Speichern, um ohne sie zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time to send it has passed. Choose a later time, or clear &quot;Send later&quot;.</source>
        <translation>Der Sendezeitpunkt ist bereits vorbei. Wählen Sie einen späteren Zeitpunkt oder deaktivieren Sie &quot;Später senden&quot;.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignStatsPane</name>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Recipients queued (suppressed ones not counted)</source>
        <translation>Eingereihte Empfänger (gesperrte nicht mitgezählt)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted by Mailgun, of the recipients</source>
        <translation>Von Mailgun angenommen, bezogen auf die Empfänger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Delivered, of those sent</source>
        <translation>Zugestellt, bezogen auf die gesendeten</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Unique opens, of those delivered</source>
        <translation>Eindeutige Öffnungen, bezogen auf die zugestellten</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Unique clicks, of those delivered</source>
        <translation>Eindeutige Klicks, bezogen auf die zugestellten</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Permanent failures, of those sent</source>
        <translation>Dauerhafte Fehler, bezogen auf die gesendeten</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Unsubscribes, of those delivered</source>
        <translation>Abmeldungen, bezogen auf die zugestellten</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Spam complaints, of those delivered</source>
        <translation>Spam-Beschwerden, bezogen auf die zugestellten</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>On the suppression list: not sent</source>
        <translation>Auf der Sperrliste: nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Still in the send queue</source>
        <translation>Noch in der Sendewarteschlange</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Refused or given up: never accepted by Mailgun</source>
        <translation>Abgelehnt oder aufgegeben: nie von Mailgun angenommen</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>A temporary failure was seen; Mailgun keeps trying</source>
        <translation>Ein vorübergehender Fehler ist aufgetreten; Mailgun versucht es weiter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Recipient status</source>
        <translation>Empfängerstatus</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a campaign to see its results.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Kampagne aus, um ihre Ergebnisse zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>Die Ergebnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;This campaign no longer exists.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Diese Kampagne existiert nicht mehr.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;middot; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;middot; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>No delivery, open or click has been reported for this campaign yet.</source>
        <translation>Für diese Kampagne wurde noch keine Zustellung, Öffnung oder Klick gemeldet.</translation>
    </message>
    <message>
        <source>Events per hour</source>
        <translation>Ereignisse pro Stunde</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignsPage</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Search name, subject or client</source>
        <translation>Name, Betreff oder Kunde durchsuchen</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Kampagnen durchsuchen</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Kundenfilter</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns could not be loaded: %1</source>
        <translation>Kampagnen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>Nichts wurde eingereiht: %1</translation>
    </message>
    <message>
        <source>&amp;New Campaign...</source>
        <translation>&amp;Neue Kampagne...</translation>
    </message>
    <message>
        <source>&amp;Edit Campaign...</source>
        <translation>Kampagne &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>D&amp;uplicate Campaign</source>
        <translation>Kampagne d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Campaign</source>
        <translation>Kampagne &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Send Now...</source>
        <translation>Jetzt &amp;senden...</translation>
    </message>
    <message>
        <source>Sc&amp;hedule...</source>
        <translation>&amp;Planen...</translation>
    </message>
    <message>
        <source>&amp;Pause Campaign</source>
        <translation>Kampagne paus&amp;ieren</translation>
    </message>
    <message>
        <source>&amp;Resume Campaign</source>
        <translation>Kampagne &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel Campaign...</source>
        <translation>Kampagne abbre&amp;chen...</translation>
    </message>
    <message>
        <source>Re&amp;fresh Campaigns</source>
        <translation>Kampagnen &amp;aktualisieren</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>No campaign matches these filters.</source>
        <translation>Keine Kampagne entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No campaigns yet. Choose &quot;New Campaign...&quot; to write one from a template or from scratch.</source>
        <translation>Noch keine Kampagnen. Wählen Sie &quot;Neue Kampagne...&quot;, um eine aus einer Vorlage oder ganz neu zu schreiben.</translation>
    </message>
    <message>
        <source>Campaign saved as a draft. Undo with Ctrl+Z.</source>
        <translation>Kampagne als Entwurf gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with Ctrl+Z.</source>
        <translation>&quot;%1&quot; gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its recipients and their delivery, open and click events? This cannot be undone.</source>
        <translation>&quot;%1&quot; mit den Empfängern und deren Zustellungs-, Öffnungs- und Klickereignissen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; gelöscht.</translation>
    </message>
    <message>
        <source>Checking the recipients of &quot;%1&quot;...</source>
        <translation>Empfänger von &quot;%1&quot; werden geprüft...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2</source>
        <translation>&quot;%1&quot; kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid recipient to send to.</source>
        <translation>&quot;%1&quot; hat keinen gültigen Empfänger.</translation>
    </message>
    <message>
        <source>Every recipient of &quot;%1&quot; is on the suppression list.</source>
        <translation>Alle Empfänger von &quot;%1&quot; stehen auf der Sperrliste.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; now?</source>
        <translation>&quot;%1&quot; jetzt senden?</translation>
    </message>
    <message>
        <source>%1 message(s) will be queued.</source>
        <translation>%1 Nachricht(en) werden eingereiht.</translation>
    </message>
    <message>
        <source>%1 address(es) are on the suppression list and will not be mailed.</source>
        <translation>%1 Adresse(n) stehen auf der Sperrliste und werden nicht angeschrieben.</translation>
    </message>
    <message>
        <source>%1 address(es) are not valid and will not be mailed: %2</source>
        <translation>%1 Adresse(n) sind ungültig und werden nicht angeschrieben: %2</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>unknown placeholders will reach recipients as written: %1</source>
        <translation>unbekannte Platzhalter erreichen die Empfänger unverändert: %1</translation>
    </message>
    <message>
        <source>Mail that has left cannot be called back; Pause holds back what is still queued.</source>
        <translation>Bereits versendete E-Mails können nicht zurückgerufen werden; Pausieren hält zurück, was noch in der Warteschlange ist.</translation>
    </message>
    <message>
        <source>Send Campaign Now</source>
        <translation>Kampagne jetzt senden</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Queueing &quot;%1&quot; for %2 recipient(s)... The window stays usable meanwhile.</source>
        <translation>&quot;%1&quot; wird für %2 Empfänger eingereiht... Das Fenster bleibt währenddessen nutzbar.</translation>
    </message>
    <message>
        <source>This campaign was queued before (%1 message(s)); nothing was added.</source>
        <translation>Diese Kampagne wurde bereits eingereiht (%1 Nachricht(en)); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Queued %1 message(s).</source>
        <translation>%1 Nachricht(en) eingereiht.</translation>
    </message>
    <message>
        <source>%1 suppressed address(es) left out.</source>
        <translation>%1 gesperrte Adresse(n) ausgelassen.</translation>
    </message>
    <message>
        <source>Not valid, not queued: %1.</source>
        <translation>Ungültig, nicht eingereiht: %1.</translation>
    </message>
    <message>
        <source>Sending starts now; the figures below follow as Mailgun reports.</source>
        <translation>Der Versand beginnt jetzt; die Zahlen unten folgen, sobald Mailgun sie meldet.</translation>
    </message>
    <message>
        <source>Schedule Campaign</source>
        <translation>Kampagne planen</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Senden am</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; at:</source>
        <translation>&quot;%1&quot; senden am:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be sent %2.</source>
        <translation>&quot;%1&quot; wird am %2 gesendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paused: nothing more is sent until you resume it.</source>
        <translation>&quot;%1&quot; ist pausiert: es wird nichts mehr gesendet, bis Sie die Kampagne fortsetzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; resumed.</source>
        <translation>&quot;%1&quot; fortgesetzt.</translation>
    </message>
    <message>
        <source>Cancel Campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? Messages not sent yet will never be sent, and a cancelled campaign cannot be resumed. This cannot be undone.</source>
        <translation>&quot;%1&quot; abbrechen? Noch nicht gesendete Nachrichten werden nie gesendet, und eine abgebrochene Kampagne kann nicht fortgesetzt werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled.</source>
        <translation>&quot;%1&quot; ist abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel Queueing</source>
        <translation>Einreihen abbrechen</translation>
    </message>
    <message>
        <source>Queueing progress</source>
        <translation>Fortschritt des Einreihens</translation>
    </message>
    <message>
        <source>Queueing is all or nothing (one transaction): cancelled, nothing is queued and the campaign stays as it was.</source>
        <translation>Das Einreihen geschieht ganz oder gar nicht (eine Transaktion): bei Abbruch wird nichts eingereiht, und die Kampagne bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Queueing cancelled: nothing was queued and the campaign is as it was.</source>
        <translation>Einreihen abgebrochen: es wurde nichts eingereiht, und die Kampagne ist unverändert.</translation>
    </message>
    <message>
        <source>Choosing the recipients...</source>
        <translation>Empfänger werden ausgewählt...</translation>
    </message>
    <message>
        <source>Queueing %1 of %2...</source>
        <translation>%1 von %2 werden eingereiht...</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ChartFactory</name>
    <message>
        <source>The charts module (anchor_charts) could not be loaded. Reinstall Anchor CRM.
%1</source>
        <translation>Das Diagrammmodul (anchor_charts) konnte nicht geladen werden. Installieren Sie Anchor CRM neu.
%1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command or a section...</source>
        <translation>Befehl oder Bereich eingeben...</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ConvertDialog</name>
    <message>
        <source>Agreed to Service</source>
        <translation>Leistung vereinbart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Service agreed</source>
        <translation>Vereinbarte Leistung</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Vereinbarter Preis</translation>
    </message>
    <message>
        <source>Services agreed</source>
        <translation>Vereinbarte Leistungen</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Add the services to the existing active client %1</source>
        <translation>Die Leistungen dem bestehenden aktiven Kunden %1 hinzufügen</translation>
    </message>
    <message>
        <source>The journey or lead could not be found.</source>
        <translation>Die Journey oder der Lead wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Make Active Client</source>
        <translation>Zum aktiven Kunden machen</translation>
    </message>
    <message>
        <source>Tick the services agreed and type the price agreed for each.</source>
        <translation>Haken Sie die vereinbarten Leistungen an und geben Sie für jede den vereinbarten Preis ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money (the price of %2). Nothing was saved.</source>
        <translation>„%1“ ist kein Geldbetrag (Preis für %2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Tick at least one service the client agreed to.</source>
        <translation>Haken Sie mindestens eine Leistung an, die der Kunde vereinbart hat.</translation>
    </message>
    <message>
        <source>The conversion failed.</source>
        <translation>Die Umwandlung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CtmSettingsDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>CallTrackingMetrics settings</source>
        <translation>CallTrackingMetrics-Einstellungen</translation>
    </message>
    <message>
        <source>The CTM account id; &quot;Test connection&quot; lists the accounts the keys reach</source>
        <translation>Die CTM-Konto-ID; „Verbindung testen&quot; listet die Konten auf, die die Schlüssel erreichen</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Keins: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Zugangsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimschlüssel:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Zusätzliches &amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Verbindung wird getestet...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the keys reach %n account(s).</source>
        <translation>
            <numerusform>Verbunden: die Schlüssel erreichen %n Konto.</numerusform>
            <numerusform>Verbunden: die Schlüssel erreichen %n Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Enter both the access key and the secret key, or neither to keep the stored ones.</source>
        <translation>Geben Sie Zugangs- und Geheimschlüssel ein, oder keinen von beiden, um die gespeicherten zu behalten.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the settings could not be stored.</source>
        <translation>die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked (Sync Now)</source>
        <translation>Nur auf Wunsch (Jetzt synchronisieren)</translation>
    </message>
    <message>
        <source>How often Anchor CRM syncs every client by itself; it also syncs at start and every minute while offline</source>
        <translation>Wie oft Anchor CRM alle Kunden von selbst synchronisiert; es synchronisiert auch beim Start und jede Minute, solange es offline ist</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>AI classification of new calls (optional, all clients)</source>
        <translation>KI-Einordnung neuer Anrufe (optional, alle Kunden)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Name des Modells</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The AI classifier needs its API address and model.</source>
        <translation>Die KI-Einordnung braucht ihre API-Adresse und ihr Modell.</translation>
    </message>
    <message>
        <source>The AI classifier settings were not saved: %1</source>
        <translation>Die Einstellungen der KI-Einordnung wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::DashboardPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Wird berechnet...</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Das Dashboard konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 calls, %2 answered (%3), %4 warm or better (%5), %6 converted (%7)</source>
        <translation>%1 Anrufe, %2 angenommen (%3), %4 warm oder besser (%5), %6 konvertiert (%7)</translation>
    </message>
    <message>
        <source>Calls by category</source>
        <translation>Anrufe nach Kategorie</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Konversionstrichter</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Warm or better</source>
        <translation>Warm oder besser</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Leads nach Quelle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Anrufe pro Tag</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
</context>
<context>
    <name>anchor::ui::EmailLogDetailPane</name>
    <message>
        <source>Accepted by Mailgun</source>
        <translation>Von Mailgun angenommen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Complained (spam)</source>
        <translation>Beschwerde (Spam)</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Plain-text part</source>
        <translation>Nur-Text-Teil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Tracking events</source>
        <translation>Tracking-Ereignisse</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a message to read it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Nachricht aus, um sie zu lesen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;This message is no longer in the log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Diese Nachricht ist nicht mehr im Protokoll.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Triggered by:</source>
        <translation>Ausgelöst durch:</translation>
    </message>
    <message>
        <source>Mailgun id:</source>
        <translation>Mailgun-ID:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>vorübergehend</translation>
    </message>
    <message>
        <source>No event from Mailgun yet.</source>
        <translation>Noch kein Ereignis von Mailgun.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::EmailLogPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filter by type of message</source>
        <translation>Nach Nachrichtentyp filtern</translation>
    </message>
    <message>
        <source>Search recipient or subject</source>
        <translation>Empfänger oder Betreff durchsuchen</translation>
    </message>
    <message>
        <source>Search the email log</source>
        <translation>E-Mail-Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Kundenfilter</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>Email log</source>
        <translation>E-Mail-Protokoll</translation>
    </message>
    <message>
        <source>%1 message(s)</source>
        <translation>%1 Nachricht(en)</translation>
    </message>
    <message>
        <source>The email log could not be loaded: %1</source>
        <translation>Das E-Mail-Protokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Email Log</source>
        <translation>E-Mail-Protokoll</translation>
    </message>
    <message>
        <source>Re&amp;fresh Email Log</source>
        <translation>E-Mail-Protokoll &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search Email Log</source>
        <translation>E-Mail-Protokoll &amp;suchen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>No message matches these filters.</source>
        <translation>Keine Nachricht entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No email yet. Messages appear here once a campaign or a notification is sent.</source>
        <translation>Noch keine E-Mails. Nachrichten erscheinen hier, sobald eine Kampagne oder eine Benachrichtigung gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::EmailTemplatesDialog</name>
    <message>
        <source>The recipient&apos;s first name</source>
        <translation>Der Vorname des Empfängers</translation>
    </message>
    <message>
        <source>The recipient&apos;s last name</source>
        <translation>Der Nachname des Empfängers</translation>
    </message>
    <message>
        <source>The recipient&apos;s full name</source>
        <translation>Der vollständige Name des Empfängers</translation>
    </message>
    <message>
        <source>The recipient&apos;s email address</source>
        <translation>Die E-Mail-Adresse des Empfängers</translation>
    </message>
    <message>
        <source>The client business&apos;s name</source>
        <translation>Der Name des Kundenunternehmens</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>Der Name des Absenders</translation>
    </message>
    <message>
        <source>The campaign&apos;s name</source>
        <translation>Der Name der Kampagne</translation>
    </message>
    <message>
        <source>The recipient&apos;s unsubscribe link</source>
        <translation>Der Abmeldelink des Empfängers</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Das heutige Datum</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Email templates for %1</source>
        <translation>E-Mail-Vorlagen für %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Search names and subjects</source>
        <translation>Namen und Betreffs durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>What the recipient sees in the inbox, e.g. Hello {{first_name}}</source>
        <translation>Was der Empfänger im Posteingang sieht, z. B. Hallo {{first_name}}</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>HTML-Quelltext</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hi {{first_name}},&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hallo {{first_name}},&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Platzhalter ein&amp;fügen</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor of the subject or the message, whichever was used last</source>
        <translation>Einen Platzhalter an der Cursorposition im Betreff oder in der Nachricht einfügen, je nachdem, was zuletzt verwendet wurde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Whom the preview is filled in for</source>
        <translation>Für wen die Vorschau ausgefüllt wird</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Vorschau fü&amp;r:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Nur-&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Us&amp;ed by:</source>
        <translation>Ver&amp;wendet von:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Na&amp;chricht:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Active client: %1</source>
        <translation>Aktiver Kunde: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They would be sent as written; check the spelling or use &quot;Insert placeholder&quot;.</source>
        <translation>Unbekannte Platzhalter: %1. Sie würden unverändert gesendet; prüfen Sie die Schreibweise oder verwenden Sie &quot;Platzhalter einfügen&quot;.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Hello {{first_name}}</source>
        <translation>Hallo {{first_name}}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hi {{first_name}},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;{{sender_name}}&lt;/p&gt;

&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Hallo {{first_name}},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;{{sender_name}}&lt;/p&gt;

&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Abmelden&lt;/a&gt;&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the email template &quot;%1&quot;? Campaigns made from it keep their subject and message.</source>
        <translation>E-Mail-Vorlage &quot;%1&quot; löschen? Daraus erstellte Kampagnen behalten ihren Betreff und ihre Nachricht.</translation>
    </message>
    <message>
        <source>Save the changes to the template &quot;%1&quot;?</source>
        <translation>Änderungen an der Vorlage &quot;%1&quot; speichern?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::JourneyDetailPane</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Select a journey to see its steps, notes and timeline.</source>
        <translation>Wählen Sie eine Journey aus, um ihre Schritte, Notizen und Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Convert to Active Client...</source>
        <translation>In aktiven Kunden umwandeln...</translation>
    </message>
    <message>
        <source>Start Follow-up Journey...</source>
        <translation>Folge-Journey starten...</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Edit Step &amp;Notes...</source>
        <translation>Schritt&amp;notizen bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Reschedule Step...</source>
        <translation>Schritt neu &amp;terminieren...</translation>
    </message>
    <message>
        <source>&amp;Add Step...</source>
        <translation>Schritt &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Re&amp;move Step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Journey notes</source>
        <translation>Journey-Notizen</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>Write a note about this journey...</source>
        <translation>Notiz zu dieser Journey schreiben...</translation>
    </message>
    <message>
        <source>New journey note</source>
        <translation>Neue Journey-Notiz</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Notiz hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The journey could not be loaded: %1</source>
        <translation>Die Journey konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Services and concerns: redacted for privacy</source>
        <translation>Leistungen und Anliegen: aus Datenschutzgründen geschwärzt</translation>
    </message>
    <message>
        <source>Services and concerns: %1</source>
        <translation>Leistungen und Anliegen: %1</translation>
    </message>
    <message>
        <source>Next action: %1 %2</source>
        <translation>Nächste Aktion: %1 %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Open the lead call</source>
        <translation>Anruf des Leads öffnen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Record the services agreed and make this person an active client</source>
        <translation>Die vereinbarten Leistungen erfassen und diese Person zum aktiven Kunden machen</translation>
    </message>
    <message>
        <source>Only pending and in-progress journeys can be converted</source>
        <translation>Nur ausstehende Journeys und Journeys in Bearbeitung können umgewandelt werden</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Auf „%1“ setzen</translation>
    </message>
    <message>
        <source>No status change possible</source>
        <translation>Keine Statusänderung möglich</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Steps (%1 of %2)</source>
        <translation>Schritte (%1 von %2)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <source>Call: %1, %2 min</source>
        <translation>Anruf: %1, %2 min</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Schritt erledigt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Journey started</source>
        <translation>Journey gestartet</translation>
    </message>
    <message>
        <source>Journey paused</source>
        <translation>Journey pausiert</translation>
    </message>
    <message>
        <source>Journey resumed</source>
        <translation>Journey fortgesetzt</translation>
    </message>
    <message>
        <source>Converted to an active client</source>
        <translation>In einen aktiven Kunden umgewandelt</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the call</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um den Anruf zu öffnen</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Zeitleiste (%1)</translation>
    </message>
    <message>
        <source>Step Notes</source>
        <translation>Schrittnotizen</translation>
    </message>
    <message>
        <source>Notes for this step:</source>
        <translation>Notizen zu diesem Schritt:</translation>
    </message>
    <message>
        <source>Reschedule Step</source>
        <translation>Schritt neu terminieren</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Message, with {{first_name}}, {{client_name}}, {{service}}, {{business_name}} or {{phone}}</source>
        <translation>Nachricht, mit {{first_name}}, {{client_name}}, {{service}}, {{business_name}} oder {{phone}}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>anchor::ui::JourneyTemplatesDialog</name>
    <message>
        <source>Dental</source>
        <translation>Zahnmedizin</translation>
    </message>
    <message>
        <source>TMJ &amp; sleep</source>
        <translation>Kiefergelenk &amp; Schlaf</translation>
    </message>
    <message>
        <source>Med spa</source>
        <translation>Medical Spa</translation>
    </message>
    <message>
        <source>Chiropractic</source>
        <translation>Chiropraktik</translation>
    </message>
    <message>
        <source>Roofing</source>
        <translation>Dachdeckerei</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>Sanitär</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>Heizung/Klima</translation>
    </message>
    <message>
        <source>Landscaping</source>
        <translation>Garten- und Landschaftsbau</translation>
    </message>
    <message>
        <source>Catering &amp; general</source>
        <translation>Catering &amp; Allgemeines</translation>
    </message>
    <message>
        <source>Placeholders, filled in when a journey starts: {{client_name}} the person&apos;s name, {{first_name}}, {{service}}, {{business_name}} the client business, {{phone}}.</source>
        <translation>Platzhalter, die beim Start einer Journey ausgefüllt werden: {{client_name}} der Name der Person, {{first_name}}, {{service}}, {{business_name}} das Kundenunternehmen, {{phone}}.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Journey templates</source>
        <translation>Journey-Vorlagen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Journey templates for %1</source>
        <translation>Journey-Vorlagen für %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>The kind of client business the template suits; Any: every kind</source>
        <translation>Die Art von Kundenunternehmen, zu der die Vorlage passt; Beliebig: jede Art</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Drag a step, or press Ctrl+Up or Ctrl+Down, to change the order</source>
        <translation>Ziehen Sie einen Schritt oder drücken Sie Strg+Pfeil nach oben bzw. Strg+Pfeil nach unten, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>What to say or send at this step</source>
        <translation>Was in diesem Schritt gesagt oder gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Platzhalter ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Ser&amp;vice type:</source>
        <translation>Leistungs&amp;art:</translation>
    </message>
    <message>
        <source>Us&amp;ed by:</source>
        <translation>&amp;Verwendet von:</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>Ausgewählten Schritt nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>Ausgewählten Schritt nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Remove the selected step (Del)</source>
        <translation>Ausgewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Schr&amp;itte:</translation>
    </message>
    <message>
        <source>&amp;Message of the selected step:</source>
        <translation>Na&amp;chricht des ausgewählten Schritts:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the journey template &quot;%1&quot;? Journeys already started from it keep their steps.</source>
        <translation>Die Journey-Vorlage „%1“ löschen? Bereits damit gestartete Journeys behalten ihre Schritte.</translation>
    </message>
    <message>
        <source>Save the changes to the template &quot;%1&quot;?</source>
        <translation>Änderungen an der Vorlage „%1“ speichern?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::JourneysPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Überfällig</translation>
    </message>
    <message>
        <source>Pa&amp;used</source>
        <translation>Pa&amp;usiert</translation>
    </message>
    <message>
        <source>Search name, phone, email or concern</source>
        <translation>Name, Telefon, E-Mail oder Anliegen durchsuchen</translation>
    </message>
    <message>
        <source>Search journeys</source>
        <translation>Journeys durchsuchen</translation>
    </message>
    <message>
        <source>Open journeys whose next action is past due</source>
        <translation>Offene Journeys, deren nächste Aktion überfällig ist</translation>
    </message>
    <message>
        <source>Paused journeys only</source>
        <translation>Nur pausierte Journeys</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Journeys could not be loaded: %1</source>
        <translation>Die Journeys konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n Journey</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Search Journeys</source>
        <translation>Journeys &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Convert to Active Client...</source>
        <translation>In aktiven Kunden &amp;umwandeln...</translation>
    </message>
    <message>
        <source>&amp;Pause or Resume Journey</source>
        <translation>Journey &amp;pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Refresh Journeys</source>
        <translation>Journeys &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Show &amp;Overdue Journeys</source>
        <translation>&amp;Überfällige Journeys anzeigen</translation>
    </message>
    <message>
        <source>No journey matches these filters.</source>
        <translation>Keine Journey entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No journeys yet. Start one from a lead: select it in Leads and choose &quot;Start Journey...&quot; (Ctrl+J).</source>
        <translation>Noch keine Journeys. Starten Sie eine aus einem Lead: Wählen Sie ihn unter Leads aus und wählen Sie „Journey starten...“ (Strg+J).</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadDetailPane</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>first call from this number</source>
        <translation>erster Anruf von dieser Nummer</translation>
    </message>
    <message>
        <source>call %1 from this number</source>
        <translation>%1. Anruf von dieser Nummer</translation>
    </message>
    <message>
        <source>Select a lead to see its details.</source>
        <translation>Wählen Sie einen Lead aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>manuell gesetzt</translation>
    </message>
    <message>
        <source>A category set by hand is never replaced by automatic classification.</source>
        <translation>Eine manuell gesetzte Kategorie wird nie durch die automatische Klassifizierung ersetzt.</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Pipeline-Phase</translation>
    </message>
    <message>
        <source>Add tag...</source>
        <translation>Tag hinzufügen...</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>New tag...</source>
        <translation>Neues Tag...</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Im Transkript suchen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Edit note...</source>
        <translation>Notiz bearbeiten...</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Note type</source>
        <translation>Notiztyp</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it)</source>
        <translation>Notiz schreiben (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>The lead could not be loaded: %1</source>
        <translation>Der Lead konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>%1 long</source>
        <translation>%1 lang</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Keine Aufnahme</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Noch keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>No transcript for this call.</source>
        <translation>Kein Transkript für diesen Anruf.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Colour for the new tag &quot;%1&quot;</source>
        <translation>Farbe für das neue Tag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Tag</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Name des neuen Tags:</translation>
    </message>
    <message>
        <source>The notes could not be loaded: %1</source>
        <translation>Die Notizen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Also add to CTM</source>
        <translation>Auch in CTM eintragen</translation>
    </message>
    <message>
        <source>Also send the note to the call&apos;s notes in CallTrackingMetrics</source>
        <translation>Die Notiz auch in die Notizen des Anrufs in CallTrackingMetrics schreiben</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadJourneyStrip</name>
    <message>
        <source>Start Journey...</source>
        <translation>Journey starten...</translation>
    </message>
    <message>
        <source>Agreed to Service...</source>
        <translation>Leistung vereinbart...</translation>
    </message>
    <message>
        <source>Start a follow-up journey for this caller (Ctrl+J)</source>
        <translation>Eine Folge-Journey für diesen Anrufer starten (Strg+J)</translation>
    </message>
    <message>
        <source>The caller agreed to a service: make them an active client</source>
        <translation>Der Anrufer hat eine Leistung vereinbart: zum aktiven Kunden machen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>No journey yet.</source>
        <translation>Noch keine Journey.</translation>
    </message>
    <message>
        <source>Active client</source>
        <translation>Aktiver Kunde</translation>
    </message>
    <message>
        <source>Start Follow-up...</source>
        <translation>Folge-Journey starten...</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadsFilterBar</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Min stars</source>
        <translation>Min. Sterne</translation>
    </message>
    <message>
        <source>Max stars</source>
        <translation>Max. Sterne</translation>
    </message>
    <message>
        <source>Search callers, numbers, summaries, transcripts, notes (Ctrl+F)</source>
        <translation>Anrufer, Nummern, Zusammenfassungen, Transkripte, Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <source>Minimum stars</source>
        <translation>Mindestanzahl Sterne</translation>
    </message>
    <message>
        <source>Maximum stars</source>
        <translation>Höchstanzahl Sterne</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range...</source>
        <translation>Benutzerdefinierter Zeitraum...</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>No leads match</source>
        <translation>Keine passenden Leads</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 Leads</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Wird gezählt...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>Filter by caller type</source>
        <translation>Nach Anrufertyp filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Filter by pipeline stage</source>
        <translation>Nach Pipeline-Phase filtern</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadsPage</name>
    <message>
        <source>Leads problem</source>
        <translation>Problem mit den Leads</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message numerus="yes">
        <source>%n leads loaded, more on scroll</source>
        <translation>
            <numerusform>%n Lead geladen, weitere beim Scrollen</numerusform>
            <numerusform>%n Leads geladen, weitere beim Scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation>Die Leads konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Saved view actions</source>
        <translation>Aktionen für gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Change not saved: %1</source>
        <translation>Änderung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Search Leads</source>
        <translation>Leads &amp;suchen</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Star(s)</source>
        <translation>
            <numerusform>Mit %n Stern bewerten</numerusform>
            <numerusform>Mit %n Sternen bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Category: %1</source>
        <translation>Kategorie festlegen: %1</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation>In &amp;nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>In &amp;vorherige Phase verschieben</translation>
    </message>
    <message>
        <source>Set &amp;Stage...</source>
        <translation>&amp;Phase festlegen...</translation>
    </message>
    <message>
        <source>Add &amp;Tag...</source>
        <translation>&amp;Tag hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Open Lead Details</source>
        <translation>&amp;Lead-Details öffnen</translation>
    </message>
    <message>
        <source>Show &amp;Detail Pane</source>
        <translation>&amp;Detailbereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export Leads to CSV...</source>
        <translation>Leads als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Refresh Leads</source>
        <translation>Leads &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Choose &amp;Columns...</source>
        <translation>Spalten aus&amp;wählen...</translation>
    </message>
    <message>
        <source>Save &amp;View As...</source>
        <translation>Ansicht speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Rena&amp;me View...</source>
        <translation>Ansicht umbe&amp;nennen...</translation>
    </message>
    <message>
        <source>De&amp;lete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>Use View on &amp;Start</source>
        <translation>Ansicht beim &amp;Start verwenden</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <source>%1 (on start)</source>
        <translation>%1 (beim Start)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Ansicht &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>View not saved</source>
        <translation>Ansicht nicht gespeichert</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>View not renamed</source>
        <translation>Ansicht nicht umbenannt</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>Die gespeicherte Ansicht &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>View not deleted</source>
        <translation>Ansicht nicht gelöscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens on start.</source>
        <translation>&quot;%1&quot; wird beim Start geöffnet.</translation>
    </message>
    <message>
        <source>Default view not changed</source>
        <translation>Standardansicht nicht geändert</translation>
    </message>
    <message>
        <source>%1 has no pipeline stages yet.</source>
        <translation>%1 hat noch keine Pipeline-Phasen.</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Phase festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline stage of %n lead(s):</source>
        <translation>
            <numerusform>Pipeline-Phase für %n Lead:</numerusform>
            <numerusform>Pipeline-Phase für %n Leads:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n lead(s) (type a new name to create it):</source>
        <translation>
            <numerusform>Tag für %n Lead (neuen Namen eingeben, um ihn anzulegen):</numerusform>
            <numerusform>Tag für %n Leads (neuen Namen eingeben, um ihn anzulegen):</numerusform>
        </translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation>leads-%1.csv</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting leads...</source>
        <translation>Leads werden exportiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting leads: %1 of %2</source>
        <translation>Leads werden exportiert: %1 von %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation>%1 Leads nach %2 exportiert.</translation>
    </message>
    <message>
        <source>No leads yet. Calls appear here when they arrive from CallTrackingMetrics.</source>
        <translation>Noch keine Leads. Anrufe erscheinen hier, sobald sie von CallTrackingMetrics eintreffen.</translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation>Keine Leads entsprechen diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::MailgunSettingsDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Send test &amp;message...</source>
        <translation>Test&amp;nachricht senden...</translation>
    </message>
    <message>
        <source>Use the &amp;agency&apos;s connection</source>
        <translation>Verbindung der A&amp;gentur verwenden</translation>
    </message>
    <message>
        <source>Mailgun settings</source>
        <translation>Mailgun-Einstellungen</translation>
    </message>
    <message>
        <source>Agency (every client without its own)</source>
        <translation>Agentur (alle Kunden ohne eigene Einstellungen)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>mg.example.com</source>
        <translation>mg.example.com</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>Where the domain was created in Mailgun: its mail and events live only there</source>
        <translation>Wo die Domain in Mailgun angelegt wurde: ihre E-Mails und Ereignisse liegen nur dort</translation>
    </message>
    <message>
        <source>news@mg.example.com</source>
        <translation>news@mg.example.com</translation>
    </message>
    <message>
        <source>The name recipients see</source>
        <translation>Der Name, den die Empfänger sehen</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Mailgun&apos;s address for the region</source>
        <translation>Die Mailgun-Adresse für die Region</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Keins: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Zusätzliches &amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>For tests and corporate proxies; leave empty otherwise</source>
        <translation>Für Tests und Firmen-Proxys; sonst leer lassen</translation>
    </message>
    <message>
        <source>&amp;Settings for:</source>
        <translation>Einstellungen &amp;für:</translation>
    </message>
    <message>
        <source>Sending &amp;domain:</source>
        <translation>Absender-Do&amp;main:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absendernam&amp;e:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Forget this client&apos;s own Mailgun settings; it sends with the agency&apos;s again</source>
        <translation>Die eigenen Mailgun-Einstellungen dieses Kunden verwerfen; er sendet wieder über die Verbindung der Agentur</translation>
    </message>
    <message>
        <source>Every client without settings of its own sends with these.</source>
        <translation>Alle Kunden ohne eigene Einstellungen senden hiermit.</translation>
    </message>
    <message>
        <source>This client sends with its own domain.</source>
        <translation>Dieser Kunde sendet mit seiner eigenen Domain.</translation>
    </message>
    <message>
        <source>This client sends with the agency&apos;s connection (%1) until you save settings here.</source>
        <translation>Dieser Kunde sendet über die Verbindung der Agentur (%1), bis Sie hier Einstellungen speichern.</translation>
    </message>
    <message>
        <source>Neither this client nor the agency has Mailgun settings yet.</source>
        <translation>Weder dieser Kunde noch die Agentur hat bisher Mailgun-Einstellungen.</translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation>Schlüsselbund wird geprüft...</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>An API key is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist ein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No API key is stored yet.</source>
        <translation>Es ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No API key of this client&apos;s own is stored; the agency&apos;s is used.</source>
        <translation>Für diesen Kunden ist kein eigener API-Schlüssel gespeichert; der der Agentur wird verwendet.</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Verbindung wird getestet...</translation>
    </message>
    <message>
        <source>Connected: Mailgun accepts the key for %1.</source>
        <translation>Verbunden: Mailgun akzeptiert den Schlüssel für %1.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Send a short test message from %1 to:</source>
        <translation>Eine kurze Testnachricht von %1 senden an:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address to send the test message to.</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse, an die die Testnachricht gesendet werden kann.</translation>
    </message>
    <message>
        <source>Sending a test message to %1...</source>
        <translation>Testnachricht wird an %1 gesendet...</translation>
    </message>
    <message>
        <source>Mailgun accepted the test message to %1; it should arrive in a minute.</source>
        <translation>Mailgun hat die Testnachricht an %1 angenommen; sie sollte in einer Minute ankommen.</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>Die Testnachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Storing the API key in the keychain...</source>
        <translation>API-Schlüssel wird im Schlüsselbund gespeichert...</translation>
    </message>
    <message>
        <source>The settings were saved, but not the API key: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber nicht der API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>This client sends with the agency&apos;s connection again.</source>
        <translation>Dieser Kunde sendet wieder über die Verbindung der Agentur.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::MailgunStatusWidget</name>
    <message>
        <source>Mailgun problems</source>
        <translation>Probleme mit Mailgun</translation>
    </message>
    <message>
        <source>The last Mailgun sync reported problems. Nothing queued was lost or will be sent twice; the next sync carries on where this one stopped.</source>
        <translation>Die letzte Mailgun-Synchronisierung meldete Probleme. Nichts Eingereihtes ging verloren oder wird doppelt gesendet; die nächste Synchronisierung macht dort weiter, wo diese aufgehört hat.</translation>
    </message>
    <message>
        <source>Cancel the Mailgun sync; nothing queued is lost, and the next sync carries on</source>
        <translation>Mailgun-Synchronisierung abbrechen; nichts Eingereihtes geht verloren, und die nächste Synchronisierung macht weiter</translation>
    </message>
    <message>
        <source>Mailgun: sending %1 of %2</source>
        <translation>Mailgun: %1 von %2 werden gesendet</translation>
    </message>
    <message>
        <source>Mailgun: sending...</source>
        <translation>Mailgun: wird gesendet...</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun: events of %1, %n page(s)</source>
        <translation>
            <numerusform>Mailgun: Ereignisse von %1, %n Seite</numerusform>
            <numerusform>Mailgun: Ereignisse von %1, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun: suppression lists of %1</source>
        <translation>Mailgun: Sperrlisten von %1</translation>
    </message>
    <message>
        <source>Mailgun offline</source>
        <translation>Mailgun offline</translation>
    </message>
    <message>
        <source>Mailgun synced %1</source>
        <translation>Mailgun synchronisiert am %1</translation>
    </message>
    <message>
        <source>Mailgun not synced yet</source>
        <translation>Mailgun noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n Nachricht in der Warteschlange</numerusform>
            <numerusform>%n Nachrichten in der Warteschlange</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::MainWindow</name>
    <message>
        <source>Anchor CRM</source>
        <translation>Anchor CRM</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Anchor CRM</source>
        <translation>&amp;Über Anchor CRM</translation>
    </message>
    <message>
        <source>About Anchor CRM</source>
        <translation>Über Anchor CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Anchor CRM %1&lt;/h3&gt;&lt;p&gt;Leads, client journeys, task boards and email campaigns for marketing and service agencies.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Anchor CRM %1&lt;/h3&gt;&lt;p&gt;Leads, Customer Journeys, Aufgaben-Boards und E-Mail-Kampagnen für Marketing- und Serviceagenturen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Schemaversion %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n leads loaded</source>
        <translation>
            <numerusform>%n Lead geladen</numerusform>
            <numerusform>%n Leads geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Database file (schema version %1)</source>
        <translation>Datenbankdatei (Schemaversion %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Command &amp;Palette...</source>
        <translation>&amp;Befehlspalette...</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Choose &amp;Client</source>
        <translation>&amp;Kunde auswählen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;CallTrackingMetrics Settings...</source>
        <translation>&amp;CallTrackingMetrics-Einstellungen...</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) to look at</source>
        <translation>
            <numerusform>%n neuer Lead zum Ansehen</numerusform>
            <numerusform>%n neue Leads zum Ansehen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: very good or needs-attention calls arrived from CallTrackingMetrics.</source>
        <translation>%1: sehr gute oder dringende Anrufe sind von CallTrackingMetrics eingetroffen.</translation>
    </message>
    <message>
        <source>Re&amp;classify Leads...</source>
        <translation>Leads neu &amp;einordnen...</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>allen Kunden</translation>
    </message>
    <message>
        <source>Reclassify leads</source>
        <translation>Leads neu einordnen</translation>
    </message>
    <message>
        <source>Classify the calls of %1 again from their transcripts and summaries? Categories set by hand stay as they are.</source>
        <translation>Die Anrufe von %1 anhand ihrer Transkripte und Zusammenfassungen neu einordnen? Von Hand gesetzte Kategorien bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Classifying leads...</source>
        <translation>Leads werden eingeordnet...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reclassifying cancelled; the leads done so far keep their new categories.</source>
        <translation>Neueinordnung abgebrochen; die bisher bearbeiteten Leads behalten ihre neuen Kategorien.</translation>
    </message>
    <message>
        <source>Reclassifying failed: %1</source>
        <translation>Neueinordnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Active Clients</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Journeys</translation>
    </message>
    <message>
        <source>&amp;Active Clients</source>
        <translation>&amp;Aktive Kunden</translation>
    </message>
    <message>
        <source>&amp;Start Journey...</source>
        <translation>Journey &amp;starten...</translation>
    </message>
    <message>
        <source>&amp;Agreed to Service...</source>
        <translation>Leistung &amp;vereinbart...</translation>
    </message>
    <message>
        <source>&amp;Link Call to Active Client...</source>
        <translation>Anruf mit aktivem Kunden ver&amp;knüpfen...</translation>
    </message>
    <message>
        <source>&amp;Services...</source>
        <translation>&amp;Leistungen...</translation>
    </message>
    <message>
        <source>Journey &amp;Templates...</source>
        <translation>Journey-V&amp;orlagen...</translation>
    </message>
    <message>
        <source>&amp;Privacy: Redact Services After...</source>
        <translation>&amp;Datenschutz: Leistungen schwärzen nach...</translation>
    </message>
    <message>
        <source>Redact Old Service Records</source>
        <translation>Alte Leistungseinträge schwärzen</translation>
    </message>
    <message>
        <source>Redact the services clients agreed to, and the concerns of closed journeys, after this many days (0: never):</source>
        <translation>Von Kunden vereinbarte Leistungen und die Anliegen abgeschlossener Journeys nach so vielen Tagen schwärzen (0: nie):</translation>
    </message>
    <message>
        <source>&amp;Run Scheduled Jobs Now</source>
        <translation>&amp;Geplante Jobs jetzt ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n Nachfassaktion fällig</numerusform>
            <numerusform>%n Nachfassaktionen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy: %1 service records and %2 journeys redacted.</source>
        <translation>Datenschutz: %1 Leistungseinträge und %2 Journeys geschwärzt.</translation>
    </message>
    <message>
        <source>Scheduled jobs failed: %1</source>
        <translation>Geplante Jobs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>This journey has no lead call to follow up.</source>
        <translation>Diese Journey hat keinen Lead-Anruf für eine Folge-Journey.</translation>
    </message>
    <message>
        <source>Now an active client. Undo with Ctrl+Z.</source>
        <translation>Jetzt ein aktiver Kunde. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Link Call to Active Client</source>
        <translation>Anruf mit aktivem Kunden verknüpfen</translation>
    </message>
    <message>
        <source>%1 has no active clients yet. Convert a lead first (&quot;Agreed to Service...&quot;).</source>
        <translation>%1 hat noch keine aktiven Kunden. Wandeln Sie zuerst einen Lead um („Leistung vereinbart...“).</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>This call becomes a returning customer&apos;s call of:</source>
        <translation>Dieser Anruf wird als Anruf dieses wiederkehrenden Kunden erfasst:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Services of the client:</source>
        <translation>Leistungen des Kunden:</translation>
    </message>
    <message>
        <source>Add a client first: services belong to a client business.</source>
        <translation>Legen Sie zuerst einen Kunden an: Leistungen gehören zu einem Kundenunternehmen.</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>&amp;My Work</source>
        <translation>&amp;Meine Arbeit</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>My Work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>Create &amp;Task from Lead...</source>
        <translation>Aufgabe aus Lead &amp;erstellen...</translation>
    </message>
    <message>
        <source>&amp;Automations...</source>
        <translation>A&amp;utomatisierungen...</translation>
    </message>
    <message>
        <source>Tasks: %1 archived, %2 automations ran.</source>
        <translation>Aufgaben: %1 archiviert, %2 Automatisierungen ausgeführt.</translation>
    </message>
    <message>
        <source>Automation problem: %1</source>
        <translation>Problem mit Automatisierung: %1</translation>
    </message>
    <message>
        <source>Scheduled task jobs failed: %1</source>
        <translation>Geplante Aufgaben-Jobs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Create Task from Lead</source>
        <translation>Aufgabe aus Lead erstellen</translation>
    </message>
    <message>
        <source>There is no task board yet. Create one in the Tasks section first.</source>
        <translation>Es gibt noch kein Aufgaben-Board. Erstellen Sie zuerst eines im Bereich Aufgaben.</translation>
    </message>
    <message>
        <source>Add the task to the board:</source>
        <translation>Aufgabe zum Board hinzufügen:</translation>
    </message>
    <message>
        <source>No task created: %1</source>
        <translation>Keine Aufgabe erstellt: %1</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Email Log</source>
        <translation>&amp;E-Mail-Protokoll</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Email Log</source>
        <translation>E-Mail-Protokoll</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email &amp;Templates...</source>
        <translation>E-Mail-&amp;Vorlagen...</translation>
    </message>
    <message>
        <source>&amp;Segments...</source>
        <translation>&amp;Segmente...</translation>
    </message>
    <message>
        <source>&amp;Mailgun Settings...</source>
        <translation>&amp;Mailgun-Einstellungen...</translation>
    </message>
    <message>
        <source>Send &amp;Queue Now</source>
        <translation>&amp;Warteschlange jetzt senden</translation>
    </message>
    <message>
        <source>Sync &amp;Mailgun Now</source>
        <translation>Mailgun jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Mailgun: %1</source>
        <translation>Mailgun: %1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::MultiSelectButton</name>
    <message>
        <source>Clear</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 +%3</source>
        <translation>%1: %2 +%3</translation>
    </message>
</context>
<context>
    <name>anchor::ui::MyWorkPage</name>
    <message>
        <source>Loading your tasks...</source>
        <translation>Ihre Aufgaben werden geladen...</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Nothing is assigned to you. Enjoy the quiet.</source>
        <translation>Ihnen ist nichts zugewiesen. Genießen Sie die Ruhe.</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) assigned to you</source>
        <translation>
            <numerusform>%n offene Aufgabe ist Ihnen zugewiesen</numerusform>
            <numerusform>%n offene Aufgaben sind Ihnen zugewiesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::PipelinePage</name>
    <message>
        <source>Choose a client in the toolbar to see its pipeline.</source>
        <translation>Wählen Sie in der Symbolleiste einen Kunden aus, um seine Pipeline zu sehen.</translation>
    </message>
    <message>
        <source>Manage Stages...</source>
        <translation>Phasen verwalten...</translation>
    </message>
    <message>
        <source>Drag a lead to another stage, or press Ctrl+Left / Ctrl+Right.</source>
        <translation>Ziehen Sie einen Lead in eine andere Phase oder drücken Sie Strg+Pfeil links / Strg+Pfeil rechts.</translation>
    </message>
    <message>
        <source>Manage &amp;Pipeline Stages...</source>
        <translation>Pipeline-Phasen ver&amp;walten...</translation>
    </message>
    <message>
        <source>Move Card to Next Stage</source>
        <translation>Karte in nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move Card to Previous Stage</source>
        <translation>Karte in vorherige Phase verschieben</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a client first: each client has its own pipeline stages.</source>
        <translation>Wählen Sie zuerst einen Kunden: Jeder Kunde hat eigene Pipeline-Phasen.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>The newest %1 of %2 leads are shown.</source>
        <translation>Die neuesten %1 von %2 Leads werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::SegmentsDialog</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Beliebige Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Tag</translation>
    </message>
    <message>
        <source>Caller types</source>
        <translation>Anrufertypen</translation>
    </message>
    <message>
        <source>Any caller type</source>
        <translation>Beliebiger Anrufertyp</translation>
    </message>
    <message>
        <source>Journey statuses</source>
        <translation>Journey-Status</translation>
    </message>
    <message>
        <source>With or without a journey</source>
        <translation>Mit oder ohne Journey</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Segments for %1</source>
        <translation>Segmente für %1</translation>
    </message>
    <message>
        <source>Who may use the segment; a client&apos;s segment only selects that client&apos;s people</source>
        <translation>Wer das Segment verwenden darf; das Segment eines Kunden wählt nur Personen dieses Kunden aus</translation>
    </message>
    <message>
        <source>Leads and active clients</source>
        <translation>Leads und aktive Kunden</translation>
    </message>
    <message>
        <source>Leads only</source>
        <translation>Nur Leads</translation>
    </message>
    <message>
        <source>Active clients only</source>
        <translation>Nur aktive Kunden</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Call date</source>
        <translation>Anrufdatum</translation>
    </message>
    <message>
        <source>Became a client</source>
        <translation>Kunde geworden</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Us&amp;ed by:</source>
        <translation>Ver&amp;wendet von:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Ziel&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Lead criteria:</source>
        <translation>Lead-Kriterien:</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>S&amp;terne:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>Zeitr&amp;aum:</translation>
    </message>
    <message>
        <source>First recipients</source>
        <translation>Erste Empfänger</translation>
    </message>
    <message>
        <source>Counting recipients...</source>
        <translation>Empfänger werden gezählt...</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid address(es) would be skipped</source>
        <translation>
            <numerusform>; %n ungültige Adresse würde übersprungen</numerusform>
            <numerusform>; %n ungültige Adressen würden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? Campaigns already sent keep their recipients.</source>
        <translation>Segment &quot;%1&quot; löschen? Bereits gesendete Kampagnen behalten ihre Empfänger.</translation>
    </message>
    <message>
        <source>Save the changes to the segment &quot;%1&quot;?</source>
        <translation>Änderungen am Segment &quot;%1&quot; speichern?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ServicesDialog</name>
    <message>
        <source>&amp;Active: offered to new clients and journeys</source>
        <translation>&amp;Aktiv: wird neuen Kunden und Journeys angeboten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>Leistungen von %1</translation>
    </message>
    <message>
        <source>e.g. %1; empty: not priced</source>
        <translation>z. B. %1; leer: ohne Preis</translation>
    </message>
    <message>
        <source>The usual price, in %1. Type it as you like: %2, %3 or %4.</source>
        <translation>Der übliche Preis in %1. Schreiben Sie ihn, wie Sie möchten: %2, %3 oder %4.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Base &amp;price:</source>
        <translation>&amp;Grundpreis:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add a service (%1)</source>
        <translation>Leistung hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Delete the selected service (Del); one active clients agreed to can only be deactivated</source>
        <translation>Ausgewählte Leistung löschen (Entf); eine Leistung, die aktive Kunden vereinbart haben, kann nur deaktiviert werden</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Type a price such as %2, or leave it empty.</source>
        <translation>„%1“ ist kein Geldbetrag. Geben Sie einen Preis wie %2 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>In Listen</translation>
    </message>
    <message>
        <source>Move through leads</source>
        <translation>Durch Leads blättern</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Pfeil nach oben/unten, Bild auf, Bild ab, Pos1, Ende</translation>
    </message>
    <message>
        <source>Move between fields of the detail pane</source>
        <translation>Zwischen Feldern des Detailbereichs wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Select several leads</source>
        <translation>Mehrere Leads auswählen</translation>
    </message>
    <message>
        <source>Shift+Up/Down, Ctrl+click</source>
        <translation>Umschalt+Pfeil nach oben/unten, Strg+Klick</translation>
    </message>
</context>
<context>
    <name>anchor::ui::StagesDialog</name>
    <message>
        <source>Pipeline stages of %1</source>
        <translation>Pipeline-Phasen von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Double-click to choose a colour</source>
        <translation>Doppelklicken, um eine Farbe zu wählen</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Phasenfarbe</translation>
    </message>
    <message>
        <source>Row %1: a stage needs a name, and cannot be both won and lost.</source>
        <translation>Zeile %1: Eine Phase braucht einen Namen und kann nicht zugleich gewonnen und verloren sein.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::StarRatingWidget</name>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Click a star or press 1-5 to rate</source>
        <translation>Klicken Sie auf einen Stern oder drücken Sie 1-5, um zu bewerten</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::StartJourneyDialog</name>
    <message>
        <source>Start Journey</source>
        <translation>Journey starten</translation>
    </message>
    <message>
        <source>Start Follow-up Journey</source>
        <translation>Folge-Journey starten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Concerns in the caller&apos;s words, separated by commas</source>
        <translation>Anliegen in den Worten des Anrufers, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Steps of the template</source>
        <translation>Schritte der Vorlage</translation>
    </message>
    <message>
        <source>No template (add steps later)</source>
        <translation>Keine Vorlage (Schritte später hinzufügen)</translation>
    </message>
    <message>
        <source>A journey for &lt;b&gt;%1&lt;/b&gt; (%2), %3.</source>
        <translation>Eine Journey für &lt;b&gt;%1&lt;/b&gt; (%2), %3.</translation>
    </message>
    <message>
        <source>This lead already started a journey; this one will be its follow-up.</source>
        <translation>Für diesen Lead wurde bereits eine Journey gestartet; diese wird ihre Folge-Journey.</translation>
    </message>
    <message>
        <source>The lead could not be found.</source>
        <translation>Der Lead wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The journey could not be started.</source>
        <translation>Die Journey konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::StatusLabelsDialog</name>
    <message>
        <source>Status Labels</source>
        <translation>Statusbezeichnungen</translation>
    </message>
    <message>
        <source>Labels of board &quot;%1&quot;</source>
        <translation>Bezeichnungen des Boards „%1“</translation>
    </message>
    <message>
        <source>Global labels (boards without their own)</source>
        <translation>Globale Bezeichnungen (für Boards ohne eigene)</translation>
    </message>
    <message>
        <source>Which labels</source>
        <translation>Welche Bezeichnungen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Status labels</source>
        <translation>Statusbezeichnungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neue Bezeichnung</translation>
    </message>
    <message>
        <source>Cards whose label is a done state are never shown as overdue.</source>
        <translation>Karten, deren Bezeichnung einen erledigten Zustand darstellt, werden nie als überfällig angezeigt.</translation>
    </message>
    <message>
        <source>Double-click to choose a colour</source>
        <translation>Doppelklicken, um eine Farbe zu wählen</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Farbe der Bezeichnung</translation>
    </message>
</context>
<context>
    <name>anchor::ui::SyncStatusView</name>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>anchor::ui::SyncStatusWidget</name>
    <message>
        <source>Cancel the sync; it resumes where it stopped next time</source>
        <translation>Synchronisierung abbrechen; sie setzt beim nächsten Mal dort fort, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Probleme bei der Synchronisierung</translation>
    </message>
    <message>
        <source>Syncing with CallTrackingMetrics...</source>
        <translation>Synchronisierung mit CallTrackingMetrics...</translation>
    </message>
    <message>
        <source>Syncing %1: page %2 of %3</source>
        <translation>Synchronisiere %1: Seite %2 von %3</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync with CallTrackingMetrics reported problems. Nothing already stored was lost; the next sync carries on where this one stopped.</source>
        <translation>Die letzte Synchronisierung mit CallTrackingMetrics meldete Probleme. Nichts bereits Gespeichertes ging verloren; die nächste Synchronisierung macht dort weiter, wo diese aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskBoardPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Filter cards by name or key</source>
        <translation>Karten nach Name oder Schlüssel filtern</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Beliebiges Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Board-Spalten</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>New Board...</source>
        <translation>Neues Board...</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>The board could not be loaded: %1</source>
        <translation>Das Board konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>New &amp;Workspace...</source>
        <translation>Neuer &amp;Arbeitsbereich...</translation>
    </message>
    <message>
        <source>Rena&amp;me Workspace...</source>
        <translation>Arbeitsbereich umbe&amp;nennen...</translation>
    </message>
    <message>
        <source>De&amp;lete Workspace...</source>
        <translation>Arbeitsbereich &amp;löschen...</translation>
    </message>
    <message>
        <source>Workspace M&amp;embers...</source>
        <translation>&amp;Mitglieder des Arbeitsbereichs...</translation>
    </message>
    <message>
        <source>&amp;New Board...</source>
        <translation>Neues &amp;Board...</translation>
    </message>
    <message>
        <source>&amp;Rename Board...</source>
        <translation>Board &amp;umbenennen...</translation>
    </message>
    <message>
        <source>&amp;Delete Board...</source>
        <translation>Board lös&amp;chen...</translation>
    </message>
    <message>
        <source>&amp;Status Labels...</source>
        <translation>&amp;Statusbezeichnungen...</translation>
    </message>
    <message>
        <source>&amp;Add Column...</source>
        <translation>Spalte &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Rename &amp;Column...</source>
        <translation>Spalte umb&amp;enennen...</translation>
    </message>
    <message>
        <source>Arc&amp;hive Column</source>
        <translation>Spalte a&amp;rchivieren</translation>
    </message>
    <message>
        <source>&amp;Filter Cards</source>
        <translation>Karten &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Open Task</source>
        <translation>Aufgabe &amp;öffnen</translation>
    </message>
    <message>
        <source>Add &amp;Task to Column</source>
        <translation>Aufgabe zur Spal&amp;te hinzufügen</translation>
    </message>
    <message>
        <source>Archive Tas&amp;k</source>
        <translation>Aufgabe archi&amp;vieren</translation>
    </message>
    <message>
        <source>Move Task to Previous Column</source>
        <translation>Aufgabe in vorherige Spalte verschieben</translation>
    </message>
    <message>
        <source>Move Task to Next Column</source>
        <translation>Aufgabe in nächste Spalte verschieben</translation>
    </message>
    <message>
        <source>Move Task Up</source>
        <translation>Aufgabe nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Task Down</source>
        <translation>Aufgabe nach unten verschieben</translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation>Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation>Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with Board &gt; New Workspace..., then add a board.</source>
        <translation>Noch keine Arbeitsbereiche. Erstellen Sie einen mit Board &gt; Neuer Arbeitsbereich... und fügen Sie dann ein Board hinzu.</translation>
    </message>
    <message>
        <source>This workspace has no boards yet. Create one with &quot;New Board...&quot;.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Boards. Erstellen Sie eines mit „Neues Board...“.</translation>
    </message>
    <message>
        <source>Drag to move the column (or Ctrl+Shift+Left / Ctrl+Shift+Right)</source>
        <translation>Ziehen, um die Spalte zu verschieben (oder Strg+Umschalt+Pfeil links / Strg+Umschalt+Pfeil rechts)</translation>
    </message>
    <message>
        <source>Rename Column...</source>
        <translation>Spalte umbenennen...</translation>
    </message>
    <message>
        <source>Archive Column</source>
        <translation>Spalte archivieren</translation>
    </message>
    <message>
        <source>Add Column...</source>
        <translation>Spalte hinzufügen...</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>+ Add a task</source>
        <translation>+ Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add a task to %1</source>
        <translation>Aufgabe zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe verschieben</numerusform>
            <numerusform>%n Aufgaben verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Task archived. Undo (Ctrl+Z) brings it back.</source>
        <translation>Aufgabe archiviert. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Delete the workspace &quot;%1&quot; with all its boards? Edit &gt; Undo brings it back.</source>
        <translation>Den Arbeitsbereich „%1“ mit allen Boards löschen? Bearbeiten &gt; Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>New Board</source>
        <translation>Neues Board</translation>
    </message>
    <message>
        <source>e.g. DENT, for keys like DENT-42</source>
        <translation>z. B. DENT, für Schlüssel wie DENT-42</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>&amp;Schlüsselpräfix:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Rename Board</source>
        <translation>Board umbenennen</translation>
    </message>
    <message>
        <source>Delete Board</source>
        <translation>Board löschen</translation>
    </message>
    <message>
        <source>Delete the board &quot;%1&quot; and its cards? Edit &gt; Undo brings it back.</source>
        <translation>Das Board „%1“ mit seinen Karten löschen? Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; archived. Undo (Ctrl+Z) brings it back.</source>
        <translation>Spalte „%1“ archiviert. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskCardDelegate</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskItemDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Aufgabenname</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Eine Aufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Subitems</source>
        <translation>Unteraufgaben</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Describe the task...</source>
        <translation>Aufgabe beschreiben...</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <source>&amp;Assignees:</source>
        <translation>&amp;Zuständige:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete Subitem</source>
        <translation>Unteraufgabe &amp;löschen</translation>
    </message>
    <message>
        <source>Add a subitem and press Enter</source>
        <translation>Unteraufgabe eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>New subitem</source>
        <translation>Neue Unteraufgabe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Tick a subitem off when done. Drag or press Ctrl+Up / Ctrl+Down to reorder, F2 to rename, Delete to remove.</source>
        <translation>Haken Sie eine Unteraufgabe ab, wenn sie erledigt ist. Zum Umsortieren ziehen oder Strg+Pfeil oben / Strg+Pfeil unten drücken, F2 zum Umbenennen, Entf zum Entfernen.</translation>
    </message>
    <message>
        <source>&amp;Delete Update</source>
        <translation>Update &amp;löschen</translation>
    </message>
    <message>
        <source>New update</source>
        <translation>Neues Update</translation>
    </message>
    <message>
        <source>Write an update; type @ to mention someone...</source>
        <translation>Update schreiben; mit @ erwähnen Sie jemanden...</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Post the update (Ctrl+Enter)</source>
        <translation>Update veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Attach Files...</source>
        <translation>Dateien &amp;anhängen...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Was wurde erledigt (optional)</translation>
    </message>
    <message>
        <source>Add Time</source>
        <translation>Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Zeiteinträge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Delete Time Entry</source>
        <translation>Zeiteintrag &amp;löschen</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Diese Aufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 %2 - %3</source>
        <translation>%1 %2 - %3</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (erledigt)</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>Lead öffnen</translation>
    </message>
    <message>
        <source>No subitems yet.</source>
        <translation>Noch keine Unteraufgaben.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Neu seit Ihrem letzten Besuch</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>Updates (%1)</translation>
    </message>
    <message>
        <source>Attached %1
%2</source>
        <translation>Angehängt am %1
%2</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>This task: %1 (billable %2). This board: %3 (billable %4).</source>
        <translation>Diese Aufgabe: %1 (abrechenbar %2). Dieses Board: %3 (abrechenbar %4).</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Your timer is running on another task.</source>
        <translation>Ihr Timer läuft bei einer anderen Aufgabe.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>The attached copy is missing: %1</source>
        <translation>Die angehängte Kopie fehlt: %1</translation>
    </message>
    <message>
        <source>No application could open &quot;%1&quot;.</source>
        <translation>Keine Anwendung konnte „%1“ öffnen.</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskMembersDialog</name>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Workspace members</source>
        <translation>Mitglieder des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Change workspace members</source>
        <translation>Mitglieder des Arbeitsbereichs ändern</translation>
    </message>
</context>
<context>
    <name>anchor::ui::UndoCloseRow</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anchor CRM: leads, journeys, tasks and campaigns.</source>
        <translation>Anchor CRM: Leads, Customer Journeys, Aufgaben und Kampagnen.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Exit as soon as the first page of leads is painted (measures start-up).</source>
        <translation>Beenden, sobald die erste Seite mit Leads gezeichnet ist (misst den Programmstart).</translation>
    </message>
    <message>
        <source>Anchor CRM</source>
        <translation>Anchor CRM</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>Check that the charts module loads, then exit.</source>
        <translation>Prüfen, ob das Diagrammmodul lädt, dann beenden.</translation>
    </message>
    <message>
        <source>The charts module loads.</source>
        <translation>Das Diagrammmodul lädt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Open this section first: leads, journeys, campaigns or email-log (with --quit-after-first-paint, wait for its first page).</source>
        <translation>Diesen Bereich zuerst öffnen: leads, journeys, campaigns oder email-log (mit --quit-after-first-paint auf seine erste Seite warten).</translation>
    </message>
    <message>
        <source>anchor-crm: unknown section &quot;%1&quot; (leads, journeys, campaigns or email-log)</source>
        <translation>anchor-crm: unbekannter Bereich &quot;%1&quot; (leads, journeys, campaigns oder email-log)</translation>
    </message>
</context>
</TS>
