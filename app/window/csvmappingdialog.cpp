// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvmappingdialog.h"

#include "error.h"
#include "stablehash.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace entente {

namespace {

// Per header, so that the next file of the same dataset is mapped the same way.
QString settingsKey(const QStringList &header)
{
    return QStringLiteral("csvMappings/%1")
        .arg(stableHash(header.join(u'\n').toUtf8()), 16, 16, QLatin1Char('0'));
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const MappedCsvReader::Table &table, const QString &fileName,
                                   QWidget *parent)
    : QDialog(parent), m_table(table), m_preview(new QTableWidget(this)),
      m_orderBox(new QComboBox(this)), m_orderLabel(new QLabel(this)), m_missing(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Entente does not know this file's columns. Choose what "
                                    "each one holds; the first rows are shown below."),
                                 this));
    layout->addWidget(m_preview, 1);
    m_orderBox->addItem(tr("Choose…"), int(DateOrder::Unknown));
    m_orderBox->addItem(tr("Day first (05/02/2025 is 5 February)"), int(DateOrder::DayFirst));
    m_orderBox->addItem(tr("Month first (05/02/2025 is 2 May)"), int(DateOrder::MonthFirst));
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_orderBox);
    layout->addWidget(m_missing);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_orderBox, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updateOrder);
    fillPreview();
    updateOrder();
    resize(900, 560);
}

void CsvMappingDialog::fillPreview()
{
    const QList<QStringList> rows = MappedCsvReader::firstRows(m_table);
    const CsvMapping initial = initialMapping(m_table.header, rows);
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setRowCount(int(rows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(m_table.header);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList rowLabels{tr("Field")};
    for (const CsvReader::Record &record : m_table.records.first(rows.size())) {
        rowLabels.append(QString::number(record.line));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    for (int column = 0; column < m_table.header.size(); ++column) {
        auto *box = new QComboBox(m_preview);
        for (CsvMapping::Field field : CsvMapping::fields()) {
            box->addItem(CsvMapping::label(field), int(field));
        }
        box->setCurrentIndex(box->findData(int(initial.column(column).field)));
        box->setAccessibleName(tr("Field of column %1").arg(m_table.header.at(column)));
        connect(box, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updateOrder);
        m_preview->setCellWidget(0, column, box);
        m_fieldBoxes.append(box);
        for (int row = 0; row < rows.size(); ++row) {
            // One line of a long cell is enough to recognise it.
            const QString text = rows.at(row).value(column).section(u'\n', 0, 0);
            m_preview->setItem(row + 1, column, new QTableWidgetItem(text.left(200)));
        }
    }
    m_preview->horizontalHeader()->setDefaultSectionSize(160);
}

CsvMapping CsvMappingDialog::mapping() const
{
    CsvMapping mapping(m_fieldBoxes.size());
    for (qsizetype i = 0; i < m_fieldBoxes.size(); ++i) {
        mapping.setColumn(i, {CsvMapping::Field(m_fieldBoxes.at(i)->currentData().toInt()), {}});
    }
    mapping.dateOrder = DateOrder(m_orderBox->currentData().toInt());
    return mapping;
}

// The order is asked only while the chosen date columns do not settle it.
void CsvMappingDialog::updateOrder()
{
    const CsvMapping chosen = mapping();
    const DateColumn dates = MappedCsvReader::dateColumn(m_table, chosen);
    const bool ask =
        dates.hasConflict() || (dates.order() == DateOrder::Unknown && dates.needsOrder());
    m_orderLabel->setVisible(ask);
    m_orderBox->setVisible(ask);
    if (ask) {
        m_orderLabel->setText(dates.hasConflict()
                                  ? dates.conflict()
                                  : tr("Dates such as “%1” can be read day first or month "
                                       "first, and no date in the file settles which:")
                                        .arg(dates.ambiguousExample()));
    }
    const QString missing = chosen.missing();
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(missing.isEmpty() && (!ask || chosen.dateOrder != DateOrder::Unknown));
}

void CsvMappingDialog::accept()
{
    remember(m_table.header, mapping());
    QDialog::accept();
}

CsvMapping CsvMappingDialog::initialMapping(const QStringList &header,
                                            const QList<QStringList> &rows)
{
    const QString text = QSettings().value(settingsKey(header)).toString();
    if (!text.isEmpty()) {
        try {
            return CsvMapping::fromText(text, header);
        } catch (const Error &) {
            // Written by another version: guess again.
        }
    }
    return CsvMapping::guess(header, rows);
}

void CsvMappingDialog::remember(const QStringList &header, const CsvMapping &mapping)
{
    QSettings().setValue(settingsKey(header), mapping.toText(header));
}

} // namespace entente
