// anchorctl's task board commands: tasks list/add/move/from-leads, boards add/list, and the task
// jobs that "jobs run" runs (archive completed items, due-date automations).
#include "commandline.h"

#include <callrepository.h>
#include <clientrepository.h>
#include <csvwriter.h>
#include <leadtasks.h>
#include <storageerror.h>
#include <taskautomationengine.h>
#include <taskboardrepository.h>
#include <taskjobs.h>
#include <tasklistquery.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace anchor::cli {

using storage::StorageError;

namespace {

// Boards, columns and people are named by id or by name, case-insensitive; a name that fits
// several is refused with the candidates, so a script never acts on the wrong one.
template<typename T, typename Id, typename Name>
QString resolveByName(const QList<T> &list, const QString &text, Id id, Name name, const QString &notFound,
                      const QString &ambiguous)
{
    const QString wanted = text.trimmed();
    QStringList matches;
    QStringList names;
    for (const T &entry : list) {
        if (id(entry) == wanted.toLower())
            return id(entry);
        if (name(entry).compare(wanted, Qt::CaseInsensitive) == 0) {
            matches.append(id(entry));
            names.append(QStringLiteral("%1 (%2)").arg(name(entry), id(entry)));
        }
    }
    if (matches.isEmpty())
        throw StorageError(StorageError::Kind::NotFound, notFound);
    if (matches.size() > 1)
        throw StorageError(StorageError::Kind::Constraint, ambiguous.arg(names.join(QStringLiteral(", "))));
    return matches.first();
}

QString groupId(const QList<storage::TaskGroup> &groups, const QString &text)
{
    return resolveByName(
        groups, text, [](const storage::TaskGroup &group) { return group.id; },
        [](const storage::TaskGroup &group) { return group.name; },
        QCoreApplication::translate("anchor::cli::CommandLine", "The board has no column \"%1\".").arg(text),
        QCoreApplication::translate("anchor::cli::CommandLine", "Several columns are called \"%1\": %2; give the id.").arg(text));
}

QJsonObject taskJson(const storage::TaskListRow &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("key"), row.key},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("board_id"), row.boardId},
            {QStringLiteral("board"), row.boardName},
            {QStringLiteral("group_id"), row.groupId},
            {QStringLiteral("group"), row.groupName},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("priority"), row.priority},
            {QStringLiteral("due_date"), row.dueDate.isValid() ? row.dueDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("assignees"), QJsonArray::fromStringList(row.assignees)},
            {QStringLiteral("call_id"), row.callId},
            {QStringLiteral("is_voicemail"), row.voicemail},
            {QStringLiteral("needs_attention"), row.needsAttention}};
}

// Every board. An empty, non-null id: TaskBoardRepository::boards() compares its argument with ''
// in SQL, and a null QString binds as NULL there.
QList<storage::TaskBoard> allBoards(const storage::Database &database)
{
    return storage::TaskBoardRepository(database).boards(QStringLiteral(""));
}

} // namespace

QString CommandLine::resolveBoard(const storage::Database &database, const QString &idOrName) const
{
    return resolveByName(
        allBoards(database), idOrName, [](const storage::TaskBoard &board) { return board.id; },
        [](const storage::TaskBoard &board) { return board.name; }, tr("There is no board \"%1\".").arg(idOrName),
        tr("Several boards are called \"%1\": %2; give the id.").arg(idOrName));
}

QString CommandLine::resolveUser(const storage::Database &database, const QString &idOrName) const
{
    if (idOrName.trimmed().compare(QLatin1String("me"), Qt::CaseInsensitive) == 0)
        return storage::UserRepository(database).ensureLocalUser();
    return resolveByName(
        storage::TaskBoardRepository(database).people(), idOrName, [](const storage::TaskAssignee &person) { return person.userId; },
        [](const storage::TaskAssignee &person) { return person.name; }, tr("There is no staff user \"%1\".").arg(idOrName),
        tr("Several people are called \"%1\": %2; give the id.").arg(idOrName));
}

QDate CommandLine::parseDate(const QString &option) const
{
    const QString text = m_parser.value(option).trimmed();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        throw UsageError{tr("--%1 must be a date like 2026-01-31, not \"%2\".").arg(option, text)};
    return day;
}

bool CommandLine::parseOnOff(const QString &option, bool fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    const QString value = m_parser.value(option).trimmed().toLower();
    if (value == QLatin1String("on") || value == QLatin1String("yes") || value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("off") || value == QLatin1String("no") || value == QLatin1String("false"))
        return false;
    throw UsageError{tr("--%1 takes on or off, not \"%2\".").arg(option, m_parser.value(option))};
}

int CommandLine::runTasksList()
{
    requireOnly({QStringLiteral("board"), QStringLiteral("assignee"), QStringLiteral("due-before"), QStringLiteral("limit"),
                 QStringLiteral("format")});
    const QString format = parseFormat();
    storage::TaskListFilter filter;
    if (m_parser.isSet(QStringLiteral("due-before")))
        filter.dueBefore = parseDate(QStringLiteral("due-before"));
    filter.limit = parseInt(QStringLiteral("limit"), 1, 1'000'000, 1000);

    const storage::Database database = openDatabase(false);
    if (m_parser.isSet(QStringLiteral("board")))
        filter.boardId = resolveBoard(database, m_parser.value(QStringLiteral("board")));
    if (m_parser.isSet(QStringLiteral("assignee")))
        filter.assigneeId = resolveUser(database, m_parser.value(QStringLiteral("assignee")));
    const QList<storage::TaskListRow> rows = storage::TaskListQuery(database).list(filter);

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &row : rows)
            array.append(taskJson(row));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QStringList headings = {tr("Key"), tr("Board"), tr("Column"), tr("Status"), tr("Due"), tr("Assignees"), tr("Name")};
        const auto cells = [](const storage::TaskListRow &row, const QString &separator) {
            return QStringList{row.key, row.boardName, row.groupName, row.status,
                               row.dueDate.isValid() ? row.dueDate.toString(Qt::ISODate) : QString(),
                               row.assignees.join(separator), row.name};
        };
        if (format == QLatin1String("csv")) {
            m_out << QString::fromUtf8(models::CsvWriter::record(headings + QStringList{tr("Id")}));
            for (const auto &row : rows)
                m_out << QString::fromUtf8(models::CsvWriter::record(cells(row, QStringLiteral("; ")) + QStringList{row.id}));
        } else {
            QList<QStringList> table{headings};
            for (const auto &row : rows)
                table.append(cells(row, QStringLiteral(", ")));
            printTable(table, true);
            m_out << tr("%n task(s)", nullptr, int(rows.size())) << Qt::endl;
        }
    }
    finishOutput();
    return 0;
}

int CommandLine::runTasksAdd()
{
    requireOnly({QStringLiteral("board"), QStringLiteral("group"), QStringLiteral("name"), QStringLiteral("due"),
                 QStringLiteral("assignee"), QStringLiteral("call")});
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (!m_parser.isSet(QStringLiteral("board")) || name.isEmpty())
        throw UsageError{tr("\"tasks add\" needs --board B and --name N.")};
    const QDate due = m_parser.isSet(QStringLiteral("due")) ? parseDate(QStringLiteral("due")) : QDate();

    // Everything is looked up before anything is written, so a wrong value adds no half task.
    const storage::Database database = openDatabase(false);
    storage::TaskBoardRepository boards(database);
    const QString boardId = resolveBoard(database, m_parser.value(QStringLiteral("board")));
    const QList<storage::TaskGroup> groups = boards.groups(boardId, true);
    QString group;
    if (m_parser.isSet(QStringLiteral("group"))) {
        group = groupId(groups, m_parser.value(QStringLiteral("group")));
    } else {
        for (const auto &candidate : groups) {
            if (!candidate.archived) {
                group = candidate.id;
                break;
            }
        }
        if (group.isEmpty())
            throw StorageError(StorageError::Kind::Constraint, tr("The board has no open column; add one first."));
    }
    const QString assignee = m_parser.isSet(QStringLiteral("assignee"))
                                 ? resolveUser(database, m_parser.value(QStringLiteral("assignee"))) : QString();
    const QString callId = m_parser.value(QStringLiteral("call")).trimmed();
    if (!callId.isEmpty() && !storage::CallRepository(database).findByCallId(callId))
        throw StorageError(StorageError::Kind::NotFound, tr("There is no lead with call id \"%1\".").arg(callId));
    const QString userId = storage::UserRepository(database).ensureLocalUser();

    const QString itemId = boards.createItem(group, name, userId);
    if (due.isValid())
        boards.setDueDate(itemId, due);
    if (!assignee.isEmpty())
        boards.setAssigned(itemId, assignee, true);
    if (!callId.isEmpty())
        boards.linkCall(itemId, callId);
    const std::optional<storage::TaskCard> card = boards.card(itemId);
    // The key alone on the first line, so scripts can take it with head -n 1.
    m_out << (card ? card->key : itemId) << Qt::endl;

    const storage::TaskAutomationOutcome outcome =
        storage::TaskAutomationEngine(database, userId).processEvent({storage::taskautomation::ItemCreated, itemId, {}});
    for (const QString &error : outcome.errors)
        m_err << tr("anchorctl: automation: %1").arg(error) << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runTasksMove(const QString &item)
{
    requireOnly({QStringLiteral("group"), QStringLiteral("position")});
    if (!m_parser.isSet(QStringLiteral("group")))
        throw UsageError{tr("\"tasks move\" needs --group G.")};
    const int position = parseInt(QStringLiteral("position"), 1, 1'000'000, 0);   // 1: the top; 0: the end

    const storage::Database database = openDatabase(false);
    storage::TaskBoardRepository boards(database);
    const QString itemId = storage::TaskListQuery(database).resolveItem(item);
    const std::optional<storage::TaskCard> card = boards.card(itemId);
    if (!card)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no task \"%1\".").arg(item));
    if (card->archivedAt.isValid())
        throw StorageError(StorageError::Kind::Constraint, tr("The task %1 is archived; restore it before moving it.").arg(card->key));
    const QList<storage::TaskGroup> groups = boards.groups(card->boardId, true);
    const QString target = groupId(groups, m_parser.value(QStringLiteral("group")));
    const auto group = std::find_if(groups.cbegin(), groups.cend(), [&target](const auto &g) { return g.id == target; });
    if (group->archived)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("The column \"%1\" is archived; nothing can be moved there.").arg(group->name));

    int others = 0;   // the cards already in the target column, this one left out
    for (const auto &other : boards.cards(card->boardId))
        others += other.groupId == target && other.id != itemId ? 1 : 0;
    const int index = position == 0 ? others : qMin(position - 1, others);
    const storage::TaskPlace from = boards.moveItem(itemId, {target, index});
    m_out << tr("Moved %1 to %2 (position %3).").arg(card->key, group->name).arg(index + 1) << Qt::endl;

    if (from.groupId != target) {
        const QString userId = storage::UserRepository(database).ensureLocalUser();
        const storage::TaskAutomationOutcome outcome = storage::TaskAutomationEngine(database, userId).processEvent(
            {storage::taskautomation::MovedToGroup, itemId, {{QStringLiteral("group_id"), target}}});
        for (const QString &error : outcome.errors)
            m_err << tr("anchorctl: automation: %1").arg(error) << Qt::endl;
    }
    finishOutput();
    return 0;
}

int CommandLine::runTasksFromLeads()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("board"), QStringLiteral("voicemail"), QStringLiteral("needs-attention")});
    if (!m_parser.isSet(QStringLiteral("client")) || !m_parser.isSet(QStringLiteral("board")))
        throw UsageError{tr("\"tasks from-leads\" needs --client X and --board B.")};
    storage::LeadTaskSettings settings;
    settings.voicemail = parseOnOff(QStringLiteral("voicemail"), true);
    settings.needsAttention = parseOnOff(QStringLiteral("needs-attention"), true);

    const storage::Database database = openDatabase(false);
    const QString clientId = parseClientId(database);
    settings.boardId = resolveBoard(database, m_parser.value(QStringLiteral("board")));
    storage::LeadTaskRepository(database).setSettings(clientId, settings);

    const QString client = storage::ClientRepository(database).find(clientId)->name;
    const QString board = storage::TaskBoardRepository(database).board(settings.boardId)->name;
    if (settings.voicemail && settings.needsAttention)
        m_out << tr("New voicemail and needs-attention leads of %1 become tasks on the board %2.").arg(client, board);
    else if (settings.voicemail)
        m_out << tr("New voicemail leads of %1 become tasks on the board %2.").arg(client, board);
    else if (settings.needsAttention)
        m_out << tr("New needs-attention leads of %1 become tasks on the board %2.").arg(client, board);
    else
        m_out << tr("New leads of %1 no longer become tasks.").arg(client);
    m_out << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runBoardsAdd()
{
    requireOnly({QStringLiteral("workspace"), QStringLiteral("name"), QStringLiteral("prefix"), QStringLiteral("template")});
    const QString workspace = m_parser.value(QStringLiteral("workspace")).trimmed();
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (workspace.isEmpty() || name.isEmpty())
        throw UsageError{tr("\"boards add\" needs --workspace W and --name N.")};
    const QString templateText = m_parser.isSet(QStringLiteral("template"))
                                     ? m_parser.value(QStringLiteral("template")).trimmed().toLower() : QStringLiteral("basic");
    storage::BoardTemplate boardTemplate = storage::BoardTemplate::BasicWorkflow;
    if (templateText == QLatin1String("sales"))
        boardTemplate = storage::BoardTemplate::SalesSprint;
    else if (templateText == QLatin1String("project"))
        boardTemplate = storage::BoardTemplate::ProjectDelivery;
    else if (templateText == QLatin1String("blank"))
        boardTemplate = storage::BoardTemplate::Blank;
    else if (templateText != QLatin1String("basic"))
        throw UsageError{tr("Unknown board template \"%1\"; use basic, sales, project or blank.").arg(templateText)};

    const storage::Database database = openDatabase(false);
    const QString userId = storage::UserRepository(database).ensureLocalUser();
    storage::TaskBoardRepository boards(database);
    // The workspace is found by id or name, and made when there is none yet.
    QString workspaceId;
    try {
        workspaceId = resolveByName(
            boards.workspaces(), workspace, [](const storage::TaskWorkspace &w) { return w.id; },
            [](const storage::TaskWorkspace &w) { return w.name; }, QString(),
            tr("Several workspaces are called \"%1\": %2; give the id.").arg(workspace));
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::NotFound)
            throw;
        workspaceId = boards.createWorkspace(workspace, userId);
    }
    const QString boardId = boards.createBoard(workspaceId, name, m_parser.value(QStringLiteral("prefix")).trimmed(),
                                               boardTemplate, userId);
    // The id alone on the first line, so scripts can take it with head -n 1.
    m_out << boardId << Qt::endl;
    QStringList columns;
    for (const auto &group : boards.groups(boardId))
        columns.append(group.name);
    if (!columns.isEmpty())
        m_out << tr("Columns: %1").arg(columns.join(QStringLiteral(", "))) << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runBoardsList()
{
    requireOnly({QStringLiteral("format")});
    const QString format = parseFormat();
    const storage::Database database = openDatabase(false);
    const QList<storage::TaskBoard> boards = allBoards(database);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &board : boards)
            array.append(QJsonObject{{QStringLiteral("id"), board.id},
                                     {QStringLiteral("name"), board.name},
                                     {QStringLiteral("prefix"), board.prefix},
                                     {QStringLiteral("workspace_id"), board.workspaceId},
                                     {QStringLiteral("workspace"), board.workspaceName}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QStringList headings = {tr("Workspace"), tr("Board"), tr("Prefix"), tr("Id")};
        if (format == QLatin1String("csv")) {
            m_out << QString::fromUtf8(models::CsvWriter::record(headings));
            for (const auto &board : boards)
                m_out << QString::fromUtf8(models::CsvWriter::record({board.workspaceName, board.name, board.prefix, board.id}));
        } else {
            QList<QStringList> table{headings};
            for (const auto &board : boards)
                table.append({board.workspaceName, board.name, board.prefix, board.id});
            printTable(table, true);
            m_out << tr("%n board(s)", nullptr, int(boards.size())) << Qt::endl;
        }
    }
    finishOutput();
    return 0;
}

QJsonObject CommandLine::runTaskJobs(const storage::Database &database, const QString &userId, const QDateTime &now, bool json)
{
    const storage::TaskJobsResult result = storage::TaskJobs(database, userId).runAll(now);
    const storage::TaskAutomationOutcome &due = result.dueAutomations;
    // Failed automations are logged in the database; they do not make the run fail.
    for (const QString &error : due.errors)
        m_err << tr("anchorctl: automation: %1").arg(error) << Qt::endl;
    if (!json)
        m_out << tr("%1; %2").arg(tr("%n task(s) archived", nullptr, result.archived),
                                  tr("%n due-date automation(s) ran", nullptr, due.succeeded))
              << Qt::endl;
    return {{QStringLiteral("tasks_archived"), result.archived},
            {QStringLiteral("due_automations_ran"), due.succeeded},
            {QStringLiteral("due_automations_failed"), due.failed},
            {QStringLiteral("due_automations_skipped"), due.skipped},
            {QStringLiteral("automation_errors"), QJsonArray::fromStringList(due.errors)}};
}

} // namespace anchor::cli
