#include "syncstatuswidget.h"

#include <ctmsyncrunner.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace anchor::ui {

SyncStatusWidget::SyncStatusWidget(models::CtmSyncRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_errors(new QToolButton(this))
{
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the sync; it resumes where it stopped next time"));
    m_cancel->setAutoRaise(true);
    m_errors->setAutoRaise(true);
    m_errors->setObjectName(QStringLiteral("syncProblems"));
    m_errors->setText(tr("Sync problems"));
    m_errors->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_errors->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_errors->setAccessibleName(tr("Show sync problems"));
    connect(m_cancel, &QToolButton::clicked, m_runner, &models::CtmSyncRunner::cancel);
    connect(m_errors, &QToolButton::clicked, this, &SyncStatusWidget::showErrors);
    connect(m_runner, &models::CtmSyncRunner::statusChanged, this, &SyncStatusWidget::update);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errors);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    update();
}

void SyncStatusWidget::update()
{
    const models::SyncStatus &status = m_runner->status();
    setVisible(status.configured || status.pendingOutbox > 0 || status.running);
    QStringList parts;
    if (status.running) {
        parts.append(status.clientName.isEmpty() ? tr("Syncing with CallTrackingMetrics...")
                                                 : tr("Syncing %1: page %2 of %3").arg(status.clientName)
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
    m_state->setText(parts.join(QStringLiteral(" · ")));
    m_progress->setVisible(status.running);
    m_progress->setMaximum(qMax(status.totalPages, 0));
    m_progress->setValue(status.pages);
    m_cancel->setVisible(status.running);
    m_errors->setVisible(!status.errors.isEmpty());
    m_errors->setToolTip(status.errors.join(QLatin1Char('\n')));
}

void SyncStatusWidget::showErrors()
{
    QMessageBox box(QMessageBox::Warning, tr("Sync problems"),
                    tr("The last sync with CallTrackingMetrics reported problems. Nothing already stored was lost; "
                       "the next sync carries on where this one stopped."),
                    QMessageBox::Close, this);
    box.setDetailedText(m_runner->status().errors.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace anchor::ui
