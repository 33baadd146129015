// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVariant>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoCommand;

namespace entente {

class EditActions;
class EventStore;
struct StoreChange;

// What the actor, category and era managers share: a window (not modal) with a list of rows,
// buttons that act on it, and a note when the file cannot be written. It follows the store
// (an undo elsewhere shows at once) and the document (another file opened), and sends every
// change through EditActions as one undo step.
class ManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // Each row's key (an id, a name) is kept in the first column under this role.
    static constexpr int KeyRole = Qt::UserRole;

    ManagerDialog(EditActions *editing, const QStringList &columns, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ManagerDialog)

    QTreeWidget *list() const { return m_list; }
    EventStore *store() const { return m_store; }
    bool canEdit() const;
    // The key of the current row; invalid when none is.
    QVariant currentKey() const;
    void setCurrentKey(const QVariant &key);
    // Fills the list afresh, keeping the current row where it still is.
    void reload();

    // A swatch of the colour (or an empty square for none), for a colour column or button.
    static QIcon swatch(const QColor &colour);

protected:
    // Reads the store for the first time: the end of a subclass's constructor (here, fill()
    // would not reach the subclass yet).
    void start();
    // Adds a button below the list; `needsRow`: only while a row is current.
    QPushButton *addButton(const QString &text, bool needsRow,
                           const std::function<void()> &onClick);
    // The rows, under the list's root (the list is empty and the store set).
    virtual void fill() = 0;
    // Whether a change to the store changes what the list shows.
    virtual bool shows(const StoreChange &change) const = 0;
    // What a double click or Enter on a row does.
    virtual void activate() {}
    // Runs the command as one undo step; false (and the message reported) if it was refused.
    bool push(QUndoCommand *command);
    EditActions *editing() const { return m_editing; }
    // Enables each button as the file and the current row allow, then asks rowButtonsUpdated.
    void updateButtons();
    // Where a subclass disables a button further for the current row (saying why).
    virtual void rowButtonsUpdated() {}

private:
    void setStore(EventStore *store);

    EditActions *m_editing;
    EventStore *m_store = nullptr;
    QTreeWidget *m_list;
    QLabel *m_note;
    QList<std::pair<QPushButton *, bool>> m_buttons; // and whether each needs a row
};

} // namespace entente
