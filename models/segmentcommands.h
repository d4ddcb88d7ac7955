#pragma once

#include <segmentrepository.h>

#include <QUndoCommand>

#include <optional>

namespace anchor::models {

class SegmentDocument;

// A before/after snapshot of one saved segment: nothing before is an add, nothing after a
// delete. A deleted segment comes back under its id (campaigns refer to it by id).
class SegmentCommand final : public QUndoCommand
{
public:
    enum { Id = 1300 };   // never merged

    SegmentCommand(SegmentDocument *document, const QString &text, std::optional<storage::Segment> before,
                   std::optional<storage::Segment> after);
    void undo() override;
    void redo() override;
    int id() const override { return Id; }

private:
    void apply(const std::optional<storage::Segment> &target, const std::optional<storage::Segment> &current);

    SegmentDocument *m_document;
    std::optional<storage::Segment> m_before;
    std::optional<storage::Segment> m_after;
    bool m_firstRedo = true;   // the edit already happened when the command was pushed
};

} // namespace anchor::models
