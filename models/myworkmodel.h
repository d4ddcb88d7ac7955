#pragma once

#include <database.h>
#include <taskitemrepository.h>

#include <QAbstractItemModel>
#include <QDate>

namespace anchor::models {

// "My work": the open task items assigned to one user across every board, in sections by due
// date (Overdue, Today, This week, Later, No date; empty sections are left out). A two-level
// tree: sections at the top, items under them. Loaded off the GUI thread; a load that finishes
// after a newer one started is dropped.
class MyWorkModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyWorkModel)

public:
    enum Column { Key, Name, Board, Status, Due, ColumnCount };
    Q_ENUM(Column)
    enum Role { ItemIdRole = Qt::UserRole + 1, BucketRole, DueDateRole, IsSectionRole };
    Q_ENUM(Role)
    enum class Bucket { Overdue, Today, ThisWeek, Later, NoDate };
    Q_ENUM(Bucket)

    MyWorkModel(storage::Database database, const QString &userId, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    int itemCount() const;
    QModelIndex indexOfItem(const QString &itemId) const;
    const storage::MyWorkItem *itemAt(const QModelIndex &index) const;

    // Which section a due date falls in; the week ends the day before firstDayOfWeek.
    static Bucket bucketFor(const QDate &due, const QDate &today, Qt::DayOfWeek firstDayOfWeek);
    static QString bucketTitle(Bucket bucket);

Q_SIGNALS:
    void loaded(int items);
    void loadFailed(const QString &message);

private:
    struct Section
    {
        Bucket bucket;
        QList<storage::MyWorkItem> items;
    };
    void setItems(const QList<storage::MyWorkItem> &items);

    storage::Database m_database;
    QString m_userId;
    QList<Section> m_sections;
    QDate m_today;
    quint64 m_generation = 0;
};

} // namespace anchor::models
