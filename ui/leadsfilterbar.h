#pragma once

#include "multiselectbutton.h"

#include <leadquery.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace anchor::ui {

// Search and filters above the leads table. Typing searches after a short pause (debounced);
// every other change applies at once. The client scope is not here: the window's client switcher
// owns it.
class LeadsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsFilterBar)

public:
    explicit LeadsFilterBar(QWidget *parent = nullptr);

    storage::LeadFilter filter() const;
    // Shows a filter (a saved view) without emitting filterChanged for each field.
    void setFilter(const storage::LeadFilter &filter);
    void setTagOptions(const QList<MultiSelectButton::Option> &options);
    void setStageOptions(const QList<MultiSelectButton::Option> &options);
    void setSourceOptions(const QStringList &sources);
    void showCount(qint64 count);
    void showCounting();
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    void chooseDateRange(int preset);
    void updateDateText();
    void emitChanged();

    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    MultiSelectButton *m_categories = nullptr;
    MultiSelectButton *m_callerTypes = nullptr;
    MultiSelectButton *m_tags = nullptr;
    MultiSelectButton *m_stages = nullptr;
    MultiSelectButton *m_sources = nullptr;
    QComboBox *m_minStars = nullptr;
    QComboBox *m_maxStars = nullptr;
    QToolButton *m_dates = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QDateTime m_from;
    QDateTime m_to;
    bool m_applying = false;
};

} // namespace anchor::ui
