// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdraft.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;

namespace entente {

class EventEditor;
class EventStore;

// The event editor in a window of its own (Edit ▸ New Event…, Edit ▸ Edit Event…). Save asks
// for the draft to be saved and closes once it is; Cancel or Esc discards it. Its size is
// remembered.
class EventEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    EventEditorDialog(EventStore *store, QWidget *parent = nullptr);
    ~EventEditorDialog() override;

    // Fills the form, and the title says which event it edits.
    void editEvent(qint64 eventId);
    void newEvent(const Event &event = {});
    EventEditor *editor() const { return m_editor; }
    QPushButton *saveButton() const;

signals:
    // Save was pressed on a valid form; whoever saves it calls accept() when it is stored.
    void saveRequested(const entente::EventDraft &draft);

protected:
    void done(int result) override;

private:
    void updateTitle();

    EventEditor *m_editor;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
