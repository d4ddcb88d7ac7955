#include "mailgunstatuswidget.h"

#include <mailgunsyncrunner.h>

#include <QLocale>

namespace anchor::ui {

MailgunStatusWidget::MailgunStatusWidget(models::MailgunSyncRunner *runner, QWidget *parent)
    : SyncStatusView(QStringLiteral("mailgunProblems"), tr("Mailgun problems"), tr("Mailgun problems"),
                     tr("The last Mailgun sync reported problems. Nothing queued was lost or will be sent twice; the "
                        "next sync carries on where this one stopped."),
                     tr("Cancel the Mailgun sync; nothing queued is lost, and the next sync carries on"), parent)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("mailgunStatus"));
    connect(this, &SyncStatusView::cancelRequested, m_runner, &models::MailgunSyncRunner::cancel);
    connect(m_runner, &models::MailgunSyncRunner::statusChanged, this, &MailgunStatusWidget::update);
    update();
}

void MailgunStatusWidget::update()
{
    using Phase = models::MailgunSyncStatus::Phase;
    const models::MailgunSyncStatus &status = m_runner->status();
    const QLocale locale;
    State state;
    state.visible = status.configured || status.pending > 0 || status.running || !status.errors.isEmpty();
    QStringList parts;
    if (status.running) {
        state.running = true;
        switch (status.phase) {
        case Phase::Idle:
        case Phase::Sending:
            if (status.sendTotal > 0) {
                parts.append(tr("Mailgun: sending %1 of %2")
                                 .arg(locale.toString(status.sendDone), locale.toString(status.sendTotal)));
                state.progress = status.sendDone;
                state.maximum = status.sendTotal;
            } else {
                parts.append(tr("Mailgun: sending..."));
            }
            break;
        case Phase::Events:
            parts.append(tr("Mailgun: events of %1, %n page(s)", nullptr, status.eventPages).arg(status.scopeName));
            break;
        case Phase::Suppressions:
            parts.append(tr("Mailgun: suppression lists of %1").arg(status.scopeName));
            break;
        }
    } else if (status.offline) {
        parts.append(tr("Mailgun offline"));
    } else if (status.lastSuccess.isValid()) {
        parts.append(tr("Mailgun synced %1").arg(locale.toString(status.lastSuccess, QLocale::ShortFormat)));
    } else {
        parts.append(tr("Mailgun not synced yet"));
    }
    if (status.pending > 0)
        parts.append(tr("%n message(s) queued", nullptr, status.pending));
    state.text = parts.join(QStringLiteral(" · "));
    state.errors = status.errors;
    showState(state);
}

} // namespace anchor::ui
