<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Run</name>
    <message>
        <source>Preparing the database for demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database before adding demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a demo client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a demo client&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a demo active client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging demo calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::cli::CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many calls to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many client businesses (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: random seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: last day with calls, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls of this client (id or name); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls in this category (%1); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls rated at least this many stars (1-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls rated at most this many stars (1-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls of this caller type (new, repeat, returning_customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls with this tag (name); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls in this pipeline stage (name); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls from this source; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls on or after this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls on or before this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls matching this text (caller, numbers, summary, transcript, notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by a column, optionally :asc or :desc (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this many rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor CRM on the command line.

Commands:
  init                          Create or upgrade the database; print the schema version.
  demo --calls N [--clients K] [--seed S] [--until DATE]
                                Add realistic demo clients and calls.
  leads list [filters] [--sort COLUMN[:desc]] [--limit N] [--offset N] [--format F]
                                List leads, newest first unless sorted otherwise.
  leads search TEXT [filters] [--limit N] [--format F]
                                Full-text search over leads.
  export leads --output FILE [filters] [--sort COLUMN[:desc]]
                                Write matching leads to a CSV file (no row cap).

Filters: --client, --category, --min-stars, --max-stars, --caller-type, --tag, --stage,
--source, --from, --to, --search. --database FILE works with every command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;leads search&quot; needs the text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;leads&quot; needs a subcommand: list or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;leads %1&quot;; use list or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchorctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;anchorctl --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort by &quot;%1&quot;; use one of %2, optionally followed by :asc or :desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller type &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-stars (%1) is more than --max-stars (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline stage is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the previous version is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;demo&quot; needs --calls N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be a date like 2026-01-31, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo calls: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 clients, %2 calls, %3 notes, %4 tagged calls and %5 active clients in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;export leads&quot; needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadCsvExporter</name>
    <message>
        <source>Cannot export to %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export to %1 failed: %2. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the export to %1 failed: %2. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadFormat</name>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::CallRepository</name>
    <message>
        <source>Loading leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing the rating for CallTrackingMetrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::ClientRepository</name>
    <message>
        <source>Loading clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several clients are called &quot;%1&quot;; use one of their ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the client profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the client&apos;s business name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::Database</name>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Anchor CRM database (it is not an SQLite file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another location for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1; this build needs version %2. Run &quot;anchorctl init&quot; to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::DemoGenerator</name>
    <message>
        <source>The number of demo calls must be between 0 and %L1; %L2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo clients must be between 1 and %1; %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open for the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadColumns</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::LeadVocabulary</name>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::Migrator</name>
    <message>
        <source>Reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Anchor CRM (schema version %2; this build knows up to %3). Update Anchor CRM to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a backup before upgrading the database to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed: %3 The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the upgraded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 would break a link between records in table %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::NoteRepository</name>
    <message>
        <source>Loading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::PipelineStageRepository</name>
    <message>
        <source>Loading pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up a pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::SavedViewRepository</name>
    <message>
        <source>Loading saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the default view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::StorageError</name>
    <message>
        <source>the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged (%1). Restore it from a backup; Anchor CRM did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Anchor CRM database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1). Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value was rejected by the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1). Nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::TagRepository</name>
    <message>
        <source>Loading tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has a tag called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::Transaction</name>
    <message>
        <source>Saving changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::UserRepository</name>
    <message>
        <source>Loading the local user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the local user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::storage::sql</name>
    <message>
        <source>Preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadsPage</name>
    <message>
        <source>Leads problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leads loaded, more on scroll</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anchor::ui::MainWindow</name>
    <message>
        <source>Anchor CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Anchor CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Anchor CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Anchor CRM %1&lt;/h3&gt;&lt;p&gt;Leads, client journeys, task boards and email campaigns for marketing and service agencies.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anchor CRM: leads, journeys, tasks and campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the first page of leads is painted (measures start-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
