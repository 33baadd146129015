// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvmapping.h"
#include "mappedcsvreader.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace entente {

// Asks which field each column of a CSV file of no known format fills: a preview of the first
// rows, one choice per column with the guess (or the mapping remembered for this header)
// preselected, and the day–month order of the dates when their values do not settle it.
// Accepting remembers the mapping for files with the same header.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvMappingDialog)

public:
    CsvMappingDialog(const MappedCsvReader::Table &table, const QString &fileName,
                     QWidget *parent = nullptr);

    CsvMapping mapping() const;
    QComboBox *fieldBox(qsizetype column) const { return m_fieldBoxes.at(column); }
    QComboBox *orderBox() const { return m_orderBox; }
    QTableWidget *preview() const { return m_preview; }

    // The mapping remembered for this header, else a guess from the rows.
    static CsvMapping initialMapping(const QStringList &header, const QList<QStringList> &rows);
    static void remember(const QStringList &header, const CsvMapping &mapping);

    void accept() override;

private:
    void fillPreview();
    void updateOrder();

    const MappedCsvReader::Table &m_table;
    QTableWidget *m_preview;
    QList<QComboBox *> m_fieldBoxes;
    QComboBox *m_orderBox;
    QLabel *m_orderLabel;
    QLabel *m_missing;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
