// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace entente {

class EventStore;
class SourceLookup;

// The sources an event cites: a list, and the selected one's outlet, title, address,
// publication date and quoted sentence below it. A source is cited from the timeline's
// sources or added new; correcting one already in the timeline corrects it for every event
// that cites it. A source to cite is picked from those whose outlet or title holds what is
// typed, asked of the store on a thread as the user types (a timeline may have a million).
class SourcesEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesEdit(QWidget *parent = nullptr);
    ~SourcesEdit() override;

    // The store's sources that the event cites, in order.
    void setSources(EventStore *store, const QList<qint64> &cited);
    // The cited sources in order; new ones are appended to *newSources and named by their
    // placeholder id (EventDraft::placeholder), corrected ones to *editedSources.
    QList<qint64> sourceIds(QList<Source> *newSources, QList<Source> *editedSources) const;
    // Whether a source has an address or date that cannot be stored.
    bool hasProblems() const;

    void addNew();
    void cite(qint64 sourceId);

    QListWidget *list() const { return m_list; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *publishedEdit() const { return m_published; }
    QPlainTextEdit *quoteEdit() const { return m_quote; }
    // Where a source of the timeline is picked by typing part of its outlet or title.
    QLineEdit *existingEdit() const { return m_existing; }
    QCompleter *completer() const;

signals:
    void edited();

private:
    struct Entry
    {
        Source source; // id 0: new
        QString publishedText;
    };
    QWidget *createDetails();
    QWidget *createButtons();
    void append(const Entry &entry);
    void showCurrent();
    void takeFields(); // the fields into the current entry
    void updateProblems();
    static QString problemOf(const Entry &entry, const QString &field);
    static QString label(const Source &source);

    QListWidget *m_list;
    QLineEdit *m_existing;
    SourceLookup *m_lookup; // offers the timeline's sources to cite in m_existing
    QLineEdit *m_outlet;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QLineEdit *m_published;
    QPlainTextEdit *m_quote;
    QLabel *m_urlProblem;
    QLabel *m_publishedProblem;
    QWidget *m_details;
    QList<Entry> m_entries;        // as the list's rows
    QHash<qint64, Source> m_known; // each cited source as stored
    QPointer<EventStore> m_store;
    bool m_showing = false;
};

} // namespace entente
