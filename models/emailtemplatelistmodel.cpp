#include "emailtemplatelistmodel.h"

#include "emailtemplatedocument.h"

#include <storageerror.h>

namespace anchor::models {

using storage::EmailTemplate;
using storage::EmailTemplateRepository;

EmailTemplateListModel::EmailTemplateListModel(EmailTemplateDocument *document, QString clientId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_clientId(std::move(clientId))
{
    connect(m_document, &EmailTemplateDocument::templatesChanged, this, &EmailTemplateListModel::reload);
    reload();
}

void EmailTemplateListModel::reload()
{
    QList<EmailTemplate> templates;
    QString failure;
    try {
        templates = EmailTemplateRepository(m_document->database()).list(m_clientId);
    } catch (const storage::StorageError &error) {
        failure = error.message();
    }
    m_all = std::move(templates);
    applyFilter();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

void EmailTemplateListModel::setCategoryFilter(const std::optional<QString> &category)
{
    if (category == m_category)
        return;
    m_category = category;
    applyFilter();
}

void EmailTemplateListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    applyFilter();
}

bool EmailTemplateListModel::matches(const EmailTemplate &emailTemplate) const
{
    if (m_category && emailTemplate.category != *m_category)
        return false;
    return m_search.isEmpty() || emailTemplate.name.contains(m_search, Qt::CaseInsensitive)
        || emailTemplate.subject.contains(m_search, Qt::CaseInsensitive);
}

void EmailTemplateListModel::applyFilter()
{
    beginResetModel();
    m_visible.clear();
    for (const EmailTemplate &emailTemplate : std::as_const(m_all)) {
        if (matches(emailTemplate))
            m_visible.append(emailTemplate);
    }
    endResetModel();
}

int EmailTemplateListModel::rowOf(const QString &templateId) const
{
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_visible.at(row).id == templateId)
            return int(row);
    }
    return -1;
}

int EmailTemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int EmailTemplateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmailTemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EmailTemplate &emailTemplate = m_visible.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return emailTemplate.name;
        return EmailTemplateRepository::categoryLabel(emailTemplate.category);
    case Qt::ToolTipRole:
        return emailTemplate.clientId.isEmpty() ? tr("%1\nUsed by every client").arg(emailTemplate.subject)
                                                : emailTemplate.subject;
    case IdRole:
        return emailTemplate.id;
    case CategoryRole:
        return emailTemplate.category;
    case SubjectRole:
        return emailTemplate.subject;
    case DefaultRole:
        return emailTemplate.isDefault;
    case AgencyWideRole:
        return emailTemplate.clientId.isEmpty();
    default:
        return {};
    }
}

QVariant EmailTemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    default:
        return {};
    }
}

} // namespace anchor::models
