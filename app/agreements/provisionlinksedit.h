// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisionlink.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace entente {

class EventStore;
class RowTable;
class SourceField;

// The events linked to one provision: a table (date, event, how it is linked, source, note),
// and below it the selected link's type, source and note, which change it as they are set.
// "Link Selected Event" links the main window's selected events with the type, source and
// note the fields hold. It writes nothing itself: it asks, and the editor pushes commands.
class ProvisionLinksEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit ProvisionLinksEdit(QWidget *parent = nullptr);

    void setStore(EventStore *store);
    // The provision's links (none when provisionId is 0); the selected one stays selected.
    void setLinks(qint64 provisionId, const QList<ProvisionLink> &links);
    qint64 selectedLinkId() const;
    void selectLink(qint64 linkId);

    RowTable *table() const { return m_table; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *typeBox() const { return m_type; }
    SourceField *sourceField() const { return m_source; }
    QLineEdit *noteEdit() const { return m_note; }

signals:
    // Link the selected events like `link` (its type, source and note).
    void linkRequested(const entente::ProvisionLink &link);
    void editRequested(const entente::ProvisionLink &before, const entente::ProvisionLink &after);
    void removeRequested(const entente::ProvisionLink &link);

private:
    QWidget *createFields();
    void showSelected();
    ProvisionLink fromFields(const ProvisionLink &base) const;
    void onFieldFinished();

    QPointer<EventStore> m_store;
    qint64 m_provisionId = 0;
    QList<ProvisionLink> m_links; // as the table's rows
    bool m_showing = false;
    RowTable *m_table;
    QPushButton *m_link;
    QPushButton *m_remove;
    QComboBox *m_type;
    SourceField *m_source;
    QLineEdit *m_note;
};

} // namespace entente
