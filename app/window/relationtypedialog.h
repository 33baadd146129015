// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "namelabeldialog.h"
#include "relationtype.h"

namespace entente {

// The form for one relation type: its name (only while new: a rename is its own step), the
// label the timeline shows and the colour of its arrows. Each problem is shown beside its
// field, and OK waits until there are none.
class RelationTypeDialog final : public NameLabelDialog
{
    Q_OBJECT

public:
    // `nameProblem` says why a name cannot be the new type's, or returns "" when it can; it is
    // asked only while the type is new (`type.name` empty).
    RelationTypeDialog(const RelationType &type,
                       const std::function<QString(const QString &)> &nameProblem,
                       QWidget *parent = nullptr);

    RelationType relationType() const;

private:
    RelationType m_type;
};

} // namespace entente
