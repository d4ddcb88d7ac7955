#pragma once

#include <QToolButton>

namespace anchor::ui {

// A tool button whose menu lists checkable options; the button text sums up the choice
// ("Category: Warm +1"). Each option carries the ids it stands for (several tags of different
// clients can share one name).
class MultiSelectButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiSelectButton)

public:
    struct Option
    {
        QString label;
        QStringList ids;
        QString color;   // optional swatch
    };

    // title: "Category"; filterTip: the tooltip while nothing is chosen ("Filter by category").
    MultiSelectButton(const QString &title, const QString &filterTip, QWidget *parent = nullptr);

    void setOptions(const QList<Option> &options);
    QStringList selectedIds() const;
    void setSelectedIds(const QStringList &ids);
    void clearSelection();

Q_SIGNALS:
    void selectionChanged();

private:
    void updateText();

    QString m_title;
    QString m_filterTip;
    QMenu *m_menu = nullptr;
};

} // namespace anchor::ui
