// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managerdialog.h"

namespace entente {

struct Category;

// The categories with their colours and how many events each has: add, rename, recolour and
// delete them. Deleting one that events use moves them to another, or leaves them
// uncategorized.
class CategoryManager final : public ManagerDialog
{
    Q_OBJECT

public:
    enum Column { Name, Colour, Events };

    explicit CategoryManager(EditActions *editing, QWidget *parent = nullptr);

    void addCategory();
    void renameCategory();
    void recolourCategory();
    void makeColourAutomatic();
    void removeCategory();

protected:
    void fill() override;
    bool shows(const StoreChange &change) const override;
    void activate() override { recolourCategory(); }

private:
    std::optional<Category> current() const;
    // Why `name` cannot be a new category's (or `current`'s new) name; "" when it can.
    QString nameProblem(const QString &name, const QString &current) const;
};

} // namespace entente
