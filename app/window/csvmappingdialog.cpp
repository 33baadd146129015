// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvmappingdialog.h"
#include "plainmessage.h"

#include "actorrolesedit.h"
#include "error.h"
#include "stablehash.h"
#include "wheelguard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace entente {

namespace {

using Field = CsvMapping::Field;

// Per header, so that the next file of the same dataset is mapped the same way.
QString settingsKey(const QStringList &header)
{
    return QStringLiteral("csvMappings/%1")
        .arg(stableHash(header.join(u'\n').toUtf8()), 16, 16, QLatin1Char('0'));
}

// The roles the bundled timeline and the datasets use, by name, each shown in the user's
// language; any other can be typed.
struct CommonRole
{
    const char *name;
    const char *label;
};
constexpr CommonRole CommonRoles[] = {
    {"party", QT_TRANSLATE_NOOP("entente::ActorRole", "party")},
    {"mediator", QT_TRANSLATE_NOOP("entente::ActorRole", "mediator")},
    {"signatory", QT_TRANSLATE_NOOP("entente::ActorRole", "signatory")},
    {"speaker", QT_TRANSLATE_NOOP("entente::ActorRole", "speaker")},
    {"subject", QT_TRANSLATE_NOOP("entente::ActorRole", "subject")},
    {"third party", QT_TRANSLATE_NOOP("entente::ActorRole", "third party")},
    {"associated", QT_TRANSLATE_NOOP("entente::ActorRole", "associated")},
};

// The role's name: a common role's (chosen by its label in the user's language), else the
// text typed.
QString roleName(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    const int index = box->findText(text);
    return index >= 0 ? box->itemData(index).toString() : text;
}

constexpr QChar Delimiters[] = {u',', u';', u'\t'};
constexpr int OtherDelimiter = int(std::size(Delimiters));

// The dataset formats a CSV file may be that detection missed (a header renamed or reordered).
constexpr ImportFormat CsvFormats[] = {ImportFormat::Csv, ImportFormat::Acled, ImportFormat::Ucdp,
                                       ImportFormat::Pax};

} // namespace

CsvMappingDialog::CsvMappingDialog(const MappedCsvReader::Table &table, const QString &fileName,
                                   QWidget *parent)
    : QDialog(parent), m_table(table), m_formatBox(new QComboBox(this)),
      m_delimiterBox(new QComboBox(this)), m_otherDelimiter(new QLineEdit(this)),
      m_preview(new QTableWidget(this)), m_orderBox(new QComboBox(this)),
      m_orderLabel(new QLabel(this)), m_missing(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Entente does not know this file's columns. Choose what "
                                    "each one holds; the first rows are shown below."),
                                 this));
    layout->addWidget(newChoices());
    layout->addWidget(m_preview, 1);
    m_orderBox->addItem(tr("Choose…"), int(DateOrder::Unknown));
    m_orderBox->addItem(tr("Day first (05/02/2025 is 5 February)"), int(DateOrder::DayFirst));
    m_orderBox->addItem(tr("Month first (05/02/2025 is 2 May)"), int(DateOrder::MonthFirst));
    // Column names and values come from the file: shown as written.
    m_orderLabel->setTextFormat(Qt::PlainText);
    m_missing->setTextFormat(Qt::PlainText);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_orderBox);
    layout->addWidget(m_missing);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_orderBox, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updateChoices);
    fillPreview();
    updateChoices();
    resize(900, 600);
}

// The file's format and delimiter, above the preview.
QWidget *CsvMappingDialog::newChoices()
{
    auto *choices = new QWidget(this);
    auto *form = new QFormLayout(choices);
    form->setContentsMargins({});
    for (const ImportFormat format : CsvFormats) {
        m_formatBox->addItem(format == ImportFormat::Csv ? tr("Map the columns myself")
                                                         : ImportFormats::label(format),
                             int(format));
    }
    form->addRow(tr("&Format:"), m_formatBox);
    m_delimiterBox->addItem(tr("Comma"));
    m_delimiterBox->addItem(tr("Semicolon"));
    m_delimiterBox->addItem(tr("Tab"));
    m_delimiterBox->addItem(tr("Other:"));
    m_otherDelimiter->setMaxLength(1);
    m_otherDelimiter->setMaximumWidth(m_otherDelimiter->fontMetrics().horizontalAdvance(u'M') * 4);
    m_otherDelimiter->setAccessibleName(tr("Other delimiter"));
    auto *delimiter = new QHBoxLayout;
    delimiter->addWidget(m_delimiterBox);
    delimiter->addWidget(m_otherDelimiter);
    delimiter->addStretch(1);
    // A label for a layout has no buddy of its own: without one it shows its "&".
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiterBox);
    form->addRow(delimiterLabel, delimiter);
    showDelimiter();
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updateChoices);
    connect(m_delimiterBox, &QComboBox::activated, this, &CsvMappingDialog::changeDelimiter);
    connect(m_otherDelimiter, &QLineEdit::textEdited, this, &CsvMappingDialog::changeDelimiter);
    return choices;
}

void CsvMappingDialog::setReread(Reread reread)
{
    m_reread = std::move(reread);
}

// The delimiter the table was read with.
void CsvMappingDialog::showDelimiter()
{
    const QChar *known = std::find(std::begin(Delimiters), std::end(Delimiters), m_table.delimiter);
    const int index = int(known - std::begin(Delimiters));
    m_delimiterBox->setCurrentIndex(index);
    if (index == OtherDelimiter && m_table.delimiter != QChar()) {
        m_otherDelimiter->setText(m_table.delimiter);
    }
    m_otherDelimiter->setVisible(index == OtherDelimiter);
}

void CsvMappingDialog::changeDelimiter()
{
    const int index = m_delimiterBox->currentIndex();
    m_otherDelimiter->setVisible(index == OtherDelimiter);
    const QString other = m_otherDelimiter->text();
    const QChar delimiter = index < OtherDelimiter ? Delimiters[index]
                            : other.isEmpty()      ? QChar()
                                                   : other.front();
    if (delimiter.isNull() || delimiter == m_table.delimiter || !m_reread) {
        return;
    }
    bool reread = false;
    try {
        reread = m_reread(delimiter);
    } catch (const Error &error) {
        PlainMessage::warning(this, tr("Import"), error.message());
    }
    if (reread) {
        fillPreview();
        updateChoices();
    } else {
        showDelimiter(); // cancelled or failed: the table is as it was
    }
}

void CsvMappingDialog::fillPreview()
{
    const QList<QStringList> rows = MappedCsvReader::firstRows(m_table);
    const CsvMapping initial = initialMapping(m_table.header, rows);
    m_preview->clear();
    m_fieldBoxes.clear();
    m_roleBoxes.clear();
    m_kindBoxes.clear();
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setRowCount(int(rows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(m_table.header);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList rowLabels{tr("Field")};
    for (const CsvReader::Record &record : m_table.records.first(rows.size())) {
        rowLabels.append(QString::number(record.line));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    int choiceHeight = 0;
    for (int column = 0; column < m_table.header.size(); ++column) {
        QWidget *choice = newColumnChoice(column, initial.column(column));
        m_preview->setCellWidget(0, column, choice);
        choiceHeight = std::max(choiceHeight, choice->sizeHint().height());
        for (int row = 0; row < rows.size(); ++row) {
            // One line of a long cell is enough to recognise it.
            const QString text = rows.at(row).value(column).section(u'\n', 0, 0);
            m_preview->setItem(row + 1, column, new QTableWidgetItem(text.left(200)));
        }
    }
    m_preview->setRowHeight(0, choiceHeight);
    m_preview->horizontalHeader()->setDefaultSectionSize(160);
}

// The field a column fills and, for an actor column, the actors' role and kind.
QWidget *CsvMappingDialog::newColumnChoice(int column, const CsvMapping::Column &initial)
{
    auto *choice = new QWidget(m_preview);
    auto *layout = new QVBoxLayout(choice);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    const QString header = m_table.header.at(column);
    auto *field = new QComboBox(choice);
    for (Field each : CsvMapping::fields()) {
        field->addItem(CsvMapping::label(each), int(each));
    }
    field->setCurrentIndex(field->findData(int(initial.field)));
    field->setAccessibleName(tr("Field of column %1").arg(header));
    auto *role = new QComboBox(choice);
    role->setEditable(true);
    for (const CommonRole &common : CommonRoles) {
        role->addItem(QCoreApplication::translate("entente::ActorRole", common.label),
                      QString::fromLatin1(common.name));
    }
    role->setCurrentIndex(initial.role.isEmpty() ? 0 : role->findData(initial.role));
    if (role->currentIndex() < 0) {
        role->setEditText(initial.role); // a role of the user's own
    }
    role->setAccessibleName(tr("Role of the actors of column %1").arg(header));
    role->setToolTip(tr("How the actors of this column take part in the events"));
    auto *kind = new QComboBox(choice);
    ActorRolesEdit::addKinds(kind);
    kind->setCurrentIndex(kind->findData(int(initial.kind)));
    kind->setAccessibleName(tr("Kind of the actors of column %1").arg(header));
    kind->setToolTip(tr("What a new actor of this column is; actors already in the timeline "
                        "keep their own kind"));
    for (QComboBox *box : {field, role, kind}) {
        WheelGuard::guard(box); // the preview scrolls under the mouse
        layout->addWidget(box);
    }
    connect(field, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updateChoices);
    m_fieldBoxes.append(field);
    m_roleBoxes.append(role);
    m_kindBoxes.append(kind);
    return choice;
}

CsvMapping CsvMappingDialog::mapping() const
{
    CsvMapping mapping(m_fieldBoxes.size());
    for (qsizetype i = 0; i < m_fieldBoxes.size(); ++i) {
        const Field field = Field(m_fieldBoxes.at(i)->currentData().toInt());
        CsvMapping::Column column{field, {}, Actor::Type::Organisation};
        if (field == Field::Actor) {
            column.role = roleName(m_roleBoxes.at(i));
            column.kind = Actor::Type(m_kindBoxes.at(i)->currentData().toInt());
        }
        mapping.setColumn(i, column);
    }
    mapping.dateOrder = DateOrder(m_orderBox->currentData().toInt());
    return mapping;
}

ImportFormat CsvMappingDialog::format() const
{
    return ImportFormat(m_formatBox->currentData().toInt());
}

// The order is asked only while the chosen date columns do not settle it; a dataset format
// maps the columns itself.
void CsvMappingDialog::updateChoices()
{
    const bool mapped = format() == ImportFormat::Csv;
    m_preview->setEnabled(mapped);
    const CsvMapping chosen = mapping();
    for (qsizetype i = 0; i < m_fieldBoxes.size(); ++i) {
        const bool actor = chosen.column(i).field == Field::Actor;
        m_roleBoxes.at(i)->setVisible(actor);
        m_kindBoxes.at(i)->setVisible(actor);
    }
    const DateColumn dates = MappedCsvReader::dateColumn(m_table, chosen);
    const bool ask = mapped && (dates.hasConflict() ||
                                (dates.order() == DateOrder::Unknown && dates.needsOrder()));
    m_orderLabel->setVisible(ask);
    m_orderBox->setVisible(ask);
    if (ask) {
        m_orderLabel->setText(dates.hasConflict()
                                  ? dates.conflict()
                                  : tr("Dates such as “%1” can be read day first or month "
                                       "first, and no date in the file settles which:")
                                        .arg(dates.ambiguousExample()));
    }
    const QString missing = mapped ? chosen.missing() : QString();
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(missing.isEmpty() && (!ask || chosen.dateOrder != DateOrder::Unknown));
}

void CsvMappingDialog::accept()
{
    if (format() == ImportFormat::Csv) {
        remember(m_table.header, mapping());
    }
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
