#pragma once

#include <journeytypes.h>

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace anchor::models {
class JourneysDocument;
}

namespace anchor::ui {

// Starts a journey from a lead: the services asked about, concerns in the person's words, an
// optional template (its steps previewed with their due dates), the start date, and, when the
// lead already started a journey, whether this one follows it up.
class StartJourneyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartJourneyDialog)

public:
    StartJourneyDialog(models::JourneysDocument *document, const QString &callId, QWidget *parent = nullptr,
                       const QString &parentJourneyId = {});

    QString journeyId() const { return m_journeyId; }   // after accept()
    QListWidget *servicesList() const { return m_services; }
    QComboBox *templateBox() const { return m_template; }
    QTreeWidget *preview() const { return m_preview; }

    void accept() override;

private:
    void updatePreview();

    models::JourneysDocument *m_document;
    QString m_callId;
    QString m_parentJourneyId;
    QString m_journeyId;
    QList<storage::JourneyTemplate> m_templates;
    QLabel *m_intro = nullptr;
    QListWidget *m_services = nullptr;
    QLineEdit *m_concerns = nullptr;
    QComboBox *m_template = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace anchor::ui
