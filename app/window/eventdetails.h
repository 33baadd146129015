// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

namespace entente {

class EventStore;
struct Event;

// The selected event in full: title, dates with their precision, actors with roles, the
// description and every source with its quoted sentence and a link.
class EventDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetails(QWidget *parent = nullptr);

    void setStore(EventStore *store);
    qint64 eventId() const { return m_eventId; }
    QString plainText() const;

public slots:
    void displayEvent(qint64 eventId);

private:
    QString html(qint64 eventId) const;
    QString actorsHtml(const Event &event) const;
    QString sourcesHtml(const Event &event) const;

    EventStore *m_store = nullptr;
    QTextBrowser *m_browser;
    qint64 m_eventId = 0;
};

} // namespace entente
