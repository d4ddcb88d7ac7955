#include "segmentcommands.h"

#include "segmentdocument.h"

#include <segmentrepository.h>
#include <storageerror.h>

namespace anchor::models {

SegmentCommand::SegmentCommand(SegmentDocument *document, const QString &text, std::optional<storage::Segment> before,
                               std::optional<storage::Segment> after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SegmentCommand::apply(const std::optional<storage::Segment> &target, const std::optional<storage::Segment> &current)
{
    // Undo and redo cannot refuse; a failure is reported and the views reload from the database.
    try {
        if (target)
            storage::SegmentRepository(m_document->database()).restore(*target);
        else
            storage::SegmentRepository(m_document->database()).remove(current->id);
    } catch (const storage::StorageError &error) {
        Q_EMIT m_document->editFailed(error.message());
    }
    m_document->announce();
}

void SegmentCommand::undo()
{
    apply(m_before, m_after);
}

void SegmentCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_after, m_before);
}

} // namespace anchor::models
