#pragma once

class QThreadPool;

namespace anchor::models {

// A thread pool for work the user is not waiting on this instant (counting every match, listing
// lead sources, dashboard figures). Needs a QCoreApplication. Its threads run at idle priority, so on a busy
// machine they yield to the GUI thread and to page loads, which use the global pool.
QThreadPool *backgroundPool();

} // namespace anchor::models
