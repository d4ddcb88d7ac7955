#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace anchor::sync {

// The exact bytes of each element of one array in a JSON reply: `{"items":[{...},{...}]}` gives
// the text of every item as the server wrote it. Used to keep an event as received without
// writing it out again from the parsed document. Expects a body a JSON parser already accepted;
// says nothing (nullopt) when the key is not a top-level key of an object, holds no array, or
// appears more than once, so the caller falls back to the parsed document.
std::optional<QList<QByteArrayView>> jsonArraySlices(QByteArrayView body, QByteArrayView key);

} // namespace anchor::sync
