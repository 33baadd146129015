// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecarddock.h"

#include "errorguard.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "partialdateedit.h"
#include "scorecarddata.h"
#include "scorecardview.h"
#include "storechange.h"
#include "timelineview.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace entente {

namespace {
const auto AgreementCategory = QStringLiteral("agreement");
constexpr int MinimumDockedHeight = 300;

bool namesAny(const IdChanges &changes, const QList<qint64> &ids)
{
    return std::any_of(ids.cbegin(), ids.cend(), [&](qint64 id) {
        return changes.changed.contains(id) || changes.removed.contains(id);
    });
}
} // namespace

ScorecardDock::ScorecardDock(MainWindow *window)
    : QDockWidget(tr("Agreement Scorecard"), window), m_window(window),
      m_agreements(new QComboBox(this)), m_view(new ScorecardView(this)),
      m_from(new PartialDateEdit(this)), m_to(new PartialDateEdit(this)),
      m_fit(new QPushButton(tr("F&it"), this))
{
    setObjectName(QStringLiteral("scorecardDock"));
    toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Agreement:"), content);
    label->setBuddy(m_agreements);
    m_agreements->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agreements->setMinimumContentsLength(30);
    auto *exportButton = new QPushButton(tr("Export…"), content);
    connect(exportButton, &QPushButton::clicked, m_view->exportAction(), &QAction::trigger);
    connect(m_view->exportAction(), &QAction::changed, exportButton, [exportButton, this] {
        exportButton->setEnabled(m_view->exportAction()->isEnabled());
    });
    exportButton->setEnabled(false);
    bar->addWidget(label);
    bar->addWidget(m_agreements, 1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    layout->addLayout(createRangeBar());
    auto *scroll = new QScrollArea(content);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_view);
    layout->addWidget(scroll, 1);
    setWidget(content);

    connect(m_agreements, &QComboBox::currentIndexChanged, this, ErrorGuard::slot([this] {
                showRange();
                readWhenShown();
            }));
    connect(m_view, &ScorecardView::eventActivated, window,
            ErrorGuard::slot(window, &MainWindow::selectEvent));
    connect(window->timelineView(), &TimelineView::selectedEventChanged, this,
            ErrorGuard::slot(this, &ScorecardDock::followSelection));
    connect(window, &MainWindow::storeChanged, this,
            ErrorGuard::slot([this] { setStore(m_window->store()); }));
}

qint64 ScorecardDock::agreementId() const
{
    return m_agreements->currentData().toLongLong();
}

void ScorecardDock::showAgreement(qint64 eventId)
{
    if (const int index = m_agreements->findData(eventId); index >= 0) {
        m_agreements->setCurrentIndex(index);
    }
}

void ScorecardDock::setStore(EventStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    m_ranges.clear(); // another file's agreements
    showRange();
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot(this, &ScorecardDock::onStoreChanged));
    }
    listAgreements();
    readWhenShown();
}

void ScorecardDock::followSelection(qint64 eventId)
{
    showAgreement(eventId); // an event that is no agreement leaves the choice as it was
}

void ScorecardDock::onStoreChanged(const StoreChange &change)
{
    if (change.touchesEvents() || !change.agreements.isEmpty()) {
        listAgreements(); // an event may have become an agreement, or one retitled
    }
    const ScorecardData *data = m_view->data();
    if (change.everything || change.agreements.contains(agreementId()) ||
        namesAny(change.events, {agreementId()}) ||
        (data && namesAny(change.events, data->events.keys()))) {
        readWhenShown();
    }
}

// Keeps the choice when it is still an agreement.
void ScorecardDock::listAgreements()
{
    const qint64 current = agreementId();
    const QSignalBlocker blocker(m_agreements);
    m_agreements->clear();
    if (m_store) {
        for (const Event &event : m_store->events(m_store->eventsInCategory(AgreementCategory),
                                                  EventStore::Detail::Full)) {
            const QString date =
                event.start.isNull() ? tr("undated") : event.start.toDisplayString();
            m_agreements->addItem(tr("%1 (%2)").arg(event.title, date), event.id);
        }
    }
    const int index = m_agreements->findData(current);
    m_agreements->setCurrentIndex(index >= 0 ? index : (m_agreements->count() > 0 ? 0 : -1));
    if (agreementId() != current) {
        readWhenShown();
    }
}

void ScorecardDock::readWhenShown()
{
    m_stale = true;
    if (isVisible()) {
        read();
    }
}

void ScorecardDock::read()
{
    m_stale = false;
    const qint64 id = agreementId();
    if (!m_store || id == 0) {
        m_view->setData(nullptr);
        return;
    }
    auto data = std::make_unique<ScorecardData>(
        ScorecardData::read(*m_store, id, QDateTime::currentSecsSinceEpoch()));
    const Range range = m_ranges.value(id);
    data->input.setRange(range.from, range.to);
    m_view->setData(std::move(data));
}

QLayout *ScorecardDock::createRangeBar()
{
    auto *bar = new QHBoxLayout;
    const auto labelled = [this, bar](const QString &text, PartialDateEdit *edit) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit->lineEdit());
        bar->addWidget(label);
        bar->addWidget(edit, 1);
        connect(edit, &PartialDateEdit::edited, this,
                ErrorGuard::slot(this, &ScorecardDock::onRangeEdited));
    };
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    m_from->lineEdit()->setPlaceholderText(tr("the agreement's date"));
    m_to->lineEdit()->setPlaceholderText(tr("its end, or today"));
    m_fit->setToolTip(tr("Show the agreement's whole span: from its date to its end, or today"));
    connect(m_fit, &QPushButton::clicked, this, ErrorGuard::slot(this, &ScorecardDock::fit));
    bar->addWidget(m_fit);
    return bar;
}

// The range remembered for the agreement now chosen.
void ScorecardDock::showRange()
{
    const Range range = m_ranges.value(agreementId());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    m_fit->setEnabled(!range.from.isNull() || !range.to.isNull());
}

void ScorecardDock::onRangeEdited()
{
    const Range range{m_from->date(), m_to->date()};
    if (range.from.isNull() && range.to.isNull()) {
        m_ranges.remove(agreementId());
    } else {
        m_ranges.insert(agreementId(), range);
    }
    m_fit->setEnabled(m_ranges.contains(agreementId()));
    readWhenShown();
}

void ScorecardDock::fit()
{
    m_ranges.remove(agreementId());
    showRange();
    readWhenShown();
}

void ScorecardDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (!m_shown && !isFloating() && height() < MinimumDockedHeight) {
        floatOverWindow();
    }
    m_shown = true;
    if (m_stale) {
        ErrorGuard::run([this] { read(); });
    }
}

// Docked in a strip too low to read its rows (the first time, beside the event list), it
// opens as a window of its own over the main one instead; where the user puts it is kept.
void ScorecardDock::floatOverWindow()
{
    setFloating(true);
    const QRect window = m_window->geometry();
    const QSize size(std::min(window.width() - 80, 1200), std::min(window.height() - 80, 640));
    setGeometry(QRect(window.center() - QPoint(size.width() / 2, size.height() / 2), size));
}

} // namespace entente
