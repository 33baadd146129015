// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemsdialog.h"
#include "plainmessage.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

namespace {

QStringList linesOf(const QList<ImportProblem> &problems, const QString &prefix, qsizetype max)
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < max; ++i) {
        lines.append(prefix + problems.at(i).toString());
    }
    return lines;
}

} // namespace

ImportProblemsDialog::ImportProblemsDialog(const ImportReport &report, qsizetype goodEvents,
                                           QWidget *parent)
    : QDialog(parent), m_report(report), m_list(new QPlainTextEdit(this)), m_skip(nullptr)
{
    setWindowTitle(tr("Import Problems"));
    auto *layout = new QVBoxLayout(this);
    const int bad = int(report.problems.size());
    QString summary =
        bad > 0 ? tr("%n rows cannot be imported.", nullptr, bad) + u' ' +
                      tr("The other %n events can be.", nullptr, int(goodEvents))
                : tr("The file can be imported (%n events), but note:", nullptr, int(goodEvents));
    if (bad > MaxListed) {
        summary += u' ' + tr("The first %1 are listed; Save writes them all.").arg(MaxListed);
    }
    auto *label = new QLabel(summary, this);
    label->setTextFormat(Qt::PlainText); // names the file
    label->setWordWrap(true);
    layout->addWidget(label);
    const QString warning = tr("warning: ");
    m_list->setPlainText((linesOf(report.warnings, warning, MaxListed) +
                          linesOf(report.problems, QString(), MaxListed))
                             .join(u'\n'));
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_skip = buttons->addButton(bad > 0 ? tr("&Skip These Rows") : tr("&Import"),
                                QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Cancel Import"), QDialogButtonBox::RejectRole);
    connect(buttons->addButton(tr("Cop&y"), QDialogButtonBox::ActionRole), &QPushButton::clicked,
            this, &ImportProblemsDialog::copy);
    connect(buttons->addButton(tr("Sa&ve…"), QDialogButtonBox::ActionRole), &QPushButton::clicked,
            this, &ImportProblemsDialog::save);
    m_skip->setEnabled(goodEvents > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ImportProblemsDialog::fullText() const
{
    const qsizetype all = std::numeric_limits<qsizetype>::max();
    return (linesOf(m_report.warnings, tr("warning: "), all) +
            linesOf(m_report.problems, QString(), all))
               .join(u'\n') +
           u'\n';
}

void ImportProblemsDialog::copy()
{
    QGuiApplication::clipboard()->setText(fullText());
}

void ImportProblemsDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Problems"), QString(),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(fullText().toUtf8()) < 0 ||
        !file.flush()) {
        PlainMessage::warning(this, tr("Save Import Problems"),
                              tr("%1: cannot write the file: %2").arg(path, file.errorString()));
    }
}

} // namespace entente
