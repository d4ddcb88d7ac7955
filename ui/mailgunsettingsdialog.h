#pragma once

#include <database.h>
#include <emailtypes.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace anchor::models {
class MailgunSetup;
}

namespace anchor::ui {

// Mailgun settings of one sending scope: the agency (used by every client without its own) or a
// client business with its own domain. Domain, region, sending address and name, and under
// "Advanced" the API address and an extra CA certificate, saved to app_settings; the API key
// goes to the system keychain only (the dialog shows whether one is stored, never the key).
// "Test connection" and "Send test message..." check what is typed, before saving, in the
// background with a busy indicator and a plain result.
//
// Open it with: MailgunSettingsDialog dialog(database, scopeId, nullptr, parent); dialog.exec().
// scopeId '' = the agency's settings; setup null: the real keychain and network (through
// anchorctl), else the given one (tests).
class MailgunSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailgunSettingsDialog)

public:
    MailgunSettingsDialog(storage::Database database, const QString &scopeId = {}, models::MailgunSetup *setup = nullptr,
                          QWidget *parent = nullptr);
    ~MailgunSettingsDialog() override;

    QString scopeId() const;
    void selectScope(const QString &scopeId);
    // The connection as typed.
    storage::MailgunConnection editedConnection() const;
    // What is wrong with the typed settings, empty when they can be saved.
    QString validationProblem() const;
    QLabel *resultLabel() const { return m_result; }
    QLabel *keyStatusLabel() const { return m_keyStatus; }
    bool isBusy() const;
    // Whether the keychain holds a key for the scope (as last checked).
    bool hasStoredKey() const { return m_keyStored; }

    void testConnection();
    // Asks for an address, then sends.
    void askAndSendTestMessage();
    void sendTestMessageTo(const QString &address);
    // Saves the connection and, when one was typed, the key; closes when both are stored.
    void save();
    // A client scope only: forget its own connection, so it sends with the agency's again.
    void useAgencyConnection();

private:
    void loadScope();
    void refreshKeyStatus();
    void updateValidation();
    void setBusy(bool busy, const QString &message);
    void showResult(bool ok, const QString &message);

    storage::Database m_database;
    models::MailgunSetup *m_setup;
    QComboBox *m_scope;
    QLabel *m_scopeNote;
    QLineEdit *m_domain;
    QComboBox *m_region;
    QLineEdit *m_fromAddress;
    QLineEdit *m_fromName;
    QLineEdit *m_apiKey;
    QLabel *m_keyStatus;
    QGroupBox *m_advanced;
    QLineEdit *m_baseUrl;
    QLineEdit *m_caFile;
    QLabel *m_validation;
    QPushButton *m_test;
    QPushButton *m_sendTest;
    QPushButton *m_useAgency;
    QProgressBar *m_busy;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    bool m_keyStored = false;
};

} // namespace anchor::ui
