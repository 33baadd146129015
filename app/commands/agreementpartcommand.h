// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementparts.h"
#include "storecommand.h"

namespace entente {

// Adds, changes or removes a provision, a provision link or a level assessment (T; see
// AgreementParts). An added one keeps the id its first redo gave it; a removed one comes back
// with its id, and a provision with its links, assessments and the deadlines that followed it
// (which its removal changes as FollowerDeadlines says).
template <typename T>
class AgreementPartCommand final : public StoreCommand
{
public:
    static AgreementPartCommand *add(EventStore *store, const T &row)
    {
        auto *command =
            new AgreementPartCommand(store, Action::Add, AgreementParts<T>::addText(*store, row));
        command->m_after = row;
        return command;
    }
    static AgreementPartCommand *edit(EventStore *store, const T &before, const T &after)
    {
        Q_ASSERT(before.id == after.id);
        auto *command = new AgreementPartCommand(store, Action::Edit,
                                                 AgreementParts<T>::editText(*store, after));
        command->m_before = before;
        command->m_after = after;
        return command;
    }
    static AgreementPartCommand *remove(EventStore *store, const T &row)
    {
        auto *command = new AgreementPartCommand(store, Action::Remove,
                                                 AgreementParts<T>::removeText(*store, row));
        command->m_before = row;
        return command;
    }

    void redo() override
    {
        switch (m_action) {
        case Action::Add:
            m_after.id = AgreementParts<T>::add(
                *store(), m_after, m_done ? EventStore::Ids::Keep : EventStore::Ids::New);
            if (!m_done) {
                // As stored: a provision is given its uid, which a redo must give it again.
                m_after = AgreementParts<T>::find(*store(), m_after.id).value_or(m_after);
            }
            break;
        case Action::Edit:
            AgreementParts<T>::update(*store(), m_after);
            break;
        case Action::Remove:
            removeKeepingWhatGoes();
            break;
        }
        m_done = true;
    }

    void undo() override
    {
        switch (m_action) {
        case Action::Add:
            AgreementParts<T>::remove(*store(), m_after.id);
            break;
        case Action::Edit:
            AgreementParts<T>::update(*store(), m_before);
            break;
        case Action::Remove:
            store()->batch([&] {
                store()->restoreAgreementRecords(m_removed);
                for (const FollowerDeadlines::Follower &follower : std::as_const(m_followers)) {
                    store()->updateProvision(follower.before);
                }
            });
            break;
        }
    }

    // The row's id (an added one's after the first redo).
    qint64 rowId() const { return m_action == Action::Remove ? m_before.id : m_after.id; }
    // A removed provision's followers, as the last redo found and left them.
    const QList<FollowerDeadlines::Follower> &followers() const { return m_followers; }

private:
    enum class Action { Add, Edit, Remove };

    AgreementPartCommand(EventStore *store, Action action, const QString &text)
        : StoreCommand(store, text), m_action(action)
    {}

    // Read just before the removal: what undo puts back.
    void removeKeepingWhatGoes()
    {
        const std::optional<T> row = AgreementParts<T>::find(*store(), m_before.id);
        m_removed = row ? AgreementParts<T>::recordsOf(*store(), *row) : AgreementRecords();
        m_followers = row ? AgreementParts<T>::followers(*store(), *row)
                          : QList<FollowerDeadlines::Follower>();
        store()->batch([&] {
            // First, so that their deadlines keep what they meant where they can.
            for (const FollowerDeadlines::Follower &follower : std::as_const(m_followers)) {
                store()->updateProvision(follower.after);
            }
            AgreementParts<T>::remove(*store(), m_before.id);
        });
    }

    Action m_action;
    T m_before;
    T m_after;
    bool m_done = false;
    AgreementRecords m_removed;
    QList<FollowerDeadlines::Follower> m_followers;
};

} // namespace entente
