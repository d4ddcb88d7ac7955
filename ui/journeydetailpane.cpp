#include "journeydetailpane.h"

#include <journeymessage.h>
#include <journeysdocument.h>
#include <journeystablemodel.h>
#include <journeyrepository.h>
#include <leadtypes.h>
#include <storageerror.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {

enum StepColumn { StepDone, StepLabel, StepChannel, StepDue, StepNotes };

QString channelLabel(const QString &channel)
{
    if (channel == QLatin1String("call"))
        return JourneyDetailPane::tr("Call");
    if (channel == QLatin1String("sms"))
        return JourneyDetailPane::tr("SMS");
    if (channel == QLatin1String("email"))
        return JourneyDetailPane::tr("Email");
    if (channel == QLatin1String("meeting"))
        return JourneyDetailPane::tr("Meeting");
    return JourneyDetailPane::tr("Task");
}

QString localDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace

JourneyDetailPane::JourneyDetailPane(models::JourneysDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_placeholder(new QLabel(tr("Select a journey to see its steps, notes and timeline."), this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    // Queued: an edit made from inside this pane's own signals (a step ticked off) must not
    // rebuild the step list under the item that is still emitting.
    connect(m_document, &models::JourneysDocument::journeysChanged, this, [this](const QStringList &ids) {
        if (!m_journeyId.isEmpty() && (ids.isEmpty() || ids.contains(m_journeyId)))
            reload();
    }, Qt::QueuedConnection);
}

void JourneyDetailPane::build()
{
    if (m_content)
        return;
    m_content = new QWidget(this);
    layout()->addWidget(m_content);
    m_person = new QLabel(m_content);
    QFont big = m_person->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_person->setFont(big);
    m_person->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(m_content);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("call:")))
            Q_EMIT openCallRequested(link.mid(5));
    });

    m_status = new QToolButton(m_content);
    m_status->setPopupMode(QToolButton::InstantPopup);
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setAccessibleName(tr("Status"));
    m_status->setMenu(new QMenu(m_status));
    connect(m_status->menu(), &QMenu::aboutToShow, this, &JourneyDetailPane::showStatusMenu);
    m_pause = new QPushButton(m_content);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_document->setPaused(m_journeyId, !m_row.paused); });
    m_convert = new QPushButton(tr("Convert to Active Client..."), m_content);
    connect(m_convert, &QPushButton::clicked, this, [this] { Q_EMIT convertRequested(m_journeyId); });
    m_followUp = new QPushButton(tr("Start Follow-up Journey..."), m_content);
    connect(m_followUp, &QPushButton::clicked, this, [this] { Q_EMIT followUpRequested(m_journeyId); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_convert);
    buttons->addWidget(m_followUp);
    buttons->addStretch();

    m_tabs = new QTabWidget(m_content);
    // Steps
    auto *stepsPage = new QWidget;
    m_steps = new QTreeWidget(stepsPage);
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Done"), tr("Step"), tr("Channel"), tr("Due"), tr("Notes")});
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->header()->setSectionResizeMode(StepLabel, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepNotes, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StepDone, QHeaderView::ResizeToContents);
    m_steps->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_steps, &QTreeWidget::itemChanged, this, &JourneyDetailPane::stepChanged);
    connect(m_steps, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *, int column) {
        if (column == StepDue)
            rescheduleStep();
        else if (column != StepDone)
            editStepNotes();
    });
    auto *notesAction = new QAction(tr("Edit Step &Notes..."), m_steps);
    notesAction->setShortcut(QKeySequence(Qt::Key_F2));
    notesAction->setShortcutContext(Qt::WidgetShortcut);
    connect(notesAction, &QAction::triggered, this, &JourneyDetailPane::editStepNotes);
    auto *rescheduleAction = new QAction(tr("&Reschedule Step..."), m_steps);
    rescheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    rescheduleAction->setShortcutContext(Qt::WidgetShortcut);
    connect(rescheduleAction, &QAction::triggered, this, &JourneyDetailPane::rescheduleStep);
    auto *addAction = new QAction(tr("&Add Step..."), m_steps);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &JourneyDetailPane::addStep);
    auto *removeAction = new QAction(tr("Re&move Step"), m_steps);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &JourneyDetailPane::removeStep);
    m_steps->addActions({notesAction, rescheduleAction, addAction, removeAction});
    auto *stepButtons = new QHBoxLayout;
    for (QAction *action : {addAction, rescheduleAction, notesAction}) {
        auto *button = new QToolButton(stepsPage);
        button->setDefaultAction(action);
        stepButtons->addWidget(button);
    }
    stepButtons->addStretch();
    auto *stepsLayout = new QVBoxLayout(stepsPage);
    stepsLayout->addWidget(m_steps);
    stepsLayout->addLayout(stepButtons);
    m_tabs->addTab(stepsPage, tr("Steps"));

    // Notes
    auto *notesPage = new QWidget;
    m_notes = new QListWidget(notesPage);
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Journey notes"));
    m_notes->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *deleteNote = new QAction(tr("&Delete Note"), m_notes);
    deleteNote->setShortcut(QKeySequence::Delete);
    deleteNote->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteNote, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_notes->currentItem())
            m_document->removeNote(m_journeyId, item->data(Qt::UserRole).toString());
    });
    m_notes->addAction(deleteNote);
    m_noteEditor = new QPlainTextEdit(notesPage);
    m_noteEditor->setPlaceholderText(tr("Write a note about this journey..."));
    m_noteEditor->setAccessibleName(tr("New journey note"));
    m_noteEditor->setMaximumHeight(90);
    auto *addNote = new QPushButton(tr("Add Note"), notesPage);
    addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addNote->setToolTip(tr("Add the note (Ctrl+Enter)"));
    connect(addNote, &QPushButton::clicked, this, &JourneyDetailPane::addNote);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteEditor);
    notesLayout->addWidget(addNote, 0, Qt::AlignRight);
    m_tabs->addTab(notesPage, tr("Notes"));

    // Timeline
    m_timeline = new QListWidget;
    m_timeline->setWordWrap(true);
    m_timeline->setAccessibleName(tr("Timeline"));
    connect(m_timeline, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(Qt::UserRole + 1).toInt() == int(storage::TimelineEntry::Kind::Call))
            Q_EMIT openCallRequested(item->data(Qt::UserRole).toString());
    });
    m_tabs->addTab(m_timeline, tr("Timeline"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_person);
    contentLayout->addWidget(m_facts);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_tabs, 1);
}

void JourneyDetailPane::showJourney(const QString &journeyId)
{
    if (journeyId == m_journeyId)
        return;
    m_journeyId = journeyId;
    reload();
}

void JourneyDetailPane::reload()
{
    std::optional<storage::JourneyRow> row;
    try {
        if (!m_journeyId.isEmpty())
            row = storage::JourneyRepository(m_document->database()).find(m_journeyId);
    } catch (const storage::StorageError &error) {
        m_placeholder->setText(tr("The journey could not be loaded: %1").arg(error.message()));
    }
    if (row)
        build();
    m_placeholder->setVisible(!row);
    if (m_content)
        m_content->setVisible(row.has_value());
    if (!row) {
        if (m_journeyId.isEmpty())
            m_placeholder->setText(tr("Select a journey to see its steps, notes and timeline."));
        return;
    }
    m_row = *row;
    m_person->setText(m_row.personName.isEmpty() ? m_row.phone : m_row.personName);
    QStringList facts;
    facts << m_row.clientName.toHtmlEscaped();
    if (!m_row.phone.isEmpty())
        facts << m_row.phone.toHtmlEscaped();
    if (!m_row.email.isEmpty())
        facts << m_row.email.toHtmlEscaped();
    QString html = facts.join(QStringLiteral(" · "));
    if (m_row.concernsRedacted)
        html += QStringLiteral("<br>") + tr("Services and concerns: redacted for privacy").toHtmlEscaped();
    else if (!m_row.concerns.isEmpty())
        html += QStringLiteral("<br>") + tr("Services and concerns: %1").arg(m_row.concerns.join(QStringLiteral(", "))).toHtmlEscaped();
    if (m_row.nextActionAt.isValid()) {
        const bool overdue = m_row.isOverdue(QDateTime::currentDateTimeUtc());
        const QString next = tr("Next action: %1 %2").arg(localDateTime(m_row.nextActionAt), m_row.nextStepLabel).toHtmlEscaped();
        html += QStringLiteral("<br>") + (overdue ? QStringLiteral("<span style='color:#c5221f'><b>%1</b> (%2)</span>")
                                                         .arg(next, tr("overdue").toHtmlEscaped())
                                                   : next);
    }
    if (!m_row.leadCallKey.isEmpty())
        html += QStringLiteral("<br><a href='call:%1'>%2</a>").arg(m_row.leadCallKey.toHtmlEscaped(),
                                                                    tr("Open the lead call").toHtmlEscaped());
    m_facts->setText(html);
    m_status->setText(tr("Status: %1").arg(models::JourneysTableModel::statusLabel(m_row.status)));
    m_pause->setText(m_row.paused ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(storage::isOpenJourneyStatus(m_row.status));
    m_convert->setEnabled(m_row.status == QLatin1String("pending") || m_row.status == QLatin1String("in_progress"));
    m_convert->setToolTip(m_convert->isEnabled() ? tr("Record the services agreed and make this person an active client")
                                                 : tr("Only pending and in-progress journeys can be converted"));
    fillSteps();
    fillNotes();
    fillTimeline();
}

void JourneyDetailPane::showStatusMenu()
{
    QMenu *menu = m_status->menu();
    menu->clear();
    for (const QString &status : storage::journeyStatusesReachableFrom(m_row.status)) {
        QAction *action = menu->addAction(tr("Move to %1").arg(models::JourneysTableModel::statusLabel(status)));
        connect(action, &QAction::triggered, this, [this, status] { m_document->setStatus(m_journeyId, status); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No status change possible"))->setEnabled(false);
}

void JourneyDetailPane::fillSteps()
{
    const QString current = selectedStepId();
    try {
        m_stepList = storage::JourneyRepository(m_document->database()).steps(m_journeyId);
    } catch (const storage::StorageError &error) {
        m_stepList.clear();
        m_placeholder->setText(error.message());
    }
    const models::JourneyMessageValues values{m_row.personName, m_row.concerns.value(0), m_row.clientName, m_row.phone};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_filling = true;
    m_steps->clear();
    for (const storage::JourneyStep &step : std::as_const(m_stepList)) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(StepDone, step.completedAt.isValid() ? Qt::Checked : Qt::Unchecked);
        item->setText(StepLabel, step.label);
        item->setText(StepChannel, channelLabel(step.channel));
        item->setText(StepDue, step.dueAt.isValid() ? QLocale().toString(step.dueAt.toLocalTime().date(), QLocale::ShortFormat)
                                                    : QString());
        item->setToolTip(StepDue, localDateTime(step.dueAt));
        item->setText(StepNotes, step.notes);
        item->setData(StepDone, Qt::UserRole, step.id);
        const QString message = models::renderJourneyMessage(step.message, values);
        item->setToolTip(StepLabel, message.isEmpty() ? step.label : message);
        if (step.completedAt.isValid()) {
            item->setToolTip(StepDone, tr("Done %1").arg(localDateTime(step.completedAt)));
            for (int c = StepLabel; c <= StepNotes; ++c)
                item->setForeground(c, m_steps->palette().brush(QPalette::Disabled, QPalette::Text));
        } else if (step.dueAt.isValid() && step.dueAt < now && !m_row.paused) {
            item->setForeground(StepDue, QColor(0xc5, 0x22, 0x1f));
            item->setToolTip(StepDue, tr("Overdue"));
        }
        if (step.id == current)
            m_steps->setCurrentItem(item);
    }
    m_filling = false;
    m_tabs->setTabText(0, tr("Steps (%1 of %2)").arg(m_row.stepsDone).arg(m_row.stepsTotal));
}

void JourneyDetailPane::fillNotes()
{
    m_notes->clear();
    QList<storage::JourneyNote> notes;
    try {
        notes = storage::JourneyRepository(m_document->database()).notes(m_journeyId);
    } catch (const storage::StorageError &error) {
        m_notes->addItem(error.message());
        return;
    }
    for (const storage::JourneyNote &note : notes) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3").arg(localDateTime(note.createdAt),
                                                                           note.authorName, note.body),
                                         m_notes);
        item->setData(Qt::UserRole, note.id);
    }
    m_tabs->setTabText(1, tr("Notes (%1)").arg(notes.size()));
}

void JourneyDetailPane::fillTimeline()
{
    m_timeline->clear();
    QList<storage::TimelineEntry> entries;
    try {
        entries = storage::JourneyRepository(m_document->database()).timeline(m_journeyId);
    } catch (const storage::StorageError &error) {
        m_timeline->addItem(error.message());
        return;
    }
    for (const storage::TimelineEntry &entry : entries) {
        QString text;
        switch (entry.kind) {
        case storage::TimelineEntry::Kind::Call:
            text = tr("Call: %1, %2 min").arg(storage::LeadVocabulary::categoryLabel(entry.title))
                       .arg(entry.durationSec < 0 ? 0 : (entry.durationSec + 59) / 60);
            if (!entry.detail.isEmpty())
                text += QStringLiteral("\n") + entry.detail;
            break;
        case storage::TimelineEntry::Kind::Step:
            text = tr("Step done: %1").arg(entry.title);
            if (!entry.detail.isEmpty())
                text += QStringLiteral("\n") + entry.detail;
            break;
        case storage::TimelineEntry::Kind::Note:
            text = tr("Note: %1").arg(entry.detail);
            break;
        case storage::TimelineEntry::Kind::Event:
            if (entry.title == QLatin1String("started"))
                text = tr("Journey started");
            else if (entry.title == QLatin1String("paused"))
                text = tr("Journey paused");
            else if (entry.title == QLatin1String("resumed"))
                text = tr("Journey resumed");
            else if (entry.title == QLatin1String("converted"))
                text = tr("Converted to an active client");
            else
                text = tr("Status: %1 → %2").arg(models::JourneysTableModel::statusLabel(entry.fromStatus),
                                                  models::JourneysTableModel::statusLabel(entry.toStatus));
            break;
        }
        auto *item = new QListWidgetItem(localDateTime(entry.at) + QStringLiteral("  ") + text, m_timeline);
        item->setData(Qt::UserRole, entry.refId);
        item->setData(Qt::UserRole + 1, int(entry.kind));
        if (entry.kind == storage::TimelineEntry::Kind::Call)
            item->setToolTip(tr("Press Enter or double-click to open the call"));
    }
    m_tabs->setTabText(2, tr("Timeline (%1)").arg(entries.size()));
}

QString JourneyDetailPane::selectedStepId() const
{
    const QTreeWidgetItem *item = m_steps ? m_steps->currentItem() : nullptr;
    return item ? item->data(StepDone, Qt::UserRole).toString() : QString();
}

void JourneyDetailPane::stepChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != StepDone)
        return;
    const QString stepId = item->data(StepDone, Qt::UserRole).toString();
    m_steps->setCurrentItem(item);
    if (!m_document->setStepCompleted(stepId, item->checkState(StepDone) == Qt::Checked))
        reload();   // refused: show what is stored
}

void JourneyDetailPane::editStepNotes()
{
    const QString stepId = selectedStepId();
    if (stepId.isEmpty())
        return;
    QString current;
    for (const storage::JourneyStep &step : std::as_const(m_stepList)) {
        if (step.id == stepId)
            current = step.notes;
    }
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(this, tr("Step Notes"), tr("Notes for this step:"), current, &ok);
    if (ok)
        m_document->setStepNotes(stepId, notes);
}

void JourneyDetailPane::rescheduleStep()
{
    const QString stepId = selectedStepId();
    if (stepId.isEmpty())
        return;
    QDateTime due = QDateTime::currentDateTime();
    for (const storage::JourneyStep &step : std::as_const(m_stepList)) {
        if (step.id == stepId && step.dueAt.isValid())
            due = step.dueAt.toLocalTime();
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Reschedule Step"));
    auto *edit = new QDateTimeEdit(due, &dialog);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(tr("Due"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Due"), edit);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_document->rescheduleStep(stepId, edit->dateTime().toUTC());
}

void JourneyDetailPane::addStep()
{
    if (m_journeyId.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Step"));
    auto *label = new QLineEdit(&dialog);
    label->setAccessibleName(tr("Step"));
    auto *channel = new QComboBox(&dialog);
    for (const QString &value : storage::journeyChannels())
        channel->addItem(channelLabel(value), value);
    auto *due = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), &dialog);
    due->setCalendarPopup(true);
    auto *message = new QPlainTextEdit(&dialog);
    message->setPlaceholderText(tr("Message, with {{first_name}}, {{client_name}}, {{service}}, {{business_name}} or {{phone}}"));
    message->setMaximumHeight(80);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Step"), label);
    form->addRow(tr("Channel"), channel);
    form->addRow(tr("Due"), due);
    form->addRow(tr("Message"), message);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storage::TemplateStep step;
    step.label = label->text();
    step.channel = channel->currentData().toString();
    step.message = message->toPlainText();
    m_document->addStep(m_journeyId, step, due->dateTime().toUTC());
}

void JourneyDetailPane::removeStep()
{
    const QString stepId = selectedStepId();
    if (!stepId.isEmpty())
        m_document->removeStep(stepId);   // undoable: no confirmation needed
}

void JourneyDetailPane::addNote()
{
    const QString body = m_noteEditor->toPlainText().trimmed();
    if (body.isEmpty())
        return;
    if (m_document->addNote(m_journeyId, body))
        m_noteEditor->clear();
}

} // namespace anchor::ui
