#pragma once

#include <QEventLoop>

namespace anchor::cli {

// anchorctl is a console program: it waits for asynchronous work (the keychain, the network)
// in a local event loop. `start` is given the callback to call once the work is done, at once
// or later.
template <typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

} // namespace anchor::cli
