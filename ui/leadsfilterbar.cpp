#include "leadsfilterbar.h"

#include <leadtypes.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>
#include <QToolButton>

namespace anchor::ui {

namespace {

constexpr int kSearchDelayMs = 250;

enum DatePreset { AnyTime, Today, Last7, Last30, Last90, ThisYear, Custom };

QComboBox *starsCombo(const QString &anyText, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(anyText, 0);
    for (int stars = 1; stars <= 5; ++stars)
        combo->addItem(QString(stars, QChar(0x2605)), stars);
    return combo;
}

} // namespace

LeadsFilterBar::LeadsFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_categories(new MultiSelectButton(tr("Category"), tr("Filter by category"), this))
    , m_callerTypes(new MultiSelectButton(tr("Caller"), tr("Filter by caller type"), this))
    , m_tags(new MultiSelectButton(tr("Tags"), tr("Filter by tag"), this))
    , m_stages(new MultiSelectButton(tr("Stage"), tr("Filter by pipeline stage"), this))
    , m_sources(new MultiSelectButton(tr("Source"), tr("Filter by source"), this))
    , m_minStars(starsCombo(tr("Min stars"), this))
    , m_maxStars(starsCombo(tr("Max stars"), this))
    , m_dates(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search callers, numbers, summaries, transcripts, notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search leads"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &LeadsFilterBar::emitChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            emitChanged();
        }
    });

    QList<MultiSelectButton::Option> categories;
    for (const QString &category : storage::LeadVocabulary::categories())
        categories.append({storage::LeadVocabulary::categoryLabel(category), {category},
                           storage::LeadVocabulary::categoryColor(category)});
    m_categories->setOptions(categories);
    QList<MultiSelectButton::Option> callerTypes;
    for (const QString &type : storage::LeadVocabulary::callerTypes())
        callerTypes.append({storage::LeadVocabulary::callerTypeLabel(type), {type}, {}});
    m_callerTypes->setOptions(callerTypes);
    m_minStars->setAccessibleName(tr("Minimum stars"));
    m_maxStars->setAccessibleName(tr("Maximum stars"));

    auto *dateMenu = new QMenu(m_dates);
    const QList<QPair<QString, int>> presets = {
        {tr("Any time"), AnyTime}, {tr("Today"), Today}, {tr("Last 7 days"), Last7},
        {tr("Last 30 days"), Last30}, {tr("Last 90 days"), Last90}, {tr("This year"), ThisYear},
        {tr("Custom range..."), Custom}};
    for (const auto &[label, preset] : presets)
        connect(dateMenu->addAction(label), &QAction::triggered, this, [this, preset = preset] { chooseDateRange(preset); });
    m_dates->setMenu(dateMenu);
    m_dates->setPopupMode(QToolButton::InstantPopup);
    m_dates->setAccessibleName(tr("Date range"));
    updateDateText();

    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        emitChanged();
    });
    m_count->setMinimumWidth(110);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setAccessibleName(tr("Result count"));

    for (MultiSelectButton *button : {m_categories, m_callerTypes, m_tags, m_stages, m_sources})
        connect(button, &MultiSelectButton::selectionChanged, this, &LeadsFilterBar::emitChanged);
    for (QComboBox *combo : {m_minStars, m_maxStars})
        connect(combo, &QComboBox::currentIndexChanged, this, &LeadsFilterBar::emitChanged);

    // Two rows: search first (the widest), the filters beneath, so the bar fits a laptop screen.
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_categories, m_minStars, m_maxStars, m_callerTypes, m_tags,
                                                            m_stages, m_sources, m_dates, m_clear})
        filterRow->addWidget(widget);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
}

storage::LeadFilter LeadsFilterBar::filter() const
{
    storage::LeadFilter filter;
    filter.text = m_search->text().trimmed();
    filter.categories = m_categories->selectedIds();
    filter.callerTypes = m_callerTypes->selectedIds();
    filter.tagIds = m_tags->selectedIds();
    filter.stageIds = m_stages->selectedIds();
    filter.sources = m_sources->selectedIds();
    filter.minStars = m_minStars->currentData().toInt();
    filter.maxStars = m_maxStars->currentData().toInt();
    filter.from = m_from;
    filter.to = m_to;
    return filter;
}

void LeadsFilterBar::setFilter(const storage::LeadFilter &filter)
{
    m_applying = true;
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(filter.text);
    }
    m_debounce->stop();
    m_categories->setSelectedIds(filter.categories);
    m_callerTypes->setSelectedIds(filter.callerTypes);
    m_tags->setSelectedIds(filter.tagIds);
    m_stages->setSelectedIds(filter.stageIds);
    m_sources->setSelectedIds(filter.sources);
    m_minStars->setCurrentIndex(qBound(0, filter.minStars, 5));
    m_maxStars->setCurrentIndex(qBound(0, filter.maxStars, 5));
    m_from = filter.from;
    m_to = filter.to;
    updateDateText();
    m_applying = false;
}

void LeadsFilterBar::setTagOptions(const QList<MultiSelectButton::Option> &options)
{
    m_tags->setOptions(options);
}

void LeadsFilterBar::setStageOptions(const QList<MultiSelectButton::Option> &options)
{
    m_stages->setOptions(options);
}

void LeadsFilterBar::setSourceOptions(const QStringList &sources)
{
    QList<MultiSelectButton::Option> options;
    for (const QString &source : sources)
        options.append({source, {source}, {}});
    m_sources->setOptions(options);
}

void LeadsFilterBar::showCount(qint64 count)
{
    m_count->setText(count == 0 ? tr("No leads match") : tr("%1 leads").arg(QLocale().toString(count)));
}

void LeadsFilterBar::showCounting()
{
    m_count->setText(tr("Counting..."));
}

void LeadsFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LeadsFilterBar::emitChanged()
{
    if (!m_applying)
        Q_EMIT filterChanged();
}

void LeadsFilterBar::chooseDateRange(int preset)
{
    const QDate today = QDate::currentDate();
    switch (preset) {
    case AnyTime: m_from = {}; m_to = {}; break;
    case Today: m_from = today.startOfDay(); m_to = today.addDays(1).startOfDay(); break;
    case Last7: m_from = today.addDays(-6).startOfDay(); m_to = today.addDays(1).startOfDay(); break;
    case Last30: m_from = today.addDays(-29).startOfDay(); m_to = today.addDays(1).startOfDay(); break;
    case Last90: m_from = today.addDays(-89).startOfDay(); m_to = today.addDays(1).startOfDay(); break;
    case ThisYear: m_from = QDate(today.year(), 1, 1).startOfDay(); m_to = today.addDays(1).startOfDay(); break;
    case Custom: {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Date range"));
        auto *from = new QDateEdit(m_from.isValid() ? m_from.date() : today.addDays(-30), &dialog);
        auto *to = new QDateEdit(m_to.isValid() ? m_to.date().addDays(-1) : today, &dialog);
        for (QDateEdit *edit : {from, to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("From"), from);
        form->addRow(tr("To (inclusive)"), to);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QDate first = qMin(from->date(), to->date());
        const QDate last = qMax(from->date(), to->date());
        m_from = first.startOfDay();
        m_to = last.addDays(1).startOfDay();
        break;
    }
    default: break;
    }
    updateDateText();
    emitChanged();
}

void LeadsFilterBar::updateDateText()
{
    if (!m_from.isValid() && !m_to.isValid()) {
        m_dates->setText(tr("Any time"));
        return;
    }
    const QLocale locale;
    const QString from = m_from.isValid() ? locale.toString(m_from.date(), QLocale::ShortFormat) : QString();
    const QString to = m_to.isValid() ? locale.toString(m_to.date().addDays(-1), QLocale::ShortFormat) : QString();
    m_dates->setText(from == to ? from : tr("%1 - %2").arg(from, to));
}

} // namespace anchor::ui
