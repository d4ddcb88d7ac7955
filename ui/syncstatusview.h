#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace anchor::ui {

// What the status bar shows of one background sync (CTM, Mailgun): a warning button while the
// last run reported problems (clicked: the details), a line of state, and while it runs a
// progress bar with a Cancel button. The widgets that follow a runner (SyncStatusWidget,
// MailgunStatusWidget) turn its status into a State.
class SyncStatusView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusView)

public:
    struct State
    {
        bool visible = false;
        QString text;
        bool running = false;
        int progress = 0;
        int maximum = 0; // 0 while running: busy (how far is not known)
        QStringList errors;
    };

    QToolButton *problemsButton() const { return m_errors; }
    QLabel *stateLabel() const { return m_state; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

protected:
    // problemsName: the button's object name (tests find it); problemsTitle and problemsIntro:
    // the details box, whose detailed text lists the errors.
    SyncStatusView(const QString &problemsName, const QString &problemsText, const QString &problemsTitle,
                   const QString &problemsIntro, const QString &cancelTip, QWidget *parent);
    void showState(const State &state);

private:
    void showProblems();

    QString m_problemsTitle;
    QString m_problemsIntro;
    QStringList m_shownErrors;
    QLabel *m_state;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_errors;
};

} // namespace anchor::ui
