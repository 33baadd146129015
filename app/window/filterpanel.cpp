// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include "actorfiltertree.h"
#include "backgroundread.h"
#include "categorycolours.h"
#include "checklist.h"
#include "errorguard.h"
#include "eventstore.h"
#include "managerdialog.h"
#include "partialdateedit.h"
#include "storechange.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace entente {

namespace {

// Beyond this many events changed, reading them costs more than listing anew.
constexpr qsizetype MostEventsToRead = 1000;

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

std::optional<qint64> secondOf(const PartialDate &date, bool latest)
{
    if (date.isNull()) {
        return std::nullopt;
    }
    return latest ? date.latestSecond() : date.earliestSecond();
}

// The day or minute whose first (or last) second this is: what a date typed in the panel gave.
PartialDate dateAt(std::optional<qint64> second, bool latest)
{
    if (!second) {
        return {};
    }
    const QDateTime at = QDateTime::fromSecsSinceEpoch(*second, QTimeZone::utc());
    const QDate day = at.date();
    const QTime wholeDay = latest ? QTime(23, 59, 59) : QTime(0, 0);
    if (at.time() == wholeDay) {
        return PartialDate::day(day.year(), day.month(), day.day());
    }
    return PartialDate::minute(day.year(), day.month(), day.day(), at.time().hour(),
                               at.time().minute());
}

CheckList::Value categoryValue(const Category &category)
{
    const QString label =
        category.name.isEmpty() ? FilterPanel::tr("(uncategorized)") : category.name;
    return {category.name, label, ManagerDialog::swatch(QColor(CategoryColours::shown(category)))};
}

QList<CheckList::Value> plainValues(const QStringList &texts)
{
    QList<CheckList::Value> values;
    for (const QString &text : texts) {
        values.append({text, QString()});
    }
    return values;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_actors(new ActorFilterTree(this)), m_categories(new CheckList(this)),
      m_tags(new CheckList(this)), m_from(new PartialDateEdit(this)),
      m_to(new PartialDateEdit(this)), m_clearFrom(new QToolButton(this)),
      m_clearTo(new QToolButton(this)), m_importance(new QSpinBox(this)),
      m_outlets(new CheckList(this)), m_hasRelations(new QCheckBox(tr("Has &relations"), this)),
      m_approximateOnly(new QCheckBox(tr("Appro&ximate dates only"), this)),
      m_clearAll(new QPushButton(tr("C&lear All Filters"), this)), m_typingDelay(new QTimer(this))
{
    m_actors->setObjectName(QStringLiteral("actors"));
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setToolTip(tr("Shows the events of any of the ticked categories"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setToolTip(tr("Shows the events that have any of the ticked tags"));
    m_outlets->setObjectName(QStringLiteral("outlets"));
    m_outlets->setToolTip(tr("Shows the events with a source from any of the ticked outlets"));
    m_clearAll->setObjectName(QStringLiteral("clearAll"));
    m_clearAll->setToolTip(tr("Shows every event again (the search stays)"));

    // Tab follows the order in which the fields go into the panel: top down.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addWidget(heading(tr("&Actors"), m_actors, content));
    layout->addWidget(m_actors, 1); // the lists below are as tall as their rows, up to five
    layout->addWidget(heading(tr("&Categories"), m_categories, content));
    layout->addWidget(m_categories);
    layout->addWidget(heading(tr("&Tags"), m_tags, content));
    layout->addWidget(m_tags);
    layout->addWidget(heading(tr("Date&s"), m_from, content));
    layout->addWidget(makeDates());
    layout->addWidget(heading(tr("Source &outlets"), m_outlets, content));
    layout->addWidget(m_outlets);
    layout->addWidget(makeFlags());
    layout->addWidget(m_clearAll, 0, Qt::AlignLeft);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus, not their frame
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setFocusProxy(m_actors);

    // Typing a date asks the store for every keystroke's date: wait for a pause.
    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(300);
    connect(m_typingDelay, &QTimer::timeout, this,
            ErrorGuard::slot(this, &FilterPanel::emitIfChanged));
    for (CheckList *list : {m_categories, m_tags, m_outlets}) {
        connect(list, &CheckList::checkedChanged, this,
                ErrorGuard::slot(this, &FilterPanel::emitIfChanged));
    }
    connect(m_actors, &ActorFilterTree::checkedChanged, this,
            ErrorGuard::slot(this, &FilterPanel::emitIfChanged));
    connect(m_clearAll, &QPushButton::clicked, this,
            ErrorGuard::slot(this, &FilterPanel::clearAll));
}

FilterPanel::~FilterPanel()
{
    m_reading.reset(); // before the lists it fills
    // A date's text loses the focus as the panel goes, after this part of it is gone.
    for (const PartialDateEdit *date : {m_from, m_to}) {
        disconnect(date->lineEdit(), nullptr, this, nullptr);
    }
}

QWidget *FilterPanel::makeDates()
{
    auto *dates = new QWidget(this);
    auto *form = new QFormLayout(dates);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addDate = [&](PartialDateEdit *edit, QToolButton *clear, const QString &name,
                             const QString &label, const QString &tip) {
        edit->setObjectName(name);
        // What is typed says how precise the date is ("2015": the whole year), and "c." says
        // nothing about which events to show: the text alone, with room in a narrow dock.
        edit->precisionBox()->hide();
        edit->approximateBox()->hide();
        edit->lineEdit()->setClearButtonEnabled(false); // the button beside it clears
        edit->lineEdit()->setToolTip(tip);
        clear->setObjectName(name + QStringLiteral("Clear"));
        clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        clear->setAutoRaise(true);
        clear->setToolTip(tr("Clear the date"));
        clear->setEnabled(false);
        auto *row = new QHBoxLayout;
        row->setSpacing(2);
        row->addWidget(edit, 1);
        row->addWidget(clear);
        form->addRow(label, row);
        connect(edit, &PartialDateEdit::edited, this, ErrorGuard::slot([this, edit, clear] {
                    clear->setEnabled(!edit->text().isEmpty());
                    m_typingDelay->start();
                }));
        connect(edit->lineEdit(), &QLineEdit::editingFinished, this,
                ErrorGuard::slot(this, &FilterPanel::emitIfChanged));
        connect(clear, &QToolButton::clicked, this, ErrorGuard::slot([this, edit, clear] {
                    edit->setDate({});
                    clear->setEnabled(false);
                    edit->setFocus();
                    emitIfChanged();
                }));
    };
    addDate(m_from, m_clearFrom, QStringLiteral("from"), tr("From"),
            tr("Shows the events that end on or after this date"));
    addDate(m_to, m_clearTo, QStringLiteral("to"), tr("To"),
            tr("Shows the events that begin on or before this date"));

    m_importance->setObjectName(QStringLiteral("importance"));
    m_importance->setRange(1, 5);
    m_importance->setSpecialValueText(tr("Any"));
    m_importance->setSuffix(tr(" or more"));
    m_importance->setToolTip(
        tr("Shows the events at least this important, from 1 (any) to 5 (the most important)"));
    WheelGuard::guard(m_importance);
    connect(m_importance, &QSpinBox::valueChanged, this,
            ErrorGuard::slot(this, &FilterPanel::emitIfChanged));
    form->addRow(tr("&Importance"), m_importance);
    return dates;
}

QWidget *FilterPanel::makeFlags()
{
    auto *flags = new QWidget(this);
    auto *layout = new QVBoxLayout(flags);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    m_hasRelations->setObjectName(QStringLiteral("hasRelations"));
    m_hasRelations->setToolTip(tr("Shows only the events at either end of a relation"));
    m_approximateOnly->setObjectName(QStringLiteral("approximateOnly"));
    m_approximateOnly->setToolTip(tr("Shows only the events whose start or end is known to no "
                                     "more than a month or a year, or marked approximate (“c.”)"));
    for (QCheckBox *box : {m_hasRelations, m_approximateOnly}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this,
                ErrorGuard::slot(this, &FilterPanel::emitIfChanged));
    }
    return flags;
}

void FilterPanel::setStore(EventStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot(this, &FilterPanel::onStoreChanged));
    }
    reload();
}

void FilterPanel::reload()
{
    m_actors->setActors(m_store ? m_store->actors() : QList<Actor>());
    loadCategories();
    loadTagsAndOutlets();
}

void FilterPanel::loadCategories()
{
    QList<CheckList::Value> values;
    for (const Category &category : m_store ? m_store->categories() : QList<Category>()) {
        values.append(categoryValue(category));
    }
    // categories() leaves out "no category"; the lanes' list has it, cheaply, when it is used.
    if (m_store && m_store->categoriesInUse().contains(QString())) {
        values.append(categoryValue({QString(), QString()}));
    }
    m_categories->setValues(values);
}

// The tags and outlets in use are read from every event and source (seconds at a million):
// on a thread, listed when they come.
void FilterPanel::loadTagsAndOutlets()
{
    m_reading.reset(); // stops a read for an older state
    if (!m_store) {
        m_tags->setValues({});
        m_outlets->setValues({});
        return;
    }
    auto found = std::make_shared<std::pair<QStringList, QStringList>>();
    m_reading =
        std::make_unique<BackgroundRead>(m_store->readerPath(), [found](EventStore &reader) {
            found->first = reader.tagsInUse();
            found->second = reader.outlets();
        });
    connect(m_reading.get(), &BackgroundRead::finished, this, [this, found] {
        m_tags->setValues(plainValues(found->first));
        m_outlets->setValues(plainValues(found->second));
    });
}

void FilterPanel::onStoreChanged(const StoreChange &change)
{
    if (change.everything) {
        reload();
        return;
    }
    if (!change.actors.isEmpty()) {
        m_actors->setActors(m_store->actors());
    }
    if (change.categoriesChanged) {
        loadCategories();
    }
    if (!change.sources.isEmpty()) {
        loadTagsAndOutlets();
    }
    addValuesOf(change.events.added + change.events.changed);
}

// Edited and added events may bring categories and tags not listed yet. Those no event has
// any more stay listed until the next reload: ticking one shows nothing, and costs nothing.
void FilterPanel::addValuesOf(const QList<qint64> &eventIds)
{
    if (eventIds.isEmpty()) {
        return;
    }
    if (eventIds.size() > MostEventsToRead) {
        loadCategories();
        loadTagsAndOutlets();
        return;
    }
    QList<CheckList::Value> categories;
    QStringList tags;
    for (const Event &event : m_store->events(eventIds, EventStore::Detail::Full)) {
        categories.append(categoryValue({event.category, QString()}));
        tags.append(event.tags);
    }
    m_categories->addValues(categories);
    m_tags->addValues(plainValues(tags));
}

void FilterPanel::setCriteria(const EventCriteria &criteria)
{
    const QSignalBlocker importance(m_importance);
    const QSignalBlocker relations(m_hasRelations);
    const QSignalBlocker approximate(m_approximateOnly);
    m_typingDelay->stop();
    m_query = criteria.query;
    m_actors->setCheckedActors(criteria.actors);
    m_categories->setCheckedValues(criteria.categories);
    m_tags->setCheckedValues(criteria.tags);
    m_from->setDate(dateAt(criteria.from, false));
    m_to->setDate(dateAt(criteria.to, true));
    m_clearFrom->setEnabled(criteria.from.has_value());
    m_clearTo->setEnabled(criteria.to.has_value());
    m_importance->setValue(std::max(criteria.minImportance, 1));
    m_outlets->setCheckedValues(criteria.outlets);
    m_hasRelations->setChecked(criteria.hasRelations);
    m_approximateOnly->setChecked(criteria.approximateOnly);
    m_shown = this->criteria(); // as the panel says them: importance 1 is 0, any
}

EventCriteria FilterPanel::criteria() const
{
    EventCriteria criteria;
    criteria.query = m_query;
    criteria.actors = m_actors->checkedActors();
    criteria.categories = m_categories->checkedValues();
    criteria.tags = m_tags->checkedValues();
    criteria.from = secondOf(m_from->date(), false);
    criteria.to = secondOf(m_to->date(), true);
    criteria.minImportance = m_importance->value() > 1 ? m_importance->value() : 0;
    criteria.outlets = m_outlets->checkedValues();
    criteria.hasRelations = m_hasRelations->isChecked();
    criteria.approximateOnly = m_approximateOnly->isChecked();
    return criteria;
}

void FilterPanel::setActorCounts(const QHash<qint64, qint64> &counts)
{
    m_actors->setCounts(counts);
}

void FilterPanel::clearAll()
{
    EventCriteria none;
    none.query = m_query;
    const EventCriteria before = m_shown;
    setCriteria(none);
    m_shown = before;
    emitIfChanged();
}

void FilterPanel::emitIfChanged()
{
    m_typingDelay->stop();
    const EventCriteria now = criteria();
    if (now != m_shown) {
        m_shown = now;
        emit criteriaChanged(now);
    }
}

} // namespace entente
