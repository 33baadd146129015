// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace entente {

class BackgroundRead;
class EventStore;

// Picks one of the timeline's sources by typing part of its outlet or title into a field: the
// store is asked on a thread as the user types (a timeline may have a million sources), and
// the popup offers what it found; ↓ offers them all (up to MostOffered). Choosing one, or
// Enter on the label of one offered, picks it.
class SourceLookup final : public QObject
{
    Q_OBJECT

public:
    // The most sources offered at once: enough to pick from, few enough to read at once.
    static constexpr int MostOffered = 50;

    explicit SourceLookup(QLineEdit *field);
    ~SourceLookup() override;

    void setStore(EventStore *store);
    // Forgets what was offered and stops a lookup under way.
    void reset();
    void hidePopup();
    QCompleter *completer() const { return m_completer; }
    // Picks the source offered under exactly the label typed (Enter does).
    void pickTyped();

    // "Outlet: Title", as the lists show a source.
    static QString label(const Source &source);

signals:
    void picked(qint64 sourceId);

private:
    void lookUp(const QString &text);
    void offer(const QString &text, const QList<Source> &matches);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QLineEdit *m_field;
    QStandardItemModel *m_offered; // the last lookup's sources, labelled
    QCompleter *m_completer;
    QPointer<EventStore> m_store;
    std::unique_ptr<BackgroundRead> m_lookup; // the lookup running, if any
};

} // namespace entente
