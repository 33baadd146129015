// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managerdialog.h"

#include <optional>

namespace entente {

struct RelationType;

// The timeline's relation types with their labels, colours and how many relations each has:
// add, edit (label and colour), rename and delete them. Deleting one that relations are of
// changes them to another type, or deletes them with it.
class RelationTypeManager final : public ManagerDialog
{
    Q_OBJECT

public:
    enum Column { Name, Label, Colour, Relations };

    explicit RelationTypeManager(EditActions *editing, QWidget *parent = nullptr);

    void addType();
    void editType();
    void renameType();
    void removeType();

protected:
    void fill() override;
    bool shows(const StoreChange &change) const override;
    void activate() override { editType(); }

private:
    std::optional<RelationType> current() const;
    // Why `name` cannot be a new type's (or `current`'s new) name; "" when it can.
    QString nameProblem(const QString &name, const QString &current) const;
};

} // namespace entente
