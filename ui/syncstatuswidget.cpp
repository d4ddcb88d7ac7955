#include "syncstatuswidget.h"

#include <ctmsyncrunner.h>

#include <QLocale>

namespace anchor::ui {

SyncStatusWidget::SyncStatusWidget(models::CtmSyncRunner *runner, QWidget *parent)
    : SyncStatusView(QStringLiteral("syncProblems"), tr("Sync problems"), tr("Sync problems"),
                     tr("The last sync with CallTrackingMetrics reported problems. Nothing already stored was lost; "
                        "the next sync carries on where this one stopped."),
                     tr("Cancel the sync; it resumes where it stopped next time"), parent)
    , m_runner(runner)
{
    connect(this, &SyncStatusView::cancelRequested, m_runner, &models::CtmSyncRunner::cancel);
    connect(m_runner, &models::CtmSyncRunner::statusChanged, this, &SyncStatusWidget::update);
    update();
}

void SyncStatusWidget::update()
{
    const models::SyncStatus &status = m_runner->status();
    State state;
    state.visible = status.configured || status.pendingOutbox > 0 || status.running;
    QStringList parts;
    if (status.running) {
        parts.append(status.clientName.isEmpty() ? tr("Syncing with CallTrackingMetrics...")
                                                 : tr("Syncing %1: page %2 of %3")
                                                       .arg(status.clientName)
                                                       .arg(status.pages)
                                                       .arg(qMax(status.pages, status.totalPages)));
    } else {
        parts.append(status.offline ? tr("Offline") : tr("Online"));
        if (status.lastSuccess.isValid())
            parts.append(tr("last sync %1").arg(QLocale().toString(status.lastSuccess, QLocale::ShortFormat)));
    }
    if (status.pendingOutbox > 0)
        parts.append(tr("%n change(s) waiting", nullptr, status.pendingOutbox));
    if (status.failedOutbox > 0)
        parts.append(tr("%n refused", nullptr, status.failedOutbox));
    state.text = parts.join(QStringLiteral(" · "));
    state.running = status.running;
    state.progress = status.pages;
    state.maximum = status.totalPages;
    state.errors = status.errors;
    showState(state);
}

} // namespace anchor::ui
