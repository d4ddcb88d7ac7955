#pragma once

#include <journeytypes.h>

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace anchor::models {
class JourneysDocument;
}

namespace anchor::ui {

// "Agreed to Service": makes a journey's person, or a lead's caller, an active client with the
// services agreed, each at its price (the service's base price to start with), on a date.
class ConvertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvertDialog)

public:
    // Give a journey id, or a call id for a lead without a journey.
    ConvertDialog(models::JourneysDocument *document, const QString &journeyId, const QString &callId,
                  QWidget *parent = nullptr);

    QString activeClientId() const { return m_activeClientId; }   // after accept()
    QTreeWidget *servicesView() const { return m_services; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void showError(const QString &message);

    models::JourneysDocument *m_document;
    QString m_journeyId;
    QString m_callId;
    QString m_existingActiveClientId;
    QString m_activeClientId;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_addToExisting = nullptr;
    QTreeWidget *m_services = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace anchor::ui
