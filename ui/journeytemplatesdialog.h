#pragma once

#include <journeytypes.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace anchor::models {
class CatalogDocument;
class TemplateStepsModel;
}

namespace anchor::ui {

// The journey templates a client can use (its own and the agency-wide ones): the list on the
// left, the template's editor on the right. The editor works on a copy: name, description,
// service type, who may use it, and the steps (label, channel, message with placeholders, offset
// in weeks and days), reordered by dragging or with Ctrl+Up and Ctrl+Down. Save writes it as one
// undoable edit after the storage layer checked it; a refused save shows why and writes nothing.
// Duplicate and delete (after a question) are undoable edits too.
class JourneyTemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyTemplatesDialog)

public:
    // clientId empty: every template.
    JourneyTemplatesDialog(models::CatalogDocument *document, const QString &clientId, QWidget *parent = nullptr);

    QListWidget *templateList() const { return m_list; }
    QTableView *stepsView() const { return m_stepsView; }
    models::TemplateStepsModel *stepsModel() const { return m_steps; }
    // The template in the editor; empty while a new one is not saved yet.
    QString currentTemplateId() const { return m_editingId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    void selectTemplate(const QString &templateId);

    bool save();
    void revert();
    void startNew();
    void duplicate();
    void removeCurrent();
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void reject() override;

private:
    enum class Unsaved { Saved, Discarded, Cancelled };
    Unsaved settleUnsaved();
    void reloadList();
    void followListSelection();
    void showTemplate(const storage::JourneyTemplate &journeyTemplate);
    void showStepMessage();
    void selectServiceType(const QString &serviceType);
    void setDirty(bool dirty);
    void updateActions();
    void showMessage(const QString &message);

    models::CatalogDocument *m_document;
    QString m_clientId;
    QList<storage::JourneyTemplate> m_templates;   // as stored, in the list's order
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_serviceType;
    QComboBox *m_scope;
    models::TemplateStepsModel *m_steps;
    QTableView *m_stepsView;
    QPlainTextEdit *m_stepMessage;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_removeStep;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QLabel *m_message;
    QString m_editingId;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace anchor::ui
