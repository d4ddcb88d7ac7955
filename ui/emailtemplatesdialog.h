#pragma once

#include <database.h>
#include <emailtemplaterepository.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeView;
class QUndoStack;

namespace anchor::models {
class EmailTemplateDocument;
class EmailTemplateListModel;
}

namespace anchor::ui {

// The email templates a client can use (its own and the agency-wide ones): the list on the left,
// narrowed by category and a search; the editor on the right with the name, category, who may
// use it, the subject and the HTML source (with an "Insert placeholder" menu), a live preview
// filled in for a sample recipient (a real lead or active client with an email, or a made-up
// one), the plain-text part, and a warning naming unknown placeholders. Save, New, Duplicate and
// Delete are undoable edits on the given undo stack.
//
// Open it with: EmailTemplatesDialog dialog(database, userId, undoStack, clientId, parent);
// dialog.exec() (or show()). clientId empty: every template.
class EmailTemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailTemplatesDialog)

public:
    // undoStack null: the dialog keeps a stack of its own. userId: who makes new templates.
    EmailTemplatesDialog(storage::Database database, const QString &userId, QUndoStack *undoStack,
                         const QString &clientId = {}, QWidget *parent = nullptr);

    models::EmailTemplateDocument *document() const { return m_document; }
    models::EmailTemplateListModel *listModel() const { return m_model; }
    QTreeView *templateList() const { return m_list; }
    QPlainTextEdit *htmlEditor() const { return m_html; }
    QTextBrowser *previewBrowser() const { return m_preview; }
    QPlainTextEdit *plainTextView() const { return m_plainText; }
    QLabel *placeholderWarning() const { return m_warning; }
    QComboBox *sampleRecipients() const { return m_sample; }
    QString previewSubject() const;
    // The template in the editor; empty while a new one is not saved yet.
    QString currentTemplateId() const { return m_editingId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Selects and shows the template, clearing the filter if it hides it.
    void selectTemplate(const QString &templateId);

    bool save();
    void revert();
    void startNew();
    void duplicate();
    void removeCurrent();
    // Renders the preview, the plain text and the warning now (they follow typing after a pause).
    void refreshPreview();
    void reject() override;

private:
    enum class Unsaved { Saved, Discarded, Cancelled };
    Unsaved settleUnsaved();
    void reloadList();
    void followListSelection();
    // Selects the template's row (if listed) without switching the editor.
    void markInList(const QString &templateId);
    void showTemplate(const storage::EmailTemplate &emailTemplate);
    storage::EmailTemplate editedTemplate() const;
    void insertPlaceholder(const QString &name);
    void setDirty(bool dirty);
    void updateActions();
    void showMessage(const QString &message);
    void addPreviewRecipients(const QList<storage::PreviewRecipient> &people);
    void applyListFilter();

    storage::Database m_database;
    QString m_clientId;
    QString m_senderName;
    models::EmailTemplateDocument *m_document;
    models::EmailTemplateListModel *m_model;
    QComboBox *m_categoryFilter;
    QLineEdit *m_search;
    QTreeView *m_list;
    QLineEdit *m_name;
    QComboBox *m_category;
    QComboBox *m_scope;
    QLineEdit *m_subject;
    QPlainTextEdit *m_html;
    QTabWidget *m_tabs;
    QComboBox *m_sample;
    QLabel *m_previewSubject;
    QTextBrowser *m_preview;
    QPlainTextEdit *m_plainText;
    QLabel *m_warning;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QLabel *m_message;
    QTimer *m_previewTimer;
    QList<storage::PreviewRecipient> m_people;   // the sample combo's entries, in order
    storage::EmailTemplate m_shown;              // as stored (or the new draft) when shown
    QString m_editingId;
    bool m_placeholderTargetIsSubject = false;   // the last text field with focus
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace anchor::ui
