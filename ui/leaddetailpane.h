#pragma once

#include <callrepository.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class QFormLayout;
class QHBoxLayout;

namespace anchor::models {
class LeadsDocument;
}

namespace anchor::ui {

class StarRatingWidget;

// Everything about the selected call: caller, numbers, times, recording, summary, transcript
// (searchable, the search term highlighted), the history of calls from that number, the notes
// log, tags, stars, category and pipeline stage. Every change goes through the LeadsDocument, so
// it is undoable and shows in every view; the pane refreshes when the document announces a change.
class LeadDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDetailPane)

public:
    explicit LeadDetailPane(models::LeadsDocument *document, QWidget *parent = nullptr);

    QString callId() const { return m_callId; }
    void showCall(const QString &callId);
    void setHighlight(const QString &text);
    void focusFirstField();

    StarRatingWidget *stars() const { return m_stars; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *stageBox() const { return m_stage; }
    // Adds a labelled row below the tags for another feature (the lead's journeys); the pane
    // owns the widget and shows it with the lead.
    void addDetailRow(const QString &label, QWidget *widget);

Q_SIGNALS:
    void openCallRequested(const QString &callId);
    // A lead is on show (after selection or a change of it); empty: none.
    void callShown(const QString &callId);

private:
    void buildContent();
    void reload();
    void reloadNotes();
    void rebuildTags();
    void highlightTranscript();
    void addNote();
    void editNote(const QString &noteId);
    void deleteNote(const QString &noteId);
    void addExistingTag();
    void createTag();

    models::LeadsDocument *m_document;
    QString m_callId;
    storage::LeadDetail m_detail;
    QString m_highlight;

    QList<QPair<QString, QWidget *>> m_extraRows;   // added before the content was built
    QFormLayout *m_form = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_caller = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_recording = nullptr;
    StarRatingWidget *m_stars = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_manualMark = nullptr;
    QComboBox *m_stage = nullptr;
    QHBoxLayout *m_tagChips = nullptr;
    QLineEdit *m_tagInput = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_transcriptSearch = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QTreeWidget *m_history = nullptr;
    QListWidget *m_notes = nullptr;
    QComboBox *m_noteType = nullptr;
    QCheckBox *m_noteToCtm = nullptr;
    QPlainTextEdit *m_noteEditor = nullptr;
};

} // namespace anchor::ui
