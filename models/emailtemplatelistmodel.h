#pragma once

#include <emailtemplaterepository.h>

#include <QAbstractTableModel>

#include <optional>

namespace anchor::models {

class EmailTemplateDocument;

// The email templates a client can use (its own and the agency-wide ones), by category then
// name, narrowed by a category and a search text (name or subject). Reloads whenever the
// document announces a change. Read only: edits go through EmailTemplateDocument.
class EmailTemplateListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailTemplateListModel)

public:
    enum Column { NameColumn, CategoryColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,   // the stored key; empty for none
        SubjectRole,
        DefaultRole,    // bool: shipped with the app
        AgencyWideRole, // bool: client_id NULL
    };

    // clientId empty: every template.
    EmailTemplateListModel(EmailTemplateDocument *document, QString clientId, QObject *parent = nullptr);

    void reload();
    // nullopt: every category; "" only templates without one.
    void setCategoryFilter(const std::optional<QString> &category);
    void setSearchText(const QString &text);

    storage::EmailTemplate emailTemplate(int row) const { return m_visible.value(row); }
    int rowOf(const QString &templateId) const;
    // Every template of the client, whatever the filter shows.
    const QList<storage::EmailTemplate> &allTemplates() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void applyFilter();
    bool matches(const storage::EmailTemplate &emailTemplate) const;

    EmailTemplateDocument *m_document;
    QString m_clientId;
    std::optional<QString> m_category;
    QString m_search;
    QList<storage::EmailTemplate> m_all;       // as listed by the repository
    QList<storage::EmailTemplate> m_visible;   // what the filter lets through
};

} // namespace anchor::models
