#pragma once

#include <database.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProcess;
class QPushButton;
class QSpinBox;

namespace anchor::ui {

// A client's CallTrackingMetrics settings: account, keys, API address and extra CA. The keys
// go to the system keychain (through anchorctl, so the app itself never loads the keychain or
// the network stack); "Test connection" lists the accounts the keys reach, to pick from.
class CtmSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    CtmSettingsDialog(storage::Database database, const QString &clientId, QWidget *parent = nullptr);
    ~CtmSettingsDialog() override;

private:
    void loadClient();
    void testConnection();
    void save();
    QStringList connectionArguments() const;
    // Runs anchorctl with `input` on its stdin (keys travel only through that pipe).
    void runAnchorctl(const QStringList &arguments, const QByteArray &input,
                      std::function<void(int, const QByteArray &, const QString &)> done);
    QByteArray ctmKeysInput() const;
    void saveLlm();
    void setBusy(bool busy, const QString &message);

    storage::Database m_database;
    QComboBox *m_client;
    QComboBox *m_account;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLineEdit *m_baseUrl;
    QLineEdit *m_caFile;
    QSpinBox *m_interval;   // app-wide: how often the app syncs by itself
    QGroupBox *m_llm;       // app-wide: the optional AI classifier
    QLineEdit *m_llmUrl;
    QLineEdit *m_llmModel;
    QLineEdit *m_llmKey;
    bool m_llmWasEnabled = false;
    QLabel *m_result;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QProcess *m_process = nullptr;
};

} // namespace anchor::ui
