#pragma once

#include "syncstatusview.h"

namespace anchor::models {
class MailgunSyncRunner;
}

namespace anchor::ui {

// The status bar's view of the Mailgun work (models::MailgunSyncRunner): while a run goes, what
// it does (sending n of m, whose events or suppression lists) with a progress bar and Cancel;
// otherwise offline, or when the last complete sync was; how many messages wait in the send
// queue; and a "Mailgun problems" button with the last run's errors. Shown once Mailgun is set
// up, or while anything is queued.
class MailgunStatusWidget final : public SyncStatusView
{
    Q_OBJECT

public:
    explicit MailgunStatusWidget(models::MailgunSyncRunner *runner, QWidget *parent = nullptr);

private:
    void update();

    models::MailgunSyncRunner *m_runner;
};

} // namespace anchor::ui
