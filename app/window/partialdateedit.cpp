// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdateedit.h"

#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace entente {

namespace {

using Precision = PartialDate::Precision;

// The same date known only to `precision` (which is not finer than the date's own).
PartialDate coarsened(const PartialDate &date, Precision precision)
{
    const bool approximate = date.isApproximate();
    switch (precision) {
    case Precision::Year:
        return PartialDate::year(date.yearValue(), approximate);
    case Precision::Month:
        return PartialDate::month(date.yearValue(), date.monthValue(), approximate);
    case Precision::Day:
        return PartialDate::day(date.yearValue(), date.monthValue(), date.dayValue(), approximate);
    case Precision::Minute:
        break;
    }
    return date;
}

// The text for a date: the approximate box says "c.", so the text does not.
QString plainText(const PartialDate &date)
{
    return date.isNull() ? QString() : date.withApproximate(false).toDisplayString();
}

} // namespace

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_precision(new QComboBox(this)),
      m_approximate(new QCheckBox(tr("Approximate"), this)), m_layout(new QGridLayout(this))
{
    m_text->setPlaceholderText(tr("e.g. 2014, Sep 2014, 14 Feb 2022"));
    m_text->setClearButtonEnabled(true);
    for (Precision precision :
         {Precision::Year, Precision::Month, Precision::Day, Precision::Minute}) {
        m_precision->addItem(PartialDate::precisionLabel(precision), int(precision));
    }
    m_precision->setToolTip(tr("How precisely the sources give the date; choose a coarser one "
                               "to drop what they do not say"));
    WheelGuard::guard(m_precision);
    m_approximate->setToolTip(tr("The sources give the date only roughly (“c.”)"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    setCompact(false);
    setFocusProxy(m_text);
    connect(m_text, &QLineEdit::textEdited, this, &PartialDateEdit::onTextEdited);
    connect(m_text, &QLineEdit::editingFinished, this, &PartialDateEdit::normaliseText);
    connect(m_precision, &QComboBox::activated, this, &PartialDateEdit::onPrecisionChosen);
    connect(m_approximate, &QCheckBox::toggled, this, &PartialDateEdit::edited);
    followPrecision({});
}

PartialDateEdit::~PartialDateEdit()
{
    // The text loses the focus as it goes, after this part of the widget is gone.
    disconnect(m_text, nullptr, this, nullptr);
}

void PartialDateEdit::setCompact(bool compact)
{
    m_layout->removeWidget(m_text);
    m_layout->removeWidget(m_precision);
    m_layout->removeWidget(m_approximate);
    m_layout->addWidget(m_text, 0, 0, 1, compact ? 2 : 1);
    m_layout->addWidget(m_precision, compact ? 1 : 0, compact ? 0 : 1);
    m_layout->addWidget(m_approximate, compact ? 1 : 0, compact ? 1 : 2);
    m_layout->setColumnStretch(0, 1);
}

void PartialDateEdit::setDate(const PartialDate &date)
{
    const QSignalBlocker blocker(m_approximate);
    m_text->setText(plainText(date));
    m_approximate->setChecked(date.isApproximate());
    followPrecision(date);
}

PartialDate PartialDateEdit::date() const
{
    return typed().withApproximate(m_approximate->isChecked());
}

QString PartialDateEdit::text() const
{
    return m_text->text();
}

PartialDate PartialDateEdit::typed() const
{
    return m_text->text().trimmed().isEmpty() ? PartialDate()
                                              : PartialDate::fromText(m_text->text());
}

void PartialDateEdit::onTextEdited()
{
    const PartialDate date = typed();
    if (date.isApproximate()) {
        const QSignalBlocker blocker(m_approximate);
        m_approximate->setChecked(true); // "c. 2014" typed
    }
    followPrecision(date);
    emit edited();
}

void PartialDateEdit::onPrecisionChosen(int index)
{
    const PartialDate date = typed();
    if (date.isNull()) {
        return;
    }
    const auto precision = Precision(m_precision->itemData(index).toInt());
    m_text->setText(plainText(coarsened(date, precision)));
    followPrecision(typed());
    emit edited();
}

void PartialDateEdit::followPrecision(const PartialDate &date)
{
    auto *items = qobject_cast<QStandardItemModel *>(m_precision->model());
    for (int row = 0; row < m_precision->count(); ++row) {
        const auto precision = Precision(m_precision->itemData(row).toInt());
        items->item(row)->setEnabled(!date.isNull() && precision <= date.precision());
    }
    m_precision->setEnabled(!date.isNull());
    if (!date.isNull()) {
        m_precision->setCurrentIndex(m_precision->findData(int(date.precision())));
    }
}

void PartialDateEdit::normaliseText()
{
    // "c. 14 february 2022" reads "14 Feb 2022" once typed, the "c." in the box.
    const PartialDate date = typed();
    if (!date.isNull() && m_text->text() != plainText(date)) {
        m_text->setText(plainText(date));
    }
}

} // namespace entente
