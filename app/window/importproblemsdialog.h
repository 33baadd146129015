// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace entente {

// What a reader found wrong in a file: the rows it cannot import ("file:line: column:
// message", the first MaxListed of them and a count) and the warnings. The user skips those
// rows (accept) or cancels the import (reject); the list can be copied or saved as text.
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemsDialog)

public:
    static constexpr int MaxListed = 200;

    ImportProblemsDialog(const ImportReport &report, qsizetype goodEvents,
                         QWidget *parent = nullptr);

    // Every problem and warning, one per line: what Copy and Save write.
    QString fullText() const;
    QPlainTextEdit *list() const { return m_list; }
    QPushButton *skipButton() const { return m_skip; }

private:
    void copy();
    void save();

    const ImportReport &m_report;
    QPlainTextEdit *m_list;
    QPushButton *m_skip;
};

} // namespace entente
