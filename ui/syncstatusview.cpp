#include "syncstatusview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace anchor::ui {

SyncStatusView::SyncStatusView(const QString &problemsName, const QString &problemsText, const QString &problemsTitle,
                               const QString &problemsIntro, const QString &cancelTip, QWidget *parent)
    : QWidget(parent)
    , m_problemsTitle(problemsTitle)
    , m_problemsIntro(problemsIntro)
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
    m_cancel->setToolTip(cancelTip);
    m_cancel->setAutoRaise(true);
    m_errors->setAutoRaise(true);
    m_errors->setObjectName(problemsName);
    m_errors->setText(problemsText);
    m_errors->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_errors->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_errors->setAccessibleName(problemsTitle);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusView::cancelRequested);
    connect(m_errors, &QToolButton::clicked, this, &SyncStatusView::showProblems);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errors);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
}

void SyncStatusView::showState(const State &state)
{
    setVisible(state.visible);
    m_state->setText(state.text);
    m_progress->setVisible(state.running);
    m_progress->setMaximum(qMax(state.maximum, 0));
    m_progress->setValue(state.progress);
    m_cancel->setVisible(state.running);
    m_shownErrors = state.errors;
    m_errors->setVisible(!state.errors.isEmpty());
    m_errors->setToolTip(state.errors.join(QLatin1Char('\n')));
}

void SyncStatusView::showProblems()
{
    QMessageBox box(QMessageBox::Warning, m_problemsTitle, m_problemsIntro, QMessageBox::Close, this);
    box.setDetailedText(m_shownErrors.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace anchor::ui
