// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiatingtableexport.h"

#include "error.h"
#include "eventstore.h"
#include "negotiatingtablecsv.h"
#include "negotiatingtableinput.h"
#include "negotiatingtablepainter.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace entente {

QStringList NegotiatingTableExport::formats()
{
    return PictureExport::formats() << QStringLiteral("csv");
}

PictureExport::Picture NegotiatingTableExport::picture(const Table &table)
{
    const NegotiatingTablePainter sizing(*table.table, table.roles, table.folded, table.font);
    return {sizing.size(), table.title, [table](QPainter &painter) {
                NegotiatingTablePainter(*table.table, table.roles, table.folded, table.font)
                    .paint(painter);
            }};
}

void NegotiatingTableExport::write(const Table &table, const QString &path)
{
    if (QFileInfo(path).suffix().toLower() != u"csv") {
        PictureExport::write(picture(table), path); // which refuses a suffix it does not know
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    NegotiatingTableCsv::write(*table.table, table.roles, &file);
    if (!file.commit()) {
        throw Error(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

void NegotiatingTableExport::write(const EventStore &store,
                                   const NegotiatingTable::Options &options, const QString &path)
{
    const NegotiatingTable::Input input = NegotiatingTableInput::read(store, options);
    Table table;
    table.table = std::make_shared<const NegotiatingTable>(input);
    table.roles = input.roles;
    table.font = QGuiApplication::font();
    table.title = tr("Negotiating table");
    write(table, path);
}

} // namespace entente
