#pragma once

#include <campaignrepository.h>
#include <database.h>
#include <emailtemplaterepository.h>
#include <segmentrepository.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace anchor::models {
class CampaignsDocument;
class SegmentCounter;
struct SegmentCount;
} // namespace anchor::models

namespace anchor::ui {

// Composes a campaign: the client it is sent for, its name, a template to start from (its
// subject and content are copied) or nothing, the subject and HTML content with a live preview
// for a sample recipient and a warning naming unknown {{placeholders}}, the recipients (a
// segment with its live count, or a list of addresses, one per line, with the invalid ones
// listed), and an optional time to send it. Save creates or edits the campaign through the
// document (an undoable edit). Invalid addresses are never saved: the first Save lists them,
// the second leaves them out.
//
// Open it with: CampaignEditorDialog dialog(document, campaignId or {}, clientId, parent);
// dialog.exec(); dialog.campaignId() is the saved campaign.
class CampaignEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditorDialog)

public:
    // campaignId empty: a new campaign for clientId (empty: the first client).
    CampaignEditorDialog(models::CampaignsDocument *document, const QString &campaignId, const QString &clientId,
                         QWidget *parent = nullptr);

    QString campaignId() const { return m_campaignId; }
    // The campaign as the editor shows it (addresses: the valid ones).
    storage::CampaignDraft draft() const;

    QComboBox *clientBox() const { return m_client; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *templateBox() const { return m_template; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QTextBrowser *previewBrowser() const { return m_preview; }
    QRadioButton *segmentChoice() const { return m_useSegment; }
    QRadioButton *addressesChoice() const { return m_useAddresses; }
    QComboBox *segmentBox() const { return m_segment; }
    QPlainTextEdit *addressesEdit() const { return m_addresses; }
    QLabel *recipientsLabel() const { return m_recipientInfo; }
    QLabel *placeholderWarning() const { return m_warning; }
    QCheckBox *scheduleCheck() const { return m_scheduled; }
    QDateTimeEdit *scheduleEdit() const { return m_when; }
    QLabel *messageLabel() const { return m_message; }
    // The live count shown for the segment, -1 while counting or with no segment.
    int segmentCount() const { return m_segmentCount; }
    QStringList invalidAddresses() const { return m_invalid; }

    // Copies the chosen template's subject and content into the editor.
    void applyTemplate();
    void refreshPreview();
    // Saves through the document; returns whether the dialog may close.
    bool save();
    void accept() override;

private:
    void load(const storage::Campaign &campaign);
    void reloadTemplatesAndSegments();
    void updateRecipients();
    void showSegmentCount(const models::SegmentCount &count);
    void showMessage(const QString &message, bool problem);

    models::CampaignsDocument *m_document;
    storage::Database m_database;
    QString m_campaignId;
    QString m_loadedStatus;
    QList<storage::EmailTemplate> m_templates;
    QList<storage::Segment> m_segments;
    QStringList m_invalid;
    QStringList m_acknowledgedInvalid; // listed by the last Save; the next Save leaves them out
    int m_segmentCount = -1;
    bool m_recipientsLocked = false; // sending started: storage keeps the recipients

    QComboBox *m_client;
    QLineEdit *m_name;
    QComboBox *m_template;
    QPushButton *m_useTemplate;
    QLineEdit *m_subject;
    QPlainTextEdit *m_content;
    QTabWidget *m_contentTabs;
    QTextBrowser *m_preview;
    QPlainTextEdit *m_plainText;
    QLabel *m_warning;
    QRadioButton *m_useSegment;
    QRadioButton *m_useAddresses;
    QComboBox *m_segment;
    QPlainTextEdit *m_addresses;
    QLabel *m_recipientInfo;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_when;
    QLabel *m_message;
    QTimer *m_previewTimer;
    models::SegmentCounter *m_counter;
};

} // namespace anchor::ui
