#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace anchor::models {
class CatalogDocument;
class ServiceListModel;
}

namespace anchor::ui {

// The services one client business offers: the list (seeded from seed 000's presets on first
// use) and a form to add or edit one: name, base price in the locale's currency, description,
// active. Each Save, (de)activation and delete is one undoable edit of the CatalogDocument,
// written at once; a refused edit shows the reason under the form and changes nothing.
class ServicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesDialog)

public:
    ServicesDialog(models::CatalogDocument *document, const QString &clientId, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    models::ServiceListModel *model() const { return m_model; }
    // The service in the form; empty while adding a new one.
    QString currentServiceId() const { return m_editingId; }
    bool hasUnsavedChanges() const { return m_dirty; }

    // Saves the form; false (with the reason shown) when the text is not a service.
    bool save();
    void startNew();
    void revert();
    void reject() override;

private:
    enum class Unsaved { Saved, Discarded, Cancelled };
    Unsaved settleUnsaved();
    void showService(int row);
    void followSelection();
    void afterReload();
    void setDirty(bool dirty);
    void updateActions();
    void showMessage(const QString &message);

    models::CatalogDocument *m_document;
    QString m_clientId;
    models::ServiceListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_name;
    QLineEdit *m_price;
    QPlainTextEdit *m_description;
    QCheckBox *m_active;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_toggleActive;
    QPushButton *m_delete;
    QLabel *m_message;
    QString m_editingId;
    bool m_dirty = false;
    bool m_filling = false;   // the form is being filled from the model, not typed in
};

} // namespace anchor::ui
