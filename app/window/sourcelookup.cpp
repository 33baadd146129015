// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelookup.h"

#include "backgroundread.h"
#include "eventstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace entente {

namespace {
constexpr int SourceIdRole = Qt::UserRole;
}

SourceLookup::SourceLookup(QLineEdit *field)
    : QObject(field), m_field(field), m_offered(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_offered, this))
{
    // The store filters: the popup shows what the last lookup found, as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_field);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textEdited, this, &SourceLookup::lookUp);
    connect(m_field, &QLineEdit::returnPressed, this, &SourceLookup::pickTyped);
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { emit picked(index.data(SourceIdRole).toLongLong()); });
}

SourceLookup::~SourceLookup() = default;

void SourceLookup::setStore(EventStore *store)
{
    m_store = store;
    reset();
}

void SourceLookup::reset()
{
    m_lookup.reset();
    m_offered->clear();
}

void SourceLookup::hidePopup()
{
    m_completer->popup()->hide();
}

bool SourceLookup::eventFilter(QObject *watched, QEvent *event)
{
    // ↓ lists the sources that hold what is typed, all of them (up to MostOffered) if nothing.
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        !m_completer->popup()->isVisible()) {
        lookUp(m_field->text());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

// Asks the store on a thread: a text few sources hold reads all of a large timeline's.
void SourceLookup::lookUp(const QString &text)
{
    m_lookup.reset(); // stops the one for what was typed before
    if (!m_store) {
        return;
    }
    auto matches = std::make_shared<QList<Source>>();
    m_lookup = std::make_unique<BackgroundRead>(
        m_store->readerPath(), [text, matches](EventStore &reader) {
            *matches = reader.sourcesMatching(text, MostOffered);
        });
    connect(m_lookup.get(), &BackgroundRead::finished, this,
            [this, text, matches] { offer(text, *matches); });
}

void SourceLookup::offer(const QString &text, const QList<Source> &matches)
{
    if (text != m_field->text()) {
        return; // typed on since: that text's lookup follows
    }
    m_offered->clear();
    for (const Source &source : matches) {
        auto *item = new QStandardItem(label(source));
        item->setData(source.id, SourceIdRole);
        m_offered->appendRow(item);
    }
    if (m_offered->rowCount() > 0 && m_field->hasFocus()) {
        m_completer->complete();
    } else {
        m_completer->popup()->hide();
    }
}

// Enter: the source offered under exactly the label typed, as the list shows it.
void SourceLookup::pickTyped()
{
    const QString typed = m_field->text().trimmed();
    for (int row = 0; row < m_offered->rowCount(); ++row) {
        if (const QStandardItem *item = m_offered->item(row); item->text() == typed) {
            emit picked(item->data(SourceIdRole).toLongLong());
            return;
        }
    }
}

QString SourceLookup::label(const Source &source)
{
    QStringList parts;
    for (const QString &part : {source.outlet, source.title}) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part.trimmed());
        }
    }
    return parts.isEmpty() ? tr("(new source)") : parts.join(QStringLiteral(": "));
}

} // namespace entente
