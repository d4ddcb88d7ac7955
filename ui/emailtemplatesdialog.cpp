#include "emailtemplatesdialog.h"

#include "theme.h"
#include "undocloserow.h"

#include <clientrepository.h>
#include <emailcontent.h>
#include <emailtemplatedocument.h>
#include <emailtemplatelistmodel.h>
#include <emailtemplatepreview.h>
#include <mailgunsettingsrepository.h>
#include <storageerror.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace anchor::ui {

using models::EmailTemplateListModel;
using storage::EmailTemplate;
using storage::EmailTemplateRepository;

namespace {

constexpr int kPreviewPeople = 20;
constexpr int kAnyCategory = -1;   // the filter combo's "All categories"

QString placeholderDescription(const QString &name)
{
    if (name == QLatin1String("first_name"))
        return EmailTemplatesDialog::tr("The recipient's first name");
    if (name == QLatin1String("last_name"))
        return EmailTemplatesDialog::tr("The recipient's last name");
    if (name == QLatin1String("name"))
        return EmailTemplatesDialog::tr("The recipient's full name");
    if (name == QLatin1String("email"))
        return EmailTemplatesDialog::tr("The recipient's email address");
    if (name == QLatin1String("client_name"))
        return EmailTemplatesDialog::tr("The client business's name");
    if (name == QLatin1String("sender_name"))
        return EmailTemplatesDialog::tr("The sender's name");
    if (name == QLatin1String("campaign_name"))
        return EmailTemplatesDialog::tr("The campaign's name");
    if (name == QLatin1String("unsubscribe_url"))
        return EmailTemplatesDialog::tr("The recipient's unsubscribe link");
    if (name == QLatin1String("today"))
        return EmailTemplatesDialog::tr("Today's date");
    return name;
}

} // namespace

EmailTemplatesDialog::EmailTemplatesDialog(storage::Database database, const QString &userId, QUndoStack *undoStack,
                                           const QString &clientId, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_clientId(clientId)
    , m_document(new models::EmailTemplateDocument(m_database, undoStack, userId, this))
    , m_model(new EmailTemplateListModel(m_document, clientId, this))
    , m_categoryFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_html(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_sample(new QComboBox(this))
    , m_previewSubject(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_plainText(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_message(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Email templates"));

    // Who may use a template; the client's name also fills {{client_name}} in the sample.
    QString clientName;
    m_scope->addItem(tr("All clients"), QString());
    try {
        for (const storage::Client &client : storage::ClientRepository(m_database).list()) {
            m_scope->addItem(tr("Only %1").arg(client.name), client.id);
            if (client.id == clientId) {
                clientName = client.name;
                setWindowTitle(tr("Email templates for %1").arg(client.name));
            }
        }
        if (const auto connection = storage::MailgunSettingsRepository(m_database).effectiveFor(clientId))
            m_senderName = connection->fromName;
    } catch (const storage::StorageError &error) {
        showMessage(error.message());
    }
    m_scope->setObjectName(QStringLiteral("templateScope"));

    // Left: the filter, the search and the list.
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setAccessibleName(tr("Category"));
    m_categoryFilter->addItem(tr("All categories"), kAnyCategory);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    for (const QString &category : EmailTemplateRepository::categories()) {
        m_categoryFilter->addItem(EmailTemplateRepository::categoryLabel(category), category);
        m_category->addItem(EmailTemplateRepository::categoryLabel(category), category);
    }
    m_categoryFilter->addItem(EmailTemplateRepository::categoryLabel({}), QString());
    m_category->addItem(EmailTemplateRepository::categoryLabel({}), QString());
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search names and subjects"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Email templates"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(EmailTemplateListModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(EmailTemplateListModel::CategoryColumn, QHeaderView::ResizeToContents);

    auto *add = new QPushButton(tr("&New"), this);
    add->setShortcut(QKeySequence::New);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : {add, m_duplicate, m_delete}) {
        button->setAutoDefault(false);
        listButtons->addWidget(button);
    }
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &EmailTemplatesDialog::removeCurrent);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_categoryFilter);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Right: the editor.
    m_name->setObjectName(QStringLiteral("templateName"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setPlaceholderText(tr("What the recipient sees in the inbox, e.g. Hello {{first_name}}"));
    m_html->setObjectName(QStringLiteral("templateHtml"));
    m_html->setAccessibleName(tr("HTML source"));
    m_html->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_html->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_html->setTabChangesFocus(true);
    m_html->setPlaceholderText(tr("<p>Hi {{first_name}},</p>"));

    auto *insert = new QToolButton(this);
    insert->setObjectName(QStringLiteral("insertPlaceholder"));
    insert->setText(tr("&Insert placeholder"));
    insert->setToolTip(tr("Insert a placeholder at the cursor of the subject or the message, whichever was used last"));
    insert->setPopupMode(QToolButton::InstantPopup);
    insert->setFocusPolicy(Qt::NoFocus);   // keep the focus (and the cursor) where the user typed
    auto *placeholders = new QMenu(insert);
    for (const QString &name : storage::email::knownPlaceholders()) {
        QAction *action = placeholders->addAction(tr("%1 \u2014 %2").arg(QStringLiteral("{{") + name + QStringLiteral("}}"),
                                                                        placeholderDescription(name)));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    insert->setMenu(placeholders);

    m_warning->setObjectName(QStringLiteral("placeholderWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette palette = m_warning->palette();
        palette.setColor(QPalette::WindowText, isDarkTheme() ? QColor(0xfd, 0xd6, 0x63) : QColor(0x9a, 0x5b, 0x00));
        m_warning->setPalette(palette);
    }
    m_warning->hide();

    // The preview: the sample recipient, the subject they would see, the rendered message.
    m_sample->setObjectName(QStringLiteral("sampleRecipient"));
    m_sample->setToolTip(tr("Whom the preview is filled in for"));
    m_people.append(models::sampleRecipient(clientName));
    m_sample->addItem(tr("Sample: %1").arg(m_people.first().name));
    m_previewSubject->setObjectName(QStringLiteral("previewSubject"));
    m_previewSubject->setTextFormat(Qt::PlainText);
    m_previewSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenLinks(false);   // a preview: links lead nowhere
    m_plainText->setObjectName(QStringLiteral("templatePlainText"));
    m_plainText->setReadOnly(true);
    m_plainText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *previewPage = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPage);
    auto *previewForm = new QFormLayout;
    previewForm->addRow(tr("Preview &for:"), m_sample);
    previewForm->addRow(tr("Subject:"), m_previewSubject);
    previewLayout->addLayout(previewForm);
    previewLayout->addWidget(m_preview, 1);
    m_tabs->setObjectName(QStringLiteral("templateTabs"));
    m_tabs->addTab(m_html, tr("&HTML"));
    m_tabs->addTab(previewPage, tr("&Preview"));
    m_tabs->addTab(m_plainText, tr("Plain &text"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Us&ed by:"), m_scope);
    form->addRow(tr("Su&bject:"), m_subject);
    auto *messageRow = new QHBoxLayout;
    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_html);
    messageRow->addWidget(messageLabel, 1);
    messageRow->addWidget(insert);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    m_revert->setAutoDefault(false);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addLayout(messageRow);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_warning);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 720});
    splitter->setChildrenCollapsible(false);

    m_message->setObjectName(QStringLiteral("templatesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bottom = new UndoCloseRow(m_document->undoStack(), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(1040, 680);

    // The preview follows typing after a short pause, so large bodies stay responsive.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &EmailTemplatesDialog::refreshPreview);

    connect(add, &QPushButton::clicked, this, &EmailTemplatesDialog::startNew);
    connect(m_duplicate, &QPushButton::clicked, this, &EmailTemplatesDialog::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &EmailTemplatesDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &EmailTemplatesDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &EmailTemplatesDialog::revert);
    connect(m_document, &models::EmailTemplateDocument::editFailed, this, &EmailTemplatesDialog::showMessage);
    connect(m_model, &EmailTemplateListModel::loadFailed, this, &EmailTemplatesDialog::showMessage);
    connect(m_document, &models::EmailTemplateDocument::templatesChanged, this, &EmailTemplatesDialog::reloadList);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmailTemplatesDialog::followListSelection);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &EmailTemplatesDialog::applyListFilter);
    connect(m_search, &QLineEdit::textChanged, this, &EmailTemplatesDialog::applyListFilter);
    connect(m_sample, &QComboBox::currentIndexChanged, this, &EmailTemplatesDialog::refreshPreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_previewTimer->isActive())
            refreshPreview();
    });
    const auto edited = [this] {
        if (m_filling)
            return;
        setDirty(true);
        m_previewTimer->start();
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_subject, &QLineEdit::textEdited, this, edited);
    connect(m_html, &QPlainTextEdit::textChanged, this, edited);
    connect(m_category, &QComboBox::currentIndexChanged, this, edited);
    connect(m_scope, &QComboBox::currentIndexChanged, this, edited);
    // "Insert placeholder" goes where the user last typed: the subject or the message.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_subject)
            m_placeholderTargetIsSubject = true;
        else if (now == m_html)
            m_placeholderTargetIsSubject = false;
    });

    models::loadPreviewRecipients(this, m_database, m_clientId, kPreviewPeople,
                                  [this](const QList<storage::PreviewRecipient> &people) { addPreviewRecipients(people); });

    reloadList();
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, EmailTemplateListModel::NameColumn));
    updateActions();
}

void EmailTemplatesDialog::addPreviewRecipients(const QList<storage::PreviewRecipient> &people)
{
    for (const storage::PreviewRecipient &person : people) {
        m_people.append(person);
        const QString who = person.name.isEmpty() ? person.email : tr("%1 <%2>").arg(person.name, person.email);
        m_sample->addItem(person.activeClient ? tr("Active client: %1").arg(who) : tr("Lead: %1").arg(who));
    }
}

void EmailTemplatesDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

void EmailTemplatesDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void EmailTemplatesDialog::updateActions()
{
    const bool stored = !m_editingId.isEmpty();
    const bool editing = stored || m_dirty;
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_duplicate->setEnabled(stored);
    m_delete->setEnabled(stored);
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_category, m_scope, m_subject, m_html})
        field->setEnabled(editing);
}

void EmailTemplatesDialog::applyListFilter()
{
    const QVariant category = m_categoryFilter->currentData();
    if (category.typeId() == QMetaType::Int && category.toInt() == kAnyCategory)
        m_model->setCategoryFilter(std::nullopt);
    else
        m_model->setCategoryFilter(category.toString());
    m_model->setSearchText(m_search->text());
    markInList(m_editingId);
}

void EmailTemplatesDialog::reloadList()
{
    // The model reloaded itself first (it listens to the same signal); keep the selection.
    markInList(m_editingId);
    // The stored template may have changed (undo, redo): show it, unless the user is editing.
    if (m_dirty)
        return;
    for (const EmailTemplate &emailTemplate : m_model->allTemplates()) {
        if (emailTemplate.id == m_editingId) {
            if (!emailTemplate.sameContent(m_shown))
                showTemplate(emailTemplate);
            return;
        }
    }
    if (!m_editingId.isEmpty() || !m_list->currentIndex().isValid()) {
        // The template went (deleted, or its add undone): show the first one.
        m_editingId.clear();
        if (m_model->rowCount() > 0) {
            m_list->setCurrentIndex(m_model->index(0, EmailTemplateListModel::NameColumn));
            followListSelection();
        } else {
            showTemplate({});
        }
    }
}

void EmailTemplatesDialog::markInList(const QString &templateId)
{
    const int row = templateId.isEmpty() ? -1 : m_model->rowOf(templateId);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (row < 0) {
        m_list->selectionModel()->clear();
        m_list->viewport()->update();
        return;
    }
    const QModelIndex index = m_model->index(row, EmailTemplateListModel::NameColumn);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    m_list->viewport()->update();
}

void EmailTemplatesDialog::selectTemplate(const QString &templateId)
{
    if (m_model->rowOf(templateId) < 0) {
        // Hidden by the filter: show every template.
        const QSignalBlocker filterBlocker(m_categoryFilter);
        const QSignalBlocker searchBlocker(m_search);
        m_categoryFilter->setCurrentIndex(0);
        m_search->clear();
        applyListFilter();
    }
    const int row = m_model->rowOf(templateId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, EmailTemplateListModel::NameColumn));
    followListSelection();   // also when it was current already
}

void EmailTemplatesDialog::followListSelection()
{
    const QModelIndex current = m_list->currentIndex();
    const QString id = current.isValid() ? current.data(EmailTemplateListModel::IdRole).toString() : QString();
    if (id == m_editingId && !m_dirty)
        return;
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled) {
        markInList(m_editingId);
        return;
    }
    // Saving may have reloaded the list: look the row up again.
    const QModelIndex chosen = m_list->currentIndex();
    const QString chosenId = chosen.isValid() ? chosen.data(EmailTemplateListModel::IdRole).toString() : id;
    for (const EmailTemplate &emailTemplate : m_model->allTemplates()) {
        if (emailTemplate.id == chosenId) {
            showTemplate(emailTemplate);
            return;
        }
    }
    showTemplate({});
}

void EmailTemplatesDialog::showTemplate(const EmailTemplate &emailTemplate)
{
    m_filling = true;
    m_shown = emailTemplate;
    m_editingId = emailTemplate.id;
    m_name->setText(emailTemplate.name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(emailTemplate.category)));
    int scope = m_scope->findData(emailTemplate.clientId);
    if (scope < 0) {
        m_scope->addItem(emailTemplate.clientId, emailTemplate.clientId);
        scope = m_scope->count() - 1;
    }
    m_scope->setCurrentIndex(scope);
    m_subject->setText(emailTemplate.subject);
    m_html->setPlainText(emailTemplate.content);
    m_filling = false;
    setDirty(false);
    refreshPreview();
}

EmailTemplate EmailTemplatesDialog::editedTemplate() const
{
    EmailTemplate edited = m_shown;
    edited.id = m_editingId;
    edited.name = m_name->text().trimmed();
    edited.category = m_category->currentData().toString();
    edited.clientId = m_scope->currentData().toString();
    edited.subject = m_subject->text().trimmed();
    edited.content = m_html->toPlainText();
    return edited;
}

QString EmailTemplatesDialog::previewSubject() const
{
    return m_previewSubject->text();
}

void EmailTemplatesDialog::refreshPreview()
{
    m_previewTimer->stop();
    const int sample = qBound(0, m_sample->currentIndex(), int(m_people.size()) - 1);
    const storage::PreviewRecipient person = m_people.value(sample);
    const models::EmailPreview preview = models::renderPreview(m_subject->text(), m_html->toPlainText(),
                                                               models::previewValues(person, m_senderName));
    m_previewSubject->setText(preview.subject);
    m_preview->setHtml(preview.html);
    m_plainText->setPlainText(preview.text);
    if (preview.unknownPlaceholders.isEmpty()) {
        m_warning->clear();
        m_warning->hide();
        return;
    }
    QStringList written;
    for (const QString &name : preview.unknownPlaceholders)
        written.append(QStringLiteral("{{") + name + QStringLiteral("}}"));
    m_warning->setText(tr("Unknown placeholders: %1. They would be sent as written; check the spelling or use "
                          "\"Insert placeholder\".").arg(written.join(tr(", "))));
    m_warning->show();
}

void EmailTemplatesDialog::insertPlaceholder(const QString &name)
{
    if (m_editingId.isEmpty() && !m_dirty)
        return;   // nothing in the editor
    const QString placeholder = QStringLiteral("{{") + name + QStringLiteral("}}");
    if (m_placeholderTargetIsSubject) {
        m_subject->insert(placeholder);
        m_subject->setFocus();
        setDirty(true);
        m_previewTimer->start();
    } else {
        m_tabs->setCurrentWidget(m_html);
        m_html->insertPlainText(placeholder);   // textChanged marks it edited
        m_html->setFocus();
    }
}

bool EmailTemplatesDialog::save()
{
    const EmailTemplate edited = editedTemplate();
    if (edited.id.isEmpty()) {
        QString id;
        if (!m_document->createTemplate(edited, &id))
            return false;   // editFailed showed why; nothing was written
        m_editingId = id;
    } else if (!m_document->saveTemplate(edited)) {
        return false;
    }
    setDirty(false);
    showMessage({});
    // Show what was stored (trimmed, timestamps), also when nothing changed and no signal came.
    if (const auto stored = storage::EmailTemplateRepository(m_database).find(m_editingId))
        showTemplate(*stored);
    markInList(m_editingId);
    return true;
}

void EmailTemplatesDialog::revert()
{
    showMessage({});
    setDirty(false);
    if (!m_shown.id.isEmpty()) {
        showTemplate(m_shown);
        return;
    }
    // A new template not saved yet: back to the selected one.
    m_editingId.clear();
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        followListSelection();
    else
        reloadList();
}

void EmailTemplatesDialog::startNew()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->clear();
    }
    EmailTemplate draft;
    draft.clientId = m_clientId;
    draft.name = tr("New template");
    draft.subject = tr("Hello {{first_name}}");
    draft.content = tr("<p>Hi {{first_name}},</p>\n\n<p></p>\n\n<p>{{sender_name}}</p>\n\n"
                       "<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>\n");
    showTemplate(draft);
    setDirty(true);   // not stored until saved
    m_name->setFocus();
    m_name->selectAll();
}

void EmailTemplatesDialog::duplicate()
{
    if (m_editingId.isEmpty())
        return;
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    const QString copy = m_document->duplicateTemplate(m_editingId);
    if (copy.isEmpty())
        return;
    showMessage({});
    selectTemplate(copy);   // shown even when the filter would hide it
    m_name->setFocus();
    m_name->selectAll();
}

void EmailTemplatesDialog::removeCurrent()
{
    if (m_editingId.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete template"),
                              tr("Delete the email template \"%1\"? Campaigns made from it keep their subject and "
                                 "message.").arg(m_shown.name))
        != QMessageBox::Yes)
        return;
    const bool dirty = std::exchange(m_dirty, false);   // the edits go with the template
    if (m_document->removeTemplate(m_editingId))
        showMessage({});
    else
        setDirty(dirty);   // refused: the editor keeps them
}

EmailTemplatesDialog::Unsaved EmailTemplatesDialog::settleUnsaved()
{
    const auto answer = QMessageBox::question(
        this, windowTitle(), tr("Save the changes to the template \"%1\"?").arg(m_name->text().trimmed()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return Unsaved::Cancelled;
    if (answer == QMessageBox::Save)
        return save() ? Unsaved::Saved : Unsaved::Cancelled;
    setDirty(false);
    return Unsaved::Discarded;
}

void EmailTemplatesDialog::reject()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    QDialog::reject();
}

} // namespace anchor::ui
