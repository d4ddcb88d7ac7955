#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QString>

namespace anchor::storage {

// Which new leads of a client become tasks, and on which board: the board is
// client_profiles.task_board_id, the categories app_settings "tasks.from_leads:<clientId>"
// = {"voicemail": true, "needs_attention": true}.
struct LeadTaskSettings
{
    QString boardId;
    bool voicemail = false;
    bool needsAttention = false;

    bool wants(const QString &leadCategory) const;
    bool enabled() const { return !boardId.isEmpty() && (voicemail || needsAttention); }
};

// Tasks made from leads (task_items.call_id): by hand from a lead, and automatically for new
// voicemail and needs-attention calls when the client's setting says so.
class LeadTaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::LeadTaskRepository)

public:
    explicit LeadTaskRepository(Database database);

    LeadTaskSettings settings(const QString &clientId) const;
    // Saves the board (must exist; empty: none) and the categories. One transaction.
    void setSettings(const QString &clientId, const LeadTaskSettings &settings);

    // Creates a task from the lead on the board's first open column: named after the caller and
    // the category, the call's summary as description, the lead linked, the voicemail and needs
    // attention flags from the category. Returns the new item's id. Throws NotFound for an
    // unknown call or board and Constraint for a board without an open column.
    QString createFromLead(const QString &callId, const QString &boardId, const QString &createdBy);

    // For the call import, inside its transaction: the task for a new call when `settings` wants
    // its category and no task is linked to the call yet. Returns the item id, or empty when
    // none was made (a board without an open column makes none rather than failing the import).
    QString createForNewCall(const LeadTaskSettings &settings, const QString &callId, const QString &leadCategory,
                             const QString &caller, const QString &summary, const QString &createdBy);

    // The task's name for a lead: "Voicemail: Ana Smith".
    static QString taskName(const QString &leadCategory, const QString &caller);

private:
    QString firstOpenGroup(const QString &boardId) const;
    QString create(const QString &groupId, const QString &callId, const QString &leadCategory, const QString &caller,
                   const QString &summary, const QString &createdBy);

    Database m_database;
};

} // namespace anchor::storage
