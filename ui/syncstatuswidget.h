#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace anchor::models {
class CtmSyncRunner;
}

namespace anchor::ui {

// The status bar's view of the CTM sync: online or offline, the client being synced with a
// progress bar and a cancel button, when the last sync succeeded, how many changes wait in the
// outbox, and a warning button that shows the errors of the last run.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(models::CtmSyncRunner *runner, QWidget *parent = nullptr);

private:
    void update();
    void showErrors();

    models::CtmSyncRunner *m_runner;
    QLabel *m_state;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_errors;
};

} // namespace anchor::ui
