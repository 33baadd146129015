// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvmapping.h"
#include "importformats.h"
#include "mappedcsvreader.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace entente {

// Asks which field each column of a CSV file of no known format fills: a preview of the first
// rows, one choice per column with the guess (or the mapping remembered for this header)
// preselected, a role and a kind for each actor column, and the day–month order of the dates
// when their values do not settle it. The delimiter can be chosen (the file is then read again
// through the re-reader, when there is one), and so can a dataset format when the file is one
// that detection missed. Accepting remembers the mapping for files with the same header.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvMappingDialog)

public:
    // Reads the file again into the table the dialog shows, split at `delimiter`; false when
    // the user cancelled. Throws Error.
    using Reread = std::function<bool(QChar delimiter)>;

    CsvMappingDialog(const MappedCsvReader::Table &table, const QString &fileName,
                     QWidget *parent = nullptr);

    void setReread(Reread reread);
    CsvMapping mapping() const;
    // Csv (the columns as mapped here), or the dataset format the user says the file is in.
    ImportFormat format() const;

    QComboBox *fieldBox(qsizetype column) const { return m_fieldBoxes.at(column); }
    QComboBox *roleBox(qsizetype column) const { return m_roleBoxes.at(column); }
    QComboBox *kindBox(qsizetype column) const { return m_kindBoxes.at(column); }
    QComboBox *orderBox() const { return m_orderBox; }
    QComboBox *formatBox() const { return m_formatBox; }
    QComboBox *delimiterBox() const { return m_delimiterBox; }
    QLineEdit *otherDelimiter() const { return m_otherDelimiter; }
    QTableWidget *preview() const { return m_preview; }

    // The mapping remembered for this header, else a guess from the rows.
    static CsvMapping initialMapping(const QStringList &header, const QList<QStringList> &rows);
    static void remember(const QStringList &header, const CsvMapping &mapping);

    void accept() override;

private:
    QWidget *newChoices();
    QWidget *newColumnChoice(int column, const CsvMapping::Column &initial);
    void fillPreview();
    void showDelimiter();
    void changeDelimiter();
    void updateChoices();

    const MappedCsvReader::Table &m_table;
    Reread m_reread;
    QComboBox *m_formatBox;
    QComboBox *m_delimiterBox;
    QLineEdit *m_otherDelimiter;
    QTableWidget *m_preview;
    QList<QComboBox *> m_fieldBoxes;
    QList<QComboBox *> m_roleBoxes;
    QList<QComboBox *> m_kindBoxes;
    QComboBox *m_orderBox;
    QLabel *m_orderLabel;
    QLabel *m_missing;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
