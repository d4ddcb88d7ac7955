#include "segmentdocument.h"

#include "segmentcommands.h"

#include <storageerror.h>

#include <QUndoStack>

namespace anchor::models {

using storage::Segment;
using storage::SegmentRepository;
using storage::StorageError;

namespace {

bool sameSegment(const Segment &a, const Segment &b)
{
    return a.id == b.id && a.clientId == b.clientId && a.name == b.name && a.description == b.description
        && a.filter == b.filter;
}

} // namespace

SegmentDocument::SegmentDocument(storage::Database database, QUndoStack *sharedStack, QString userId, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(sharedStack ? sharedStack : new QUndoStack(this))
    , m_userId(std::move(userId))
{
}

bool SegmentDocument::saveSegment(const Segment &segment, QString *savedId)
{
    try {
        SegmentRepository segments(m_database);
        std::optional<Segment> before;
        if (!segment.id.isEmpty()) {
            before = segments.find(segment.id);
            if (!before)
                throw StorageError(StorageError::Kind::NotFound, tr("The segment no longer exists."));
        }
        Segment draft = segment;
        if (draft.createdBy.isEmpty())
            draft.createdBy = m_userId;
        const QString id = segments.save(draft);
        if (savedId)
            *savedId = id;
        const std::optional<Segment> after = segments.find(id);
        if (!after)
            return true;
        if (before && sameSegment(*before, *after)) {
            announce();   // the count may have been refreshed
            return true;
        }
        m_undoStack->push(new SegmentCommand(this, before ? tr("Edit segment \"%1\"").arg(after->name)
                                                          : tr("Add segment \"%1\"").arg(after->name),
                                             before, after));
        announce();
        return true;
    } catch (const StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

bool SegmentDocument::removeSegment(const QString &segmentId)
{
    try {
        SegmentRepository segments(m_database);
        const std::optional<Segment> before = segments.find(segmentId);
        if (!before)
            throw StorageError(StorageError::Kind::NotFound, tr("The segment no longer exists."));
        segments.remove(segmentId);
        m_undoStack->push(new SegmentCommand(this, tr("Delete segment \"%1\"").arg(before->name), before, std::nullopt));
        announce();
        return true;
    } catch (const StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

} // namespace anchor::models
