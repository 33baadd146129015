// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationtypedialog.h"

namespace entente {

namespace {

NameLabelDialog::Words words(bool isNew)
{
    return {isNew ? RelationTypeDialog::tr("New Relation Type")
                  : RelationTypeDialog::tr("Edit Relation Type"),
            RelationTypeDialog::tr("e.g. escalated, in the files and the clipboard"),
            RelationTypeDialog::tr("e.g. escalated into, as the timeline says it"),
            RelationTypeDialog::tr("Automatic: the arrows keep their usual colour"),
            RelationTypeDialog::tr("The timeline shows a relation by its type's label.")};
}

} // namespace

RelationTypeDialog::RelationTypeDialog(const RelationType &type,
                                       const std::function<QString(const QString &)> &nameProblem,
                                       QWidget *parent)
    : NameLabelDialog(type.name, type.label, type.color, nameProblem, words(type.name.isEmpty()),
                      parent),
      m_type(type)
{}

RelationType RelationTypeDialog::relationType() const
{
    RelationType type = m_type;
    type.name = name();
    type.label = label();
    type.color = colour();
    return type;
}

} // namespace entente
