#pragma once

#include <journeytypes.h>

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace anchor::models {
class JourneysDocument;
}

namespace anchor::ui {

// Everything about one journey: the person and the client business, status (with the changes
// the workflow allows), pause, the steps (complete, notes, reschedule, add, remove), the notes,
// and a timeline of calls, steps, notes and status changes in time order. Every change goes
// through the JourneysDocument, so it is undoable and every view shows it.
class JourneyDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyDetailPane)

public:
    explicit JourneyDetailPane(models::JourneysDocument *document, QWidget *parent = nullptr);

    QString journeyId() const { return m_journeyId; }
    void showJourney(const QString &journeyId);
    void reload();

    QTreeWidget *stepsView() const { return m_steps; }
    QListWidget *timelineView() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void convertRequested(const QString &journeyId);
    void followUpRequested(const QString &journeyId);
    void openCallRequested(const QString &callId);

private:
    void build();
    void fillSteps();
    void fillNotes();
    void fillTimeline();
    void stepChanged(QTreeWidgetItem *item, int column);
    void editStepNotes();
    void rescheduleStep();
    void addStep();
    void removeStep();
    void addNote();
    void showStatusMenu();
    QString selectedStepId() const;

    models::JourneysDocument *m_document;
    QString m_journeyId;
    storage::JourneyRow m_row;
    QList<storage::JourneyStep> m_stepList;
    bool m_filling = false;

    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_facts = nullptr;
    QToolButton *m_status = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_convert = nullptr;
    QPushButton *m_followUp = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_steps = nullptr;
    QListWidget *m_notes = nullptr;
    QPlainTextEdit *m_noteEditor = nullptr;
    QListWidget *m_timeline = nullptr;
};

} // namespace anchor::ui
