// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "negotiatingtable.h"
#include "pictureexport.h"

#include <QCoreApplication>
#include <QFont>
#include <QSet>

#include <memory>

namespace entente {

class EventStore;

// The negotiating table to a file, by its suffix: PNG, SVG and PDF through PictureExport (as
// NegotiatingTablePainter paints it on screen), CSV through NegotiatingTableCsv. For the
// view's Export… and `entente --export-table`.
class NegotiatingTableExport final
{
    Q_DECLARE_TR_FUNCTIONS(entente::NegotiatingTableExport)

public:
    struct Table
    {
        std::shared_ptr<const NegotiatingTable> table;
        QList<ActorRole> roles;
        QSet<qint64> folded; // groups drawn as one row; the CSV has every row
        QFont font;
        QString title;
    };

    static QStringList formats(); // png, svg, pdf, csv
    static PictureExport::Picture picture(const Table &table);
    // Throws Error naming the file when its suffix is none of formats() or it cannot be written.
    static void write(const Table &table, const QString &path);
    // The timeline's table for these options, every group unfolded (--export-table).
    static void write(const EventStore &store, const NegotiatingTable::Options &options,
                      const QString &path);
};

} // namespace entente
