// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdraft.h"

#include <QWidget>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QUrl;

namespace entente {

class EventEditor;
class EventStore;

// The selected event in full: title, dates with their precision, actors with roles, the
// description, an agreement's provisions with their levels and evidence, what provisions an
// event implements or violates (AgreementDetailsHtml), and every source with its quoted
// sentence and a link. Edit puts the event editor in its place, with Save and Cancel; a
// read-only file says why it cannot be edited.
class EventDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetails(QWidget *parent = nullptr);

    void setStore(EventStore *store);
    qint64 eventId() const { return m_eventId; }
    QString plainText() const;

    // Whether the file can be written; if not, `whyNot` is said above the details.
    void setEditable(bool editable, const QString &whyNot = QString());
    bool isEditing() const;
    EventEditor *editor() const { return m_editor; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *saveButton() const;
    QLabel *readOnlyNote() const { return m_readOnly; }

public slots:
    // Shows the event; while it is being edited, the form stays (the store changed under
    // it), while another one is shown, its edit is dropped.
    void displayEvent(qint64 eventId);
    void startEditing();
    // Back to reading, the edit dropped (after Cancel, or once Save has stored it).
    void stopEditing();

signals:
    // Save was pressed on a valid form; whoever saves it calls stopEditing() when stored.
    void saveRequested(const entente::EventDraft &draft);
    void eventShown(qint64 eventId);
    // A linked event's title was clicked (an agreement's evidence, the agreement a provision
    // belongs to): select it.
    void eventLinkActivated(qint64 eventId);
    // A provision (or "Show all their events") was clicked: ring these events on the timeline.
    void highlightRequested(const QList<qint64> &eventIds);

private:
    QWidget *createEditPage();
    QWidget *createTopBar();
    void updateEditButton();
    QString html(qint64 eventId) const;
    QString actorsHtml(const Event &event) const;
    QString sourcesHtml(const Event &event) const;
    // Follows an address of AgreementDetailsHtml's; false for any other.
    bool followOwnLink(const QUrl &url);

    EventStore *m_store = nullptr;
    QTextBrowser *m_browser;
    QStackedWidget *m_pages;
    EventEditor *m_editor;
    QDialogButtonBox *m_editButtons = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_readOnly = nullptr;
    qint64 m_eventId = 0;
    bool m_editable = false;
};

} // namespace entente
