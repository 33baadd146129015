// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "actorgroup.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace entente {

class ColourPicker;

// The form for one actor group (a format such as the Normandy format): its name, colour and
// members, picked from the timeline's actors, in the order the negotiating table shows them.
// OK waits for a name.
class ActorGroupDialog final : public QDialog
{
    Q_OBJECT

public:
    ActorGroupDialog(const ActorGroup &group, const QList<Actor> &actors,
                     QWidget *parent = nullptr);

    ActorGroup group() const;
    QLineEdit *nameField() const { return m_name; }
    ColourPicker *colourField() const { return m_colour; }
    QListWidget *membersList() const { return m_members; }
    QComboBox *actorPicker() const { return m_picker; }
    QPushButton *okButton() const;

    // Adds the actor the picker shows (its name as typed or picked) after the current member.
    void addPicked();
    void removeCurrent();
    void moveCurrent(int step); // -1 up, +1 down

protected:
    // Enter in the actor picker adds the actor; it never closes the dialog.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *membersBox();
    void addMember(qint64 actorId, int row);
    void updateButtons();

    ActorGroup m_group;
    QList<Actor> m_actors;
    QLineEdit *m_name;
    ColourPicker *m_colour;
    QListWidget *m_members;
    QComboBox *m_picker;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_nameProblem;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
