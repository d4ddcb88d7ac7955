#pragma once

#include "database.h"
#include "leadquery.h"
#include "leadtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace anchor::storage {

struct LeadNote
{
    QString id;
    QString callId;
    QString authorId;
    QString noteType;   // note, call, email, sms, meeting
    QString body;
    QDateTime createdAt;
};

// The notes log of a lead (lead_notes). Notes feed the search index through triggers.
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::NoteRepository)

public:
    explicit NoteRepository(Database database);

    QList<LeadNote> forCall(const QString &callId) const;
    std::optional<LeadNote> find(const QString &noteId) const;
    // Puts a note back with its id and time (undo of a delete, redo of an add).
    void insert(const LeadNote &note);
    // alsoToCtm: the note is also queued for the call's notes in CTM, in the same transaction.
    QString add(const QString &callId, const QString &noteType, const QString &body, const QString &authorId,
                bool alsoToCtm = false);
    void update(const QString &noteId, const QString &noteType, const QString &body);
    void remove(const QString &noteId);

private:
    Database m_database;
};

// Tags per client (lead_tags) and their use on calls (call_log_tags).
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::TagRepository)

public:
    explicit TagRepository(Database database);

    QList<TagRef> forClient(const QString &clientId) const;
    QList<TagRef> forCall(const QString &callId) const;
    // Ids of every tag with this name, across clients (names are unique per client only).
    QStringList idsNamed(const QString &name) const;
    QString create(const QString &clientId, const QString &name, const QString &color);
    void remove(const QString &tagId);
    // Of these calls, the ones that carry the tag.
    QStringList callsWithTag(const QString &tagId, const QStringList &callIds) const;
    void addToCalls(const QString &tagId, const QStringList &callIds);
    void removeFromCalls(const QString &tagId, const QStringList &callIds);

private:
    Database m_database;
};

struct SavedView
{
    QString id;
    QString name;
    LeadFilter filter;
    bool isDefault = false;
};

// Saved filter configurations of the leads list (lead_saved_views), per staff user.
class SavedViewRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::SavedViewRepository)

public:
    explicit SavedViewRepository(Database database);

    QList<SavedView> forOwner(const QString &ownerId) const;
    std::optional<SavedView> defaultView(const QString &ownerId) const;
    QString save(const QString &ownerId, const QString &name, const LeadFilter &filter);
    void updateFilter(const QString &viewId, const LeadFilter &filter);
    void rename(const QString &viewId, const QString &name);
    void remove(const QString &viewId);
    // Makes this view the owner's default (and no other); an empty id clears the default.
    void setDefault(const QString &ownerId, const QString &viewId);

private:
    Database m_database;
};

struct PipelineStage
{
    QString id;
    QString clientId;
    QString name;
    QString color;
    int position = 0;
    bool isWon = false;
    bool isLost = false;
};

// Pipeline stages per client (lead_pipeline_stages), in position order.
class PipelineStageRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::PipelineStageRepository)

public:
    explicit PipelineStageRepository(Database database);

    QList<PipelineStage> forClient(const QString &clientId) const;
    // Ids of every stage with this name, across clients (each client has its own stages).
    QStringList idsNamed(const QString &name) const;
    QString create(const PipelineStage &stage);
    void update(const PipelineStage &stage);
    void remove(const QString &stageId);
    // Renumbers the client's stages in this order (positions 0, 1, 2, ...).
    void reorder(const QStringList &orderedStageIds);
    // Saves a whole edited list in one transaction: removes, creates (empty id) and updates, and
    // positions them in list order. Returns the ids in list order, new ones included.
    QStringList saveAll(const QString &clientId, const QList<PipelineStage> &ordered, const QStringList &removedIds);

private:
    Database m_database;
};

} // namespace anchor::storage
