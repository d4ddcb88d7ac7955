#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace anchor::models {
class JourneysDocument;
}

namespace anchor::ui {

// The "Journey" row of the lead detail pane: the journeys the lead started (each a link that
// opens it), "Start Journey..." and "Agreed to Service...".
class LeadJourneyStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadJourneyStrip)

public:
    explicit LeadJourneyStrip(models::JourneysDocument *document, QWidget *parent = nullptr);

    void showCall(const QString &callId);
    QLabel *journeysLabel() const { return m_journeys; }

Q_SIGNALS:
    void startRequested(const QString &callId);
    void convertRequested(const QString &callId);
    void openJourneyRequested(const QString &journeyId);
    void openActiveClientRequested(const QString &activeClientId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();

    models::JourneysDocument *m_document;
    QString m_callId;
    QLabel *m_journeys = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_convert = nullptr;
    QBoxLayout *m_buttons = nullptr;   // side by side, or one above the other when the pane is narrow
};

} // namespace anchor::ui
