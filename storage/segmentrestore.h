#pragma once

#include "database.h"
#include "segmentrepository.h"

namespace anchor::storage {

// The undo of SegmentRepository::remove(): writes a deleted segment back under its id (campaigns
// refer to segments by id), with its name, filter and creator as they were; the customer count
// is counted again. A segment that is still there is updated instead. Throws StorageError.
// (Kept apart from SegmentRepository so the undo support needs no change there; it can move
// into it as SegmentRepository::restore.)
void restoreSegment(const Database &database, const Segment &segment);

} // namespace anchor::storage
