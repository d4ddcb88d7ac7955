#pragma once

#include "syncstatusview.h"

namespace anchor::models {
class CtmSyncRunner;
}

namespace anchor::ui {

// The status bar's view of the CTM sync: online or offline, the client being synced with a
// progress bar and a cancel button, when the last sync succeeded, how many changes wait in the
// outbox, and a warning button that shows the errors of the last run.
class SyncStatusWidget final : public SyncStatusView
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(models::CtmSyncRunner *runner, QWidget *parent = nullptr);

private:
    void update();

    models::CtmSyncRunner *m_runner;
};

} // namespace anchor::ui
