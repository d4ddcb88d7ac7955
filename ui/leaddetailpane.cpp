#include "leaddetailpane.h"

#include "starratingwidget.h"

#include <leadannotationrepositories.h>
#include <leadformat.h>
#include <leadsdocument.h>
#include <leadtypes.h>
#include <storageerror.h>

#include <QColorDialog>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace anchor::ui {

using storage::LeadVocabulary;

namespace {

QString noteTypeLabel(const QString &type)
{
    if (type == QLatin1String("call")) return LeadDetailPane::tr("Call");
    if (type == QLatin1String("email")) return LeadDetailPane::tr("Email");
    if (type == QLatin1String("sms")) return LeadDetailPane::tr("SMS");
    if (type == QLatin1String("meeting")) return LeadDetailPane::tr("Meeting");
    return LeadDetailPane::tr("Note");
}

QString ordinalCall(int sequence)
{
    return sequence <= 1 ? LeadDetailPane::tr("first call from this number")
                         : LeadDetailPane::tr("call %1 from this number").arg(sequence);
}

void clearLayout(QLayout *layout)
{
    // deleteLater: a tag chip's own click handler may be what rebuilt the chips.
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace

LeadDetailPane::LeadDetailPane(models::LeadsDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_placeholder(new QLabel(tr("Select a lead to see its details."), this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    setMinimumWidth(280);

    connect(m_document, &models::LeadsDocument::leadsChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_callId))
            reload();
    });
    connect(m_document, &models::LeadsDocument::notesChanged, this, [this](const QString &callId) {
        if (callId == m_callId)
            reloadNotes();
    });
    connect(m_document, &models::LeadsDocument::tagsChanged, this, [this] {
        if (!m_callId.isEmpty())
            reload();
    });
}

void LeadDetailPane::buildContent()
{
    // Built on the first lead shown, not at start-up: until then the pane only shows a prompt,
    // and forty widgets nobody sees would only delay the first paint.
    if (m_content)
        return;
    m_content = new QWidget(this);
    m_caller = new QLabel(m_content);
    m_facts = new QLabel(m_content);
    m_recording = new QLabel(m_content);
    m_stars = new StarRatingWidget(m_content);
    m_category = new QComboBox(m_content);
    m_manualMark = new QLabel(m_content);
    m_stage = new QComboBox(m_content);
    m_tagChips = new QHBoxLayout;
    m_tagInput = new QLineEdit(m_content);
    m_tabs = new QTabWidget(m_content);
    m_summary = new QLabel;
    m_transcriptSearch = new QLineEdit;
    m_transcript = new QPlainTextEdit;
    m_history = new QTreeWidget;
    m_notes = new QListWidget;
    m_noteType = new QComboBox;
    m_noteEditor = new QPlainTextEdit;

    QFont big = m_caller->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_caller->setFont(big);
    m_caller->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recording->setOpenExternalLinks(true);
    m_recording->setTextInteractionFlags(Qt::TextBrowserInteraction);

    for (const QString &category : LeadVocabulary::categories())
        m_category->addItem(LeadVocabulary::categoryLabel(category), category);
    m_category->setAccessibleName(tr("Category"));
    m_manualMark->setText(tr("set by hand"));
    m_manualMark->setToolTip(tr("A category set by hand is never replaced by automatic classification."));
    m_stage->setAccessibleName(tr("Pipeline stage"));
    m_tagInput->setPlaceholderText(tr("Add tag..."));
    m_tagInput->setAccessibleName(tr("Add tag"));
    auto *newTag = new QToolButton(m_content);
    newTag->setText(tr("New tag..."));
    newTag->setAutoRaise(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Stars"), m_stars);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(m_manualMark);
    form->addRow(tr("Category"), categoryRow);
    form->addRow(tr("Stage"), m_stage);
    auto *tagRow = new QVBoxLayout;
    m_tagChips->setSpacing(4);
    tagRow->addLayout(m_tagChips);
    auto *tagInputRow = new QHBoxLayout;
    tagInputRow->addWidget(m_tagInput, 1);
    tagInputRow->addWidget(newTag);
    tagRow->addLayout(tagInputRow);
    form->addRow(tr("Tags"), tagRow);
    m_form = form;
    for (const auto &[label, widget] : std::as_const(m_extraRows)) {
        widget->setParent(m_content);
        form->addRow(label, widget);
        widget->show();
    }

    // Summary and transcript.
    auto *transcriptTab = new QWidget;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transcriptSearch->setPlaceholderText(tr("Find in transcript"));
    m_transcriptSearch->setClearButtonEnabled(true);
    m_transcriptSearch->setAccessibleName(tr("Find in transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setAccessibleName(tr("Transcript"));
    auto *transcriptLayout = new QVBoxLayout(transcriptTab);
    transcriptLayout->addWidget(m_summary);
    transcriptLayout->addWidget(m_transcriptSearch);
    transcriptLayout->addWidget(m_transcript, 1);
    m_tabs->addTab(transcriptTab, tr("Transcript"));

    // Call history.
    m_history->setHeaderLabels({tr("Date"), tr("Category"), tr("Stars"), tr("Duration")});
    m_history->setRootIsDecorated(false);
    m_history->setAccessibleName(tr("Call history"));
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs->addTab(m_history, tr("History"));

    // Notes.
    auto *notesTab = new QWidget;
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *editNoteAction = new QAction(tr("Edit note..."), m_notes);
    auto *deleteNoteAction = new QAction(tr("Delete note"), m_notes);
    deleteNoteAction->setShortcut(QKeySequence::Delete);
    deleteNoteAction->setShortcutContext(Qt::WidgetShortcut);
    m_notes->addActions({editNoteAction, deleteNoteAction});
    for (const QString &type : LeadVocabulary::noteTypes())
        m_noteType->addItem(noteTypeLabel(type), type);
    m_noteType->setAccessibleName(tr("Note type"));
    m_noteEditor->setPlaceholderText(tr("Write a note (Ctrl+Enter adds it)"));
    m_noteEditor->setAccessibleName(tr("New note"));
    m_noteEditor->setMaximumHeight(90);
    m_noteEditor->setTabChangesFocus(true);
    auto *addNoteButton = new QPushButton(tr("Add note"));
    auto *addShortcut = new QAction(m_noteEditor);
    addShortcut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    addShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_noteEditor->addAction(addShortcut);
    auto *notesLayout = new QVBoxLayout(notesTab);
    notesLayout->addWidget(m_notes, 1);
    m_noteToCtm = new QCheckBox(tr("Also add to CTM"));
    m_noteToCtm->setToolTip(tr("Also send the note to the call's notes in CallTrackingMetrics"));
    auto *composer = new QHBoxLayout;
    composer->addWidget(m_noteType);
    composer->addWidget(m_noteToCtm);
    composer->addStretch(1);
    composer->addWidget(addNoteButton);
    notesLayout->addWidget(m_noteEditor);
    notesLayout->addLayout(composer);
    m_tabs->addTab(notesTab, tr("Notes"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(10, 10, 10, 10);
    contentLayout->addWidget(m_caller);
    contentLayout->addWidget(m_facts);
    contentLayout->addWidget(m_recording);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_tabs, 1);

    connect(m_stars, &StarRatingWidget::ratingRequested, this, [this](int stars) {
        m_document->setStars({m_callId}, stars);
    });
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        const QString category = m_category->itemData(index).toString();
        if (category != m_detail.row.category || !m_detail.row.categoryManual)
            m_document->setCategory({m_callId}, category);
    });
    connect(m_stage, &QComboBox::activated, this, [this](int index) {
        const QString stageId = m_stage->itemData(index).toString();
        if (stageId != m_detail.row.stageId)
            m_document->setStage({m_callId}, stageId, m_stage->itemText(index));
    });
    connect(m_tagInput, &QLineEdit::returnPressed, this, &LeadDetailPane::addExistingTag);
    connect(newTag, &QToolButton::clicked, this, &LeadDetailPane::createTag);
    connect(m_transcriptSearch, &QLineEdit::textChanged, this, &LeadDetailPane::highlightTranscript);
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openCallRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(addNoteButton, &QPushButton::clicked, this, &LeadDetailPane::addNote);
    connect(addShortcut, &QAction::triggered, this, &LeadDetailPane::addNote);
    connect(m_notes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        editNote(item->data(Qt::UserRole).toString());
    });
    connect(editNoteAction, &QAction::triggered, this, [this] {
        if (auto *item = m_notes->currentItem())
            editNote(item->data(Qt::UserRole).toString());
    });
    connect(deleteNoteAction, &QAction::triggered, this, [this] {
        if (auto *item = m_notes->currentItem())
            deleteNote(item->data(Qt::UserRole).toString());
    });


    // Tab walks the fields in reading order.
    QWidget::setTabOrder(m_stars, m_category);
    QWidget::setTabOrder(m_category, m_stage);
    QWidget::setTabOrder(m_stage, m_tagInput);
    QWidget::setTabOrder(m_tagInput, newTag);
    QWidget::setTabOrder(newTag, m_tabs);
    QWidget::setTabOrder(m_tabs, m_transcriptSearch);
    QWidget::setTabOrder(m_transcriptSearch, m_transcript);
    QWidget::setTabOrder(m_transcript, m_history);
    QWidget::setTabOrder(m_history, m_notes);
    QWidget::setTabOrder(m_notes, m_noteEditor);
    QWidget::setTabOrder(m_noteEditor, m_noteType);
    QWidget::setTabOrder(m_noteType, m_noteToCtm);
    QWidget::setTabOrder(m_noteToCtm, addNoteButton);
    layout()->addWidget(m_content);
}

void LeadDetailPane::showCall(const QString &callId)
{
    if (callId == m_callId)
        return;
    m_callId = callId;
    reload();
}

void LeadDetailPane::addDetailRow(const QString &label, QWidget *widget)
{
    if (m_form) {
        widget->setParent(m_content);
        m_form->addRow(label, widget);
    } else {
        widget->setParent(this);
        widget->hide();   // until the content is built on the first lead shown
        m_extraRows.append({label, widget});
    }
}

void LeadDetailPane::setHighlight(const QString &text)
{
    m_highlight = text.trimmed();
    if (m_transcriptSearch && m_transcriptSearch->text().isEmpty())
        highlightTranscript();
}

void LeadDetailPane::focusFirstField()
{
    if (m_content && m_content->isVisible())
        m_stars->setFocus(Qt::OtherFocusReason);
}

void LeadDetailPane::reload()
{
    std::optional<storage::LeadDetail> detail;
    QList<storage::CallHistoryEntry> history;
    QList<storage::PipelineStage> stages;
    try {
        if (!m_callId.isEmpty())
            detail = storage::CallRepository(m_document->database()).detail(m_callId);
        if (detail) {
            history = storage::CallRepository(m_document->database()).history(detail->row.clientId, detail->row.fromNumber);
            stages = storage::PipelineStageRepository(m_document->database()).forClient(detail->row.clientId);
        }
    } catch (const storage::StorageError &error) {
        m_placeholder->setText(tr("The lead could not be loaded: %1").arg(error.message()));
        detail.reset();
    }
    if (detail)
        buildContent();
    m_placeholder->setVisible(!detail);
    if (m_content)
        m_content->setVisible(detail.has_value());
    if (!detail) {
        if (m_callId.isEmpty())
            m_placeholder->setText(tr("Select a lead to see its details."));
        Q_EMIT callShown({});
        return;
    }
    m_detail = *detail;
    const storage::LeadRow &row = m_detail.row;
    m_noteToCtm->setEnabled(m_detail.syncsWithCtm);

    m_caller->setText(models::LeadFormat::callerName(row));
    QStringList facts;
    facts << row.fromNumber;
    facts << tr("to %1").arg(row.toNumber);
    facts << row.clientName;
    facts << models::LeadFormat::localDateTime(row.startedAt);
    facts << tr("%1 long").arg(models::LeadFormat::duration(row.durationSec));
    facts << (row.direction == QLatin1String("outbound") ? tr("outbound") : tr("inbound"));
    facts << LeadVocabulary::callerTypeLabel(row.callerType) + QStringLiteral(" (") + ordinalCall(row.callSequence) + u')';
    if (!row.source.isEmpty())
        facts << tr("source: %1").arg(row.source);
    facts.removeAll(QString());
    m_facts->setText(facts.join(QStringLiteral("  \u00b7  ")));
    if (m_detail.recordingUrl.isEmpty()) {
        m_recording->setText(tr("No recording"));
    } else {
        m_recording->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(m_detail.recordingUrl.toHtmlEscaped(), tr("Play recording")));
    }

    m_stars->setRating(row.stars);
    m_category->setCurrentIndex(m_category->findData(row.category));
    m_manualMark->setVisible(row.categoryManual);

    m_stage->clear();
    m_stage->addItem(tr("No stage"), QString());
    for (const auto &stage : stages)
        m_stage->addItem(stage.name, stage.id);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(row.stageId)));

    rebuildTags();

    m_summary->setText(row.summary.isEmpty() ? tr("No summary yet.") : row.summary);
    m_transcript->setPlainText(m_detail.transcript.isEmpty() ? tr("No transcript for this call.") : m_detail.transcript);
    highlightTranscript();

    m_history->clear();
    for (const auto &entry : history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, models::LeadFormat::localDateTime(entry.startedAt));
        item->setText(1, LeadVocabulary::categoryLabel(entry.category));
        item->setForeground(1, QColor::fromString(LeadVocabulary::categoryColor(entry.category)));
        item->setText(2, models::LeadFormat::stars(entry.stars));
        item->setText(3, models::LeadFormat::duration(entry.durationSec));
        item->setData(0, Qt::UserRole, entry.callId);
        if (entry.callId == m_callId) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        }
    }
    m_tabs->setTabText(1, tr("History (%1)").arg(history.size()));
    reloadNotes();
    Q_EMIT callShown(m_callId);
}

void LeadDetailPane::rebuildTags()
{
    clearLayout(m_tagChips);
    QStringList names;
    for (const auto &tag : m_detail.row.tags) {
        auto *chip = new QToolButton(m_content);
        chip->setText(tag.name + QStringLiteral("  \u2715"));
        chip->setToolTip(tr("Remove tag %1").arg(tag.name));
        chip->setAccessibleName(tr("Remove tag %1").arg(tag.name));
        const QColor fill = QColor::isValidColorName(tag.color) ? QColor::fromString(tag.color) : QColor(0x9a, 0xa0, 0xa6);
        chip->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border-radius: 9px; padding: 1px 8px; }")
                                .arg(fill.name(), fill.lightnessF() > 0.6 ? QStringLiteral("#202124") : QStringLiteral("#ffffff")));
        const storage::TagRef ref = tag;
        connect(chip, &QToolButton::clicked, this, [this, ref] { m_document->removeTag({m_callId}, ref); });
        m_tagChips->addWidget(chip);
    }
    m_tagChips->addStretch(1);

    try {
        for (const auto &tag : storage::TagRepository(m_document->database()).forClient(m_detail.row.clientId))
            names.append(tag.name);
    } catch (const storage::StorageError &) {
        names.clear();
    }
    auto *completer = new QCompleter(names, m_tagInput);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_tagInput->completer();
    m_tagInput->setCompleter(completer);
}

void LeadDetailPane::addExistingTag()
{
    const QString name = m_tagInput->text().trimmed();
    if (name.isEmpty() || m_callId.isEmpty())
        return;
    const auto tags = storage::TagRepository(m_document->database()).forClient(m_detail.row.clientId);
    for (const auto &tag : tags) {
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_tagInput->clear();
            m_document->addTag({m_callId}, tag);
            return;
        }
    }
    // Not a tag of this client yet: offer to create it.
    const QColor color = QColorDialog::getColor(QColor(0x1a, 0x73, 0xe8), this, tr("Colour for the new tag \"%1\"").arg(name));
    if (!color.isValid())
        return;
    if (m_document->createAndAddTag(m_detail.row.clientId, {m_callId}, name, color.name()))
        m_tagInput->clear();
}

void LeadDetailPane::createTag()
{
    if (m_callId.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New tag"), tr("Name of the new tag:"), QLineEdit::Normal,
                                               m_tagInput->text().trimmed(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const QColor color = QColorDialog::getColor(QColor(0x1a, 0x73, 0xe8), this, tr("Colour for the new tag \"%1\"").arg(name));
    if (color.isValid() && m_document->createAndAddTag(m_detail.row.clientId, {m_callId}, name, color.name()))
        m_tagInput->clear();
}

void LeadDetailPane::highlightTranscript()
{
    const QString term = m_transcriptSearch->text().trimmed().isEmpty() ? m_highlight : m_transcriptSearch->text().trimmed();
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(0xfd, 0xd6, 0x63));
    format.setForeground(QColor(0x20, 0x21, 0x24));
    bool first = true;
    for (const QString &word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QTextCursor cursor(m_transcript->document());
        while (!(cursor = m_transcript->document()->find(word, cursor)).isNull()) {
            selections.append({cursor, format});
            if (first) {
                m_transcript->setTextCursor(QTextCursor(cursor.block()));
                m_transcript->ensureCursorVisible();
                first = false;
            }
        }
    }
    m_transcript->setExtraSelections(selections);
}

void LeadDetailPane::reloadNotes()
{
    if (!m_content)
        return;
    m_notes->clear();
    QList<storage::LeadNote> notes;
    try {
        notes = storage::NoteRepository(m_document->database()).forCall(m_callId);
    } catch (const storage::StorageError &error) {
        m_notes->addItem(tr("The notes could not be loaded: %1").arg(error.message()));
        return;
    }
    for (const auto &note : notes) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 \u00b7 %2\n%3")
                                             .arg(noteTypeLabel(note.noteType), models::LeadFormat::localDateTime(note.createdAt),
                                                  note.body),
                                         m_notes);
        item->setData(Qt::UserRole, note.id);
    }
    m_tabs->setTabText(2, tr("Notes (%1)").arg(notes.size()));
}

void LeadDetailPane::addNote()
{
    const QString body = m_noteEditor->toPlainText().trimmed();
    if (body.isEmpty() || m_callId.isEmpty())
        return;
    const bool toCtm = m_noteToCtm->isEnabled() && m_noteToCtm->isChecked();
    if (m_document->addNote(m_callId, m_noteType->currentData().toString(), body, toCtm))
        m_noteEditor->clear();
}

void LeadDetailPane::editNote(const QString &noteId)
{
    const auto note = storage::NoteRepository(m_document->database()).find(noteId);
    if (!note)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit note"));
    auto *type = new QComboBox(&dialog);
    for (const QString &t : LeadVocabulary::noteTypes())
        type->addItem(noteTypeLabel(t), t);
    type->setCurrentIndex(type->findData(note->noteType));
    auto *body = new QPlainTextEdit(note->body, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("Type"), type);
    layout->addRow(tr("Note"), body);
    layout->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && !body->toPlainText().trimmed().isEmpty())
        m_document->editNote(noteId, type->currentData().toString(), body->toPlainText().trimmed());
}

void LeadDetailPane::deleteNote(const QString &noteId)
{
    // Undo brings a deleted note back, so no confirmation dialog stands in the way.
    m_document->deleteNote(noteId);
}

} // namespace anchor::ui
