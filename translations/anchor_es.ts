<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>TaskItemDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>The subitem no longer exists.</source>
        <translation>El subelemento ya no existe.</translation>
    </message>
    <message>
        <source>The time entry no longer exists.</source>
        <translation>El registro de tiempo ya no existe.</translation>
    </message>
</context>
<context>
    <name>anchor::cli::CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>El archivo de la base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>demo: how many calls to generate.</source>
        <translation>demo: cuántas llamadas generar.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: how many client businesses (default 6).</source>
        <translation>demo: cuántas empresas cliente (predeterminado 6).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>demo: random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: semilla aleatoria; la misma semilla da los mismos datos (predeterminado 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo: last day with calls, YYYY-MM-DD (default today).</source>
        <translation>demo: último día con llamadas, YYYY-MM-DD (predeterminado hoy).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Only calls of this client (id or name); repeatable.</source>
        <translation>Solo llamadas de este cliente (id o nombre); se puede repetir.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Only calls in this category (%1); repeatable.</source>
        <translation>Solo llamadas de esta categoría (%1); se puede repetir.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>Only calls rated at least this many stars (1-5).</source>
        <translation>Solo llamadas valoradas con al menos estas estrellas (1-5).</translation>
    </message>
    <message>
        <source>Only calls rated at most this many stars (1-5).</source>
        <translation>Solo llamadas valoradas con como máximo estas estrellas (1-5).</translation>
    </message>
    <message>
        <source>Only calls of this caller type (new, repeat, returning_customer).</source>
        <translation>Solo llamadas de este tipo de llamante (new, repeat, returning_customer).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Only calls with this tag (name); repeatable.</source>
        <translation>Solo llamadas con esta etiqueta (nombre); se puede repetir.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Only calls in this pipeline stage (name); repeatable.</source>
        <translation>Solo llamadas en esta etapa del embudo (nombre); se puede repetir.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>Only calls from this source; repeatable.</source>
        <translation>Solo llamadas de este origen; se puede repetir.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>Only calls matching this text (caller, numbers, summary, transcript, notes).</source>
        <translation>Solo llamadas que coincidan con este texto (llamante, números, resumen, transcripción, notas).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Sort by a column, optionally :asc or :desc (%1).</source>
        <translation>Ordenar por una columna, opcionalmente con :asc o :desc (%1).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>Como máximo estas filas (predeterminado 50).</translation>
    </message>
    <message>
        <source>Skip this many rows first.</source>
        <translation>Omitir primero estas filas.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Formato de salida: table, csv o json (predeterminado table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>export: the CSV file to write.</source>
        <translation>export: el archivo CSV que se escribirá.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>El comando que se ejecutará (ver arriba).</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;comando&gt; [argumentos]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: leads.</source>
        <translation>&quot;export&quot; necesita saber qué exportar: leads.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>anchorctl: %1</source>
        <translation>anchorctl: %1</translation>
    </message>
    <message>
        <source>Run &quot;anchorctl --help&quot; for the commands and options.</source>
        <translation>Ejecute &quot;anchorctl --help&quot; para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to this command.</source>
        <translation>La opción --%1 no se aplica a este comando.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Formato desconocido &quot;%1&quot;; use table, csv o json.</translation>
    </message>
    <message>
        <source>Cannot sort by &quot;%1&quot;; use one of %2, optionally followed by :asc or :desc.</source>
        <translation>No se puede ordenar por &quot;%1&quot;; use uno de %2, opcionalmente seguido de :asc o :desc.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of %2.</source>
        <translation>Categoría desconocida &quot;%1&quot;; use una de %2.</translation>
    </message>
    <message>
        <source>Unknown caller type &quot;%1&quot;; use one of %2.</source>
        <translation>Tipo de llamante desconocido &quot;%1&quot;; use uno de %2.</translation>
    </message>
    <message>
        <source>--min-stars (%1) is more than --max-stars (%2).</source>
        <translation>--min-stars (%1) es mayor que --max-stars (%2).</translation>
    </message>
    <message>
        <source>No tag is called &quot;%1&quot;.</source>
        <translation>No hay ninguna etiqueta llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No pipeline stage is called &quot;%1&quot;.</source>
        <translation>No hay ninguna etapa del embudo llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser una fecha como 2026-01-31, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from es posterior a --to.</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>La base de datos %1 está lista (versión del esquema %2).</translation>
    </message>
    <message>
        <source>A backup of the previous version is at %1.</source>
        <translation>Hay una copia de seguridad de la versión anterior en %1.</translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs --calls N.</source>
        <translation>&quot;demo&quot; necesita --calls N.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed debe ser un número entero, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--until must be a date like 2026-01-31, not &quot;%1&quot;.</source>
        <translation>--until debe ser una fecha como 2026-01-31, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Generating demo calls: %1 of %2 (%3%)</source>
        <translation>Generando llamadas de demostración: %1 de %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n cliente potencial</numerusform>
            <numerusform>%n clientes potenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;export leads&quot; needs --output FILE.</source>
        <translation>&quot;export leads&quot; necesita --output FILE.</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows</source>
        <translation>Exportando: %1 de %2 filas</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n cliente potencial a %1.</numerusform>
            <numerusform>Se exportaron %n clientes potenciales a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;leads search&quot; needs the text to search for (letters or digits).</source>
        <translation>&quot;leads search&quot; necesita el texto que buscar (letras o dígitos).</translation>
    </message>
    <message>
        <source>anchorctl: writing the output failed (is the disk full or the pipe closed?).</source>
        <translation>anchorctl: no se pudo escribir la salida (¿está el disco lleno o la tubería cerrada?).</translation>
    </message>
    <message>
        <source>clients add: the business name.</source>
        <translation>clients add: el nombre de la empresa.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>clients add: medical, home_service, food_service or other.</source>
        <translation>clients add: medical, home_service, food_service u other.</translation>
    </message>
    <message>
        <source>clients add: dental, roofing, ... (free text).</source>
        <translation>clients add: dental, roofing, ... (texto libre).</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>subtipo</translation>
    </message>
    <message>
        <source>clients add: the contact email.</source>
        <translation>clients add: el correo de contacto.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>clients add: the main phone number.</source>
        <translation>clients add: el número de teléfono principal.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>ctm configure: the CallTrackingMetrics account id.</source>
        <translation>ctm configure: el id de la cuenta de CallTrackingMetrics.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>ctm configure: the CTM API address (default https://api.calltrackingmetrics.com/api/v1/).</source>
        <translation>ctm configure: la dirección de la API de CTM (por defecto https://api.calltrackingmetrics.com/api/v1/).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>sync: report progress as JSON lines on stdout (for the desktop app).</source>
        <translation>sync: informa del progreso como líneas JSON en stdout (para la aplicación de escritorio).</translation>
    </message>
    <message>
        <source>ctm configure: read the access key and the secret key (two lines) from stdin into the system keychain.</source>
        <translation>ctm configure: lee la clave de acceso y la clave secreta (dos líneas) de stdin y las guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&quot;leads&quot; needs a subcommand: list, search or reclassify.</source>
        <translation>&quot;leads&quot; necesita un subcomando: list, search o reclassify.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;leads %1&quot;; use list, search or reclassify.</source>
        <translation>Subcomando desconocido &quot;leads %1&quot;; use list, search o reclassify.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; necesita un subcomando: %2.</translation>
    </message>
    <message>
        <source>%1
Set ANCHOR_CTM_ACCESS_KEY and ANCHOR_CTM_SECRET_KEY to run without the keychain.</source>
        <translation>%1
Defina ANCHOR_CTM_ACCESS_KEY y ANCHOR_CTM_SECRET_KEY para trabajar sin el llavero.</translation>
    </message>
    <message>
        <source>&quot;clients add&quot; needs --name.</source>
        <translation>&quot;clients add&quot; necesita --name.</translation>
    </message>
    <message>
        <source>--type must be medical, home_service, food_service or other.</source>
        <translation>--type debe ser medical, home_service, food_service u other.</translation>
    </message>
    <message>
        <source>&quot;ctm configure&quot; needs --client and --account.</source>
        <translation>&quot;ctm configure&quot; necesita --client y --account.</translation>
    </message>
    <message>
        <source>--base-url must be an https:// address.</source>
        <translation>--base-url debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de certificado de CA %1.</translation>
    </message>
    <message>
        <source>--keys-from-stdin expects two lines: the access key, then the secret key.</source>
        <translation>--keys-from-stdin espera dos líneas: la clave de acceso y después la clave secreta.</translation>
    </message>
    <message>
        <source>Keys stored in the system keychain.</source>
        <translation>Claves guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1 syncs with CallTrackingMetrics account %2.</source>
        <translation>%1 se sincroniza con la cuenta %2 de CallTrackingMetrics.</translation>
    </message>
    <message>
        <source>&quot;ctm test&quot; needs --client.</source>
        <translation>&quot;ctm test&quot; necesita --client.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the keys reach %n account(s).</source>
        <translation>
            <numerusform>Conectado: las claves llegan a %n cuenta.</numerusform>
            <numerusform>Conectado: las claves llegan a %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>anchorctl: no client is set up for CallTrackingMetrics (see &quot;anchorctl ctm configure&quot;).</source>
        <translation>anchorctl: ningún cliente está configurado para CallTrackingMetrics (vea &quot;anchorctl ctm configure&quot;).</translation>
    </message>
    <message>
        <source>%1: page %2 of %3, %4 calls</source>
        <translation>%1: página %2 de %3, %4 llamadas</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: omitida: %2</translation>
    </message>
    <message>
        <source>anchorctl: %1: %2</source>
        <translation>anchorctl: %1: %2</translation>
    </message>
    <message>
        <source>CallTrackingMetrics: %1 client(s) synced, %2 failed; %3 new calls, %4 updated, %5 skipped.</source>
        <translation>CallTrackingMetrics: %1 cliente(s) sincronizado(s), %2 con error; %3 llamadas nuevas, %4 actualizadas, %5 omitidas.</translation>
    </message>
    <message>
        <source>Outbox: %1 sent, %2 refused, %3 waiting to retry; %4 still pending.</source>
        <translation>Bandeja de salida: %1 enviados, %2 rechazados, %3 esperando reintento; %4 aún pendientes.</translation>
    </message>
    <message>
        <source>classified %1 of %2</source>
        <translation>%1 de %2 clasificadas</translation>
    </message>
    <message>
        <source>%1 calls classified, %2 changed category.</source>
        <translation>%1 llamadas clasificadas, %2 cambiaron de categoría.</translation>
    </message>
    <message>
        <source>the keys do not reach account %1 set for %2.</source>
        <translation>las claves no llegan a la cuenta %1 configurada para %2.</translation>
    </message>
    <message>
        <source>ctm configure, llm configure: an extra CA certificate (PEM) to trust.</source>
        <translation>ctm configure, llm configure: un certificado de CA adicional (PEM) en el que confiar.</translation>
    </message>
    <message>
        <source>llm configure: the OpenAI-compatible API address (for example https://api.openai.com/v1/).</source>
        <translation>llm configure: la dirección de la API compatible con OpenAI (por ejemplo https://api.openai.com/v1/).</translation>
    </message>
    <message>
        <source>llm configure: the model name.</source>
        <translation>llm configure: el nombre del modelo.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>llm configure: read the API key (one line) from stdin into the system keychain.</source>
        <translation>llm configure: lee la clave de la API (una línea) de stdin y la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>llm configure: switch the AI classifier off.</source>
        <translation>llm configure: desactiva el clasificador de IA.</translation>
    </message>
    <message>
        <source>%1: the AI classifier: %2 (the offline categories stay)</source>
        <translation>%1: el clasificador de IA: %2 (se mantienen las categorías sin conexión)</translation>
    </message>
    <message>
        <source>no API key is stored (anchorctl llm configure --key-from-stdin)</source>
        <translation>no hay clave de la API guardada (anchorctl llm configure --key-from-stdin)</translation>
    </message>
    <message>
        <source>The AI classifier is off; new calls are classified offline.</source>
        <translation>El clasificador de IA está desactivado; las llamadas nuevas se clasifican sin conexión.</translation>
    </message>
    <message>
        <source>&quot;llm configure&quot; needs --url and --model (or --disable).</source>
        <translation>&quot;llm configure&quot; necesita --url y --model (o --disable).</translation>
    </message>
    <message>
        <source>--url must be an https:// address.</source>
        <translation>--url debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>--key-from-stdin expects the API key on one line.</source>
        <translation>--key-from-stdin espera la clave de la API en una línea.</translation>
    </message>
    <message>
        <source>New calls are classified by %1 at %2, with the offline classifier as fallback.</source>
        <translation>Las llamadas nuevas las clasifica %1 en %2, con el clasificador sin conexión como respaldo.</translation>
    </message>
    <message>
        <source>demo: exactly this many journeys (about ten steps each) over the good leads, for benchmarks; default: a realistic share of them.</source>
        <translation>demo: exactamente este número de recorridos (unos diez pasos cada uno) sobre los clientes potenciales buenos, para pruebas de rendimiento; predeterminado: una proporción realista de ellos.</translation>
    </message>
    <message>
        <source>journeys list: only journeys with this status (%1); repeatable.</source>
        <translation>journeys list: solo recorridos con este estado (%1); se puede repetir.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>journeys start: a service the person asked about (name or id); repeatable.</source>
        <translation>journeys start: un servicio por el que preguntó la persona (nombre o id); se puede repetir.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>journeys start: a symptom or concern in the person&apos;s words; repeatable.</source>
        <translation>journeys start: un síntoma o inquietud en palabras de la persona; se puede repetir.</translation>
    </message>
    <message>
        <source>journeys start: the journey this one follows up (same person).</source>
        <translation>journeys start: el recorrido al que este da seguimiento (misma persona).</translation>
    </message>
    <message>
        <source>jobs run, jobs configure: redact service records after this many days (0: never; default 90).</source>
        <translation>jobs run, jobs configure: anonimizar los registros de servicios después de estos días (0: nunca; predeterminado 90).</translation>
    </message>
    <message>
        <source>Added %1 clients, %2 calls, %3 notes, %4 tagged calls, %5 active clients and %6 journeys (%7 steps) in %8 s.</source>
        <translation>Se añadieron %1 clientes, %2 llamadas, %3 notas, %4 llamadas etiquetadas, %5 clientes activos y %6 recorridos (%7 pasos) en %8 s.</translation>
    </message>
    <message>
        <source>Unknown journey status &quot;%1&quot;; use one of %2.</source>
        <translation>Estado de recorrido desconocido &quot;%1&quot;; use uno de %2.</translation>
    </message>
    <message>
        <source>Give --client once for this command.</source>
        <translation>Indique --client una sola vez para este comando.</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n recorrido</numerusform>
            <numerusform>%n recorridos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;journeys start&quot; needs --call CALL_ID.</source>
        <translation>&quot;journeys start&quot; necesita --call CALL_ID.</translation>
    </message>
    <message>
        <source>&quot;journeys start&quot; prints table or json, not csv.</source>
        <translation>&quot;journeys start&quot; genera la salida en table o json, no en csv.</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>No hay ningún cliente potencial con el id de llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>The journey has no steps yet.</source>
        <translation>El recorrido todavía no tiene pasos.</translation>
    </message>
    <message>
        <source>&quot;jobs run&quot; prints table or json, not csv.</source>
        <translation>&quot;jobs run&quot; genera la salida en table o json, no en csv.</translation>
    </message>
    <message>
        <source>Due: %1 (%2), %3 since %4</source>
        <translation>Pendiente: %1 (%2), %3 desde %4</translation>
    </message>
    <message>
        <source>%1; %2 and %3 redacted.</source>
        <translation>%1; %2 y %3 anonimizados.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) due</source>
        <translation>
            <numerusform>%n recorrido pendiente</numerusform>
            <numerusform>%n recorridos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>(Redaction is off.)</source>
        <translation>(La anonimización está desactivada.)</translation>
    </message>
    <message>
        <source>&quot;jobs configure&quot; needs --redact-after-days N (0 turns redaction off).</source>
        <translation>&quot;jobs configure&quot; necesita --redact-after-days N (0 desactiva la anonimización).</translation>
    </message>
    <message>
        <source>Service records are never redacted.</source>
        <translation>Los registros de servicios nunca se anonimizan.</translation>
    </message>
    <message>
        <source>Service records and closed journeys&apos; concerns are redacted after %1 days.</source>
        <translation>Los registros de servicios y las inquietudes de los recorridos cerrados se anonimizan después de %1 días.</translation>
    </message>
    <message>
        <source>journeys start, tasks add: the lead&apos;s call id.</source>
        <translation>journeys start, tasks add: el id de llamada del cliente potencial.</translation>
    </message>
    <message>
        <source>journeys start: the journey template (name or id) that gives the steps; boards add: basic, sales, project or blank.</source>
        <translation>journeys start: la plantilla de recorrido (nombre o id) que define los pasos; boards add: basic, sales, project o blank.</translation>
    </message>
    <message>
        <source>tasks, boards: the board (name or id).</source>
        <translation>tasks, boards: el tablero (nombre o id).</translation>
    </message>
    <message>
        <source>board</source>
        <translation>tablero</translation>
    </message>
    <message>
        <source>tasks add, tasks move: the column (name or id).</source>
        <translation>tasks add, tasks move: la columna (nombre o id).</translation>
    </message>
    <message>
        <source>tasks list, tasks add: a staff user (name or id; &quot;me&quot;: you).</source>
        <translation>tasks list, tasks add: un usuario del personal (nombre o id; &quot;me&quot;: usted).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>tasks list: only tasks due before this day (YYYY-MM-DD).</source>
        <translation>tasks list: solo tareas con fecha prevista anterior a este día (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>tasks add: the due date (YYYY-MM-DD).</source>
        <translation>tasks add: la fecha prevista (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>tasks move: the place in the column, 1 at the top (default: the end).</source>
        <translation>tasks move: la posición en la columna, 1 arriba del todo (predeterminado: al final).</translation>
    </message>
    <message>
        <source>boards add: the workspace (name or id; made when missing).</source>
        <translation>boards add: el espacio de trabajo (nombre o id; se crea si no existe).</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
    </message>
    <message>
        <source>boards add: the prefix of item keys (DENT makes DENT-42).</source>
        <translation>boards add: el prefijo de las claves de los elementos (DENT genera DENT-42).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefijo</translation>
    </message>
    <message>
        <source>tasks from-leads: new voicemail leads become tasks (on or off; default on).</source>
        <translation>tasks from-leads: los clientes potenciales nuevos con buzón de voz se convierten en tareas (on u off; predeterminado on).</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>tasks from-leads: new needs-attention leads become tasks (on or off; default on).</source>
        <translation>tasks from-leads: los clientes potenciales nuevos que requieren atención se convierten en tareas (on u off; predeterminado on).</translation>
    </message>
    <message>
        <source>&quot;tasks move&quot; needs the task&apos;s key or id, like DENT-42.</source>
        <translation>&quot;tasks move&quot; necesita la clave o el id de la tarea, como DENT-42.</translation>
    </message>
    <message>
        <source>The board has no column &quot;%1&quot;.</source>
        <translation>El tablero no tiene ninguna columna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several columns are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Hay varias columnas llamadas &quot;%1&quot;: %2; indique el id.</translation>
    </message>
    <message>
        <source>There is no board &quot;%1&quot;.</source>
        <translation>No hay ningún tablero &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several boards are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Hay varios tableros llamados &quot;%1&quot;: %2; indique el id.</translation>
    </message>
    <message>
        <source>There is no staff user &quot;%1&quot;.</source>
        <translation>No hay ningún usuario del personal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several people are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Hay varias personas llamadas &quot;%1&quot;: %2; indique el id.</translation>
    </message>
    <message>
        <source>--%1 takes on or off, not &quot;%2&quot;.</source>
        <translation>--%1 admite on u off, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Responsables</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;tasks add&quot; needs --board B and --name N.</source>
        <translation>&quot;tasks add&quot; necesita --board B y --name N.</translation>
    </message>
    <message>
        <source>The board has no open column; add one first.</source>
        <translation>El tablero no tiene ninguna columna abierta; añada una primero.</translation>
    </message>
    <message>
        <source>anchorctl: automation: %1</source>
        <translation>anchorctl: automatización: %1</translation>
    </message>
    <message>
        <source>&quot;tasks move&quot; needs --group G.</source>
        <translation>&quot;tasks move&quot; necesita --group G.</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot;.</source>
        <translation>No hay ninguna tarea &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The task %1 is archived; restore it before moving it.</source>
        <translation>La tarea %1 está archivada; restáurela antes de moverla.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is archived; nothing can be moved there.</source>
        <translation>La columna &quot;%1&quot; está archivada; no se puede mover nada a ella.</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (position %3).</source>
        <translation>%1 se movió a %2 (posición %3).</translation>
    </message>
    <message>
        <source>&quot;tasks from-leads&quot; needs --client X and --board B.</source>
        <translation>&quot;tasks from-leads&quot; necesita --client X y --board B.</translation>
    </message>
    <message>
        <source>New voicemail and needs-attention leads of %1 become tasks on the board %2.</source>
        <translation>Los clientes potenciales nuevos de %1 con buzón de voz o que requieren atención se convierten en tareas del tablero %2.</translation>
    </message>
    <message>
        <source>New voicemail leads of %1 become tasks on the board %2.</source>
        <translation>Los clientes potenciales nuevos de %1 con buzón de voz se convierten en tareas del tablero %2.</translation>
    </message>
    <message>
        <source>New needs-attention leads of %1 become tasks on the board %2.</source>
        <translation>Los clientes potenciales nuevos de %1 que requieren atención se convierten en tareas del tablero %2.</translation>
    </message>
    <message>
        <source>New leads of %1 no longer become tasks.</source>
        <translation>Los clientes potenciales nuevos de %1 ya no se convierten en tareas.</translation>
    </message>
    <message>
        <source>&quot;boards add&quot; needs --workspace W and --name N.</source>
        <translation>&quot;boards add&quot; necesita --workspace W y --name N.</translation>
    </message>
    <message>
        <source>Unknown board template &quot;%1&quot;; use basic, sales, project or blank.</source>
        <translation>Plantilla de tablero desconocida &quot;%1&quot;; use basic, sales, project o blank.</translation>
    </message>
    <message>
        <source>Several workspaces are called &quot;%1&quot;: %2; give the id.</source>
        <translation>Hay varios espacios de trabajo llamados &quot;%1&quot;: %2; indique el id.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message numerus="yes">
        <source>%n board(s)</source>
        <translation>
            <numerusform>%n tablero</numerusform>
            <numerusform>%n tableros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) archived</source>
        <translation>
            <numerusform>%n tarea archivada</numerusform>
            <numerusform>%n tareas archivadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due-date automation(s) ran</source>
        <translation>
            <numerusform>se ejecutó %n automatización por fecha prevista</numerusform>
            <numerusform>se ejecutaron %n automatizaciones por fecha prevista</numerusform>
        </translation>
    </message>
    <message>
        <source>Only calls on or after this day (YYYY-MM-DD); mailgun configure: the sending address.</source>
        <translation>Solo llamadas de este día o posteriores (YYYY-MM-DD); mailgun configure: la dirección de envío.</translation>
    </message>
    <message>
        <source>Only calls on or before this day (YYYY-MM-DD); campaigns create, mailgun send-test: an address to send to (repeatable).</source>
        <translation>Solo llamadas de este día o anteriores (YYYY-MM-DD); campaigns create, mailgun send-test: una dirección de destino (se puede repetir).</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the Mailgun sending domain.</source>
        <translation>mailgun test, send-test: el dominio de envío de Mailgun.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the Mailgun region, us or eu.</source>
        <translation>mailgun test, send-test: la región de Mailgun, us o eu.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the address messages are sent from.</source>
        <translation>mailgun test, send-test: la dirección desde la que se envían los mensajes.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>mailgun test, send-test: the name messages are sent as.</source>
        <translation>mailgun test, send-test: el nombre con el que se envían los mensajes.</translation>
    </message>
    <message>
        <source>mailgun send-test: where the test message goes.</source>
        <translation>mailgun send-test: adónde va el mensaje de prueba.</translation>
    </message>
    <message>
        <source>mailgun configure: the name messages are sent as.</source>
        <translation>mailgun configure: el nombre con el que se envían los mensajes.</translation>
    </message>
    <message>
        <source>campaigns create: the segment (name or id) that picks the recipients.</source>
        <translation>campaigns create: el segmento (nombre o id) que selecciona a los destinatarios.</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>campaigns create: the subject (default: the template&apos;s).</source>
        <translation>campaigns create: el asunto (predeterminado: el de la plantilla).</translation>
    </message>
    <message>
        <source>campaigns send: schedule for this time (2026-01-31T09:00, local unless Z or an offset is given) instead of queueing now.</source>
        <translation>campaigns send: programa para esta hora (2026-01-31T09:00, hora local salvo que se indique Z o un desfase) en lugar de poner en cola ahora.</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>fechahora</translation>
    </message>
    <message>
        <source>sync mailgun: only pull events (no sending, no suppressions).</source>
        <translation>sync mailgun: solo descarga eventos (sin envíos ni supresiones).</translation>
    </message>
    <message>
        <source>sync mailgun: only start due campaigns and send the queue.</source>
        <translation>sync mailgun: solo inicia las campañas pendientes y envía la cola.</translation>
    </message>
    <message>
        <source>the agency</source>
        <translation>la agencia</translation>
    </message>
    <message>
        <source>&quot;mailgun configure&quot; needs --domain and --from (the sending address).</source>
        <translation>&quot;mailgun configure&quot; necesita --domain y --from (la dirección de envío).</translation>
    </message>
    <message>
        <source>Mail of %1 goes out from %2 through Mailgun domain %3 (%4).</source>
        <translation>El correo de %1 sale desde %2 a través del dominio de Mailgun %3 (%4).</translation>
    </message>
    <message>
        <source>Mailgun API key: </source>
        <translation>Clave de API de Mailgun: </translation>
    </message>
    <message>
        <source>The Mailgun API key of %1 is stored in the system keychain.</source>
        <translation>La clave de API de Mailgun de %1 está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&quot;campaigns %1&quot; needs the campaign&apos;s id (see &quot;anchorctl campaigns list&quot;).</source>
        <translation>&quot;campaigns %1&quot; necesita el id de la campaña (consulte &quot;anchorctl campaigns list&quot;).</translation>
    </message>
    <message>
        <source>&quot;campaigns&quot; needs a subcommand: list, create, send, pause, resume, cancel, stats.</source>
        <translation>&quot;campaigns&quot; necesita un subcomando: list, create, send, pause, resume, cancel, stats.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;campaigns %1&quot;; use list, create, send, pause, resume, cancel or stats.</source>
        <translation>Subcomando desconocido &quot;campaigns %1&quot;; use list, create, send, pause, resume, cancel o stats.</translation>
    </message>
    <message>
        <source>Unknown campaign status &quot;%1&quot;; use one of %2.</source>
        <translation>Estado de campaña desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Aperturas</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebotes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;campaigns create&quot; needs --name and --template, and --segment or --to.</source>
        <translation>&quot;campaigns create&quot; necesita --name y --template, y además --segment o --to.</translation>
    </message>
    <message>
        <source>&quot;campaigns create&quot; needs either --segment or --to ADDRESS (repeatable), not both.</source>
        <translation>&quot;campaigns create&quot; necesita --segment o --to ADDRESS (se puede repetir), pero no ambos.</translation>
    </message>
    <message>
        <source>No segment is called &quot;%1&quot;.</source>
        <translation>Ningún segmento se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several segments are called &quot;%1&quot;; use one of their ids: %2</source>
        <translation>Hay varios segmentos llamados &quot;%1&quot;; use uno de sus ids: %2</translation>
    </message>
    <message>
        <source>No email template is called &quot;%1&quot;.</source>
        <translation>Ninguna plantilla de correo se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several email templates are called &quot;%1&quot;; use one of their ids: %2</source>
        <translation>Hay varias plantillas de correo llamadas &quot;%1&quot;; use uno de sus ids: %2</translation>
    </message>
    <message>
        <source>Which client business sends the campaign? Add --client (name or id).</source>
        <translation>¿Qué negocio cliente envía la campaña? Añada --client (nombre o id).</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is a draft; send it with &quot;anchorctl campaigns send %2&quot;.</source>
        <translation>La campaña &quot;%1&quot; es un borrador; envíela con &quot;anchorctl campaigns send %2&quot;.</translation>
    </message>
    <message>
        <source>anchorctl: warning: &quot;%1&quot; is not a valid address; it will not be sent to.</source>
        <translation>anchorctl: aviso: &quot;%1&quot; no es una dirección válida; no se le enviará nada.</translation>
    </message>
    <message>
        <source>anchorctl: warning: unknown placeholders are sent as written: %1 (known: %2).</source>
        <translation>anchorctl: aviso: los marcadores desconocidos se envían tal cual: %1 (conocidos: %2).</translation>
    </message>
    <message>
        <source>--%1 must be a date and time like 2026-01-31T09:00 (local time, or with Z or an offset), not &quot;%2&quot;.</source>
        <translation>--%1 debe ser una fecha y hora como 2026-01-31T09:00 (hora local, o con Z o un desfase), no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;campaigns send&quot; prints table or json, not csv.</source>
        <translation>&quot;campaigns send&quot; muestra table o json, no csv.</translation>
    </message>
    <message>
        <source>There is no campaign with id &quot;%1&quot;.</source>
        <translation>No hay ninguna campaña con el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is scheduled for %2; the next sync after that sends it.</source>
        <translation>La campaña &quot;%1&quot; está programada para %2; la primera sincronización posterior la envía.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; had already started; nothing was added.</source>
        <translation>La campaña &quot;%1&quot; ya se había iniciado; no se añadió nada.</translation>
    </message>
    <message>
        <source>%1 queued, %2 suppressed (not sent), %3 invalid (rejected) in %4 s.</source>
        <translation>%1 en cola, %2 suprimidos (no enviados), %3 no válidos (rechazados) en %4 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>  invalid: %1</source>
        <translation>  no válidas: %1</translation>
    </message>
    <message>
        <source>They go out with the next &quot;anchorctl sync mailgun&quot; (or the app&apos;s background sync).</source>
        <translation>Salen con el próximo &quot;anchorctl sync mailgun&quot; (o con la sincronización en segundo plano de la aplicación).</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is now %2.</source>
        <translation>La campaña &quot;%1&quot; ahora está en estado %2.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>En espera en la cola</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Opened (unique)</source>
        <translation>Abiertos (únicos)</translation>
    </message>
    <message>
        <source>Clicked (unique)</source>
        <translation>Con clic (únicos)</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Temporary failures</source>
        <translation>Fallos temporales</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>No aceptados</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Suppressed (not sent)</source>
        <translation>Suprimidos (no enviados)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled campaign(s) started</source>
        <translation>
            <numerusform>%n campaña programada iniciada</numerusform>
            <numerusform>%n campañas programadas iniciadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled campaign &quot;%1&quot; started: %2 queued, %3 suppressed, %4 invalid.</source>
        <translation>Campaña programada &quot;%1&quot; iniciada: %2 en cola, %3 suprimidos, %4 no válidos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>anchorctl: scheduled campaign &quot;%1&quot;: %2</source>
        <translation>anchorctl: campaña programada &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--events-only and --send-only exclude each other.</source>
        <translation>--events-only y --send-only se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>anchorctl: Mailgun is not set up (see &quot;anchorctl mailgun configure&quot;).</source>
        <translation>anchorctl: Mailgun no está configurado (consulte &quot;anchorctl mailgun configure&quot;).</translation>
    </message>
    <message>
        <source>%1: %2
Set ANCHOR_MAILGUN_API_KEY to run without the keychain.</source>
        <translation>%1: %2
Defina ANCHOR_MAILGUN_API_KEY para trabajar sin el llavero.</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Enviando: %1 de %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>anchorctl: %1: no Mailgun API key is stored (anchorctl mailgun key), or set ANCHOR_MAILGUN_API_KEY.</source>
        <translation>anchorctl: %1: no hay ninguna clave de API de Mailgun guardada (anchorctl mailgun key); o defina ANCHOR_MAILGUN_API_KEY.</translation>
    </message>
    <message>
        <source>%1: events page %2, %3 events</source>
        <translation>%1: página de eventos %2, %3 eventos</translation>
    </message>
    <message>
        <source>%1: skipped an event: %2</source>
        <translation>%1: se omitió un evento: %2</translation>
    </message>
    <message>
        <source>anchorctl: %1: events: %2</source>
        <translation>anchorctl: %1: eventos: %2</translation>
    </message>
    <message>
        <source>anchorctl: %1: suppressions: %2</source>
        <translation>anchorctl: %1: supresiones: %2</translation>
    </message>
    <message>
        <source>Mailgun: %1 campaign(s) started; %2 sent, %3 refused, %4 waiting; %5 new events (%6 duplicates); %7 suppressions added; %8 s.</source>
        <translation>Mailgun: %1 campaña(s) iniciada(s); %2 enviados, %3 rechazados, %4 en espera; %5 eventos nuevos (%6 duplicados); %7 supresiones añadidas; %8 s.</translation>
    </message>
    <message>
        <source>A Mailgun API key is stored in the system keychain.</source>
        <translation>Hay una clave de API de Mailgun guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No Mailgun API key is stored for this scope.</source>
        <translation>No hay ninguna clave de API de Mailgun guardada para este ámbito.</translation>
    </message>
    <message>
        <source>&quot;mailgun send-test&quot; needs --recipient with a valid email address.</source>
        <translation>&quot;mailgun send-test&quot; necesita --recipient con una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>no Mailgun API key is stored (enter one in the settings, or set ANCHOR_MAILGUN_API_KEY).</source>
        <translation>no hay ninguna clave de API de Mailgun guardada (introduzca una en la configuración o defina ANCHOR_MAILGUN_API_KEY).</translation>
    </message>
    <message>
        <source>Mailgun refused the request (HTTP %1).</source>
        <translation>Mailgun rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Mailgun accepted the test message to %1.</source>
        <translation>Mailgun aceptó el mensaje de prueba para %1.</translation>
    </message>
    <message>
        <source>Connected: Mailgun accepts the key for %1.</source>
        <translation>Conectado: Mailgun acepta la clave para %1.</translation>
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
        <translation>Anchor CRM en la línea de comandos.

Comandos:
  init                          Crear o actualizar la base de datos; mostrar la versión del esquema.
  demo --calls N [--clients K] [--seed S] [--until DATE] [--journeys N]
                                Añadir clientes y llamadas de demostración realistas.
  leads list [filtros] [--sort COLUMN[:desc]] [--limit N] [--offset N] [--format F]
                                Listar los clientes potenciales, los más recientes primero salvo
                                que se ordenen de otro modo.
  leads search TEXT [filtros] [--limit N] [--format F]
                                Búsqueda de texto completo en los clientes potenciales.
  export leads --output FILE [filtros] [--sort COLUMN[:desc]]
                                Escribir los clientes potenciales que coinciden en un archivo CSV
                                (sin límite de filas).
  leads reclassify [--client X]  Volver a clasificar las llamadas guardadas (las categorías
                                manuales se mantienen).
  clients add --name NAME [--type T] [--subtype S] [--email E] [--phone P]
  clients list [--format F]
  ctm configure --client X --account ID [--base-url URL] [--ca-cert FILE] [--keys-from-stdin]
  ctm test --client X            Comprobar las claves y listar las cuentas de CTM a las que llegan.
  mailgun key-status [--client X] Si hay una clave de API de Mailgun en el llavero (agencia sin --client).
  mailgun test [--client X] [--domain D --region us|eu --sender A --sender-name N --base-url URL
               --ca-cert FILE] [--key-from-stdin]   Comprobar la configuración y la clave de Mailgun.
  mailgun send-test --recipient ADDR [las mismas opciones]   Enviar un breve mensaje de prueba.
  mailgun configure [--client X] --domain D [--region us|eu] --from ADDRESS [--from-name NAME]
                    [--base-url URL] [--ca-cert FILE]   Guardar quién envía (agencia sin --client).
  mailgun key|set-key [--client X] [--key-from-stdin]
                                Leer la clave de API de Mailgun de stdin y guardarla en el llavero
                                del sistema.
  campaigns list [--client X] [--status S] [--format F]
  campaigns create --name N --template T (--segment S | --to ADDRESS...) [--client X] [--subject S]
                                Crear una campaña como borrador; muestra su id.
  campaigns send ID [--at DATETIME]
                                Poner en cola a todos los destinatarios ahora (o programarla);
                                muestra las direcciones en cola, suprimidas y no válidas.
  campaigns pause|resume|cancel ID
  campaigns stats ID [--format F] Enviados, entregados, abiertos, con clic, rebotados, ... con tasas.
  sync ctm [--client X]          Traer las llamadas de CallTrackingMetrics (progreso en stderr).
  sync outbox                    Enviar las valoraciones y notas pendientes a CallTrackingMetrics.
  sync mailgun [--client X] [--events-only | --send-only]
                                Iniciar las campañas pendientes, enviar la cola y después traer los
                                eventos y las supresiones; sale con 0 solo si todo se completó.
  llm configure --url URL --model M [--ca-cert FILE] [--key-from-stdin] | --disable
                                 El clasificador de IA opcional para las llamadas nuevas.
  journeys list [--status S] [--client X] [--search TEXT] [--limit N] [--offset N] [--format F]
                                Listar los recorridos de clientes, con la próxima acción primero.
  journeys start --call CALL_ID [--template NAME] [--service NAME]... [--concern TEXT]...
                 [--follow-up-of JOURNEY_ID] [--format table|json]
                                Iniciar un recorrido a partir de un cliente potencial; muestra su
                                id y sus pasos.
  jobs run [--redact-after-days N] [--format table|json]
                                Notificar los recorridos pendientes; anonimizar los registros de
                                servicios antiguos; archivar las tareas terminadas hace 30 días;
                                ejecutar las automatizaciones por fecha prevista; iniciar las
                                campañas programadas cuya hora ha llegado.
  jobs configure --redact-after-days N
                                Guardar la antigüedad para anonimizar (0: nunca).
  tasks list [--board B] [--assignee U] [--due-before DATE] [--format F]
  tasks add --board B [--group G] --name N [--due DATE] [--assignee U] [--call CALL_ID]
                                Añadir una tarea; muestra su clave (DENT-42).
  tasks move ITEM --group G [--position N]
                                Mover una tarea (clave o id) a una columna.
  tasks from-leads --client X --board B [--voicemail on|off] [--needs-attention on|off]
                                Los clientes potenciales nuevos con buzón de voz o que requieren
                                atención se convierten en tareas.
  boards add --workspace W --name N [--prefix P] [--template basic|sales|project|blank]
  boards list [--format F]

Las claves de CTM proceden del llavero del sistema, o de ANCHOR_CTM_ACCESS_KEY y
ANCHOR_CTM_SECRET_KEY si ambas están definidas (nunca se guardan). La clave de Mailgun procede
del llavero, o de ANCHOR_MAILGUN_API_KEY si está definida (nunca se guarda).

Filtros: --client, --category, --min-stars, --max-stars, --caller-type, --tag, --stage,
--source, --from, --to, --search. --database FILE funciona con todos los comandos.</translation>
    </message>
    <message>
        <source>The Mailgun API key is read from stdin, on one line.</source>
        <translation>La clave de API de Mailgun se lee de stdin, en una línea.</translation>
    </message>
</context>
<context>
    <name>anchor::models::ActiveClientsModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Agreed total</source>
        <translation>Total acordado</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
</context>
<context>
    <name>anchor::models::AnchorctlMailgunSetup</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>The keychain could not be read.</source>
        <translation>No se pudo leer el llavero.</translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>La clave de API está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain.</source>
        <translation>No se pudo guardar la clave de API en el llavero.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>La comprobación falló.</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignPreflight</name>
    <message>
        <source>The campaign&apos;s segment no longer exists.</source>
        <translation>El segmento de la campaña ya no existe.</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignRecipientsModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Con clic</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignsDocument</name>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campaña ya no existe.</translation>
    </message>
    <message>
        <source>Create campaign &quot;%1&quot;</source>
        <translation>Crear la campaña &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit campaign &quot;%1&quot;</source>
        <translation>Editar la campaña &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete campaign &quot;%1&quot;</source>
        <translation>Eliminar la campaña &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Schedule campaign &quot;%1&quot;</source>
        <translation>Programar la campaña &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Pause campaign &quot;%1&quot;</source>
        <translation>Pausar la campaña &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Resume campaign &quot;%1&quot;</source>
        <translation>Reanudar la campaña &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many recipients and events to delete with undo.</source>
        <translation>&quot;%1&quot; tiene demasiados destinatarios y eventos para poder deshacer su eliminación.</translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignsTableModel</name>
    <message>
        <source>%1 unique opens of %2 delivered</source>
        <translation>%1 aperturas únicas de %2 entregados</translation>
    </message>
    <message>
        <source>%1 unique clicks of %2 delivered</source>
        <translation>%1 clics únicos de %2 entregados</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviada %1</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Programada %1</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n dirección</numerusform>
            <numerusform>%n direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Scheduled / sent</source>
        <translation>Programada / enviada</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Tasa de apertura</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Tasa de clics</translation>
    </message>
</context>
<context>
    <name>anchor::models::CatalogDocument</name>
    <message>
        <source>The service no longer exists.</source>
        <translation>El servicio ya no existe.</translation>
    </message>
    <message>
        <source>Edit service &quot;%1&quot;</source>
        <translation>Editar el servicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add service &quot;%1&quot;</source>
        <translation>Añadir el servicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Activate service &quot;%1&quot;</source>
        <translation>Activar el servicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deactivate service &quot;%1&quot;</source>
        <translation>Desactivar el servicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete service &quot;%1&quot;</source>
        <translation>Eliminar el servicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The journey template no longer exists.</source>
        <translation>La plantilla de recorrido ya no existe.</translation>
    </message>
    <message>
        <source>Edit journey template &quot;%1&quot;</source>
        <translation>Editar la plantilla de recorrido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add journey template &quot;%1&quot;</source>
        <translation>Añadir la plantilla de recorrido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Duplicate journey template as &quot;%1&quot;</source>
        <translation>Duplicar la plantilla de recorrido como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete journey template &quot;%1&quot;</source>
        <translation>Eliminar la plantilla de recorrido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>anchor::models::CtmSyncRunner</name>
    <message>
        <source>The sync program %1 could not be started: %2</source>
        <translation>No se pudo iniciar el programa de sincronización %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ratings and notes for CallTrackingMetrics: %1</source>
        <translation>Valoraciones y notas para CallTrackingMetrics: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped next time.</source>
        <translation>Sincronización cancelada; la próxima vez continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The sync program stopped unexpectedly; nothing stored was lost.</source>
        <translation>El programa de sincronización se detuvo inesperadamente; no se perdió nada guardado.</translation>
    </message>
</context>
<context>
    <name>anchor::models::EmailLogModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Enviado %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>anchor::models::EmailTemplateDocument</name>
    <message>
        <source>Add email template &quot;%1&quot;</source>
        <translation>Añadir la plantilla de correo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The email template no longer exists.</source>
        <translation>La plantilla de correo ya no existe.</translation>
    </message>
    <message>
        <source>Edit email template &quot;%1&quot;</source>
        <translation>Editar la plantilla de correo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Duplicate email template as &quot;%1&quot;</source>
        <translation>Duplicar la plantilla de correo como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete email template &quot;%1&quot;</source>
        <translation>Eliminar la plantilla de correo &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>anchor::models::EmailTemplateListModel</name>
    <message>
        <source>%1
Used by every client</source>
        <translation>%1
La usan todos los clientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>anchor::models::JourneysDocument</name>
    <message>
        <source>Start journey</source>
        <translation>Iniciar recorrido</translation>
    </message>
    <message>
        <source>The step no longer exists.</source>
        <translation>El paso ya no existe.</translation>
    </message>
    <message>
        <source>Complete step &quot;%1&quot;</source>
        <translation>Completar el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reopen step &quot;%1&quot;</source>
        <translation>Reabrir el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit notes of step &quot;%1&quot;</source>
        <translation>Editar las notas del paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reschedule step &quot;%1&quot;</source>
        <translation>Reprogramar el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add step &quot;%1&quot;</source>
        <translation>Añadir el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove step &quot;%1&quot;</source>
        <translation>Quitar el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add journey note</source>
        <translation>Añadir nota al recorrido</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>La nota ya no existe.</translation>
    </message>
    <message>
        <source>Delete journey note</source>
        <translation>Eliminar nota del recorrido</translation>
    </message>
    <message>
        <source>Change journey status</source>
        <translation>Cambiar el estado del recorrido</translation>
    </message>
    <message>
        <source>Pause journey</source>
        <translation>Pausar recorrido</translation>
    </message>
    <message>
        <source>Resume journey</source>
        <translation>Reanudar recorrido</translation>
    </message>
    <message>
        <source>Convert to active client</source>
        <translation>Convertir en cliente activo</translation>
    </message>
    <message>
        <source>Link call to active client</source>
        <translation>Vincular llamada a cliente activo</translation>
    </message>
    <message>
        <source>Change active client status</source>
        <translation>Cambiar el estado del cliente activo</translation>
    </message>
</context>
<context>
    <name>anchor::models::JourneysTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Active client</source>
        <translation>Cliente activo</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Atrasada desde %1</translation>
    </message>
    <message>
        <source>Redacted for privacy after the retention period</source>
        <translation>Datos anonimizados por privacidad tras el período de conservación</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(anonimizado)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos completados</translation>
    </message>
    <message>
        <source>Services and concerns</source>
        <translation>Servicios e inquietudes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadCsvExporter</name>
    <message>
        <source>Cannot export to %1: it is a folder.</source>
        <translation>No se puede exportar a %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write the export to %1: %2</source>
        <translation>No se puede escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>Writing the export to %1 failed: %2. No file was written.</source>
        <translation>Error al escribir la exportación en %1: %2. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Saving the export to %1 failed: %2. No file was written.</source>
        <translation>Error al guardar la exportación en %1: %2. No se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadFormat</name>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadsDocument</name>
    <message numerus="yes">
        <source>Set rating to %n star(s)</source>
        <translation>
            <numerusform>Establecer la valoración en %n estrella</numerusform>
            <numerusform>Establecer la valoración en %n estrellas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set rating of %1 leads to %n star(s)</source>
        <translation>
            <numerusform>Establecer la valoración de %1 clientes potenciales en %n estrella</numerusform>
            <numerusform>Establecer la valoración de %1 clientes potenciales en %n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>Set category to %1</source>
        <translation>Establecer la categoría en %1</translation>
    </message>
    <message>
        <source>Set category of %1 leads to %2</source>
        <translation>Establecer la categoría de %1 clientes potenciales en %2</translation>
    </message>
    <message>
        <source>Clear pipeline stage</source>
        <translation>Quitar la etapa del embudo</translation>
    </message>
    <message>
        <source>Clear pipeline stage of %1 leads</source>
        <translation>Quitar la etapa del embudo de %1 clientes potenciales</translation>
    </message>
    <message>
        <source>Move to stage %1</source>
        <translation>Mover a la etapa %1</translation>
    </message>
    <message>
        <source>Move %1 leads to stage %2</source>
        <translation>Mover %1 clientes potenciales a la etapa %2</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Añadir la etiqueta %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>La nota ya no existe.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
</context>
<context>
    <name>anchor::models::MailgunSyncRunner</name>
    <message>
        <source>The sync program %1 could not be started: %2</source>
        <translation>No se pudo iniciar el programa de sincronización %1: %2</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Enviando: %1</translation>
    </message>
    <message>
        <source>%1, events: %2</source>
        <translation>%1, eventos: %2</translation>
    </message>
    <message>
        <source>%1, suppression lists: %2</source>
        <translation>%1, listas de supresión: %2</translation>
    </message>
    <message>
        <source>Mailgun sync cancelled; it resumes where it stopped next time.</source>
        <translation>Sincronización con Mailgun cancelada; la próxima vez continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The sync program stopped unexpectedly; nothing queued was lost or will be sent twice.</source>
        <translation>El programa de sincronización se detuvo inesperadamente; no se perdió nada de lo que estaba en cola ni se enviará dos veces.</translation>
    </message>
</context>
<context>
    <name>anchor::models::MyWorkModel</name>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
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
        <translation>Clave</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
</context>
<context>
    <name>anchor::models::SegmentDocument</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>El segmento ya no existe.</translation>
    </message>
    <message>
        <source>Edit segment &quot;%1&quot;</source>
        <translation>Editar el segmento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add segment &quot;%1&quot;</source>
        <translation>Añadir el segmento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete segment &quot;%1&quot;</source>
        <translation>Eliminar el segmento &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>anchor::models::SegmentListModel</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
</context>
<context>
    <name>anchor::models::SegmentRecipientsModel</name>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Active client</source>
        <translation>Cliente activo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>anchor::models::ServiceListModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Not priced</source>
        <translation>Sin precio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Precio base</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>anchor::models::TaskBoardModel</name>
    <message>
        <source>The board no longer exists.</source>
        <translation>El tablero ya no existe.</translation>
    </message>
</context>
<context>
    <name>anchor::models::TaskColumnModel</name>
    <message>
        <source>Due %1</source>
        <translation>Fecha prevista: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>%1 %2, status %3</source>
        <translation>%1 %2, estado %3</translation>
    </message>
</context>
<context>
    <name>anchor::models::TaskItemDocument</name>
    <message>
        <source>Rename task to &quot;%1&quot;</source>
        <translation>Cambiar el nombre de la tarea a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit task description</source>
        <translation>Editar la descripción de la tarea</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Cambiar el estado a %1</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Establecer la fecha prevista</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>Quitar la fecha prevista</translation>
    </message>
    <message>
        <source>Change task priority</source>
        <translation>Cambiar la prioridad de la tarea</translation>
    </message>
    <message>
        <source>Change task flags</source>
        <translation>Cambiar los indicadores de la tarea</translation>
    </message>
    <message>
        <source>Assign task</source>
        <translation>Asignar la tarea</translation>
    </message>
    <message>
        <source>Unassign task</source>
        <translation>Quitar la asignación de la tarea</translation>
    </message>
    <message>
        <source>Add subitem &quot;%1&quot;</source>
        <translation>Añadir el subelemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename subitem &quot;%1&quot;</source>
        <translation>Cambiar el nombre del subelemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Complete subitem &quot;%1&quot;</source>
        <translation>Completar el subelemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reopen subitem &quot;%1&quot;</source>
        <translation>Reabrir el subelemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Move subitem &quot;%1&quot;</source>
        <translation>Mover el subelemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete subitem &quot;%1&quot;</source>
        <translation>Eliminar el subelemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Post update</source>
        <translation>Publicar actualización</translation>
    </message>
    <message>
        <source>The update no longer exists.</source>
        <translation>La actualización ya no existe.</translation>
    </message>
    <message>
        <source>Only the author can delete an update.</source>
        <translation>Solo el autor puede eliminar una actualización.</translation>
    </message>
    <message>
        <source>Delete update</source>
        <translation>Eliminar actualización</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot;</source>
        <translation>Adjuntar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file is no longer attached.</source>
        <translation>El archivo ya no está adjunto.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Quitar &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Log %n minute(s)</source>
        <translation>
            <numerusform>Registrar %n minuto</numerusform>
            <numerusform>Registrar %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No hay ningún cronómetro en marcha.</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Detener cronómetro</translation>
    </message>
    <message>
        <source>Mark time billable</source>
        <translation>Marcar el tiempo como facturable</translation>
    </message>
    <message>
        <source>Mark time not billable</source>
        <translation>Marcar el tiempo como no facturable</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Eliminar registro de tiempo</translation>
    </message>
</context>
<context>
    <name>anchor::models::TasksDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>The column no longer exists.</source>
        <translation>La columna ya no existe.</translation>
    </message>
    <message>
        <source>Create workspace &quot;%1&quot;</source>
        <translation>Crear el espacio de trabajo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The workspace no longer exists.</source>
        <translation>El espacio de trabajo ya no existe.</translation>
    </message>
    <message>
        <source>Rename workspace &quot;%1&quot;</source>
        <translation>Cambiar el nombre del espacio de trabajo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete workspace &quot;%1&quot;</source>
        <translation>Eliminar el espacio de trabajo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace</source>
        <translation>Quitar a %1 del espacio de trabajo</translation>
    </message>
    <message>
        <source>Add %1 to the workspace</source>
        <translation>Añadir a %1 al espacio de trabajo</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <source>Create board &quot;%1&quot;</source>
        <translation>Crear el tablero &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The board no longer exists.</source>
        <translation>El tablero ya no existe.</translation>
    </message>
    <message>
        <source>Edit board &quot;%1&quot;</source>
        <translation>Editar el tablero &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete board &quot;%1&quot;</source>
        <translation>Eliminar el tablero &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit global status labels</source>
        <translation>Editar las etiquetas de estado globales</translation>
    </message>
    <message>
        <source>Edit status labels</source>
        <translation>Editar las etiquetas de estado</translation>
    </message>
    <message>
        <source>Add column &quot;%1&quot;</source>
        <translation>Añadir la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename column &quot;%1&quot;</source>
        <translation>Cambiar el nombre de la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Move column &quot;%1&quot;</source>
        <translation>Mover la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Archive column &quot;%1&quot;</source>
        <translation>Archivar la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Restore column &quot;%1&quot;</source>
        <translation>Restaurar la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add task &quot;%1&quot;</source>
        <translation>Añadir la tarea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Move task &quot;%1&quot;</source>
        <translation>Mover la tarea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename task &quot;%1&quot;</source>
        <translation>Cambiar el nombre de la tarea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set status of &quot;%1&quot; to %2</source>
        <translation>Cambiar el estado de &quot;%1&quot; a %2</translation>
    </message>
    <message>
        <source>Set due date of &quot;%1&quot;</source>
        <translation>Establecer la fecha prevista de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clear due date of &quot;%1&quot;</source>
        <translation>Quitar la fecha prevista de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set priority of &quot;%1&quot;</source>
        <translation>Establecer la prioridad de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Assign &quot;%1&quot; to %2</source>
        <translation>Asignar &quot;%1&quot; a %2</translation>
    </message>
    <message>
        <source>Unassign %2 from &quot;%1&quot;</source>
        <translation>Quitar a %2 de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Archive task &quot;%1&quot;</source>
        <translation>Archivar la tarea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Restore task &quot;%1&quot;</source>
        <translation>Restaurar la tarea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Automation: %1</source>
        <translation>Automatización: %1</translation>
    </message>
</context>
<context>
    <name>anchor::models::TemplateStepsModel</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
</context>
<context>
    <name>anchor::storage::ActiveClientRepository</name>
    <message>
        <source>Loading active clients</source>
        <translation>Cargando los clientes activos</translation>
    </message>
    <message>
        <source>Loading an active client</source>
        <translation>Cargando un cliente activo</translation>
    </message>
    <message>
        <source>Loading the services agreed</source>
        <translation>Cargando los servicios contratados</translation>
    </message>
    <message>
        <source>Converting to an active client</source>
        <translation>Convirtiendo en cliente activo</translation>
    </message>
    <message>
        <source>Choose at least one service the client agreed to.</source>
        <translation>Elija al menos un servicio que haya contratado el cliente.</translation>
    </message>
    <message>
        <source>An agreed price must be an amount of money between 0 and 10,000,000.</source>
        <translation>Un precio acordado debe ser un importe entre 0 y 10 000 000.</translation>
    </message>
    <message>
        <source>Each service needs the date the client agreed.</source>
        <translation>Cada servicio necesita la fecha en que el cliente lo contrató.</translation>
    </message>
    <message>
        <source>The journey no longer exists.</source>
        <translation>El recorrido ya no existe.</translation>
    </message>
    <message>
        <source>This journey was already converted to an active client.</source>
        <translation>Este recorrido ya se convirtió en cliente activo.</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>No hay ningún cliente potencial con el id de llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This lead was already converted to an active client.</source>
        <translation>Este cliente potencial ya se convirtió en cliente activo.</translation>
    </message>
    <message>
        <source>Choose a journey or a lead to convert.</source>
        <translation>Elija un recorrido o un cliente potencial para convertir.</translation>
    </message>
    <message>
        <source>A chosen service is not one this client offers.</source>
        <translation>Uno de los servicios elegidos no lo ofrece este cliente.</translation>
    </message>
    <message>
        <source>The active client no longer exists.</source>
        <translation>El cliente activo ya no existe.</translation>
    </message>
    <message>
        <source>The active client belongs to another client business.</source>
        <translation>El cliente activo pertenece a otra empresa cliente.</translation>
    </message>
    <message>
        <source>Undoing a conversion</source>
        <translation>Deshaciendo una conversión</translation>
    </message>
    <message>
        <source>Linking a call to an active client</source>
        <translation>Vinculando una llamada a un cliente activo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active client status.</source>
        <translation>&quot;%1&quot; no es un estado de cliente activo.</translation>
    </message>
    <message>
        <source>Changing an active client&apos;s status</source>
        <translation>Cambiando el estado de un cliente activo</translation>
    </message>
    <message>
        <source>Reopen this journey before converting it: it was lost.</source>
        <translation>Reabra este recorrido antes de convertirlo: se perdió.</translation>
    </message>
    <message>
        <source>Reopen this journey before converting it: it is archived.</source>
        <translation>Reabra este recorrido antes de convertirlo: está archivado.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::CallImportRepository</name>
    <message>
        <source>Reading where the last CallTrackingMetrics sync stopped</source>
        <translation>Leyendo dónde se detuvo la última sincronización con CallTrackingMetrics</translation>
    </message>
    <message>
        <source>Recording a failed CallTrackingMetrics sync</source>
        <translation>Registrando una sincronización fallida con CallTrackingMetrics</translation>
    </message>
    <message>
        <source>Saving calls from CallTrackingMetrics</source>
        <translation>Guardando llamadas de CallTrackingMetrics</translation>
    </message>
    <message>
        <source>Reading calls to classify</source>
        <translation>Leyendo llamadas para clasificar</translation>
    </message>
    <message>
        <source>Counting calls to classify</source>
        <translation>Contando llamadas para clasificar</translation>
    </message>
    <message>
        <source>Saving call categories</source>
        <translation>Guardando categorías de llamadas</translation>
    </message>
    <message>
        <source>New very good lead: %1</source>
        <translation>Nuevo cliente potencial muy bueno: %1</translation>
    </message>
    <message>
        <source>Lead needs attention: %1</source>
        <translation>Cliente potencial que necesita atención: %1</translation>
    </message>
    <message>
        <source>Numbering repeat callers</source>
        <translation>Numerando los llamantes recurrentes</translation>
    </message>
</context>
<context>
    <name>anchor::storage::CallRepository</name>
    <message>
        <source>Loading leads</source>
        <translation>Cargando los clientes potenciales</translation>
    </message>
    <message>
        <source>Counting leads</source>
        <translation>Contando los clientes potenciales</translation>
    </message>
    <message>
        <source>Reading leads</source>
        <translation>Leyendo los clientes potenciales</translation>
    </message>
    <message>
        <source>Loading a lead</source>
        <translation>Cargando un cliente potencial</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation>Una valoración es de 1 a 5 estrellas, no %1.</translation>
    </message>
    <message>
        <source>Saving the rating</source>
        <translation>Guardando la valoración</translation>
    </message>
    <message>
        <source>Queueing the rating for CallTrackingMetrics</source>
        <translation>Poniendo en cola la valoración para CallTrackingMetrics</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead category.</source>
        <translation>&quot;%1&quot; no es una categoría de cliente potencial.</translation>
    </message>
    <message>
        <source>Saving the category</source>
        <translation>Guardando la categoría</translation>
    </message>
    <message>
        <source>Saving the pipeline stage</source>
        <translation>Guardando la etapa del embudo</translation>
    </message>
    <message>
        <source>Loading the call history</source>
        <translation>Cargando el historial de llamadas</translation>
    </message>
    <message>
        <source>Loading lead sources</source>
        <translation>Cargando los orígenes de los clientes potenciales</translation>
    </message>
    <message>
        <source>Restoring a lead</source>
        <translation>Restaurando un cliente potencial</translation>
    </message>
    <message>
        <source>Searching leads</source>
        <translation>Buscando clientes potenciales</translation>
    </message>
</context>
<context>
    <name>anchor::storage::CampaignRepository</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Asigne un nombre a la campaña.</translation>
    </message>
    <message>
        <source>Enter the subject of the campaign.</source>
        <translation>Introduzca el asunto de la campaña.</translation>
    </message>
    <message>
        <source>The campaign has no content.</source>
        <translation>La campaña no tiene contenido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sending address.</source>
        <translation>&quot;%1&quot; no es una dirección de envío válida.</translation>
    </message>
    <message>
        <source>Checking the campaign&apos;s client</source>
        <translation>Comprobando el cliente de la campaña</translation>
    </message>
    <message>
        <source>Choose the client the campaign is for.</source>
        <translation>Elija el cliente al que corresponde la campaña.</translation>
    </message>
    <message>
        <source>Checking the campaign&apos;s segment</source>
        <translation>Comprobando el segmento de la campaña</translation>
    </message>
    <message>
        <source>The segment does not exist or belongs to another client.</source>
        <translation>El segmento no existe o pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>Checking the campaign&apos;s template</source>
        <translation>Comprobando la plantilla de la campaña</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>La plantilla ya no existe.</translation>
    </message>
    <message>
        <source>Reading the campaign</source>
        <translation>Leyendo la campaña</translation>
    </message>
    <message>
        <source>Creating the campaign</source>
        <translation>Creando la campaña</translation>
    </message>
    <message>
        <source>A campaign that is %1 can no longer be edited.</source>
        <translation>Una campaña en estado %1 ya no se puede editar.</translation>
    </message>
    <message>
        <source>A campaign that started sending cannot change its client.</source>
        <translation>Una campaña que ya empezó a enviarse no puede cambiar de cliente.</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Guardando la campaña</translation>
    </message>
    <message>
        <source>Loading the campaign</source>
        <translation>Cargando la campaña</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campaña ya no existe.</translation>
    </message>
    <message>
        <source>Loading campaigns</source>
        <translation>Cargando las campañas</translation>
    </message>
    <message>
        <source>Pause or cancel the campaign before deleting it.</source>
        <translation>Pause o cancele la campaña antes de eliminarla.</translation>
    </message>
    <message>
        <source>Deleting the campaign</source>
        <translation>Eliminando la campaña</translation>
    </message>
    <message>
        <source>A campaign that is %1 cannot become %2.</source>
        <translation>Una campaña en estado %1 no puede pasar a %2.</translation>
    </message>
    <message>
        <source>Choose when the campaign is sent.</source>
        <translation>Elija cuándo se envía la campaña.</translation>
    </message>
    <message>
        <source>The campaign has already started sending.</source>
        <translation>La campaña ya empezó a enviarse.</translation>
    </message>
    <message>
        <source>Choose a segment or enter the addresses to send to.</source>
        <translation>Elija un segmento o introduzca las direcciones de destino.</translation>
    </message>
    <message>
        <source>Scheduling the campaign</source>
        <translation>Programando la campaña</translation>
    </message>
    <message>
        <source>Pausing the campaign</source>
        <translation>Pausando la campaña</translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed.</source>
        <translation>Solo se puede reanudar una campaña en pausa.</translation>
    </message>
    <message>
        <source>Resuming the campaign</source>
        <translation>Reanudando la campaña</translation>
    </message>
    <message>
        <source>Cancelling the campaign</source>
        <translation>Cancelando la campaña</translation>
    </message>
    <message>
        <source>Loading scheduled campaigns</source>
        <translation>Cargando las campañas programadas</translation>
    </message>
    <message>
        <source>A campaign that is %1 cannot be sent.</source>
        <translation>Una campaña en estado %1 no se puede enviar.</translation>
    </message>
    <message>
        <source>The campaign&apos;s segment no longer exists.</source>
        <translation>El segmento de la campaña ya no existe.</translation>
    </message>
    <message>
        <source>None of the campaign&apos;s addresses is valid: %1</source>
        <translation>Ninguna de las direcciones de la campaña es válida: %1</translation>
    </message>
    <message>
        <source>The campaign has no recipients.</source>
        <translation>La campaña no tiene destinatarios.</translation>
    </message>
    <message>
        <source>Reading the suppression list</source>
        <translation>Leyendo la lista de supresión</translation>
    </message>
    <message>
        <source>Queueing the campaign</source>
        <translation>Poniendo la campaña en cola</translation>
    </message>
    <message>
        <source>Finishing the campaign</source>
        <translation>Finalizando la campaña</translation>
    </message>
    <message>
        <source>Computing the campaign statistics</source>
        <translation>Calculando las estadísticas de la campaña</translation>
    </message>
    <message>
        <source>Loading the campaign&apos;s recipients</source>
        <translation>Cargando los destinatarios de la campaña</translation>
    </message>
    <message>
        <source>Keeping the campaign for undo</source>
        <translation>Conservando la campaña para poder deshacer</translation>
    </message>
    <message>
        <source>There is no deleted campaign to bring back.</source>
        <translation>No hay ninguna campaña eliminada que restaurar.</translation>
    </message>
    <message>
        <source>The campaign is there already.</source>
        <translation>La campaña ya existe.</translation>
    </message>
    <message>
        <source>Bringing the campaign back</source>
        <translation>Restaurando la campaña</translation>
    </message>
    <message>
        <source>The campaign cannot come back: its client business was deleted.</source>
        <translation>La campaña no se puede restaurar: se eliminó su empresa cliente.</translation>
    </message>
    <message>
        <source>The deleted campaign cannot be read back.</source>
        <translation>No se puede volver a leer la campaña eliminada.</translation>
    </message>
    <message>
        <source>Queueing was cancelled: nothing was queued and the campaign is as it was.</source>
        <translation>Se canceló la puesta en cola: no se puso nada en cola y la campaña sigue como estaba.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::ClientRepository</name>
    <message>
        <source>Loading clients</source>
        <translation>Cargando los clientes</translation>
    </message>
    <message>
        <source>Loading a client</source>
        <translation>Cargando un cliente</translation>
    </message>
    <message>
        <source>Looking up a client</source>
        <translation>Buscando un cliente</translation>
    </message>
    <message>
        <source>No client is called &quot;%1&quot;.</source>
        <translation>No hay ningún cliente llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several clients are called &quot;%1&quot;; use one of their ids: %2</source>
        <translation>Varios clientes se llaman &quot;%1&quot;; use uno de sus ids: %2</translation>
    </message>
    <message>
        <source>Saving the client</source>
        <translation>Guardando el cliente</translation>
    </message>
    <message>
        <source>Saving the client profile</source>
        <translation>Guardando el perfil del cliente</translation>
    </message>
    <message>
        <source>Saving the client&apos;s business name</source>
        <translation>Guardando el nombre comercial del cliente</translation>
    </message>
    <message>
        <source>Loading the CallTrackingMetrics settings</source>
        <translation>Cargando la configuración de CallTrackingMetrics</translation>
    </message>
    <message>
        <source>No client has the id %1.</source>
        <translation>Ningún cliente tiene el id %1.</translation>
    </message>
    <message>
        <source>Saving the CallTrackingMetrics settings</source>
        <translation>Guardando la configuración de CallTrackingMetrics</translation>
    </message>
</context>
<context>
    <name>anchor::storage::DashboardRepository</name>
    <message>
        <source>Computing the dashboard</source>
        <translation>Calculando el panel</translation>
    </message>
</context>
<context>
    <name>anchor::storage::Database</name>
    <message>
        <source>Opening the database</source>
        <translation>Abriendo la base de datos</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>No se puede leer el archivo de base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Anchor CRM database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 no es una base de datos de Anchor CRM (no es un archivo SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>El archivo de base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another location for the database.</source>
        <translation>La carpeta %1 no existe. Créela primero o elija otra ubicación para la base de datos.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation>No se puede escribir en la carpeta %1, así que no se puede crear allí la base de datos.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se ha indicado ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database has schema version %1; this build needs version %2. Run &quot;anchorctl init&quot; to upgrade it.</source>
        <translation>La base de datos tiene la versión del esquema %1; esta compilación necesita la versión %2. Ejecute &quot;anchorctl init&quot; para actualizarla.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
</context>
<context>
    <name>anchor::storage::DemoGenerator</name>
    <message>
        <source>The number of demo calls must be between 0 and %L1; %L2 was asked for.</source>
        <translation>El número de llamadas de demostración debe estar entre 0 y %L1; se pidieron %L2.</translation>
    </message>
    <message>
        <source>The number of demo clients must be between 1 and %1; %2 was asked for.</source>
        <translation>El número de clientes de demostración debe estar entre 1 y %1; se pidieron %2.</translation>
    </message>
    <message>
        <source>No database is open for the demo data.</source>
        <translation>No hay ninguna base de datos abierta para los datos de demostración.</translation>
    </message>
    <message>
        <source>Preparing the database for demo data</source>
        <translation>Preparando la base de datos para los datos de demostración</translation>
    </message>
    <message>
        <source>Reading the database before adding demo data</source>
        <translation>Leyendo la base de datos antes de añadir los datos de demostración</translation>
    </message>
    <message>
        <source>Adding a demo client</source>
        <translation>Añadiendo un cliente de demostración</translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s services</source>
        <translation>Añadiendo los servicios de un cliente de demostración</translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s pipeline</source>
        <translation>Añadiendo el embudo de un cliente de demostración</translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s tags</source>
        <translation>Añadiendo las etiquetas de un cliente de demostración</translation>
    </message>
    <message>
        <source>Adding a demo active client</source>
        <translation>Añadiendo un cliente activo de demostración</translation>
    </message>
    <message>
        <source>Adding demo calls</source>
        <translation>Añadiendo llamadas de demostración</translation>
    </message>
    <message>
        <source>Tagging demo calls</source>
        <translation>Etiquetando llamadas de demostración</translation>
    </message>
    <message>
        <source>Adding demo notes</source>
        <translation>Añadiendo notas de demostración</translation>
    </message>
    <message>
        <source>Reading the demo leads</source>
        <translation>Leyendo los clientes potenciales de demostración</translation>
    </message>
    <message>
        <source>Adding a demo journey</source>
        <translation>Añadiendo un recorrido de demostración</translation>
    </message>
    <message>
        <source>Adding a demo journey note</source>
        <translation>Añadiendo una nota de recorrido de demostración</translation>
    </message>
    <message>
        <source>Adding a demo journey event</source>
        <translation>Añadiendo un evento de recorrido de demostración</translation>
    </message>
    <message>
        <source>Adding demo journey steps</source>
        <translation>Añadiendo pasos de recorrido de demostración</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailEventRepository</name>
    <message>
        <source>Matching Mailgun events</source>
        <translation>Asociando los eventos de Mailgun</translation>
    </message>
    <message>
        <source>Applying Mailgun events</source>
        <translation>Aplicando los eventos de Mailgun</translation>
    </message>
    <message>
        <source>Loading Mailgun events</source>
        <translation>Cargando los eventos de Mailgun</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailLogRepository</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Con clic</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Loading the email log</source>
        <translation>Cargando el registro de correo electrónico</translation>
    </message>
    <message>
        <source>Counting the email log</source>
        <translation>Contando el registro de correo electrónico</translation>
    </message>
    <message>
        <source>Loading the message</source>
        <translation>Cargando el mensaje</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Task notification</source>
        <translation>Notificación de tarea</translation>
    </message>
    <message>
        <source>Document review request</source>
        <translation>Solicitud de revisión de documento</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensaje de prueba</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailQueueRepository</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address: the message was not queued.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida: el mensaje no se puso en cola.</translation>
    </message>
    <message>
        <source>A queued message needs an email type.</source>
        <translation>Un mensaje en cola necesita un tipo de correo.</translation>
    </message>
    <message>
        <source>A queued message needs a subject.</source>
        <translation>Un mensaje en cola necesita un asunto.</translation>
    </message>
    <message>
        <source>Queueing an email</source>
        <translation>Poniendo un correo en cola</translation>
    </message>
    <message>
        <source>Not sent: the address bounced or complained before and is suppressed.</source>
        <translation>No enviado: la dirección ya rebotó o presentó una queja antes y está suprimida.</translation>
    </message>
    <message>
        <source>Updating the send queue</source>
        <translation>Actualizando la cola de envío</translation>
    </message>
    <message>
        <source>Checking the suppression list</source>
        <translation>Comprobando la lista de supresión</translation>
    </message>
    <message>
        <source>Reading the send queue</source>
        <translation>Leyendo la cola de envío</translation>
    </message>
    <message>
        <source>Counting the send queue</source>
        <translation>Contando la cola de envío</translation>
    </message>
</context>
<context>
    <name>anchor::storage::EmailTemplateRepository</name>
    <message>
        <source>You receive this email from {{client_name}}. &lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;</source>
        <translation>Recibe este correo de {{client_name}}. &lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Darse de baja&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Welcome new patient</source>
        <translation>Bienvenida a un nuevo paciente</translation>
    </message>
    <message>
        <source>Welcome to {{client_name}}, {{first_name}}!</source>
        <translation>¡Bienvenido/a a {{client_name}}, {{first_name}}!</translation>
    </message>
    <message>
        <source>Hi {{first_name}},</source>
        <translation>Hola, {{first_name}}:</translation>
    </message>
    <message>
        <source>Thank you for choosing {{client_name}}. We are glad to have you with us and look forward to seeing you soon.</source>
        <translation>Gracias por elegir {{client_name}}. Nos alegra contar con usted y esperamos verle pronto.</translation>
    </message>
    <message>
        <source>If you have any questions before your first visit, just reply to this email or give us a call.</source>
        <translation>Si tiene alguna pregunta antes de su primera visita, responda a este correo o llámenos.</translation>
    </message>
    <message>
        <source>Warm regards,&lt;br&gt;{{sender_name}}</source>
        <translation>Un cordial saludo,&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Seasonal offer</source>
        <translation>Oferta de temporada</translation>
    </message>
    <message>
        <source>{{first_name}}, a seasonal offer from {{client_name}}</source>
        <translation>{{first_name}}, una oferta de temporada de {{client_name}}</translation>
    </message>
    <message>
        <source>This season we have a special offer for our patients and customers. Book before the end of the month and enjoy &lt;strong&gt;15% off&lt;/strong&gt; your next appointment.</source>
        <translation>Esta temporada tenemos una oferta especial para nuestros pacientes y clientes. Reserve antes de fin de mes y disfrute de un &lt;strong&gt;15 % de descuento&lt;/strong&gt; en su próxima cita.</translation>
    </message>
    <message>
        <source>Reply to this email or call us to book your spot.</source>
        <translation>Responda a este correo o llámenos para reservar su cita.</translation>
    </message>
    <message>
        <source>Best wishes,&lt;br&gt;{{sender_name}}</source>
        <translation>Saludos cordiales,&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Monthly update</source>
        <translation>Novedades del mes</translation>
    </message>
    <message>
        <source>News from {{client_name}}</source>
        <translation>Noticias de {{client_name}}</translation>
    </message>
    <message>
        <source>Here is what is new at {{client_name}} this month:</source>
        <translation>Estas son las novedades de {{client_name}} este mes:</translation>
    </message>
    <message>
        <source>&lt;ul&gt;
&lt;li&gt;New appointment times&lt;/li&gt;
&lt;li&gt;Tips from our team&lt;/li&gt;
&lt;li&gt;What is coming next&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;
&lt;li&gt;Nuevos horarios de citas&lt;/li&gt;
&lt;li&gt;Consejos de nuestro equipo&lt;/li&gt;
&lt;li&gt;Lo que viene a continuación&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Thank you for being with us,&lt;br&gt;{{sender_name}}</source>
        <translation>Gracias por estar con nosotros,&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Happy birthday</source>
        <translation>Feliz cumpleaños</translation>
    </message>
    <message>
        <source>Happy birthday, {{first_name}}!</source>
        <translation>¡Feliz cumpleaños, {{first_name}}!</translation>
    </message>
    <message>
        <source>Everyone at {{client_name}} wishes you a very happy birthday!</source>
        <translation>¡Todo el equipo de {{client_name}} le desea un muy feliz cumpleaños!</translation>
    </message>
    <message>
        <source>As a small gift, your next visit comes with a treat from us. Just mention this email when you book.</source>
        <translation>Como pequeño regalo, su próxima visita incluye una sorpresa de nuestra parte. Solo tiene que mencionar este correo al reservar.</translation>
    </message>
    <message>
        <source>All the best,&lt;br&gt;{{sender_name}}</source>
        <translation>Con los mejores deseos,&lt;br&gt;{{sender_name}}</translation>
    </message>
    <message>
        <source>Adding the shipped email templates</source>
        <translation>Añadiendo las plantillas de correo incluidas</translation>
    </message>
    <message>
        <source>Loading email templates</source>
        <translation>Cargando las plantillas de correo</translation>
    </message>
    <message>
        <source>Loading an email template</source>
        <translation>Cargando una plantilla de correo</translation>
    </message>
    <message>
        <source>An email template needs a name.</source>
        <translation>Una plantilla de correo necesita un nombre.</translation>
    </message>
    <message>
        <source>A template name can be at most %1 characters.</source>
        <translation>El nombre de una plantilla puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a subject.</source>
        <translation>La plantilla &quot;%1&quot; necesita un asunto.</translation>
    </message>
    <message>
        <source>A subject can be at most %1 characters.</source>
        <translation>Un asunto puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A subject is one line; remove the line breaks.</source>
        <translation>El asunto es una sola línea; quite los saltos de línea.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a message body.</source>
        <translation>La plantilla &quot;%1&quot; necesita un cuerpo de mensaje.</translation>
    </message>
    <message>
        <source>The message body is too large (at most 2 MB of text).</source>
        <translation>El cuerpo del mensaje es demasiado grande (como máximo 2 MB de texto).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email template category; use welcome, offers, updates, birthday or none.</source>
        <translation>&quot;%1&quot; no es una categoría de plantilla de correo; use welcome, offers, updates, birthday o none.</translation>
    </message>
    <message>
        <source>Saving an email template</source>
        <translation>Guardando una plantilla de correo</translation>
    </message>
    <message>
        <source>The client business of this template no longer exists.</source>
        <translation>El negocio cliente de esta plantilla ya no existe.</translation>
    </message>
    <message>
        <source>An agency-wide template named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una plantilla de toda la agencia llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The client already has a template named &quot;%1&quot;.</source>
        <translation>El cliente ya tiene una plantilla llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The email template &quot;%1&quot; no longer exists.</source>
        <translation>La plantilla de correo &quot;%1&quot; ya no existe.</translation>
    </message>
    <message>
        <source>Only a stored email template can be changed.</source>
        <translation>Solo se puede cambiar una plantilla de correo guardada.</translation>
    </message>
    <message>
        <source>The email template no longer exists.</source>
        <translation>La plantilla de correo ya no existe.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Copying an email template</source>
        <translation>Copiando una plantilla de correo</translation>
    </message>
    <message>
        <source>Deleting an email template</source>
        <translation>Eliminando una plantilla de correo</translation>
    </message>
    <message>
        <source>Only an email template with an id can be restored.</source>
        <translation>Solo se puede restaurar una plantilla de correo con id.</translation>
    </message>
    <message>
        <source>Restoring an email template</source>
        <translation>Restaurando una plantilla de correo</translation>
    </message>
    <message>
        <source>Loading people to preview a template with</source>
        <translation>Cargando personas con las que previsualizar una plantilla</translation>
    </message>
</context>
<context>
    <name>anchor::storage::JourneyJobs</name>
    <message>
        <source>Checking for journeys that are due</source>
        <translation>Comprobando los recorridos pendientes</translation>
    </message>
    <message>
        <source>A journey</source>
        <translation>Un recorrido</translation>
    </message>
    <message>
        <source>Follow-up due: %1</source>
        <translation>Seguimiento pendiente: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Redacting old service records</source>
        <translation>Anonimizando los registros de servicios antiguos</translation>
    </message>
    <message>
        <source>Reading the redaction setting</source>
        <translation>Leyendo la configuración de anonimización</translation>
    </message>
    <message>
        <source>Redaction happens after 1 to 36,500 days, or never (0), not after %1.</source>
        <translation>La anonimización se aplica después de 1 a 36 500 días, o nunca (0), no después de %1.</translation>
    </message>
    <message>
        <source>Saving the redaction setting</source>
        <translation>Guardando la configuración de anonimización</translation>
    </message>
</context>
<context>
    <name>anchor::storage::JourneyRepository</name>
    <message>
        <source>The step no longer exists.</source>
        <translation>El paso ya no existe.</translation>
    </message>
    <message>
        <source>Loading journeys</source>
        <translation>Cargando los recorridos</translation>
    </message>
    <message>
        <source>Counting journeys</source>
        <translation>Contando los recorridos</translation>
    </message>
    <message>
        <source>Loading a journey</source>
        <translation>Cargando un recorrido</translation>
    </message>
    <message>
        <source>Starting a journey</source>
        <translation>Iniciando un recorrido</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>No hay ningún cliente potencial con el id de llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This call already started a journey. Open that journey, or start a follow-up journey from it.</source>
        <translation>Esta llamada ya inició un recorrido. Abra ese recorrido o inicie a partir de él un recorrido de seguimiento.</translation>
    </message>
    <message>
        <source>The journey to follow up no longer exists.</source>
        <translation>El recorrido al que se quiere dar seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>A follow-up journey belongs to the same client business as the journey it follows.</source>
        <translation>Un recorrido de seguimiento pertenece a la misma empresa cliente que el recorrido al que sigue.</translation>
    </message>
    <message>
        <source>A chosen service is not one this client offers.</source>
        <translation>Uno de los servicios elegidos no lo ofrece este cliente.</translation>
    </message>
    <message>
        <source>The journey template has no steps (or no longer exists); add steps to it first.</source>
        <translation>La plantilla de recorrido no tiene pasos (o ya no existe); añádale pasos primero.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; of the template is due out of range (0 days to 10 years).</source>
        <translation>El paso &quot;%1&quot; de la plantilla tiene una fecha prevista fuera del intervalo permitido (de 0 días a 10 años).</translation>
    </message>
    <message>
        <source>Deleting a journey</source>
        <translation>Eliminando un recorrido</translation>
    </message>
    <message>
        <source>Loading a journey&apos;s steps</source>
        <translation>Cargando los pasos de un recorrido</translation>
    </message>
    <message>
        <source>Saving a journey step</source>
        <translation>Guardando un paso del recorrido</translation>
    </message>
    <message>
        <source>A step needs a due date.</source>
        <translation>Un paso necesita una fecha prevista.</translation>
    </message>
    <message>
        <source>Rescheduling a journey step</source>
        <translation>Reprogramando un paso del recorrido</translation>
    </message>
    <message>
        <source>A step needs a label.</source>
        <translation>Un paso necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel.</source>
        <translation>&quot;%1&quot; no es un canal.</translation>
    </message>
    <message>
        <source>Adding a journey step</source>
        <translation>Añadiendo un paso al recorrido</translation>
    </message>
    <message>
        <source>Removing a journey step</source>
        <translation>Quitando un paso del recorrido</translation>
    </message>
    <message>
        <source>Loading a journey&apos;s notes</source>
        <translation>Cargando las notas de un recorrido</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>Saving a journey note</source>
        <translation>Guardando una nota del recorrido</translation>
    </message>
    <message>
        <source>Deleting a journey note</source>
        <translation>Eliminando una nota del recorrido</translation>
    </message>
    <message>
        <source>The journey no longer exists.</source>
        <translation>El recorrido ya no existe.</translation>
    </message>
    <message>
        <source>Changing a journey&apos;s status</source>
        <translation>Cambiando el estado de un recorrido</translation>
    </message>
    <message>
        <source>A journey becomes an active client by converting it, with the services agreed.</source>
        <translation>Un recorrido pasa a ser cliente activo al convertirlo, con los servicios contratados.</translation>
    </message>
    <message>
        <source>A journey cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Un recorrido no puede pasar de &quot;%1&quot; a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Pausing a journey</source>
        <translation>Pausando un recorrido</translation>
    </message>
    <message>
        <source>Loading a journey&apos;s timeline</source>
        <translation>Cargando la cronología de un recorrido</translation>
    </message>
</context>
<context>
    <name>anchor::storage::JourneyTemplateRepository</name>
    <message>
        <source>New lead follow-up</source>
        <translation>Seguimiento de nuevo cliente potencial</translation>
    </message>
    <message>
        <source>Call back quickly, then keep in touch until the person decides.</source>
        <translation>Devolver la llamada rápidamente y mantener el contacto hasta que la persona decida.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, this is {{business_name}} returning your call about {{service}}.</source>
        <translation>Hola, {{first_name}}, le habla {{business_name}}; le devolvemos la llamada sobre {{service}}.</translation>
    </message>
    <message>
        <source>Send information</source>
        <translation>Enviar información</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, as promised, here is more about {{service}}.</source>
        <translation>Hola, {{first_name}}, como le prometimos, aquí tiene más información sobre {{service}}.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Retomar el contacto</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, any questions about {{service}}? Reply here or call us.</source>
        <translation>Hola, {{first_name}}, ¿tiene alguna pregunta sobre {{service}}? Responda a este mensaje o llámenos.</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Llamada de seguimiento</translation>
    </message>
    <message>
        <source>Ask whether {{client_name}} is ready to book {{service}}.</source>
        <translation>Preguntar a {{client_name}} si quiere reservar {{service}}.</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, we are here whenever you are ready.</source>
        <translation>Hola, {{first_name}}, estamos a su disposición cuando lo desee.</translation>
    </message>
    <message>
        <source>New patient consultation</source>
        <translation>Consulta de paciente nuevo</translation>
    </message>
    <message>
        <source>From the first call to the consultation and the treatment plan.</source>
        <translation>Desde la primera llamada hasta la consulta y el plan de tratamiento.</translation>
    </message>
    <message>
        <source>Book the consultation</source>
        <translation>Programar la consulta</translation>
    </message>
    <message>
        <source>Offer {{client_name}} the next consultation times for {{service}}.</source>
        <translation>Ofrecer a {{client_name}} los próximos horarios de consulta para {{service}}.</translation>
    </message>
    <message>
        <source>Send new-patient forms</source>
        <translation>Enviar los formularios de paciente nuevo</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, please fill in these forms before your visit.</source>
        <translation>Hola, {{first_name}}, por favor, complete estos formularios antes de su visita.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, a reminder of your visit to {{business_name}}.</source>
        <translation>Hola, {{first_name}}, le recordamos su visita a {{business_name}}.</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Review the treatment plan</source>
        <translation>Revisar el plan de tratamiento</translation>
    </message>
    <message>
        <source>Go through the plan and costs for {{service}}.</source>
        <translation>Repasar el plan y los costos de {{service}}.</translation>
    </message>
    <message>
        <source>Follow up on the plan</source>
        <translation>Seguimiento del plan</translation>
    </message>
    <message>
        <source>Sleep consultation</source>
        <translation>Consulta del sueño</translation>
    </message>
    <message>
        <source>Screening, sleep study and appliance fitting.</source>
        <translation>Evaluación inicial, estudio del sueño y ajuste del dispositivo.</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Llamada de evaluación</translation>
    </message>
    <message>
        <source>Ask {{client_name}} about sleep and jaw symptoms.</source>
        <translation>Preguntar a {{client_name}} por sus síntomas de sueño y de mandíbula.</translation>
    </message>
    <message>
        <source>Book the sleep study</source>
        <translation>Programar el estudio del sueño</translation>
    </message>
    <message>
        <source>Results review</source>
        <translation>Revisión de resultados</translation>
    </message>
    <message>
        <source>Appliance fitting</source>
        <translation>Ajuste del dispositivo</translation>
    </message>
    <message>
        <source>Comfort check</source>
        <translation>Control de comodidad</translation>
    </message>
    <message>
        <source>How is {{first_name}} sleeping with the appliance?</source>
        <translation>¿Cómo duerme {{first_name}} con el dispositivo?</translation>
    </message>
    <message>
        <source>Med spa consultation</source>
        <translation>Consulta de medicina estética</translation>
    </message>
    <message>
        <source>Consultation, treatment and the rebooking that keeps clients coming back.</source>
        <translation>Consulta, tratamiento y la nueva cita que hace que los clientes vuelvan.</translation>
    </message>
    <message>
        <source>Pre-visit instructions</source>
        <translation>Instrucciones previas a la visita</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, how to prepare for {{service}}.</source>
        <translation>Hola, {{first_name}}, así puede prepararse para {{service}}.</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Aftercare check</source>
        <translation>Control posterior al tratamiento</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, how are you feeling after {{service}}?</source>
        <translation>Hola, {{first_name}}, ¿cómo se encuentra después de {{service}}?</translation>
    </message>
    <message>
        <source>Rebooking reminder</source>
        <translation>Recordatorio de nueva cita</translation>
    </message>
    <message>
        <source>Time for your next {{service}} at {{business_name}}.</source>
        <translation>Es hora de su próxima sesión de {{service}} en {{business_name}}.</translation>
    </message>
    <message>
        <source>Chiropractic care plan</source>
        <translation>Plan de cuidado quiropráctico</translation>
    </message>
    <message>
        <source>First adjustment and the visits of the care plan.</source>
        <translation>Primer ajuste y las visitas del plan de cuidado.</translation>
    </message>
    <message>
        <source>Book the first visit</source>
        <translation>Programar la primera visita</translation>
    </message>
    <message>
        <source>First adjustment</source>
        <translation>Primer ajuste</translation>
    </message>
    <message>
        <source>Progress check</source>
        <translation>Control de evolución</translation>
    </message>
    <message>
        <source>How is {{first_name}}&apos;s pain since the adjustment?</source>
        <translation>¿Cómo va el dolor de {{first_name}} desde el ajuste?</translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation>Revisión del plan de cuidado</translation>
    </message>
    <message>
        <source>Roofing estimate</source>
        <translation>Presupuesto de techos</translation>
    </message>
    <message>
        <source>Plumbing estimate</source>
        <translation>Presupuesto de plomería</translation>
    </message>
    <message>
        <source>HVAC estimate</source>
        <translation>Presupuesto de climatización</translation>
    </message>
    <message>
        <source>Landscaping estimate</source>
        <translation>Presupuesto de paisajismo</translation>
    </message>
    <message>
        <source>Site visit, written estimate and the follow-up that wins the job.</source>
        <translation>Visita técnica, presupuesto por escrito y el seguimiento que consigue el trabajo.</translation>
    </message>
    <message>
        <source>Schedule the site visit</source>
        <translation>Programar la visita técnica</translation>
    </message>
    <message>
        <source>Offer {{client_name}} a visit for {{service}}.</source>
        <translation>Ofrecer a {{client_name}} una visita para {{service}}.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>Send the estimate</source>
        <translation>Enviar el presupuesto</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, here is our estimate for {{service}}.</source>
        <translation>Hola, {{first_name}}, le enviamos nuestro presupuesto para {{service}}.</translation>
    </message>
    <message>
        <source>Estimate follow-up</source>
        <translation>Seguimiento del presupuesto</translation>
    </message>
    <message>
        <source>Answer questions about the {{service}} estimate.</source>
        <translation>Responder preguntas sobre el presupuesto de {{service}}.</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Último seguimiento</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, shall we put {{service}} on the schedule?</source>
        <translation>Hola, {{first_name}}, ¿programamos {{service}} en nuestra agenda?</translation>
    </message>
    <message>
        <source>Catering inquiry</source>
        <translation>Consulta de catering</translation>
    </message>
    <message>
        <source>Menu, tasting and booking for an event.</source>
        <translation>Menú, degustación y reserva para un evento.</translation>
    </message>
    <message>
        <source>Call about the event</source>
        <translation>Llamada sobre el evento</translation>
    </message>
    <message>
        <source>Send menu and quote</source>
        <translation>Enviar menú y presupuesto</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, our menu and quote for your event.</source>
        <translation>Hola, {{first_name}}, le enviamos nuestro menú y presupuesto para su evento.</translation>
    </message>
    <message>
        <source>Tasting</source>
        <translation>Degustación</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Confirmar la reserva</translation>
    </message>
    <message>
        <source>Adding the shipped journey templates</source>
        <translation>Añadiendo las plantillas de recorrido incluidas</translation>
    </message>
    <message>
        <source>Loading journey templates</source>
        <translation>Cargando las plantillas de recorrido</translation>
    </message>
    <message>
        <source>Loading a journey template</source>
        <translation>Cargando una plantilla de recorrido</translation>
    </message>
    <message>
        <source>There is no journey template &quot;%1&quot;.</source>
        <translation>No hay ninguna plantilla de recorrido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A journey template needs at least one step.</source>
        <translation>Una plantilla de recorrido necesita al menos un paso.</translation>
    </message>
    <message>
        <source>Step %1 needs a label.</source>
        <translation>El paso %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a channel (call, sms, email, meeting or task).</source>
        <translation>Paso %1: &quot;%2&quot; no es un canal (call, sms, email, meeting o task).</translation>
    </message>
    <message>
        <source>Step %1: the offset must be between 0 days and 10 years after the start.</source>
        <translation>Paso %1: el plazo debe estar entre 0 días y 10 años después del inicio.</translation>
    </message>
    <message>
        <source>A journey template needs a name.</source>
        <translation>Una plantilla de recorrido necesita un nombre.</translation>
    </message>
    <message>
        <source>Saving a journey template</source>
        <translation>Guardando una plantilla de recorrido</translation>
    </message>
    <message>
        <source>The journey template no longer exists.</source>
        <translation>La plantilla de recorrido ya no existe.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Deleting a journey template</source>
        <translation>Eliminando una plantilla de recorrido</translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadColumns</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Caller type</source>
        <translation>Tipo de llamante</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadTaskRepository</name>
    <message>
        <source>Reading which leads become tasks</source>
        <translation>Leyendo qué clientes potenciales se convierten en tareas</translation>
    </message>
    <message>
        <source>Saving which leads become tasks</source>
        <translation>Guardando qué clientes potenciales se convierten en tareas</translation>
    </message>
    <message>
        <source>That board does not exist.</source>
        <translation>Ese tablero no existe.</translation>
    </message>
    <message>
        <source>There is no client business with id &quot;%1&quot;.</source>
        <translation>No hay ninguna empresa cliente con el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>llamante desconocido</translation>
    </message>
    <message>
        <source>Voicemail: %1</source>
        <translation>Buzón de voz: %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Requiere atención: %1</translation>
    </message>
    <message>
        <source>Call from %1 (%2)</source>
        <translation>Llamada de %1 (%2)</translation>
    </message>
    <message>
        <source>Finding the board&apos;s first column</source>
        <translation>Buscando la primera columna del tablero</translation>
    </message>
    <message>
        <source>Creating a task from a lead</source>
        <translation>Creando una tarea a partir de un cliente potencial</translation>
    </message>
    <message>
        <source>There is no lead with call id &quot;%1&quot;.</source>
        <translation>No hay ningún cliente potencial con el id de llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The board has no open column to put the task in.</source>
        <translation>El tablero no tiene ninguna columna abierta en la que poner la tarea.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadVocabulary</name>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tibio</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>No encaja</translation>
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
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Repeat Caller</source>
        <translation>Llamante recurrente</translation>
    </message>
    <message>
        <source>Returning Customer</source>
        <translation>Cliente recurrente</translation>
    </message>
</context>
<context>
    <name>anchor::storage::MailgunCursorRepository</name>
    <message>
        <source>Reading where the last Mailgun sync stopped</source>
        <translation>Leyendo dónde se detuvo la última sincronización con Mailgun</translation>
    </message>
    <message>
        <source>Saving where the Mailgun sync stopped</source>
        <translation>Guardando dónde se detuvo la sincronización con Mailgun</translation>
    </message>
    <message>
        <source>Recording a failed Mailgun sync</source>
        <translation>Registrando una sincronización con Mailgun fallida</translation>
    </message>
</context>
<context>
    <name>anchor::storage::MailgunSettingsRepository</name>
    <message>
        <source>Loading the Mailgun settings</source>
        <translation>Cargando la configuración de Mailgun</translation>
    </message>
    <message>
        <source>Enter the Mailgun sending domain, for example mg.example.com.</source>
        <translation>Introduzca el dominio de envío de Mailgun, por ejemplo mg.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name. Enter the sending domain as Mailgun shows it, for example mg.example.com.</source>
        <translation>&quot;%1&quot; no es un nombre de dominio. Introduzca el dominio de envío tal como lo muestra Mailgun, por ejemplo mg.example.com.</translation>
    </message>
    <message>
        <source>The Mailgun region must be US or EU.</source>
        <translation>La región de Mailgun debe ser US o EU.</translation>
    </message>
    <message>
        <source>Enter the address messages are sent from.</source>
        <translation>Introduzca la dirección desde la que se envían los mensajes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sending address.</source>
        <translation>&quot;%1&quot; no es una dirección de envío válida.</translation>
    </message>
    <message>
        <source>The Mailgun base URL must be an https:// address.</source>
        <translation>La URL base de Mailgun debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>Saving the Mailgun settings</source>
        <translation>Guardando la configuración de Mailgun</translation>
    </message>
    <message>
        <source>No client has the id %1: its Mailgun settings were not saved.</source>
        <translation>Ningún cliente tiene el id %1: su configuración de Mailgun no se guardó.</translation>
    </message>
    <message>
        <source>Removing the Mailgun settings</source>
        <translation>Quitando la configuración de Mailgun</translation>
    </message>
    <message>
        <source>Messages per minute must be between 0 (no limit) and 100,000.</source>
        <translation>Los mensajes por minuto deben estar entre 0 (sin límite) y 100.000.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 1,000.</source>
        <translation>El tamaño de lote debe estar entre 1 y 1.000.</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100.</source>
        <translation>El número de intentos debe estar entre 1 y 100.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::Migrator</name>
    <message>
        <source>Reading the schema version</source>
        <translation>Leyendo la versión del esquema</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Anchor CRM (schema version %2; this build knows up to %3). Update Anchor CRM to open it. The file was not changed.</source>
        <translation>%1 se creó con una versión más reciente de Anchor CRM (versión del esquema %2; esta compilación admite hasta la %3). Actualice Anchor CRM para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Writing a backup before upgrading the database to %1</source>
        <translation>Escribiendo una copia de seguridad antes de actualizar la base de datos a %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Falta la migración %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed: %3 The file was left as it was.</source>
        <translation>Error al actualizar la base de datos a la versión del esquema %1 (%2): %3 El archivo se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Checking the upgraded database</source>
        <translation>Comprobando la base de datos actualizada</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 would break a link between records in table %2. The file was left as it was.</source>
        <translation>Actualizar la base de datos a la versión del esquema %1 rompería un vínculo entre registros de la tabla %2. El archivo se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>Registrando la versión del esquema</translation>
    </message>
</context>
<context>
    <name>anchor::storage::NoteRepository</name>
    <message>
        <source>Loading notes</source>
        <translation>Cargando las notas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note type.</source>
        <translation>&quot;%1&quot; no es un tipo de nota.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation>Guardando la nota</translation>
    </message>
    <message>
        <source>The call %1 does not exist.</source>
        <translation>La llamada %1 no existe.</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>La nota ya no existe.</translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation>Eliminando la nota</translation>
    </message>
    <message>
        <source>Loading a note</source>
        <translation>Cargando una nota</translation>
    </message>
</context>
<context>
    <name>anchor::storage::OutboxRepository</name>
    <message>
        <source>Recovering the outbox</source>
        <translation>Recuperando la bandeja de salida</translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation>Leyendo la bandeja de salida</translation>
    </message>
    <message>
        <source>Updating the outbox</source>
        <translation>Actualizando la bandeja de salida</translation>
    </message>
    <message>
        <source>Queueing the note for CallTrackingMetrics</source>
        <translation>Poniendo en cola la nota para CallTrackingMetrics</translation>
    </message>
    <message>
        <source>The call %1 does not belong to a client that syncs with CallTrackingMetrics.</source>
        <translation>La llamada %1 no pertenece a un cliente que se sincronice con CallTrackingMetrics.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::PipelineStageRepository</name>
    <message>
        <source>Loading pipeline stages</source>
        <translation>Cargando las etapas del embudo</translation>
    </message>
    <message>
        <source>Looking up a pipeline stage</source>
        <translation>Buscando una etapa del embudo</translation>
    </message>
    <message>
        <source>A pipeline stage needs a name.</source>
        <translation>Una etapa del embudo necesita un nombre.</translation>
    </message>
    <message>
        <source>Saving the pipeline stage</source>
        <translation>Guardando la etapa del embudo</translation>
    </message>
    <message>
        <source>The pipeline stage no longer exists.</source>
        <translation>La etapa del embudo ya no existe.</translation>
    </message>
    <message>
        <source>Deleting the pipeline stage</source>
        <translation>Eliminando la etapa del embudo</translation>
    </message>
    <message>
        <source>Reordering pipeline stages</source>
        <translation>Reordenando las etapas del embudo</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SavedViewRepository</name>
    <message>
        <source>Loading saved views</source>
        <translation>Cargando las vistas guardadas</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>Guardando la vista</translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation>La vista guardada ya no existe.</translation>
    </message>
    <message>
        <source>Renaming the view</source>
        <translation>Cambiando el nombre de la vista</translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation>Eliminando la vista</translation>
    </message>
    <message>
        <source>Changing the default view</source>
        <translation>Cambiando la vista predeterminada</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SegmentRepository</name>
    <message>
        <source>Loading segments</source>
        <translation>Cargando los segmentos</translation>
    </message>
    <message>
        <source>Loading a segment</source>
        <translation>Cargando un segmento</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Asigne un nombre al segmento.</translation>
    </message>
    <message>
        <source>The lowest star rating is above the highest.</source>
        <translation>La valoración mínima en estrellas es superior a la máxima.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>El intervalo de fechas termina antes de empezar.</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>Guardando el segmento</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>El segmento ya no existe.</translation>
    </message>
    <message>
        <source>Deleting the segment</source>
        <translation>Eliminando el segmento</translation>
    </message>
    <message>
        <source>Counting the segment&apos;s recipients</source>
        <translation>Contando los destinatarios del segmento</translation>
    </message>
    <message>
        <source>Selecting the segment&apos;s recipients</source>
        <translation>Seleccionando los destinatarios del segmento</translation>
    </message>
    <message>
        <source>Restoring the segment</source>
        <translation>Restaurando el segmento</translation>
    </message>
    <message>
        <source>Only a segment with an id can be restored.</source>
        <translation>Solo se puede restaurar un segmento con id.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::ServiceRepository</name>
    <message>
        <source>Exams</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Whitening</source>
        <translation>Blanqueamiento</translation>
    </message>
    <message>
        <source>Implants</source>
        <translation>Implantes</translation>
    </message>
    <message>
        <source>Root canals</source>
        <translation>Endodoncias</translation>
    </message>
    <message>
        <source>Invisalign</source>
        <translation>Invisalign</translation>
    </message>
    <message>
        <source>Crowns</source>
        <translation>Coronas</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgencias</translation>
    </message>
    <message>
        <source>Pediatric</source>
        <translation>Pediatría</translation>
    </message>
    <message>
        <source>Cosmetic</source>
        <translation>Estética</translation>
    </message>
    <message>
        <source>Periodontal</source>
        <translation>Periodoncia</translation>
    </message>
    <message>
        <source>TMJ</source>
        <translation>ATM</translation>
    </message>
    <message>
        <source>CPAP</source>
        <translation>CPAP</translation>
    </message>
    <message>
        <source>Sleep apnea</source>
        <translation>Apnea del sueño</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Dispositivos orales</translation>
    </message>
    <message>
        <source>Nightlase</source>
        <translation>Nightlase</translation>
    </message>
    <message>
        <source>Sleep study</source>
        <translation>Estudio del sueño</translation>
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
        <translation>Cirugía oral</translation>
    </message>
    <message>
        <source>Botox &amp; fillers</source>
        <translation>Botox y rellenos</translation>
    </message>
    <message>
        <source>Microneedling</source>
        <translation>Microneedling</translation>
    </message>
    <message>
        <source>Laser hair removal</source>
        <translation>Depilación láser</translation>
    </message>
    <message>
        <source>Hydrafacial</source>
        <translation>Hydrafacial</translation>
    </message>
    <message>
        <source>Chemical peel</source>
        <translation>Peeling químico</translation>
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
        <translation>Remodelación corporal</translation>
    </message>
    <message>
        <source>Spinal adjustment</source>
        <translation>Ajuste vertebral</translation>
    </message>
    <message>
        <source>Posture correction</source>
        <translation>Corrección postural</translation>
    </message>
    <message>
        <source>Sports injury</source>
        <translation>Lesiones deportivas</translation>
    </message>
    <message>
        <source>Prenatal</source>
        <translation>Prenatal</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>Corrective exercises</source>
        <translation>Ejercicios correctivos</translation>
    </message>
    <message>
        <source>Pain relief</source>
        <translation>Alivio del dolor</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Storm damage</source>
        <translation>Daños por tormenta</translation>
    </message>
    <message>
        <source>Gutters</source>
        <translation>Canalones</translation>
    </message>
    <message>
        <source>Skylights</source>
        <translation>Tragaluces</translation>
    </message>
    <message>
        <source>Drain cleaning</source>
        <translation>Limpieza de desagües</translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation>Calentador de agua</translation>
    </message>
    <message>
        <source>Tankless install</source>
        <translation>Instalación de calentador instantáneo</translation>
    </message>
    <message>
        <source>Pipe replacement</source>
        <translation>Cambio de tuberías</translation>
    </message>
    <message>
        <source>Leak detection</source>
        <translation>Detección de fugas</translation>
    </message>
    <message>
        <source>Sewer line</source>
        <translation>Alcantarillado</translation>
    </message>
    <message>
        <source>AC install/repair</source>
        <translation>Aire acondicionado (instalación/reparación)</translation>
    </message>
    <message>
        <source>Furnace install/repair</source>
        <translation>Calefacción (instalación/reparación)</translation>
    </message>
    <message>
        <source>Heat pump</source>
        <translation>Bomba de calor</translation>
    </message>
    <message>
        <source>Duct cleaning</source>
        <translation>Limpieza de conductos</translation>
    </message>
    <message>
        <source>Tune-up</source>
        <translation>Puesta a punto</translation>
    </message>
    <message>
        <source>Landscape design</source>
        <translation>Diseño paisajístico</translation>
    </message>
    <message>
        <source>Lawn maintenance</source>
        <translation>Mantenimiento de césped</translation>
    </message>
    <message>
        <source>Patio &amp; pavers</source>
        <translation>Patios y adoquines</translation>
    </message>
    <message>
        <source>Retaining walls</source>
        <translation>Muros de contención</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Iluminación</translation>
    </message>
    <message>
        <source>Irrigation</source>
        <translation>Riego</translation>
    </message>
    <message>
        <source>Tree care</source>
        <translation>Cuidado de árboles</translation>
    </message>
    <message>
        <source>Sod</source>
        <translation>Césped en rollo</translation>
    </message>
    <message>
        <source>Hardscape</source>
        <translation>Paisajismo duro</translation>
    </message>
    <message>
        <source>Seasonal cleanup</source>
        <translation>Limpieza de temporada</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <source>Adding the preset services</source>
        <translation>Añadiendo los servicios predefinidos</translation>
    </message>
    <message>
        <source>Loading services</source>
        <translation>Cargando los servicios</translation>
    </message>
    <message>
        <source>Loading a service</source>
        <translation>Cargando un servicio</translation>
    </message>
    <message>
        <source>The client offers no service &quot;%1&quot;.</source>
        <translation>El cliente no ofrece ningún servicio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Un servicio necesita un nombre.</translation>
    </message>
    <message>
        <source>A service name can be at most 120 characters.</source>
        <translation>El nombre de un servicio puede tener como máximo 120 caracteres.</translation>
    </message>
    <message>
        <source>A price must be an amount of money between 0 and 10,000,000.</source>
        <translation>Un precio debe ser un importe entre 0 y 10 000 000.</translation>
    </message>
    <message>
        <source>A service belongs to a client business.</source>
        <translation>Un servicio pertenece a una empresa cliente.</translation>
    </message>
    <message>
        <source>Saving a service</source>
        <translation>Guardando un servicio</translation>
    </message>
    <message>
        <source>The client already offers a service named &quot;%1&quot;.</source>
        <translation>El cliente ya ofrece un servicio llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a service with an id can be restored.</source>
        <translation>Solo se puede restaurar un servicio que tenga id.</translation>
    </message>
    <message>
        <source>Restoring a service</source>
        <translation>Restaurando un servicio</translation>
    </message>
    <message>
        <source>Active clients agreed to this service, so it stays; mark it inactive instead.</source>
        <translation>Hay clientes activos que contrataron este servicio, así que se conserva; márquelo como inactivo en su lugar.</translation>
    </message>
    <message>
        <source>Deleting a service</source>
        <translation>Eliminando un servicio</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SettingsRepository</name>
    <message>
        <source>Loading the AI classifier settings</source>
        <translation>Cargando la configuración del clasificador de IA</translation>
    </message>
    <message>
        <source>Saving the AI classifier settings</source>
        <translation>Guardando la configuración del clasificador de IA</translation>
    </message>
    <message>
        <source>Loading the client&apos;s AI prompt</source>
        <translation>Cargando las indicaciones de IA del cliente</translation>
    </message>
</context>
<context>
    <name>anchor::storage::StorageError</name>
    <message>
        <source>the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>el disco está lleno. Libere espacio e inténtelo de nuevo; no se ha perdido nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>the database file is damaged (%1). Restore it from a backup; Anchor CRM did not change it.</source>
        <translation>el archivo de base de datos está dañado (%1). Restáurelo desde una copia de seguridad; Anchor CRM no lo ha modificado.</translation>
    </message>
    <message>
        <source>the file is not an Anchor CRM database (it is not an SQLite file).</source>
        <translation>el archivo no es una base de datos de Anchor CRM (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1). Check that the folder exists and that you may write to it.</source>
        <translation>no se puede abrir el archivo de base de datos (%1). Compruebe que la carpeta existe y que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <source>the database is read-only. Check the file&apos;s permissions.</source>
        <translation>la base de datos es de solo lectura. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>the database is busy in another program. Try again in a moment.</source>
        <translation>la base de datos está ocupada por otro programa. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>cancelado.</translation>
    </message>
    <message>
        <source>a value was rejected by the database (%1).</source>
        <translation>la base de datos rechazó un valor (%1).</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1). Nothing already saved was lost.</source>
        <translation>el disco informó de un error de entrada/salida (%1). No se ha perdido nada de lo ya guardado.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::SuppressionRepository</name>
    <message>
        <source>Importing Mailgun&apos;s suppression lists</source>
        <translation>Importando las listas de supresión de Mailgun</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Adding an address to the suppression list</source>
        <translation>Añadiendo una dirección a la lista de supresión</translation>
    </message>
    <message>
        <source>Removing an address from the suppression list</source>
        <translation>Quitando una dirección de la lista de supresión</translation>
    </message>
    <message>
        <source>Checking the suppression list</source>
        <translation>Comprobando la lista de supresión</translation>
    </message>
    <message>
        <source>Loading the suppression list</source>
        <translation>Cargando la lista de supresión</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TagRepository</name>
    <message>
        <source>Loading tags</source>
        <translation>Cargando las etiquetas</translation>
    </message>
    <message>
        <source>Looking up a tag</source>
        <translation>Buscando una etiqueta</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>Saving the tag</source>
        <translation>Guardando la etiqueta</translation>
    </message>
    <message>
        <source>This client already has a tag called &quot;%1&quot;.</source>
        <translation>Este cliente ya tiene una etiqueta llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation>Eliminando la etiqueta</translation>
    </message>
    <message>
        <source>Tagging calls</source>
        <translation>Etiquetando llamadas</translation>
    </message>
    <message>
        <source>Removing a tag</source>
        <translation>Quitando una etiqueta</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskAutomationEngine</name>
    <message>
        <source>Reading a task for its automations</source>
        <translation>Leyendo una tarea para sus automatizaciones</translation>
    </message>
    <message>
        <source>Checking the automation log</source>
        <translation>Comprobando el registro de automatizaciones</translation>
    </message>
    <message>
        <source>Logging an automation run</source>
        <translation>Registrando una ejecución de automatización</translation>
    </message>
    <message>
        <source>Running the automation &quot;%1&quot;</source>
        <translation>Ejecutando la automatización &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of this board&apos;s (%2).</source>
        <translation>El estado &quot;%1&quot; no es uno de los de este tablero (%2).</translation>
    </message>
    <message>
        <source>The item already has the status &quot;%1&quot;.</source>
        <translation>El elemento ya tiene el estado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The column to move to no longer exists.</source>
        <translation>La columna de destino ya no existe.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is on another board than the item.</source>
        <translation>La columna &quot;%1&quot; está en un tablero distinto al del elemento.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is archived; nothing can be moved there.</source>
        <translation>La columna &quot;%1&quot; está archivada; no se puede mover nada a ella.</translation>
    </message>
    <message>
        <source>The item is already in the column &quot;%1&quot;.</source>
        <translation>El elemento ya está en la columna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The user to assign no longer exists.</source>
        <translation>El usuario que se iba a asignar ya no existe.</translation>
    </message>
    <message>
        <source>The user is already assigned.</source>
        <translation>El usuario ya está asignado.</translation>
    </message>
    <message>
        <source>The user to notify no longer exists.</source>
        <translation>El usuario que se iba a notificar ya no existe.</translation>
    </message>
    <message>
        <source>Nobody to notify: the item has no assignees.</source>
        <translation>No hay nadie a quien notificar: el elemento no tiene responsables.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Acción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>loop detected: %1</source>
        <translation>bucle detectado: %1</translation>
    </message>
    <message>
        <source>Already ran for this trigger.</source>
        <translation>Ya se ejecutó para este desencadenante.</translation>
    </message>
    <message>
        <source>Stopped after %1 automation runs in a row: %2</source>
        <translation>Se detuvo tras %1 ejecuciones seguidas de automatizaciones: %2</translation>
    </message>
    <message>
        <source>Looking for tasks that fell due</source>
        <translation>Buscando tareas que han llegado a su fecha prevista</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskAutomationRepository</name>
    <message>
        <source>Status changes</source>
        <translation>Cambia el estado</translation>
    </message>
    <message>
        <source>Item moved to a column</source>
        <translation>Elemento movido a una columna</translation>
    </message>
    <message>
        <source>Due date arrives</source>
        <translation>Llega la fecha prevista</translation>
    </message>
    <message>
        <source>Item created</source>
        <translation>Elemento creado</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Move to column</source>
        <translation>Mover a una columna</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Reading a column</source>
        <translation>Leyendo una columna</translation>
    </message>
    <message>
        <source>(deleted column)</source>
        <translation>(columna eliminada)</translation>
    </message>
    <message>
        <source>Reading a user</source>
        <translation>Leyendo un usuario</translation>
    </message>
    <message>
        <source>(deleted user)</source>
        <translation>(usuario eliminado)</translation>
    </message>
    <message>
        <source>When status changes to %1</source>
        <translation>Cuando el estado cambia a %1</translation>
    </message>
    <message>
        <source>When moved to %1</source>
        <translation>Cuando se mueve a %1</translation>
    </message>
    <message>
        <source>When the due date arrives</source>
        <translation>Cuando llega la fecha prevista</translation>
    </message>
    <message>
        <source>When an item is created</source>
        <translation>Cuando se crea un elemento</translation>
    </message>
    <message>
        <source>set status to %1</source>
        <translation>cambiar el estado a %1</translation>
    </message>
    <message>
        <source>move to %1</source>
        <translation>mover a %1</translation>
    </message>
    <message>
        <source>assign %1</source>
        <translation>asignar a %1</translation>
    </message>
    <message>
        <source>notify the assignees</source>
        <translation>notificar a los responsables</translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation>notificar a %1</translation>
    </message>
    <message>
        <source>archive the item</source>
        <translation>archivar el elemento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the board&apos;s automations</source>
        <translation>Leyendo las automatizaciones del tablero</translation>
    </message>
    <message>
        <source>Reading the global automations</source>
        <translation>Leyendo las automatizaciones globales</translation>
    </message>
    <message>
        <source>Reading an automation</source>
        <translation>Leyendo una automatización</translation>
    </message>
    <message>
        <source>Reading the automations to run</source>
        <translation>Leyendo las automatizaciones que ejecutar</translation>
    </message>
    <message>
        <source>An automation needs a name.</source>
        <translation>Una automatización necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;; use one of %2.</source>
        <translation>Desencadenante desconocido &quot;%1&quot;; use uno de %2.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use one of %2.</source>
        <translation>Acción desconocida &quot;%1&quot;; use una de %2.</translation>
    </message>
    <message>
        <source>Checking an automation</source>
        <translation>Comprobando una automatización</translation>
    </message>
    <message>
        <source>The board of this automation does not exist.</source>
        <translation>El tablero de esta automatización no existe.</translation>
    </message>
    <message>
        <source>%1 needs a column.</source>
        <translation>%1 necesita una columna.</translation>
    </message>
    <message>
        <source>%1: the column does not exist.</source>
        <translation>%1: la columna no existe.</translation>
    </message>
    <message>
        <source>%1: the column belongs to another board.</source>
        <translation>%1: la columna pertenece a otro tablero.</translation>
    </message>
    <message>
        <source>%1: there is no such user.</source>
        <translation>%1: no existe ese usuario.</translation>
    </message>
    <message>
        <source>%1 needs the status it changes to.</source>
        <translation>%1 necesita el estado al que cambia.</translation>
    </message>
    <message>
        <source>%1 needs the status to set.</source>
        <translation>%1 necesita el estado que establecer.</translation>
    </message>
    <message>
        <source>%1 needs the user to assign.</source>
        <translation>%1 necesita el usuario que asignar.</translation>
    </message>
    <message>
        <source>%1 needs a message.</source>
        <translation>%1 necesita un mensaje.</translation>
    </message>
    <message>
        <source>Saving the automation &quot;%1&quot;</source>
        <translation>Guardando la automatización &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The automation &quot;%1&quot; no longer exists.</source>
        <translation>La automatización &quot;%1&quot; ya no existe.</translation>
    </message>
    <message>
        <source>Switching an automation on or off</source>
        <translation>Activando o desactivando una automatización</translation>
    </message>
    <message>
        <source>That automation no longer exists.</source>
        <translation>Esa automatización ya no existe.</translation>
    </message>
    <message>
        <source>Deleting an automation</source>
        <translation>Eliminando una automatización</translation>
    </message>
    <message>
        <source>Reading the automation log</source>
        <translation>Leyendo el registro de automatizaciones</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskBoardRepository</name>
    <message>
        <source>Loading tasks</source>
        <translation>Cargando las tareas</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Trabajando en ello</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Basic Workflow</source>
        <translation>Flujo de trabajo básico</translation>
    </message>
    <message>
        <source>Sales Sprint</source>
        <translation>Sprint de ventas</translation>
    </message>
    <message>
        <source>Project Delivery</source>
        <translation>Entrega de proyectos</translation>
    </message>
    <message>
        <source>Blank board</source>
        <translation>Tablero en blanco</translation>
    </message>
    <message>
        <source>Loading workspaces</source>
        <translation>Cargando los espacios de trabajo</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Un espacio de trabajo necesita un nombre.</translation>
    </message>
    <message>
        <source>Creating a workspace</source>
        <translation>Creando un espacio de trabajo</translation>
    </message>
    <message>
        <source>Renaming a workspace</source>
        <translation>Cambiando el nombre de un espacio de trabajo</translation>
    </message>
    <message>
        <source>Deleting a workspace</source>
        <translation>Eliminando un espacio de trabajo</translation>
    </message>
    <message>
        <source>Loading workspace members</source>
        <translation>Cargando los miembros del espacio de trabajo</translation>
    </message>
    <message>
        <source>Changing workspace members</source>
        <translation>Cambiando los miembros del espacio de trabajo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workspace role (member or admin).</source>
        <translation>&quot;%1&quot; no es un rol del espacio de trabajo (member o admin).</translation>
    </message>
    <message>
        <source>Loading boards</source>
        <translation>Cargando los tableros</translation>
    </message>
    <message>
        <source>Loading a board</source>
        <translation>Cargando un tablero</translation>
    </message>
    <message>
        <source>A board prefix is letters and digits only, like DENT.</source>
        <translation>El prefijo de un tablero solo puede tener letras y dígitos, como DENT.</translation>
    </message>
    <message>
        <source>A board prefix is at most 10 characters.</source>
        <translation>El prefijo de un tablero tiene como máximo 10 caracteres.</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>Un tablero necesita un nombre.</translation>
    </message>
    <message>
        <source>Creating a board</source>
        <translation>Creando un tablero</translation>
    </message>
    <message>
        <source>Saving a board</source>
        <translation>Guardando un tablero</translation>
    </message>
    <message>
        <source>Deleting a board</source>
        <translation>Eliminando un tablero</translation>
    </message>
    <message>
        <source>Loading a board&apos;s columns</source>
        <translation>Cargando las columnas de un tablero</translation>
    </message>
    <message>
        <source>A column needs a name.</source>
        <translation>Una columna necesita un nombre.</translation>
    </message>
    <message>
        <source>Adding a column</source>
        <translation>Añadiendo una columna</translation>
    </message>
    <message>
        <source>Renaming a column</source>
        <translation>Cambiando el nombre de una columna</translation>
    </message>
    <message>
        <source>Moving a column</source>
        <translation>Moviendo una columna</translation>
    </message>
    <message>
        <source>The column no longer exists.</source>
        <translation>La columna ya no existe.</translation>
    </message>
    <message>
        <source>Archiving a column</source>
        <translation>Archivando una columna</translation>
    </message>
    <message>
        <source>Loading status labels</source>
        <translation>Cargando las etiquetas de estado</translation>
    </message>
    <message>
        <source>A status label needs a name.</source>
        <translation>Una etiqueta de estado necesita un nombre.</translation>
    </message>
    <message>
        <source>The status label &quot;%1&quot; appears twice.</source>
        <translation>La etiqueta de estado &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>Saving status labels</source>
        <translation>Guardando las etiquetas de estado</translation>
    </message>
    <message>
        <source>Loading a task</source>
        <translation>Cargando una tarea</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Una tarea necesita un nombre.</translation>
    </message>
    <message>
        <source>Adding a task</source>
        <translation>Añadiendo una tarea</translation>
    </message>
    <message>
        <source>The column is archived: tasks cannot be added to it.</source>
        <translation>La columna está archivada: no se le pueden añadir tareas.</translation>
    </message>
    <message>
        <source>Moving a task</source>
        <translation>Moviendo una tarea</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>The task is archived; restore it before moving it.</source>
        <translation>La tarea está archivada; restáurela antes de moverla.</translation>
    </message>
    <message>
        <source>The column is archived: nothing can be dropped on it.</source>
        <translation>La columna está archivada: no se puede soltar nada en ella.</translation>
    </message>
    <message>
        <source>A task moves between columns of its own board only.</source>
        <translation>Una tarea solo se puede mover entre columnas de su propio tablero.</translation>
    </message>
    <message>
        <source>Renaming a task</source>
        <translation>Cambiando el nombre de una tarea</translation>
    </message>
    <message>
        <source>Saving a task</source>
        <translation>Guardando una tarea</translation>
    </message>
    <message>
        <source>Changing a task&apos;s status</source>
        <translation>Cambiando el estado de una tarea</translation>
    </message>
    <message>
        <source>Changing a task&apos;s due date</source>
        <translation>Cambiando la fecha prevista de una tarea</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority (low, normal, high or urgent).</source>
        <translation>&quot;%1&quot; no es una prioridad (low, normal, high o urgent).</translation>
    </message>
    <message>
        <source>Changing a task&apos;s priority</source>
        <translation>Cambiando la prioridad de una tarea</translation>
    </message>
    <message>
        <source>Assigning a task</source>
        <translation>Asignando una tarea</translation>
    </message>
    <message>
        <source>Archiving a task</source>
        <translation>Archivando una tarea</translation>
    </message>
    <message>
        <source>Linking a task to a lead</source>
        <translation>Vinculando una tarea a un cliente potencial</translation>
    </message>
    <message>
        <source>Loading people</source>
        <translation>Cargando las personas</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskItemRepository</name>
    <message>
        <source>%1 mentioned you on %2</source>
        <translation>%1 le mencionó en %2</translation>
    </message>
    <message>
        <source>Loading subitems</source>
        <translation>Cargando los subelementos</translation>
    </message>
    <message>
        <source>Loading a subitem</source>
        <translation>Cargando un subelemento</translation>
    </message>
    <message>
        <source>Adding a subitem</source>
        <translation>Añadiendo un subelemento</translation>
    </message>
    <message>
        <source>A subitem needs a name.</source>
        <translation>Un subelemento necesita un nombre.</translation>
    </message>
    <message>
        <source>Renaming a subitem</source>
        <translation>Cambiando el nombre de un subelemento</translation>
    </message>
    <message>
        <source>The subitem no longer exists.</source>
        <translation>El subelemento ya no existe.</translation>
    </message>
    <message>
        <source>Completing a subitem</source>
        <translation>Completando un subelemento</translation>
    </message>
    <message>
        <source>Moving a subitem</source>
        <translation>Moviendo un subelemento</translation>
    </message>
    <message>
        <source>Deleting a subitem</source>
        <translation>Eliminando un subelemento</translation>
    </message>
    <message>
        <source>Loading updates</source>
        <translation>Cargando las actualizaciones</translation>
    </message>
    <message>
        <source>Loading an update</source>
        <translation>Cargando una actualización</translation>
    </message>
    <message>
        <source>Posting an update</source>
        <translation>Publicando una actualización</translation>
    </message>
    <message>
        <source>An update needs some text.</source>
        <translation>Una actualización necesita algo de texto.</translation>
    </message>
    <message>
        <source>Deleting an update</source>
        <translation>Eliminando una actualización</translation>
    </message>
    <message>
        <source>The update no longer exists.</source>
        <translation>La actualización ya no existe.</translation>
    </message>
    <message>
        <source>Marking updates read</source>
        <translation>Marcando las actualizaciones como leídas</translation>
    </message>
    <message>
        <source>Counting unread updates</source>
        <translation>Contando las actualizaciones no leídas</translation>
    </message>
    <message>
        <source>Loading files</source>
        <translation>Cargando los archivos</translation>
    </message>
    <message>
        <source>Loading a file</source>
        <translation>Cargando un archivo</translation>
    </message>
    <message>
        <source>Attaching a file</source>
        <translation>Adjuntando un archivo</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>El archivo &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file and cannot be attached.</source>
        <translation>&quot;%1&quot; no es un archivo y no se puede adjuntar.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el archivo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta de adjuntos &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removing a file</source>
        <translation>Quitando un archivo</translation>
    </message>
    <message>
        <source>The file is no longer attached.</source>
        <translation>El archivo ya no está adjunto.</translation>
    </message>
    <message>
        <source>Loading time entries</source>
        <translation>Cargando los registros de tiempo</translation>
    </message>
    <message>
        <source>Loading a time entry</source>
        <translation>Cargando un registro de tiempo</translation>
    </message>
    <message>
        <source>Loading the running timer</source>
        <translation>Cargando el cronómetro en marcha</translation>
    </message>
    <message>
        <source>Starting a timer</source>
        <translation>Iniciando un cronómetro</translation>
    </message>
    <message>
        <source>A timer is already running on %1. Stop it before starting another.</source>
        <translation>Ya hay un cronómetro en marcha en %1. Deténgalo antes de iniciar otro.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No hay ningún cronómetro en marcha.</translation>
    </message>
    <message>
        <source>Changing a time entry</source>
        <translation>Cambiando un registro de tiempo</translation>
    </message>
    <message>
        <source>The time entry no longer exists.</source>
        <translation>El registro de tiempo ya no existe.</translation>
    </message>
    <message>
        <source>Deleting a time entry</source>
        <translation>Eliminando un registro de tiempo</translation>
    </message>
    <message>
        <source>Saving a time entry</source>
        <translation>Guardando un registro de tiempo</translation>
    </message>
    <message>
        <source>Adding up time</source>
        <translation>Sumando el tiempo</translation>
    </message>
    <message>
        <source>Loading my work</source>
        <translation>Cargando mi trabajo</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskJobs</name>
    <message>
        <source>Archiving completed tasks</source>
        <translation>Archivando las tareas completadas</translation>
    </message>
</context>
<context>
    <name>anchor::storage::TaskListQuery</name>
    <message>
        <source>Listing tasks</source>
        <translation>Listando las tareas</translation>
    </message>
    <message>
        <source>Finding a task</source>
        <translation>Buscando una tarea</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot; (give its key, like DENT-42, or its id).</source>
        <translation>No hay ninguna tarea &quot;%1&quot; (indique su clave, como DENT-42, o su id).</translation>
    </message>
    <message>
        <source>There is no task &quot;%1&quot;.</source>
        <translation>No hay ninguna tarea &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; fits tasks on several boards (%2); give the task&apos;s id.</source>
        <translation>La clave &quot;%1&quot; corresponde a tareas de varios tableros (%2); indique el id de la tarea.</translation>
    </message>
</context>
<context>
    <name>anchor::storage::Transaction</name>
    <message>
        <source>Saving changes</source>
        <translation>Guardando los cambios</translation>
    </message>
</context>
<context>
    <name>anchor::storage::UserRepository</name>
    <message>
        <source>Loading the local user</source>
        <translation>Cargando el usuario local</translation>
    </message>
    <message>
        <source>Creating the local user</source>
        <translation>Creando el usuario local</translation>
    </message>
</context>
<context>
    <name>anchor::storage::emailqueue::RenderContext</name>
    <message>
        <source>Loading the client&apos;s name</source>
        <translation>Cargando el nombre del cliente</translation>
    </message>
    <message>
        <source>Loading the Mailgun settings</source>
        <translation>Cargando la configuración de Mailgun</translation>
    </message>
    <message>
        <source>Reading the send queue</source>
        <translation>Leyendo la cola de envío</translation>
    </message>
    <message>
        <source>Recording a sent message</source>
        <translation>Registrando un mensaje enviado</translation>
    </message>
</context>
<context>
    <name>anchor::storage::sql</name>
    <message>
        <source>Preparing a query</source>
        <translation>Preparando una consulta</translation>
    </message>
    <message>
        <source>%1: the connection is not an SQLite database.</source>
        <translation>%1: la conexión no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1: this build runs queries through Qt only.</source>
        <translation>%1: esta compilación ejecuta las consultas solo a través de Qt.</translation>
    </message>
    <message>
        <source>%1: %2 values for %3 parameters.</source>
        <translation>%1: %2 valores para %3 parámetros.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CallClassifier</name>
    <message>
        <source>The call was not answered and no message was left.</source>
        <translation>La llamada no fue atendida y no se dejó mensaje.</translation>
    </message>
    <message>
        <source>Sounds like a robocall or a sales pitch (&quot;%1&quot;).</source>
        <translation>Parece una llamada automática o una oferta comercial (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>A job seeker (&quot;%1&quot;).</source>
        <translation>Una persona que busca empleo (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail that is not for this business (&quot;%1&quot;).</source>
        <translation>Dejó un mensaje de voz que no es para esta empresa (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail asking for a call back (&quot;%1&quot;).</source>
        <translation>Dejó un mensaje de voz pidiendo que le devuelvan la llamada (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail about a problem (&quot;%1&quot;).</source>
        <translation>Dejó un mensaje de voz sobre un problema (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Left a voicemail wanting an appointment (&quot;%1&quot;).</source>
        <translation>Dejó un mensaje de voz pidiendo una cita (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The caller reached voicemail.</source>
        <translation>La persona llegó al buzón de voz.</translation>
    </message>
    <message>
        <source>Needs follow-up (&quot;%1&quot;).</source>
        <translation>Necesita seguimiento (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Wants to book (&quot;%1&quot;).</source>
        <translation>Quiere reservar (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Not a fit (&quot;%1&quot;).</source>
        <translation>No encaja (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The caller said they are not interested.</source>
        <translation>La persona dijo que no le interesa.</translation>
    </message>
    <message>
        <source>Interested, not booked yet (&quot;%1&quot;).</source>
        <translation>Interesada, aún sin reservar (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Asked for a call back (&quot;%1&quot;).</source>
        <translation>Pidió que le devuelvan la llamada (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>A vendor or solicitor (&quot;%1&quot;).</source>
        <translation>Un proveedor o vendedor (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No clear signal. CTM summary: %1.</source>
        <translation>Sin señal clara. Resumen de CTM: %1.</translation>
    </message>
    <message>
        <source>A message or form with no clear signal.</source>
        <translation>Un mensaje o formulario sin señal clara.</translation>
    </message>
    <message>
        <source>Answered; nothing in the conversation stands out.</source>
        <translation>Atendida; nada destaca en la conversación.</translation>
    </message>
    <message>
        <source>Answered; no transcript to go on.</source>
        <translation>Atendida; no hay transcripción.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CredentialStore</name>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>El llavero del sistema lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmAccountsQuery</name>
    <message>
        <source>Enter the access key and the secret key first.</source>
        <translation>Introduzca primero la clave de acceso y la clave secreta.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmCallMapper</name>
    <message>
        <source>a call without a usable id</source>
        <translation>una llamada sin id utilizable</translation>
    </message>
    <message>
        <source>call %1 has neither unix_time nor a readable called_at</source>
        <translation>la llamada %1 no tiene unix_time ni un called_at legible</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmOutboxJob</name>
    <message>
        <source>The client&apos;s CallTrackingMetrics account or keys are missing.</source>
        <translation>Faltan la cuenta o las claves de CallTrackingMetrics del cliente.</translation>
    </message>
    <message>
        <source>Some changes wait for CallTrackingMetrics keys.</source>
        <translation>Algunos cambios esperan claves de CallTrackingMetrics.</translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation>Operación desconocida %1.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::CtmPullJob</name>
    <message>
        <source>No CallTrackingMetrics account is set for this client.</source>
        <translation>Este cliente no tiene una cuenta de CallTrackingMetrics configurada.</translation>
    </message>
    <message>
        <source>No CallTrackingMetrics keys are stored for this client. Enter them in the client&apos;s CallTrackingMetrics settings (or set ANCHOR_CTM_ACCESS_KEY and ANCHOR_CTM_SECRET_KEY).</source>
        <translation>No hay claves de CallTrackingMetrics guardadas para este cliente. Introdúzcalas en la configuración de CallTrackingMetrics del cliente (o defina ANCHOR_CTM_ACCESS_KEY y ANCHOR_CTM_SECRET_KEY).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>CallTrackingMetrics sent a page without a list of calls (%1).</source>
        <translation>CallTrackingMetrics envió una página sin lista de llamadas (%1).</translation>
    </message>
    <message>
        <source>CallTrackingMetrics pointed the next page at another server (%1); the sync stopped there.</source>
        <translation>CallTrackingMetrics apuntó la página siguiente a otro servidor (%1); la sincronización se detuvo ahí.</translation>
    </message>
    <message>
        <source>an entry that is not a call object</source>
        <translation>una entrada que no es un objeto de llamada</translation>
    </message>
</context>
<context>
    <name>anchor::sync::EventsApiParser</name>
    <message>
        <source>an event that is not a JSON object</source>
        <translation>un evento que no es un objeto JSON</translation>
    </message>
    <message>
        <source>an event without its type (&quot;event&quot;)</source>
        <translation>un evento sin su tipo (&quot;event&quot;)</translation>
    </message>
    <message>
        <source>a %1 event without a valid timestamp</source>
        <translation>un evento %1 sin una marca de tiempo válida</translation>
    </message>
    <message>
        <source>Mailgun sent an events page without a list of events.</source>
        <translation>Mailgun envió una página de eventos sin lista de eventos.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::LlmClassifyJob</name>
    <message>
        <source>The AI classifier answered something that is not a category (%1).</source>
        <translation>El clasificador de IA respondió algo que no es una categoría (%1).</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunClient</name>
    <message>
        <source>No Mailgun sending domain is set.</source>
        <translation>No hay ningún dominio de envío de Mailgun definido.</translation>
    </message>
    <message>
        <source>No Mailgun API key is stored for this sender. Enter it in the Mailgun settings (or set ANCHOR_MAILGUN_API_KEY).</source>
        <translation>No hay ninguna clave de API de Mailgun guardada para este remitente. Introdúzcala en la configuración de Mailgun (o defina ANCHOR_MAILGUN_API_KEY).</translation>
    </message>
    <message>
        <source>The Mailgun address %1 is not a valid https:// URL.</source>
        <translation>La dirección de Mailgun %1 no es una URL https:// válida.</translation>
    </message>
    <message>
        <source>Mailgun refused the request (HTTP 400)%1</source>
        <translation>Mailgun rechazó la solicitud (HTTP 400)%1</translation>
    </message>
    <message>
        <source>Mailgun refused the API key (HTTP 401%1): the key is wrong, or belongs to the other region (%2).</source>
        <translation>Mailgun rechazó la clave de API (HTTP 401%1): la clave es incorrecta o pertenece a la otra región (%2).</translation>
    </message>
    <message>
        <source>Mailgun does not allow %1 to send (HTTP 403)%2</source>
        <translation>Mailgun no permite enviar a %1 (HTTP 403)%2</translation>
    </message>
    <message>
        <source>Mailgun does not know the domain %1 in the %2 region (HTTP 404)%3</source>
        <translation>Mailgun no conoce el dominio %1 en la región %2 (HTTP 404)%3</translation>
    </message>
    <message>
        <source>Mailgun is rate limiting this account (HTTP %1); waiting %2 seconds.</source>
        <translation>Mailgun está limitando la frecuencia de esta cuenta (HTTP %1); esperando %2 segundos.</translation>
    </message>
    <message>
        <source>Mailgun failed while taking the message (HTTP %1)%2; it may have been accepted, so it is checked before it is sent again.</source>
        <translation>Mailgun falló al recibir el mensaje (HTTP %1)%2; puede que se haya aceptado, así que se comprueba antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Mailgun had a server error (HTTP %1)%2</source>
        <translation>Mailgun tuvo un error de servidor (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Mailgun refused the request (HTTP %1)%2</source>
        <translation>Mailgun rechazó la solicitud (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The connection to Mailgun ended before it answered (%1); the message may have been accepted, so it is checked before it is sent again.</source>
        <translation>La conexión con Mailgun terminó antes de que respondiera (%1); puede que el mensaje se haya aceptado, así que se comprueba antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s answer to a message could not be read (%1); it was probably accepted, so it is checked before it is sent again.</source>
        <translation>No se pudo leer la respuesta de Mailgun a un mensaje (%1); probablemente se aceptó, así que se comprueba antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The message has no recipient address.</source>
        <translation>El mensaje no tiene dirección de destinatario.</translation>
    </message>
    <message>
        <source>The message to %1 has neither an HTML nor a text part.</source>
        <translation>El mensaje para %1 no tiene parte HTML ni parte de texto.</translation>
    </message>
    <message>
        <source>The message&apos;s Mailgun options and variables take %1 bytes, more than the 16 KB Mailgun allows.</source>
        <translation>Las opciones y variables de Mailgun del mensaje ocupan %1 bytes, más de los 16 KB que permite Mailgun.</translation>
    </message>
    <message>
        <source>The message to %1 is %2 MB with its attachments, more than the 25 MB Mailgun accepts. Attach smaller files or link to them.</source>
        <translation>El mensaje para %1 ocupa %2 MB con sus adjuntos, más de los 25 MB que acepta Mailgun. Adjunte archivos más pequeños o enlácelos.</translation>
    </message>
    <message>
        <source>Wrong API key: Mailgun refused it (HTTP 401). Check the key and the region (%1).</source>
        <translation>Clave de API incorrecta: Mailgun la rechazó (HTTP 401). Compruebe la clave y la región (%1).</translation>
    </message>
    <message>
        <source>Unknown domain for this region: Mailgun has no domain %1 in the %2 region.</source>
        <translation>Dominio desconocido en esta región: Mailgun no tiene el dominio %1 en la región %2.</translation>
    </message>
    <message>
        <source>Connected: Mailgun knows the domain %1.</source>
        <translation>Conectado: Mailgun conoce el dominio %1.</translation>
    </message>
    <message>
        <source>Anchor CRM test message</source>
        <translation>Mensaje de prueba de Anchor CRM</translation>
    </message>
    <message>
        <source>This test message shows that Anchor CRM can send through Mailgun with the domain %1.</source>
        <translation>Este mensaje de prueba demuestra que Anchor CRM puede enviar a través de Mailgun con el dominio %1.</translation>
    </message>
    <message>
        <source>Mailgun pointed the next events page at another server (%1); it was not followed.</source>
        <translation>Mailgun dirigió la siguiente página de eventos a otro servidor (%1); no se siguió.</translation>
    </message>
    <message>
        <source>Mailgun pointed the next suppressions page at another server (%1); it was not followed.</source>
        <translation>Mailgun dirigió la siguiente página de supresiones a otro servidor (%1); no se siguió.</translation>
    </message>
    <message>
        <source>Mailgun sent a suppressions page without a list of addresses.</source>
        <translation>Mailgun envió una página de supresiones sin lista de direcciones.</translation>
    </message>
    <message>
        <source>a %1 entry without an address</source>
        <translation>una entrada %1 sin dirección</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunEventsJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Mailgun sent an events page without a way to the next one; the pull stopped there.</source>
        <translation>Mailgun envió una página de eventos sin enlace a la siguiente; la descarga se detuvo ahí.</translation>
    </message>
    <message>
        <source>Mailgun kept sending events pages; the pull stopped after %1.</source>
        <translation>Mailgun siguió enviando páginas de eventos; la descarga se detuvo después de %1.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunSendJob</name>
    <message>
        <source>The Mailgun connection of this sender is incomplete (domain and from address).</source>
        <translation>La conexión de Mailgun de este remitente está incompleta (dominio y dirección del remitente).</translation>
    </message>
    <message>
        <source>No Mailgun API key is stored for this sender. Enter it in the Mailgun settings (or set ANCHOR_MAILGUN_API_KEY).</source>
        <translation>No hay ninguna clave de API de Mailgun guardada para este remitente. Introdúzcala en la configuración de Mailgun (o defina ANCHOR_MAILGUN_API_KEY).</translation>
    </message>
    <message>
        <source>No Mailgun connection is configured for this sender.</source>
        <translation>No hay ninguna conexión de Mailgun configurada para este remitente.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the message after %n attempt(s).</source>
        <translation>
            <numerusform>Mailgun no aceptó el mensaje después de %n intento.</numerusform>
            <numerusform>Mailgun no aceptó el mensaje después de %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be confirmed yet; they are checked on the next sync before being sent again.</source>
        <translation>
            <numerusform>%n mensaje aún no se pudo confirmar; se comprueba en la próxima sincronización antes de volver a enviarlo.</numerusform>
            <numerusform>%n mensajes aún no se pudieron confirmar; se comprueban en la próxima sincronización antes de volver a enviarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were refused by Mailgun.</source>
        <translation>
            <numerusform>Mailgun rechazó %n mensaje.</numerusform>
            <numerusform>Mailgun rechazó %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunSuppressionsJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>anchor::sync::NetworkService</name>
    <message>
        <source>The address %1 is not a valid https:// URL.</source>
        <translation>La dirección %1 no es una URL https:// válida.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 could not be read as PEM.</source>
        <translation>No se pudo leer el archivo de certificado de CA %1 como PEM.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The server&apos;s certificate is not trusted (expired, self-signed or for another name); check the address and the CA certificate setting.</source>
        <translation>La conexión segura con %1 falló: %2. El certificado del servidor no es de confianza (caducado, autofirmado o para otro nombre); revise la dirección y la configuración del certificado de CA.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the access key and secret key.</source>
        <translation>%1 rechazó las credenciales (HTTP %2). Revise la clave de acceso y la clave secreta.</translation>
    </message>
    <message>
        <source>%1 was not found (HTTP 404): check the account id and the address.</source>
        <translation>No se encontró %1 (HTTP 404): revise el id de la cuenta y la dirección.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 respondió HTTP %2%3</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not valid JSON (%2 at byte %3 of %4).</source>
        <translation>%1 envió una respuesta que no es JSON válido (%2 en el byte %3 de %4).</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 informó de un error: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>the connection to %1 closed before it answered</source>
        <translation>la conexión con %1 se cerró antes de que respondiera</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ActiveClientsPage</name>
    <message>
        <source>Search name, phone or email</source>
        <translation>Buscar nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Search active clients</source>
        <translation>Buscar clientes activos</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Precio acordado</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Fecha del acuerdo</translation>
    </message>
    <message>
        <source>Services agreed</source>
        <translation>Servicios contratados</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Journeys of the active client</source>
        <translation>Recorridos del cliente activo</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s)</source>
        <translation>
            <numerusform>%n cliente activo</numerusform>
            <numerusform>%n clientes activos</numerusform>
        </translation>
    </message>
    <message>
        <source>Active clients could not be loaded: %1</source>
        <translation>No se pudieron cargar los clientes activos: %1</translation>
    </message>
    <message>
        <source>&amp;Search Active Clients</source>
        <translation>&amp;Buscar clientes activos</translation>
    </message>
    <message>
        <source>Active Clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>No active client selected</source>
        <translation>Ningún cliente activo seleccionado</translation>
    </message>
    <message>
        <source>(redacted service)</source>
        <translation>(servicio anonimizado)</translation>
    </message>
    <message>
        <source>Redacted for privacy after the retention period</source>
        <translation>Datos anonimizados por privacidad tras el período de conservación</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(anonimizado)</translation>
    </message>
</context>
<context>
    <name>anchor::ui::AutomationEditor</name>
    <message>
        <source>Nothing to set.</source>
        <translation>No hay nada que establecer.</translation>
    </message>
    <message>
        <source>New Automation</source>
        <translation>Nueva automatización</translation>
    </message>
    <message>
        <source>Edit Automation</source>
        <translation>Editar automatización</translation>
    </message>
    <message>
        <source>The item&apos;s assignees</source>
        <translation>Los responsables del elemento</translation>
    </message>
    <message>
        <source>This board</source>
        <translation>Este tablero</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Todos los tableros</translation>
    </message>
    <message>
        <source>To status:</source>
        <translation>Al estado:</translation>
    </message>
    <message>
        <source>Into column:</source>
        <translation>A la columna:</translation>
    </message>
    <message>
        <source>{key} {item} needs you</source>
        <translation>{key} {item} le necesita</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Columna:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Notificar:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>Se &amp;aplica a:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuando:</translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation>&amp;Entonces:</translation>
    </message>
    <message>
        <source>{item} and {key} in a message name the task.</source>
        <translation>{item} y {key} en un mensaje indican la tarea.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::AutomationsDialog</name>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Automations of %1</source>
        <translation>Automatizaciones de %1</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>el tablero</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error or reason</source>
        <translation>Error o motivo</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Ejecuciones recientes</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Switch Off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>&amp;Refresh Runs</source>
        <translation>Actua&amp;lizar ejecuciones</translation>
    </message>
    <message>
        <source>This board&apos;s automations and those that apply to all boards:</source>
        <translation>Las automatizaciones de este tablero y las que se aplican a todos los tableros:</translation>
    </message>
    <message>
        <source>Recent runs (a trigger never fires an automation twice; loops are stopped):</source>
        <translation>Ejecuciones recientes (un desencadenante nunca ejecuta una automatización dos veces; los bucles se detienen):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Todos los tableros</translation>
    </message>
    <message>
        <source>This board</source>
        <translation>Este tablero</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>&amp;Switch On</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>New automation</source>
        <translation>Nueva automatización</translation>
    </message>
    <message>
        <source>Delete the automation &quot;%1&quot;? It applies to all boards. Its past runs stay in the log.</source>
        <translation>¿Eliminar la automatización &quot;%1&quot;? Se aplica a todos los tableros. Sus ejecuciones anteriores se conservan en el registro.</translation>
    </message>
    <message>
        <source>Delete the automation &quot;%1&quot;? Its past runs stay in the log.</source>
        <translation>¿Eliminar la automatización &quot;%1&quot;? Sus ejecuciones anteriores se conservan en el registro.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignEditorDialog</name>
    <message>
        <source>&amp;Use Template</source>
        <translation>&amp;Usar plantilla</translation>
    </message>
    <message>
        <source>A &amp;segment</source>
        <translation>Un &amp;segmento</translation>
    </message>
    <message>
        <source>These &amp;addresses (one per line)</source>
        <translation>Estas &amp;direcciones (una por línea)</translation>
    </message>
    <message>
        <source>Send &amp;later, at</source>
        <translation>Enviar más &amp;tarde, el</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>For you, e.g. &quot;Spring cleaning offer&quot;</source>
        <translation>Para usted, p. ej. &quot;Oferta de limpieza de primavera&quot;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>What recipients see, e.g. &quot;{{first_name}}, your spring check-up&quot;</source>
        <translation>Lo que ven los destinatarios, p. ej. &quot;{{first_name}}, su revisión de primavera&quot;</translation>
    </message>
    <message>
        <source>HTML content</source>
        <translation>Contenido HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Plain-text part</source>
        <translation>Parte de texto sin formato</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>jane@example.com
john@example.com</source>
        <translation>jane@example.com
john@example.com</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Punto de &amp;partida:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campaña ya no existe.</translation>
    </message>
    <message>
        <source>Nothing (write from scratch)</source>
        <translation>Nada (escribir desde cero)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (agency-wide)</source>
        <translation>%1 (toda la agencia)</translation>
    </message>
    <message>
        <source>Sending has started: the recipients are fixed; the content can still change for the messages not sent yet.</source>
        <translation>El envío ha comenzado: los destinatarios son fijos; el contenido aún puede cambiar para los mensajes que no se han enviado.</translation>
    </message>
    <message>
        <source>This campaign is %1: it can no longer be changed.</source>
        <translation>Esta campaña está en estado %1: ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %1&lt;/p&gt;&lt;hr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Asunto:&lt;/b&gt; %1&lt;/p&gt;&lt;hr&gt;</translation>
    </message>
    <message>
        <source>Unknown placeholders, sent as written: %1</source>
        <translation>Marcadores desconocidos, se envían tal cual: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n valid address(es).</source>
        <translation>
            <numerusform>%n dirección válida.</numerusform>
            <numerusform>%n direcciones válidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid, will not be sent: %1</source>
        <translation>No válidas, no se enviarán: %1</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <source>Choose a segment.</source>
        <translation>Elija un segmento.</translation>
    </message>
    <message>
        <source>The segment could not be counted: %1</source>
        <translation>No se pudo contar el segmento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) match now.</source>
        <translation>
            <numerusform>Ahora coincide %n dirección.</numerusform>
            <numerusform>Ahora coinciden %n direcciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es) will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %n dirección no válida.</numerusform>
            <numerusform>Se omitirán %n direcciones no válidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) are not valid and will be left out: %1. Press Save again to save without them.</source>
        <translation>
            <numerusform>%n dirección no es válida y se excluirá: %1. Pulse Guardar de nuevo para guardar sin ella.</numerusform>
            <numerusform>%n direcciones no son válidas y se excluirán: %1. Pulse Guardar de nuevo para guardar sin ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time to send it has passed. Choose a later time, or clear &quot;Send later&quot;.</source>
        <translation>La hora de envío ya ha pasado. Elija una hora posterior o desmarque &quot;Enviar más tarde&quot;.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignStatsPane</name>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Recipients queued (suppressed ones not counted)</source>
        <translation>Destinatarios en cola (sin contar los suprimidos)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Accepted by Mailgun, of the recipients</source>
        <translation>Aceptados por Mailgun, del total de destinatarios</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Delivered, of those sent</source>
        <translation>Entregados, de los enviados</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Unique opens, of those delivered</source>
        <translation>Aperturas únicas, de los entregados</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Con clic</translation>
    </message>
    <message>
        <source>Unique clicks, of those delivered</source>
        <translation>Clics únicos, de los entregados</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Permanent failures, of those sent</source>
        <translation>Fallos permanentes, de los enviados</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Unsubscribes, of those delivered</source>
        <translation>Bajas, de los entregados</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Spam complaints, of those delivered</source>
        <translation>Quejas por spam, de los entregados</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimidos</translation>
    </message>
    <message>
        <source>On the suppression list: not sent</source>
        <translation>En la lista de supresión: no enviados</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Still in the send queue</source>
        <translation>Todavía en la cola de envío</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviados</translation>
    </message>
    <message>
        <source>Refused or given up: never accepted by Mailgun</source>
        <translation>Rechazados o abandonados: Mailgun nunca los aceptó</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasados</translation>
    </message>
    <message>
        <source>A temporary failure was seen; Mailgun keeps trying</source>
        <translation>Se detectó un fallo temporal; Mailgun sigue intentándolo</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Recipient status</source>
        <translation>Estado del destinatario</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución en el tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a campaign to see its results.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una campaña para ver sus resultados.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>No se pudieron leer los resultados: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;This campaign no longer exists.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Esta campaña ya no existe.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;middot; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;middot; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>No delivery, open or click has been reported for this campaign yet.</source>
        <translation>Todavía no se ha notificado ninguna entrega, apertura ni clic de esta campaña.</translation>
    </message>
    <message>
        <source>Events per hour</source>
        <translation>Eventos por hora</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Eventos por día</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignsPage</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Search name, subject or client</source>
        <translation>Buscar nombre, asunto o cliente</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns could not be loaded: %1</source>
        <translation>No se pudieron cargar las campañas: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>No se puso nada en cola: %1</translation>
    </message>
    <message>
        <source>&amp;New Campaign...</source>
        <translation>&amp;Nueva campaña...</translation>
    </message>
    <message>
        <source>&amp;Edit Campaign...</source>
        <translation>&amp;Editar campaña...</translation>
    </message>
    <message>
        <source>D&amp;uplicate Campaign</source>
        <translation>D&amp;uplicar campaña</translation>
    </message>
    <message>
        <source>&amp;Delete Campaign</source>
        <translation>E&amp;liminar campaña</translation>
    </message>
    <message>
        <source>&amp;Send Now...</source>
        <translation>En&amp;viar ahora...</translation>
    </message>
    <message>
        <source>Sc&amp;hedule...</source>
        <translation>&amp;Programar...</translation>
    </message>
    <message>
        <source>&amp;Pause Campaign</source>
        <translation>P&amp;ausar campaña</translation>
    </message>
    <message>
        <source>&amp;Resume Campaign</source>
        <translation>&amp;Reanudar campaña</translation>
    </message>
    <message>
        <source>&amp;Cancel Campaign...</source>
        <translation>&amp;Cancelar campaña...</translation>
    </message>
    <message>
        <source>Re&amp;fresh Campaigns</source>
        <translation>&amp;Actualizar campañas</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>No campaign matches these filters.</source>
        <translation>Ninguna campaña coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No campaigns yet. Choose &quot;New Campaign...&quot; to write one from a template or from scratch.</source>
        <translation>Todavía no hay campañas. Elija &quot;Nueva campaña...&quot; para escribir una a partir de una plantilla o desde cero.</translation>
    </message>
    <message>
        <source>Campaign saved as a draft. Undo with Ctrl+Z.</source>
        <translation>Campaña guardada como borrador. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with Ctrl+Z.</source>
        <translation>Se eliminó &quot;%1&quot;. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its recipients and their delivery, open and click events? This cannot be undone.</source>
        <translation>¿Eliminar &quot;%1&quot; con sus destinatarios y sus eventos de entrega, apertura y clic? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>Se eliminó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checking the recipients of &quot;%1&quot;...</source>
        <translation>Comprobando los destinatarios de &quot;%1&quot;...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent: %2</source>
        <translation>&quot;%1&quot; no se puede enviar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid recipient to send to.</source>
        <translation>&quot;%1&quot; no tiene ningún destinatario válido al que enviar.</translation>
    </message>
    <message>
        <source>Every recipient of &quot;%1&quot; is on the suppression list.</source>
        <translation>Todos los destinatarios de &quot;%1&quot; están en la lista de supresión.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; now?</source>
        <translation>¿Enviar &quot;%1&quot; ahora?</translation>
    </message>
    <message>
        <source>%1 message(s) will be queued.</source>
        <translation>Se pondrán en cola %1 mensaje(s).</translation>
    </message>
    <message>
        <source>%1 address(es) are on the suppression list and will not be mailed.</source>
        <translation>%1 dirección(es) están en la lista de supresión y no recibirán el correo.</translation>
    </message>
    <message>
        <source>%1 address(es) are not valid and will not be mailed: %2</source>
        <translation>%1 dirección(es) no son válidas y no recibirán el correo: %2</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>unknown placeholders will reach recipients as written: %1</source>
        <translation>los marcadores desconocidos llegarán a los destinatarios tal cual: %1</translation>
    </message>
    <message>
        <source>Mail that has left cannot be called back; Pause holds back what is still queued.</source>
        <translation>El correo que ya ha salido no se puede recuperar; Pausar retiene lo que sigue en cola.</translation>
    </message>
    <message>
        <source>Send Campaign Now</source>
        <translation>Enviar campaña ahora</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Queueing &quot;%1&quot; for %2 recipient(s)... The window stays usable meanwhile.</source>
        <translation>Poniendo en cola &quot;%1&quot; para %2 destinatario(s)... Mientras tanto, puede seguir usando la ventana.</translation>
    </message>
    <message>
        <source>This campaign was queued before (%1 message(s)); nothing was added.</source>
        <translation>Esta campaña ya se puso en cola antes (%1 mensaje(s)); no se añadió nada.</translation>
    </message>
    <message>
        <source>Queued %1 message(s).</source>
        <translation>%1 mensaje(s) en cola.</translation>
    </message>
    <message>
        <source>%1 suppressed address(es) left out.</source>
        <translation>%1 dirección(es) suprimida(s) excluida(s).</translation>
    </message>
    <message>
        <source>Not valid, not queued: %1.</source>
        <translation>No válidas, no puestas en cola: %1.</translation>
    </message>
    <message>
        <source>Sending starts now; the figures below follow as Mailgun reports.</source>
        <translation>El envío empieza ahora; las cifras de abajo se actualizan a medida que Mailgun informa.</translation>
    </message>
    <message>
        <source>Schedule Campaign</source>
        <translation>Programar campaña</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; at:</source>
        <translation>Enviar &quot;%1&quot; el:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be sent %2.</source>
        <translation>&quot;%1&quot; se enviará %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paused: nothing more is sent until you resume it.</source>
        <translation>&quot;%1&quot; está en pausa: no se envía nada más hasta que la reanude.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; resumed.</source>
        <translation>&quot;%1&quot; reanudada.</translation>
    </message>
    <message>
        <source>Cancel Campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? Messages not sent yet will never be sent, and a cancelled campaign cannot be resumed. This cannot be undone.</source>
        <translation>¿Cancelar &quot;%1&quot;? Los mensajes aún no enviados no se enviarán nunca y una campaña cancelada no se puede reanudar. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled.</source>
        <translation>&quot;%1&quot; está cancelada.</translation>
    </message>
    <message>
        <source>Cancel Queueing</source>
        <translation>Cancelar puesta en cola</translation>
    </message>
    <message>
        <source>Queueing progress</source>
        <translation>Progreso de la puesta en cola</translation>
    </message>
    <message>
        <source>Queueing is all or nothing (one transaction): cancelled, nothing is queued and the campaign stays as it was.</source>
        <translation>La puesta en cola es todo o nada (una sola transacción): si se cancela, no se pone nada en cola y la campaña se queda como estaba.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <source>Queueing cancelled: nothing was queued and the campaign is as it was.</source>
        <translation>Puesta en cola cancelada: no se puso nada en cola y la campaña sigue como estaba.</translation>
    </message>
    <message>
        <source>Choosing the recipients...</source>
        <translation>Seleccionando los destinatarios...</translation>
    </message>
    <message>
        <source>Queueing %1 of %2...</source>
        <translation>Poniendo en cola %1 de %2...</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ChartFactory</name>
    <message>
        <source>The charts module (anchor_charts) could not be loaded. Reinstall Anchor CRM.
%1</source>
        <translation>No se pudo cargar el módulo de gráficos (anchor_charts). Vuelva a instalar Anchor CRM.
%1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type a command or a section...</source>
        <translation>Escriba un comando o una sección...</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Comandos coincidentes</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ConvertDialog</name>
    <message>
        <source>Agreed to Service</source>
        <translation>Servicio contratado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Service agreed</source>
        <translation>Servicio contratado</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Precio acordado</translation>
    </message>
    <message>
        <source>Services agreed</source>
        <translation>Servicios contratados</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Fecha del acuerdo</translation>
    </message>
    <message>
        <source>Add the services to the existing active client %1</source>
        <translation>Añadir los servicios al cliente activo existente %1</translation>
    </message>
    <message>
        <source>The journey or lead could not be found.</source>
        <translation>No se encontró el recorrido o el cliente potencial.</translation>
    </message>
    <message>
        <source>Make Active Client</source>
        <translation>Convertir en cliente activo</translation>
    </message>
    <message>
        <source>Tick the services agreed and type the price agreed for each.</source>
        <translation>Marque los servicios contratados y escriba el precio acordado de cada uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money (the price of %2). Nothing was saved.</source>
        <translation>&quot;%1&quot; no es un importe válido (el precio de %2). No se guardó nada.</translation>
    </message>
    <message>
        <source>Tick at least one service the client agreed to.</source>
        <translation>Marque al menos un servicio que haya contratado el cliente.</translation>
    </message>
    <message>
        <source>The conversion failed.</source>
        <translation>No se pudo realizar la conversión.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::CtmSettingsDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>CallTrackingMetrics settings</source>
        <translation>Configuración de CallTrackingMetrics</translation>
    </message>
    <message>
        <source>The CTM account id; &quot;Test connection&quot; lists the accounts the keys reach</source>
        <translation>El id de la cuenta de CTM; &quot;Probar la conexión&quot; lista las cuentas a las que llegan las claves</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>Guardada en el llavero del sistema; déjela vacía para conservarla</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Ninguno: solo los certificados del sistema</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>Clave de &amp;acceso:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clave &amp;secreta:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Certificado de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Probando la conexión...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the keys reach %n account(s).</source>
        <translation>
            <numerusform>Conectado: las claves llegan a %n cuenta.</numerusform>
            <numerusform>Conectado: las claves llegan a %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>La prueba falló.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Enter both the access key and the secret key, or neither to keep the stored ones.</source>
        <translation>Introduzca la clave de acceso y la clave secreta, o ninguna para conservar las guardadas.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>the settings could not be stored.</source>
        <translation>no se pudo guardar la configuración.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked (Sync Now)</source>
        <translation>Solo cuando se pida (Sincronizar ahora)</translation>
    </message>
    <message>
        <source>How often Anchor CRM syncs every client by itself; it also syncs at start and every minute while offline</source>
        <translation>Con qué frecuencia Anchor CRM sincroniza todos los clientes por sí mismo; también sincroniza al iniciar y cada minuto mientras no hay conexión</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>AI classification of new calls (optional, all clients)</source>
        <translation>Clasificación con IA de las llamadas nuevas (opcional, todos los clientes)</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>Dirección de la A&amp;PI:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de la API:</translation>
    </message>
    <message>
        <source>The AI classifier needs its API address and model.</source>
        <translation>El clasificador de IA necesita su dirección de API y su modelo.</translation>
    </message>
    <message>
        <source>The AI classifier settings were not saved: %1</source>
        <translation>No se guardó la configuración del clasificador de IA: %1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::DashboardPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Calculando...</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>No se pudo calcular el panel: %1</translation>
    </message>
    <message>
        <source>%1 calls, %2 answered (%3), %4 warm or better (%5), %6 converted (%7)</source>
        <translation>%1 llamadas, %2 atendidas (%3), %4 tibias o mejor (%5), %6 convertidas (%7)</translation>
    </message>
    <message>
        <source>Calls by category</source>
        <translation>Llamadas por categoría</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Embudo de conversión</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Clientes potenciales</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidas</translation>
    </message>
    <message>
        <source>Warm or better</source>
        <translation>Tibias o mejor</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Clientes potenciales por origen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Llamadas por día</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (inclusive)</translation>
    </message>
</context>
<context>
    <name>anchor::ui::EmailLogDetailPane</name>
    <message>
        <source>Accepted by Mailgun</source>
        <translation>Aceptado por Mailgun</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Complained (spam)</source>
        <translation>Queja (spam)</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Plain-text part</source>
        <translation>Parte de texto sin formato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Tracking events</source>
        <translation>Eventos de seguimiento</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a message to read it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un mensaje para leerlo.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>No se pudo leer el mensaje: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;This message is no longer in the log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Este mensaje ya no está en el registro.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>Triggered by:</source>
        <translation>Desencadenado por:</translation>
    </message>
    <message>
        <source>Mailgun id:</source>
        <translation>Id de Mailgun:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporal</translation>
    </message>
    <message>
        <source>No event from Mailgun yet.</source>
        <translation>Todavía no hay eventos de Mailgun.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::EmailLogPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Filter by type of message</source>
        <translation>Filtrar por tipo de mensaje</translation>
    </message>
    <message>
        <source>Search recipient or subject</source>
        <translation>Buscar destinatario o asunto</translation>
    </message>
    <message>
        <source>Search the email log</source>
        <translation>Buscar en el registro de correo electrónico</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (inclusive)</translation>
    </message>
    <message>
        <source>Email log</source>
        <translation>Registro de correo electrónico</translation>
    </message>
    <message>
        <source>%1 message(s)</source>
        <translation>%1 mensaje(s)</translation>
    </message>
    <message>
        <source>The email log could not be loaded: %1</source>
        <translation>No se pudo cargar el registro de correo electrónico: %1</translation>
    </message>
    <message>
        <source>Email Log</source>
        <translation>Registro de correo electrónico</translation>
    </message>
    <message>
        <source>Re&amp;fresh Email Log</source>
        <translation>&amp;Actualizar registro de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Search Email Log</source>
        <translation>&amp;Buscar en el registro de correo electrónico</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>No message matches these filters.</source>
        <translation>Ningún mensaje coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No email yet. Messages appear here once a campaign or a notification is sent.</source>
        <translation>Todavía no hay correos. Los mensajes aparecen aquí en cuanto se envía una campaña o una notificación.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::EmailTemplatesDialog</name>
    <message>
        <source>The recipient&apos;s first name</source>
        <translation>El nombre de pila del destinatario</translation>
    </message>
    <message>
        <source>The recipient&apos;s last name</source>
        <translation>Los apellidos del destinatario</translation>
    </message>
    <message>
        <source>The recipient&apos;s full name</source>
        <translation>El nombre completo del destinatario</translation>
    </message>
    <message>
        <source>The recipient&apos;s email address</source>
        <translation>La dirección de correo electrónico del destinatario</translation>
    </message>
    <message>
        <source>The client business&apos;s name</source>
        <translation>El nombre del negocio cliente</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>El nombre del remitente</translation>
    </message>
    <message>
        <source>The campaign&apos;s name</source>
        <translation>El nombre de la campaña</translation>
    </message>
    <message>
        <source>The recipient&apos;s unsubscribe link</source>
        <translation>El enlace para darse de baja del destinatario</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>La fecha de hoy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Plantillas de correo</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Email templates for %1</source>
        <translation>Plantillas de correo de %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Search names and subjects</source>
        <translation>Buscar nombres y asuntos</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>What the recipient sees in the inbox, e.g. Hello {{first_name}}</source>
        <translation>Lo que ve el destinatario en la bandeja de entrada, p. ej. Hola, {{first_name}}</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>Código HTML</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hi {{first_name}},&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hola, {{first_name}}:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insertar marcador</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor of the subject or the message, whichever was used last</source>
        <translation>Inserta un marcador en la posición del cursor del asunto o del mensaje, el que se haya usado por última vez</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Whom the preview is filled in for</source>
        <translation>Para quién se rellena la vista previa</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Vi&amp;sta previa para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Vista &amp;previa</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>&amp;Texto sin formato</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Us&amp;ed by:</source>
        <translation>Usada po&amp;r:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Active client: %1</source>
        <translation>Cliente activo: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Cliente potencial: %1</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They would be sent as written; check the spelling or use &quot;Insert placeholder&quot;.</source>
        <translation>Marcadores desconocidos: %1. Se enviarían tal cual; revise la ortografía o use &quot;Insertar marcador&quot;.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Hello {{first_name}}</source>
        <translation>Hola, {{first_name}}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hi {{first_name}},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;{{sender_name}}&lt;/p&gt;

&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Hola, {{first_name}}:&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;{{sender_name}}&lt;/p&gt;

&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Darse de baja&lt;/a&gt;&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the email template &quot;%1&quot;? Campaigns made from it keep their subject and message.</source>
        <translation>¿Eliminar la plantilla de correo &quot;%1&quot;? Las campañas creadas a partir de ella conservan su asunto y su mensaje.</translation>
    </message>
    <message>
        <source>Save the changes to the template &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios en la plantilla &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::JourneyDetailPane</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Select a journey to see its steps, notes and timeline.</source>
        <translation>Seleccione un recorrido para ver sus pasos, notas y cronología.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Convert to Active Client...</source>
        <translation>Convertir en cliente activo...</translation>
    </message>
    <message>
        <source>Start Follow-up Journey...</source>
        <translation>Iniciar recorrido de seguimiento...</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Edit Step &amp;Notes...</source>
        <translation>Editar &amp;notas del paso...</translation>
    </message>
    <message>
        <source>&amp;Reschedule Step...</source>
        <translation>&amp;Reprogramar paso...</translation>
    </message>
    <message>
        <source>&amp;Add Step...</source>
        <translation>&amp;Añadir paso...</translation>
    </message>
    <message>
        <source>Re&amp;move Step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <source>Journey notes</source>
        <translation>Notas del recorrido</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>E&amp;liminar nota</translation>
    </message>
    <message>
        <source>Write a note about this journey...</source>
        <translation>Escriba una nota sobre este recorrido...</translation>
    </message>
    <message>
        <source>New journey note</source>
        <translation>Nueva nota del recorrido</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Añadir la nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>The journey could not be loaded: %1</source>
        <translation>No se pudo cargar el recorrido: %1</translation>
    </message>
    <message>
        <source>Services and concerns: redacted for privacy</source>
        <translation>Servicios e inquietudes: anonimizados por privacidad</translation>
    </message>
    <message>
        <source>Services and concerns: %1</source>
        <translation>Servicios e inquietudes: %1</translation>
    </message>
    <message>
        <source>Next action: %1 %2</source>
        <translation>Próxima acción: %1 %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>Open the lead call</source>
        <translation>Abrir la llamada del cliente potencial</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Record the services agreed and make this person an active client</source>
        <translation>Registrar los servicios contratados y convertir a esta persona en cliente activo</translation>
    </message>
    <message>
        <source>Only pending and in-progress journeys can be converted</source>
        <translation>Solo se pueden convertir los recorridos pendientes o en curso</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Pasar a %1</translation>
    </message>
    <message>
        <source>No status change possible</source>
        <translation>No es posible cambiar el estado</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Completado el %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Steps (%1 of %2)</source>
        <translation>Pasos (%1 de %2)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <source>Call: %1, %2 min</source>
        <translation>Llamada: %1, %2 min</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Paso completado: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Journey started</source>
        <translation>Recorrido iniciado</translation>
    </message>
    <message>
        <source>Journey paused</source>
        <translation>Recorrido pausado</translation>
    </message>
    <message>
        <source>Journey resumed</source>
        <translation>Recorrido reanudado</translation>
    </message>
    <message>
        <source>Converted to an active client</source>
        <translation>Convertido en cliente activo</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the call</source>
        <translation>Pulse Intro o haga doble clic para abrir la llamada</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Cronología (%1)</translation>
    </message>
    <message>
        <source>Step Notes</source>
        <translation>Notas del paso</translation>
    </message>
    <message>
        <source>Notes for this step:</source>
        <translation>Notas de este paso:</translation>
    </message>
    <message>
        <source>Reschedule Step</source>
        <translation>Reprogramar paso</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Message, with {{first_name}}, {{client_name}}, {{service}}, {{business_name}} or {{phone}}</source>
        <translation>Mensaje, con {{first_name}}, {{client_name}}, {{service}}, {{business_name}} o {{phone}}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>anchor::ui::JourneyTemplatesDialog</name>
    <message>
        <source>Dental</source>
        <translation>Dental</translation>
    </message>
    <message>
        <source>TMJ &amp; sleep</source>
        <translation>ATM y sueño</translation>
    </message>
    <message>
        <source>Med spa</source>
        <translation>Medicina estética</translation>
    </message>
    <message>
        <source>Chiropractic</source>
        <translation>Quiropráctica</translation>
    </message>
    <message>
        <source>Roofing</source>
        <translation>Techos</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>Plomería</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>Climatización</translation>
    </message>
    <message>
        <source>Landscaping</source>
        <translation>Paisajismo</translation>
    </message>
    <message>
        <source>Catering &amp; general</source>
        <translation>Catering y general</translation>
    </message>
    <message>
        <source>Placeholders, filled in when a journey starts: {{client_name}} the person&apos;s name, {{first_name}}, {{service}}, {{business_name}} the client business, {{phone}}.</source>
        <translation>Marcadores que se completan al iniciar un recorrido: {{client_name}} (el nombre de la persona), {{first_name}}, {{service}}, {{business_name}} (la empresa cliente), {{phone}}.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Journey templates</source>
        <translation>Plantillas de recorrido</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Journey templates for %1</source>
        <translation>Plantillas de recorrido de %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>The kind of client business the template suits; Any: every kind</source>
        <translation>El tipo de empresa cliente al que se adapta la plantilla; Cualquiera: todos los tipos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Drag a step, or press Ctrl+Up or Ctrl+Down, to change the order</source>
        <translation>Arrastre un paso, o pulse Ctrl+Arriba o Ctrl+Abajo, para cambiar el orden</translation>
    </message>
    <message>
        <source>What to say or send at this step</source>
        <translation>Qué decir o enviar en este paso</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insertar marcador</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Ser&amp;vice type:</source>
        <translation>&amp;Tipo de servicio:</translation>
    </message>
    <message>
        <source>Us&amp;ed by:</source>
        <translation>Usada po&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>Subir el paso seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>Bajar el paso seleccionado (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Remove the selected step (Del)</source>
        <translation>Quitar el paso seleccionado (Supr)</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>&amp;Message of the selected step:</source>
        <translation>&amp;Mensaje del paso seleccionado:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the journey template &quot;%1&quot;? Journeys already started from it keep their steps.</source>
        <translation>¿Eliminar la plantilla de recorrido &quot;%1&quot;? Los recorridos ya iniciados con ella conservan sus pasos.</translation>
    </message>
    <message>
        <source>Save the changes to the template &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios en la plantilla &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::JourneysPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>A&amp;trasados</translation>
    </message>
    <message>
        <source>Pa&amp;used</source>
        <translation>En &amp;pausa</translation>
    </message>
    <message>
        <source>Search name, phone, email or concern</source>
        <translation>Buscar nombre, teléfono, correo electrónico o inquietud</translation>
    </message>
    <message>
        <source>Search journeys</source>
        <translation>Buscar recorridos</translation>
    </message>
    <message>
        <source>Open journeys whose next action is past due</source>
        <translation>Recorridos abiertos cuya próxima acción está atrasada</translation>
    </message>
    <message>
        <source>Paused journeys only</source>
        <translation>Solo recorridos en pausa</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Journeys could not be loaded: %1</source>
        <translation>No se pudieron cargar los recorridos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n recorrido</numerusform>
            <numerusform>%n recorridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Search Journeys</source>
        <translation>&amp;Buscar recorridos</translation>
    </message>
    <message>
        <source>&amp;Convert to Active Client...</source>
        <translation>C&amp;onvertir en cliente activo...</translation>
    </message>
    <message>
        <source>&amp;Pause or Resume Journey</source>
        <translation>&amp;Pausar o reanudar recorrido</translation>
    </message>
    <message>
        <source>&amp;Refresh Journeys</source>
        <translation>&amp;Actualizar recorridos</translation>
    </message>
    <message>
        <source>Show &amp;Overdue Journeys</source>
        <translation>Mostrar recorridos a&amp;trasados</translation>
    </message>
    <message>
        <source>No journey matches these filters.</source>
        <translation>Ningún recorrido coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No journeys yet. Start one from a lead: select it in Leads and choose &quot;Start Journey...&quot; (Ctrl+J).</source>
        <translation>Todavía no hay recorridos. Inicie uno desde un cliente potencial: selecciónelo en Clientes potenciales y elija &quot;Iniciar recorrido...&quot; (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadDetailPane</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>first call from this number</source>
        <translation>primera llamada desde este número</translation>
    </message>
    <message>
        <source>call %1 from this number</source>
        <translation>llamada n.º %1 desde este número</translation>
    </message>
    <message>
        <source>Select a lead to see its details.</source>
        <translation>Seleccione un cliente potencial para ver sus detalles.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>establecida a mano</translation>
    </message>
    <message>
        <source>A category set by hand is never replaced by automatic classification.</source>
        <translation>Una categoría establecida a mano nunca se sustituye por la clasificación automática.</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Etapa del embudo</translation>
    </message>
    <message>
        <source>Add tag...</source>
        <translation>Añadir etiqueta...</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>New tag...</source>
        <translation>Nueva etiqueta...</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edit note...</source>
        <translation>Editar nota...</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Note type</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it)</source>
        <translation>Escriba una nota (Ctrl+Intro la añade)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>The lead could not be loaded: %1</source>
        <translation>No se pudo cargar el cliente potencial: %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>%1 long</source>
        <translation>%1 de duración</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>origen: %1</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Sin grabación</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Reproducir grabación</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Todavía no hay resumen.</translation>
    </message>
    <message>
        <source>No transcript for this call.</source>
        <translation>No hay transcripción de esta llamada.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Colour for the new tag &quot;%1&quot;</source>
        <translation>Color de la nueva etiqueta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nombre de la nueva etiqueta:</translation>
    </message>
    <message>
        <source>The notes could not be loaded: %1</source>
        <translation>No se pudieron cargar las notas: %1</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Also add to CTM</source>
        <translation>Añadir también a CTM</translation>
    </message>
    <message>
        <source>Also send the note to the call&apos;s notes in CallTrackingMetrics</source>
        <translation>Enviar también la nota a las notas de la llamada en CallTrackingMetrics</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadJourneyStrip</name>
    <message>
        <source>Start Journey...</source>
        <translation>Iniciar recorrido...</translation>
    </message>
    <message>
        <source>Agreed to Service...</source>
        <translation>Servicio contratado...</translation>
    </message>
    <message>
        <source>Start a follow-up journey for this caller (Ctrl+J)</source>
        <translation>Iniciar un recorrido de seguimiento para este llamante (Ctrl+J)</translation>
    </message>
    <message>
        <source>The caller agreed to a service: make them an active client</source>
        <translation>El llamante contrató un servicio: convertirlo en cliente activo</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>No journey yet.</source>
        <translation>Todavía no hay ningún recorrido.</translation>
    </message>
    <message>
        <source>Active client</source>
        <translation>Cliente activo</translation>
    </message>
    <message>
        <source>Start Follow-up...</source>
        <translation>Iniciar seguimiento...</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadsFilterBar</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Min stars</source>
        <translation>Mín. estrellas</translation>
    </message>
    <message>
        <source>Max stars</source>
        <translation>Máx. estrellas</translation>
    </message>
    <message>
        <source>Search callers, numbers, summaries, transcripts, notes (Ctrl+F)</source>
        <translation>Buscar llamantes, números, resúmenes, transcripciones, notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Buscar clientes potenciales</translation>
    </message>
    <message>
        <source>Minimum stars</source>
        <translation>Mínimo de estrellas</translation>
    </message>
    <message>
        <source>Maximum stars</source>
        <translation>Máximo de estrellas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom range...</source>
        <translation>Intervalo personalizado...</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>No leads match</source>
        <translation>Ningún cliente potencial coincide</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 clientes potenciales</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (inclusive)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Filter by caller type</source>
        <translation>Filtrar por tipo de llamante</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by pipeline stage</source>
        <translation>Filtrar por etapa del embudo</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrar por origen</translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadsPage</name>
    <message>
        <source>Leads problem</source>
        <translation>Problema con los clientes potenciales</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Clientes potenciales</translation>
    </message>
    <message numerus="yes">
        <source>%n leads loaded, more on scroll</source>
        <translation>
            <numerusform>%n cliente potencial cargado, más al desplazarse</numerusform>
            <numerusform>%n clientes potenciales cargados, más al desplazarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n cliente potencial</numerusform>
            <numerusform>%n clientes potenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation>No se pudieron cargar los clientes potenciales: %1</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Saved view actions</source>
        <translation>Acciones de las vistas guardadas</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Change not saved: %1</source>
        <translation>Cambio no guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Search Leads</source>
        <translation>&amp;Buscar clientes potenciales</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Star(s)</source>
        <translation>
            <numerusform>Valorar con %n estrella</numerusform>
            <numerusform>Valorar con %n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Category: %1</source>
        <translation>Establecer categoría: %1</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation>Mover a la etapa &amp;siguiente</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>Mover a la etapa a&amp;nterior</translation>
    </message>
    <message>
        <source>Set &amp;Stage...</source>
        <translation>Establecer &amp;etapa...</translation>
    </message>
    <message>
        <source>Add &amp;Tag...</source>
        <translation>Añadir e&amp;tiqueta...</translation>
    </message>
    <message>
        <source>&amp;Open Lead Details</source>
        <translation>&amp;Abrir detalles del cliente potencial</translation>
    </message>
    <message>
        <source>Show &amp;Detail Pane</source>
        <translation>Mostrar panel de &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Export Leads to CSV...</source>
        <translation>&amp;Exportar clientes potenciales a CSV...</translation>
    </message>
    <message>
        <source>&amp;Refresh Leads</source>
        <translation>&amp;Actualizar clientes potenciales</translation>
    </message>
    <message>
        <source>Choose &amp;Columns...</source>
        <translation>Elegir &amp;columnas...</translation>
    </message>
    <message>
        <source>Save &amp;View As...</source>
        <translation>&amp;Guardar vista como...</translation>
    </message>
    <message>
        <source>Rena&amp;me View...</source>
        <translation>Cambiar &amp;nombre de la vista...</translation>
    </message>
    <message>
        <source>De&amp;lete View</source>
        <translation>E&amp;liminar vista</translation>
    </message>
    <message>
        <source>Use View on &amp;Start</source>
        <translation>Usar vista al &amp;iniciar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Valorar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Todos los clientes potenciales</translation>
    </message>
    <message>
        <source>%1 (on start)</source>
        <translation>%1 (al iniciar)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Se guardó la vista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>View not saved</source>
        <translation>Vista no guardada</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Cambiar el nombre de la vista</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>View not renamed</source>
        <translation>No se cambió el nombre de la vista</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>¿Eliminar la vista guardada &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>View not deleted</source>
        <translation>Vista no eliminada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens on start.</source>
        <translation>&quot;%1&quot; se abre al iniciar.</translation>
    </message>
    <message>
        <source>Default view not changed</source>
        <translation>No se cambió la vista predeterminada</translation>
    </message>
    <message>
        <source>%1 has no pipeline stages yet.</source>
        <translation>%1 todavía no tiene etapas del embudo.</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Establecer etapa</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline stage of %n lead(s):</source>
        <translation>
            <numerusform>Etapa del embudo de %n cliente potencial:</numerusform>
            <numerusform>Etapa del embudo de %n clientes potenciales:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n lead(s) (type a new name to create it):</source>
        <translation>
            <numerusform>Etiqueta para %n cliente potencial (escriba un nombre nuevo para crearla):</numerusform>
            <numerusform>Etiqueta para %n clientes potenciales (escriba un nombre nuevo para crearla):</numerusform>
        </translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation>clientes-potenciales-%1.csv</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exportar clientes potenciales</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting leads...</source>
        <translation>Exportando clientes potenciales...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Exporting leads: %1 of %2</source>
        <translation>Exportando clientes potenciales: %1 de %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation>Se exportaron %1 clientes potenciales a %2.</translation>
    </message>
    <message>
        <source>No leads yet. Calls appear here when they arrive from CallTrackingMetrics.</source>
        <translation>Todavía no hay clientes potenciales. Las llamadas aparecen aquí cuando llegan de CallTrackingMetrics.</translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation>Ningún cliente potencial coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::MailgunSettingsDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Send test &amp;message...</source>
        <translation>Enviar &amp;mensaje de prueba...</translation>
    </message>
    <message>
        <source>Use the &amp;agency&apos;s connection</source>
        <translation>Usar la conexión de la &amp;agencia</translation>
    </message>
    <message>
        <source>Mailgun settings</source>
        <translation>Configuración de Mailgun</translation>
    </message>
    <message>
        <source>Agency (every client without its own)</source>
        <translation>Agencia (todos los clientes sin configuración propia)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
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
        <translation>Dónde se creó el dominio en Mailgun: su correo y sus eventos solo existen allí</translation>
    </message>
    <message>
        <source>news@mg.example.com</source>
        <translation>news@mg.example.com</translation>
    </message>
    <message>
        <source>The name recipients see</source>
        <translation>El nombre que ven los destinatarios</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>Guardada en el llavero del sistema; déjela vacía para conservarla</translation>
    </message>
    <message>
        <source>Mailgun&apos;s address for the region</source>
        <translation>La dirección de Mailgun para la región</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Ninguno: solo los certificados del sistema</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>Dirección de la A&amp;PI:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Certificado de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>For tests and corporate proxies; leave empty otherwise</source>
        <translation>Para pruebas y proxies corporativos; en otro caso, déjelo vacío</translation>
    </message>
    <message>
        <source>&amp;Settings for:</source>
        <translation>Confi&amp;guración para:</translation>
    </message>
    <message>
        <source>Sending &amp;domain:</source>
        <translation>&amp;Dominio de envío:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Dirección del remi&amp;tente:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Cla&amp;ve de la API:</translation>
    </message>
    <message>
        <source>Forget this client&apos;s own Mailgun settings; it sends with the agency&apos;s again</source>
        <translation>Olvidar la configuración de Mailgun propia de este cliente; vuelve a enviar con la de la agencia</translation>
    </message>
    <message>
        <source>Every client without settings of its own sends with these.</source>
        <translation>Todos los clientes sin configuración propia envían con esta.</translation>
    </message>
    <message>
        <source>This client sends with its own domain.</source>
        <translation>Este cliente envía con su propio dominio.</translation>
    </message>
    <message>
        <source>This client sends with the agency&apos;s connection (%1) until you save settings here.</source>
        <translation>Este cliente envía con la conexión de la agencia (%1) hasta que guarde aquí una configuración.</translation>
    </message>
    <message>
        <source>Neither this client nor the agency has Mailgun settings yet.</source>
        <translation>Ni este cliente ni la agencia tienen todavía configuración de Mailgun.</translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation>Comprobando el llavero...</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>An API key is stored in the keychain.</source>
        <translation>Hay una clave de API guardada en el llavero.</translation>
    </message>
    <message>
        <source>No API key is stored yet.</source>
        <translation>Todavía no hay ninguna clave de API guardada.</translation>
    </message>
    <message>
        <source>No API key of this client&apos;s own is stored; the agency&apos;s is used.</source>
        <translation>No hay ninguna clave de API propia de este cliente guardada; se usa la de la agencia.</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Probando la conexión...</translation>
    </message>
    <message>
        <source>Connected: Mailgun accepts the key for %1.</source>
        <translation>Conectado: Mailgun acepta la clave para %1.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Enviar mensaje de prueba</translation>
    </message>
    <message>
        <source>Send a short test message from %1 to:</source>
        <translation>Enviar un breve mensaje de prueba desde %1 a:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address to send the test message to.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico a la que enviar el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Sending a test message to %1...</source>
        <translation>Enviando un mensaje de prueba a %1...</translation>
    </message>
    <message>
        <source>Mailgun accepted the test message to %1; it should arrive in a minute.</source>
        <translation>Mailgun aceptó el mensaje de prueba para %1; debería llegar en un minuto.</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>El mensaje de prueba no se envió: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Storing the API key in the keychain...</source>
        <translation>Guardando la clave de API en el llavero...</translation>
    </message>
    <message>
        <source>The settings were saved, but not the API key: %1</source>
        <translation>La configuración se guardó, pero la clave de API no: %1</translation>
    </message>
    <message>
        <source>This client sends with the agency&apos;s connection again.</source>
        <translation>Este cliente vuelve a enviar con la conexión de la agencia.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::MailgunStatusWidget</name>
    <message>
        <source>Mailgun problems</source>
        <translation>Problemas con Mailgun</translation>
    </message>
    <message>
        <source>The last Mailgun sync reported problems. Nothing queued was lost or will be sent twice; the next sync carries on where this one stopped.</source>
        <translation>La última sincronización con Mailgun informó de problemas. No se perdió nada de lo que estaba en cola ni se enviará dos veces; la próxima sincronización continúa donde se detuvo esta.</translation>
    </message>
    <message>
        <source>Cancel the Mailgun sync; nothing queued is lost, and the next sync carries on</source>
        <translation>Cancela la sincronización con Mailgun; no se pierde nada de lo que está en cola y la próxima sincronización continúa</translation>
    </message>
    <message>
        <source>Mailgun: sending %1 of %2</source>
        <translation>Mailgun: enviando %1 de %2</translation>
    </message>
    <message>
        <source>Mailgun: sending...</source>
        <translation>Mailgun: enviando...</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun: events of %1, %n page(s)</source>
        <translation>
            <numerusform>Mailgun: eventos de %1, %n página</numerusform>
            <numerusform>Mailgun: eventos de %1, %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun: suppression lists of %1</source>
        <translation>Mailgun: listas de supresión de %1</translation>
    </message>
    <message>
        <source>Mailgun offline</source>
        <translation>Mailgun sin conexión</translation>
    </message>
    <message>
        <source>Mailgun synced %1</source>
        <translation>Mailgun sincronizado el %1</translation>
    </message>
    <message>
        <source>Mailgun not synced yet</source>
        <translation>Mailgun aún no sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n mensaje en cola</numerusform>
            <numerusform>%n mensajes en cola</numerusform>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Clientes potenciales</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Anchor CRM</source>
        <translation>&amp;Acerca de Anchor CRM</translation>
    </message>
    <message>
        <source>About Anchor CRM</source>
        <translation>Acerca de Anchor CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Anchor CRM %1&lt;/h3&gt;&lt;p&gt;Leads, client journeys, task boards and email campaigns for marketing and service agencies.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Anchor CRM %1&lt;/h3&gt;&lt;p&gt;Clientes potenciales, recorridos de clientes, tableros de tareas y campañas de correo electrónico para agencias de marketing y de servicios.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;br&gt;Versión del esquema %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n leads loaded</source>
        <translation>
            <numerusform>%n cliente potencial cargado</numerusform>
            <numerusform>%n clientes potenciales cargados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Database file (schema version %1)</source>
        <translation>Archivo de base de datos (versión del esquema %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Command &amp;Palette...</source>
        <translation>&amp;Paleta de comandos...</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Clientes potenciales</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Embudo</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Choose &amp;Client</source>
        <translation>Elegir c&amp;liente</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Valorar</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;CallTrackingMetrics Settings...</source>
        <translation>Configuración de &amp;CallTrackingMetrics...</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) to look at</source>
        <translation>
            <numerusform>%n cliente potencial nuevo por revisar</numerusform>
            <numerusform>%n clientes potenciales nuevos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: very good or needs-attention calls arrived from CallTrackingMetrics.</source>
        <translation>%1: llegaron llamadas muy buenas o que necesitan atención desde CallTrackingMetrics.</translation>
    </message>
    <message>
        <source>Re&amp;classify Leads...</source>
        <translation>Re&amp;clasificar clientes potenciales...</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>todos los clientes</translation>
    </message>
    <message>
        <source>Reclassify leads</source>
        <translation>Reclasificar clientes potenciales</translation>
    </message>
    <message>
        <source>Classify the calls of %1 again from their transcripts and summaries? Categories set by hand stay as they are.</source>
        <translation>¿Volver a clasificar las llamadas de %1 a partir de sus transcripciones y resúmenes? Las categorías puestas a mano se mantienen.</translation>
    </message>
    <message>
        <source>Classifying leads...</source>
        <translation>Clasificando clientes potenciales...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reclassifying cancelled; the leads done so far keep their new categories.</source>
        <translation>Reclasificación cancelada; los clientes potenciales ya procesados conservan sus nuevas categorías.</translation>
    </message>
    <message>
        <source>Reclassifying failed: %1</source>
        <translation>La reclasificación falló: %1</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Active Clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Recorridos</translation>
    </message>
    <message>
        <source>&amp;Active Clients</source>
        <translation>Clientes &amp;activos</translation>
    </message>
    <message>
        <source>&amp;Start Journey...</source>
        <translation>&amp;Iniciar recorrido...</translation>
    </message>
    <message>
        <source>&amp;Agreed to Service...</source>
        <translation>Servicio &amp;contratado...</translation>
    </message>
    <message>
        <source>&amp;Link Call to Active Client...</source>
        <translation>&amp;Vincular llamada a cliente activo...</translation>
    </message>
    <message>
        <source>&amp;Services...</source>
        <translation>&amp;Servicios...</translation>
    </message>
    <message>
        <source>Journey &amp;Templates...</source>
        <translation>Plantillas de &amp;recorrido...</translation>
    </message>
    <message>
        <source>&amp;Privacy: Redact Services After...</source>
        <translation>Privaci&amp;dad: anonimizar servicios después de...</translation>
    </message>
    <message>
        <source>Redact Old Service Records</source>
        <translation>Anonimizar registros de servicios antiguos</translation>
    </message>
    <message>
        <source>Redact the services clients agreed to, and the concerns of closed journeys, after this many days (0: never):</source>
        <translation>Anonimizar los servicios contratados por los clientes y las inquietudes de los recorridos cerrados después de estos días (0: nunca):</translation>
    </message>
    <message>
        <source>&amp;Run Scheduled Jobs Now</source>
        <translation>&amp;Ejecutar ahora las tareas programadas</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n seguimiento pendiente</numerusform>
            <numerusform>%n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy: %1 service records and %2 journeys redacted.</source>
        <translation>Privacidad: %1 registros de servicios y %2 recorridos anonimizados.</translation>
    </message>
    <message>
        <source>Scheduled jobs failed: %1</source>
        <translation>Error en las tareas programadas: %1</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>This journey has no lead call to follow up.</source>
        <translation>Este recorrido no tiene una llamada de cliente potencial a la que dar seguimiento.</translation>
    </message>
    <message>
        <source>Now an active client. Undo with Ctrl+Z.</source>
        <translation>Ya es cliente activo. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Link Call to Active Client</source>
        <translation>Vincular llamada a cliente activo</translation>
    </message>
    <message>
        <source>%1 has no active clients yet. Convert a lead first (&quot;Agreed to Service...&quot;).</source>
        <translation>%1 todavía no tiene clientes activos. Convierta primero un cliente potencial (&quot;Servicio contratado...&quot;).</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>This call becomes a returning customer&apos;s call of:</source>
        <translation>Esta llamada pasa a ser una llamada de cliente recurrente de:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Services of the client:</source>
        <translation>Servicios del cliente:</translation>
    </message>
    <message>
        <source>Add a client first: services belong to a client business.</source>
        <translation>Añada primero un cliente: los servicios pertenecen a una empresa cliente.</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;My Work</source>
        <translation>&amp;Mi trabajo</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>My Work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>Create &amp;Task from Lead...</source>
        <translation>Crear &amp;tarea desde cliente potencial...</translation>
    </message>
    <message>
        <source>&amp;Automations...</source>
        <translation>Automati&amp;zaciones...</translation>
    </message>
    <message>
        <source>Tasks: %1 archived, %2 automations ran.</source>
        <translation>Tareas: %1 archivadas, %2 automatizaciones ejecutadas.</translation>
    </message>
    <message>
        <source>Automation problem: %1</source>
        <translation>Problema de automatización: %1</translation>
    </message>
    <message>
        <source>Scheduled task jobs failed: %1</source>
        <translation>Fallaron los trabajos programados de tareas: %1</translation>
    </message>
    <message>
        <source>Create Task from Lead</source>
        <translation>Crear tarea desde cliente potencial</translation>
    </message>
    <message>
        <source>There is no task board yet. Create one in the Tasks section first.</source>
        <translation>Todavía no hay ningún tablero de tareas. Cree uno primero en la sección Tareas.</translation>
    </message>
    <message>
        <source>Add the task to the board:</source>
        <translation>Añadir la tarea al tablero:</translation>
    </message>
    <message>
        <source>No task created: %1</source>
        <translation>No se creó ninguna tarea: %1</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>Campaña&amp;s</translation>
    </message>
    <message>
        <source>&amp;Email Log</source>
        <translation>Re&amp;gistro de correo electrónico</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Email Log</source>
        <translation>Registro de correo electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email &amp;Templates...</source>
        <translation>Plan&amp;tillas de correo...</translation>
    </message>
    <message>
        <source>&amp;Segments...</source>
        <translation>&amp;Segmentos...</translation>
    </message>
    <message>
        <source>&amp;Mailgun Settings...</source>
        <translation>Configuración de &amp;Mailgun...</translation>
    </message>
    <message>
        <source>Send &amp;Queue Now</source>
        <translation>Enviar la c&amp;ola ahora</translation>
    </message>
    <message>
        <source>Sync &amp;Mailgun Now</source>
        <translation>Sincronizar Mail&amp;gun ahora</translation>
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
        <translation>Borrar selección</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: cualquiera</translation>
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
        <translation>Cargando sus tareas...</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Nothing is assigned to you. Enjoy the quiet.</source>
        <translation>No tiene nada asignado. Disfrute de la calma.</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) assigned to you</source>
        <translation>
            <numerusform>%n tarea abierta asignada a usted</numerusform>
            <numerusform>%n tareas abiertas asignadas a usted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::PipelinePage</name>
    <message>
        <source>Choose a client in the toolbar to see its pipeline.</source>
        <translation>Elija un cliente en la barra de herramientas para ver su embudo.</translation>
    </message>
    <message>
        <source>Manage Stages...</source>
        <translation>Gestionar etapas...</translation>
    </message>
    <message>
        <source>Drag a lead to another stage, or press Ctrl+Left / Ctrl+Right.</source>
        <translation>Arrastre un cliente potencial a otra etapa o pulse Ctrl+Izquierda / Ctrl+Derecha.</translation>
    </message>
    <message>
        <source>Manage &amp;Pipeline Stages...</source>
        <translation>Gestionar etapas del e&amp;mbudo...</translation>
    </message>
    <message>
        <source>Move Card to Next Stage</source>
        <translation>Mover tarjeta a la etapa siguiente</translation>
    </message>
    <message>
        <source>Move Card to Previous Stage</source>
        <translation>Mover tarjeta a la etapa anterior</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a client first: each client has its own pipeline stages.</source>
        <translation>Elija primero un cliente: cada cliente tiene sus propias etapas del embudo.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>The newest %1 of %2 leads are shown.</source>
        <translation>Se muestran los %1 más recientes de %2 clientes potenciales.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::SegmentsDialog</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Caller types</source>
        <translation>Tipos de llamante</translation>
    </message>
    <message>
        <source>Any caller type</source>
        <translation>Cualquier tipo de llamante</translation>
    </message>
    <message>
        <source>Journey statuses</source>
        <translation>Estados del recorrido</translation>
    </message>
    <message>
        <source>With or without a journey</source>
        <translation>Con o sin recorrido</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Segments for %1</source>
        <translation>Segmentos de %1</translation>
    </message>
    <message>
        <source>Who may use the segment; a client&apos;s segment only selects that client&apos;s people</source>
        <translation>Quién puede usar el segmento; el segmento de un cliente solo selecciona a las personas de ese cliente</translation>
    </message>
    <message>
        <source>Leads and active clients</source>
        <translation>Clientes potenciales y clientes activos</translation>
    </message>
    <message>
        <source>Leads only</source>
        <translation>Solo clientes potenciales</translation>
    </message>
    <message>
        <source>Active clients only</source>
        <translation>Solo clientes activos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Call date</source>
        <translation>Fecha de la llamada</translation>
    </message>
    <message>
        <source>Became a client</source>
        <translation>Se hizo cliente</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Us&amp;ed by:</source>
        <translation>Usado po&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Lead criteria:</source>
        <translation>Criterios de cliente potencial:</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>&amp;Estrellas:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>Fech&amp;as:</translation>
    </message>
    <message>
        <source>First recipients</source>
        <translation>Primeros destinatarios</translation>
    </message>
    <message>
        <source>Counting recipients...</source>
        <translation>Contando los destinatarios...</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>No se pudo contar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid address(es) would be skipped</source>
        <translation>
            <numerusform>; se omitiría %n dirección no válida</numerusform>
            <numerusform>; se omitirían %n direcciones no válidas</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 shown)</source>
        <translation> (se muestran los primeros %1)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? Campaigns already sent keep their recipients.</source>
        <translation>¿Eliminar el segmento &quot;%1&quot;? Las campañas ya enviadas conservan sus destinatarios.</translation>
    </message>
    <message>
        <source>Save the changes to the segment &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios en el segmento &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ServicesDialog</name>
    <message>
        <source>&amp;Active: offered to new clients and journeys</source>
        <translation>&amp;Activo: se ofrece a nuevos clientes y recorridos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>Servicios de %1</translation>
    </message>
    <message>
        <source>e.g. %1; empty: not priced</source>
        <translation>p. ej., %1; vacío: sin precio</translation>
    </message>
    <message>
        <source>The usual price, in %1. Type it as you like: %2, %3 or %4.</source>
        <translation>El precio habitual, en %1. Escríbalo como prefiera: %2, %3 o %4.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Base &amp;price:</source>
        <translation>&amp;Precio base:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <source>Add a service (%1)</source>
        <translation>Añadir un servicio (%1)</translation>
    </message>
    <message>
        <source>Delete the selected service (Del); one active clients agreed to can only be deactivated</source>
        <translation>Eliminar el servicio seleccionado (Supr); si lo contrataron clientes activos, solo se puede desactivar</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Type a price such as %2, or leave it empty.</source>
        <translation>&quot;%1&quot; no es un importe válido. Escriba un precio como %2 o déjelo vacío.</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios en &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>anchor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>En listas</translation>
    </message>
    <message>
        <source>Move through leads</source>
        <translation>Desplazarse por los clientes potenciales</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Arriba, Abajo, Re Pág, Av Pág, Inicio, Fin</translation>
    </message>
    <message>
        <source>Move between fields of the detail pane</source>
        <translation>Moverse entre los campos del panel de detalles</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Select several leads</source>
        <translation>Seleccionar varios clientes potenciales</translation>
    </message>
    <message>
        <source>Shift+Up/Down, Ctrl+click</source>
        <translation>Mayús+Arriba/Abajo, Ctrl+clic</translation>
    </message>
</context>
<context>
    <name>anchor::ui::StagesDialog</name>
    <message>
        <source>Pipeline stages of %1</source>
        <translation>Etapas del embudo de %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>Double-click to choose a colour</source>
        <translation>Haga doble clic para elegir un color</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Color de la etapa</translation>
    </message>
    <message>
        <source>Row %1: a stage needs a name, and cannot be both won and lost.</source>
        <translation>Fila %1: una etapa necesita un nombre y no puede estar ganada y perdida a la vez.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::StarRatingWidget</name>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Click a star or press 1-5 to rate</source>
        <translation>Haga clic en una estrella o pulse 1-5 para valorar</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::StartJourneyDialog</name>
    <message>
        <source>Start Journey</source>
        <translation>Iniciar recorrido</translation>
    </message>
    <message>
        <source>Start Follow-up Journey</source>
        <translation>Iniciar recorrido de seguimiento</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Concerns in the caller&apos;s words, separated by commas</source>
        <translation>Inquietudes en palabras del llamante, separadas por comas</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inquietudes</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Steps of the template</source>
        <translation>Pasos de la plantilla</translation>
    </message>
    <message>
        <source>No template (add steps later)</source>
        <translation>Sin plantilla (añadir pasos después)</translation>
    </message>
    <message>
        <source>A journey for &lt;b&gt;%1&lt;/b&gt; (%2), %3.</source>
        <translation>Un recorrido para &lt;b&gt;%1&lt;/b&gt; (%2), %3.</translation>
    </message>
    <message>
        <source>This lead already started a journey; this one will be its follow-up.</source>
        <translation>Este cliente potencial ya inició un recorrido; este será su seguimiento.</translation>
    </message>
    <message>
        <source>The lead could not be found.</source>
        <translation>No se encontró el cliente potencial.</translation>
    </message>
    <message>
        <source>The journey could not be started.</source>
        <translation>No se pudo iniciar el recorrido.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::StatusLabelsDialog</name>
    <message>
        <source>Status Labels</source>
        <translation>Etiquetas de estado</translation>
    </message>
    <message>
        <source>Labels of board &quot;%1&quot;</source>
        <translation>Etiquetas del tablero &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Global labels (boards without their own)</source>
        <translation>Etiquetas globales (tableros sin etiquetas propias)</translation>
    </message>
    <message>
        <source>Which labels</source>
        <translation>Qué etiquetas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Status labels</source>
        <translation>Etiquetas de estado</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Cards whose label is a done state are never shown as overdue.</source>
        <translation>Las tarjetas cuya etiqueta es un estado terminado nunca se muestran como atrasadas.</translation>
    </message>
    <message>
        <source>Double-click to choose a colour</source>
        <translation>Haga doble clic para elegir un color</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
</context>
<context>
    <name>anchor::ui::SyncStatusView</name>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>anchor::ui::SyncStatusWidget</name>
    <message>
        <source>Cancel the sync; it resumes where it stopped next time</source>
        <translation>Cancela la sincronización; la próxima vez continúa donde se detuvo</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Syncing with CallTrackingMetrics...</source>
        <translation>Sincronizando con CallTrackingMetrics...</translation>
    </message>
    <message>
        <source>Syncing %1: page %2 of %3</source>
        <translation>Sincronizando %1: página %2 de %3</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync with CallTrackingMetrics reported problems. Nothing already stored was lost; the next sync carries on where this one stopped.</source>
        <translation>La última sincronización con CallTrackingMetrics informó de problemas. No se perdió nada ya guardado; la próxima sincronización continúa donde se detuvo esta.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskBoardPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Filter cards by name or key</source>
        <translation>Filtrar tarjetas por nombre o clave</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrar tarjetas</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier fecha prevista</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Previstas para hoy</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Previstas para esta semana</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha prevista</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Columnas del tablero</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>New Board...</source>
        <translation>Nuevo tablero...</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Tablero:</translation>
    </message>
    <message>
        <source>The board could not be loaded: %1</source>
        <translation>No se pudo cargar el tablero: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>New &amp;Workspace...</source>
        <translation>Nuevo &amp;espacio de trabajo...</translation>
    </message>
    <message>
        <source>Rena&amp;me Workspace...</source>
        <translation>Cambiar el no&amp;mbre del espacio de trabajo...</translation>
    </message>
    <message>
        <source>De&amp;lete Workspace...</source>
        <translation>E&amp;liminar espacio de trabajo...</translation>
    </message>
    <message>
        <source>Workspace M&amp;embers...</source>
        <translation>Miembr&amp;os del espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;New Board...</source>
        <translation>&amp;Nuevo tablero...</translation>
    </message>
    <message>
        <source>&amp;Rename Board...</source>
        <translation>Cambiar el nombre del &amp;tablero...</translation>
    </message>
    <message>
        <source>&amp;Delete Board...</source>
        <translation>Eliminar ta&amp;blero...</translation>
    </message>
    <message>
        <source>&amp;Status Labels...</source>
        <translation>Etiquetas de e&amp;stado...</translation>
    </message>
    <message>
        <source>&amp;Add Column...</source>
        <translation>&amp;Añadir columna...</translation>
    </message>
    <message>
        <source>Rename &amp;Column...</source>
        <translation>Cambiar el nombre de la &amp;columna...</translation>
    </message>
    <message>
        <source>Arc&amp;hive Column</source>
        <translation>Arc&amp;hivar columna</translation>
    </message>
    <message>
        <source>&amp;Filter Cards</source>
        <translation>&amp;Filtrar tarjetas</translation>
    </message>
    <message>
        <source>&amp;Open Task</source>
        <translation>Abri&amp;r tarea</translation>
    </message>
    <message>
        <source>Add &amp;Task to Column</source>
        <translation>Añadir tarea a la col&amp;umna</translation>
    </message>
    <message>
        <source>Archive Tas&amp;k</source>
        <translation>Archi&amp;var tarea</translation>
    </message>
    <message>
        <source>Move Task to Previous Column</source>
        <translation>Mover la tarea a la columna anterior</translation>
    </message>
    <message>
        <source>Move Task to Next Column</source>
        <translation>Mover la tarea a la columna siguiente</translation>
    </message>
    <message>
        <source>Move Task Up</source>
        <translation>Subir la tarea</translation>
    </message>
    <message>
        <source>Move Task Down</source>
        <translation>Bajar la tarea</translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation>Mover la columna a la izquierda</translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation>Mover la columna a la derecha</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with Board &gt; New Workspace..., then add a board.</source>
        <translation>Todavía no hay espacios de trabajo. Cree uno con Tablero &gt; Nuevo espacio de trabajo... y después añada un tablero.</translation>
    </message>
    <message>
        <source>This workspace has no boards yet. Create one with &quot;New Board...&quot;.</source>
        <translation>Este espacio de trabajo todavía no tiene tableros. Cree uno con &quot;Nuevo tablero...&quot;.</translation>
    </message>
    <message>
        <source>Drag to move the column (or Ctrl+Shift+Left / Ctrl+Shift+Right)</source>
        <translation>Arrastre para mover la columna (o Ctrl+Mayús+Izquierda / Ctrl+Mayús+Derecha)</translation>
    </message>
    <message>
        <source>Rename Column...</source>
        <translation>Cambiar el nombre de la columna...</translation>
    </message>
    <message>
        <source>Archive Column</source>
        <translation>Archivar columna</translation>
    </message>
    <message>
        <source>Add Column...</source>
        <translation>Añadir columna...</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>+ Add a task</source>
        <translation>+ Añadir una tarea</translation>
    </message>
    <message>
        <source>Add a task to %1</source>
        <translation>Añadir una tarea a %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Mover %n tarea</numerusform>
            <numerusform>Mover %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Task archived. Undo (Ctrl+Z) brings it back.</source>
        <translation>Tarea archivada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>Cambiar el nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Eliminar espacio de trabajo</translation>
    </message>
    <message>
        <source>Delete the workspace &quot;%1&quot; with all its boards? Edit &gt; Undo brings it back.</source>
        <translation>¿Eliminar el espacio de trabajo &quot;%1&quot; con todos sus tableros? Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>New Board</source>
        <translation>Nuevo tablero</translation>
    </message>
    <message>
        <source>e.g. DENT, for keys like DENT-42</source>
        <translation>p. ej., DENT, para claves como DENT-42</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Key prefix:</source>
        <translation>&amp;Prefijo de clave:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>P&amp;lantilla:</translation>
    </message>
    <message>
        <source>Rename Board</source>
        <translation>Cambiar el nombre del tablero</translation>
    </message>
    <message>
        <source>Delete Board</source>
        <translation>Eliminar tablero</translation>
    </message>
    <message>
        <source>Delete the board &quot;%1&quot; and its cards? Edit &gt; Undo brings it back.</source>
        <translation>¿Eliminar el tablero &quot;%1&quot; y sus tarjetas? Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>Cambiar el nombre de la columna</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; archived. Undo (Ctrl+Z) brings it back.</source>
        <translation>Columna &quot;%1&quot; archivada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskCardDelegate</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
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
        <translation>Nombre de la tarea</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Una tarea necesita un nombre.</translation>
    </message>
    <message>
        <source>Subitems</source>
        <translation>Subelementos</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Describe the task...</source>
        <translation>Describa la tarea...</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha prevista:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Indicadores:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Cliente potencial:</translation>
    </message>
    <message>
        <source>&amp;Assignees:</source>
        <translation>Respo&amp;nsables:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Delete Subitem</source>
        <translation>&amp;Eliminar subelemento</translation>
    </message>
    <message>
        <source>Add a subitem and press Enter</source>
        <translation>Añada un subelemento y pulse Intro</translation>
    </message>
    <message>
        <source>New subitem</source>
        <translation>Nuevo subelemento</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Tick a subitem off when done. Drag or press Ctrl+Up / Ctrl+Down to reorder, F2 to rename, Delete to remove.</source>
        <translation>Marque un subelemento cuando esté terminado. Arrastre o pulse Ctrl+Arriba / Ctrl+Abajo para reordenar, F2 para cambiar el nombre y Supr para quitarlo.</translation>
    </message>
    <message>
        <source>&amp;Delete Update</source>
        <translation>&amp;Eliminar actualización</translation>
    </message>
    <message>
        <source>New update</source>
        <translation>Nueva actualización</translation>
    </message>
    <message>
        <source>Write an update; type @ to mention someone...</source>
        <translation>Escriba una actualización; teclee @ para mencionar a alguien...</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Post the update (Ctrl+Enter)</source>
        <translation>Publicar la actualización (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Attach Files...</source>
        <translation>&amp;Adjuntar archivos...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Qué se hizo (opcional)</translation>
    </message>
    <message>
        <source>Add Time</source>
        <translation>Añadir tiempo</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Registros de tiempo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Delete Time Entry</source>
        <translation>&amp;Eliminar registro de tiempo</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Esta tarea ya no existe.</translation>
    </message>
    <message>
        <source>%1 %2 - %3</source>
        <translation>%1 %2 - %3</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (terminado)</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>Abrir el cliente potencial</translation>
    </message>
    <message>
        <source>No subitems yet.</source>
        <translation>Todavía no hay subelementos.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 terminados</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Novedades desde su última visita</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>Actualizaciones (%1)</translation>
    </message>
    <message>
        <source>Attached %1
%2</source>
        <translation>Adjuntado %1
%2</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Archivos (%1)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>This task: %1 (billable %2). This board: %3 (billable %4).</source>
        <translation>Esta tarea: %1 (facturable %2). Este tablero: %3 (facturable %4).</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>Detener cronómetro</translation>
    </message>
    <message>
        <source>Your timer is running on another task.</source>
        <translation>Su cronómetro está en marcha en otra tarea.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>The attached copy is missing: %1</source>
        <translation>Falta la copia adjunta: %1</translation>
    </message>
    <message>
        <source>No application could open &quot;%1&quot;.</source>
        <translation>Ninguna aplicación pudo abrir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En marcha: %1</translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskMembersDialog</name>
    <message>
        <source>Members of %1</source>
        <translation>Miembros de %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Workspace members</source>
        <translation>Miembros del espacio de trabajo</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>No es miembro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>Change workspace members</source>
        <translation>Cambiar los miembros del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>anchor::ui::UndoCloseRow</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anchor CRM: leads, journeys, tasks and campaigns.</source>
        <translation>Anchor CRM: clientes potenciales, recorridos, tareas y campañas.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Abrir este archivo de base de datos.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Exit as soon as the first page of leads is painted (measures start-up).</source>
        <translation>Salir en cuanto se dibuje la primera página de clientes potenciales (mide el inicio).</translation>
    </message>
    <message>
        <source>Anchor CRM</source>
        <translation>Anchor CRM</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>No se pudo abrir la base de datos.

%1</translation>
    </message>
    <message>
        <source>Check that the charts module loads, then exit.</source>
        <translation>Comprobar que el módulo de gráficos se carga y salir.</translation>
    </message>
    <message>
        <source>The charts module loads.</source>
        <translation>El módulo de gráficos se carga.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Open this section first: leads, journeys, campaigns or email-log (with --quit-after-first-paint, wait for its first page).</source>
        <translation>Abrir primero esta sección: leads, journeys, campaigns o email-log (con --quit-after-first-paint, esperar a su primera página).</translation>
    </message>
    <message>
        <source>anchor-crm: unknown section &quot;%1&quot; (leads, journeys, campaigns or email-log)</source>
        <translation>anchor-crm: sección desconocida &quot;%1&quot; (leads, journeys, campaigns o email-log)</translation>
    </message>
</context>
</TS>
