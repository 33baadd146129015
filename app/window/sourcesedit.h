// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace entente {

// The sources an event cites: a list, and the selected one's outlet, title, address,
// publication date and quoted sentence below it. A source is cited from the timeline's
// sources or added new; correcting one already in the timeline corrects it for every event
// that cites it.
class SourcesEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesEdit(QWidget *parent = nullptr);

    void setSources(const QList<Source> &known, const QList<qint64> &cited);
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
    QComboBox *existingBox() const { return m_existing; }

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
    QComboBox *m_existing;
    QLineEdit *m_outlet;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QLineEdit *m_published;
    QPlainTextEdit *m_quote;
    QLabel *m_urlProblem;
    QLabel *m_publishedProblem;
    QWidget *m_details;
    QList<Entry> m_entries; // as the list's rows
    QHash<qint64, Source> m_known;
    bool m_showing = false;
};

} // namespace entente
