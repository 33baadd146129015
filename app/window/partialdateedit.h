// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLineEdit;

namespace entente {

// A date known as precisely as the sources say: the text accepts what PartialDate::fromText
// reads ("2014", "Sep 2014", "14 Feb 2022", "c. 2025"), the precision selector follows what
// was typed and can make it coarser (never finer: that would invent a day), and the box says
// whether the date is approximate. Empty text is no date.
class PartialDateEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit PartialDateEdit(QWidget *parent = nullptr);
    ~PartialDateEdit() override;

    // Compact: the selector and the box under the text, for a narrow dock.
    void setCompact(bool compact);
    void setDate(const PartialDate &date);
    // The date typed, or a null date when the text is empty or cannot be read.
    PartialDate date() const;
    QString text() const;

    QLineEdit *lineEdit() const { return m_text; }
    QComboBox *precisionBox() const { return m_precision; }
    QCheckBox *approximateBox() const { return m_approximate; }

signals:
    void edited();

private:
    PartialDate typed() const;
    void onTextEdited();
    void onPrecisionChosen(int index);
    // The selector shows the typed date's precision and offers only coarser ones.
    void followPrecision(const PartialDate &date);
    void normaliseText();

    QLineEdit *m_text;
    QComboBox *m_precision;
    QCheckBox *m_approximate;
    QGridLayout *m_layout;
};

} // namespace entente
