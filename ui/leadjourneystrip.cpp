#include "leadjourneystrip.h"

#include <callrepository.h>
#include <journeyrepository.h>
#include <journeysdocument.h>
#include <journeystablemodel.h>
#include <storageerror.h>

#include <QBoxLayout>
#include <QResizeEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace anchor::ui {

LeadJourneyStrip::LeadJourneyStrip(models::JourneysDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_journeys(new QLabel(this))
    , m_start(new QPushButton(tr("Start Journey..."), this))
    , m_convert(new QPushButton(tr("Agreed to Service..."), this))
{
    m_journeys->setWordWrap(true);
    m_journeys->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_start->setToolTip(tr("Start a follow-up journey for this caller (Ctrl+J)"));
    m_convert->setToolTip(tr("The caller agreed to a service: make them an active client"));
    connect(m_journeys, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("journey:")))
            Q_EMIT openJourneyRequested(link.mid(8));
        else if (link.startsWith(QLatin1String("client:")))
            Q_EMIT openActiveClientRequested(link.mid(7));
    });
    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(m_callId); });
    connect(m_convert, &QPushButton::clicked, this, [this] { Q_EMIT convertRequested(m_callId); });
    connect(m_document, &models::JourneysDocument::journeysChanged, this, &LeadJourneyStrip::reload);
    connect(m_document, &models::JourneysDocument::activeClientsChanged, this, &LeadJourneyStrip::reload);
    m_buttons = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addWidget(m_start);
    m_buttons->addWidget(m_convert);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_journeys);
    layout->addLayout(m_buttons);
}

void LeadJourneyStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Two buttons side by side would be cut off in a narrow detail pane: stack them there.
    const int sideBySide = m_start->sizeHint().width() + m_buttons->spacing() + m_convert->sizeHint().width();
    m_buttons->setDirection(width() < sideBySide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void LeadJourneyStrip::showCall(const QString &callId)
{
    m_callId = callId;
    reload();
}

void LeadJourneyStrip::reload()
{
    if (m_callId.isEmpty())
        return;
    QStringList links;
    QString activeClientId;
    try {
        const storage::Database database = m_document->database();
        for (const storage::JourneyRow &journey : storage::JourneyRepository(database).forCall(m_callId)) {
            const QString what = journey.concerns.isEmpty() || journey.concernsRedacted
                                     ? tr("Journey") : journey.concerns.join(QStringLiteral(", "));
            links << QStringLiteral("<a href='journey:%1'>%2</a> (%3)")
                         .arg(journey.id, what.toHtmlEscaped(),
                              models::JourneysTableModel::statusLabel(journey.status).toHtmlEscaped());
        }
        if (const auto detail = storage::CallRepository(database).detail(m_callId))
            activeClientId = detail->activeClientId;
    } catch (const storage::StorageError &error) {
        m_journeys->setText(error.message().toHtmlEscaped());
        return;
    }
    QString html = links.isEmpty() ? tr("No journey yet.").toHtmlEscaped() : links.join(QStringLiteral("<br>"));
    if (!activeClientId.isEmpty())
        html += QStringLiteral("<br><a href='client:%1'>%2</a>").arg(activeClientId, tr("Active client").toHtmlEscaped());
    m_journeys->setText(html);
    m_start->setText(links.isEmpty() ? tr("Start Journey...") : tr("Start Follow-up..."));
    m_convert->setEnabled(activeClientId.isEmpty());
}

} // namespace anchor::ui
