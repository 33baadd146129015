// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managerdialog.h"

namespace entente {

// The eras (the bands behind the timeline: "Minsk process") with their dates and colours: add,
// edit and delete them.
class EraManager final : public ManagerDialog
{
    Q_OBJECT

public:
    enum Column { Name, Start, End, Colour };

    explicit EraManager(EditActions *editing, QWidget *parent = nullptr);

    void addEra();
    void editEra();
    void removeEra();

protected:
    void fill() override;
    bool shows(const StoreChange &change) const override;
    void activate() override { editEra(); }
};

} // namespace entente
