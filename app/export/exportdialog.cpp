// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "partialdate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

namespace entente {

namespace {
// The first three as the window kept them before the dialog remembered for itself.
const auto PathKey = QStringLiteral("files/lastExport");
const auto FromKey = QStringLiteral("files/exportFrom");
const auto ToKey = QStringLiteral("files/exportTo");
const auto SizeKey = QStringLiteral("files/exportSize");
const auto ThemeKey = QStringLiteral("files/exportTheme");
} // namespace

ExportDialog::ExportDialog(qint64 viewFrom, qint64 viewTo, const QSize &viewSize, QWidget *parent)
    : QDialog(parent), m_viewFrom(viewFrom), m_viewTo(viewTo), m_path(new QLineEdit(this)),
      m_wholeView(new QRadioButton(tr("What the view shows"), this)),
      m_range(new QRadioButton(tr("From"), this)), m_from(new QLineEdit(this)),
      m_to(new QLineEdit(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_theme(new QComboBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Image"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    m_path->setPlaceholderText(tr("timeline.png, .svg or .pdf"));

    m_from->setPlaceholderText(QStringLiteral("2014"));
    m_to->setPlaceholderText(QStringLiteral("2015-06"));
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    m_wholeView->setChecked(true);

    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(200, 16384);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(viewSize.width());
    m_height->setValue(viewSize.height());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();

    m_theme->addItem(tr("Light"), int(TimelineExporter::Theme::Light));
    m_theme->addItem(tr("Dark"), int(TimelineExporter::Theme::Dark));
    setTheme(palette().color(QPalette::Window).lightness() < 128 ? TimelineExporter::Theme::Dark
                                                                 : TimelineExporter::Theme::Light);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Time:"), m_wholeView);
    form->addRow(QString(), rangeRow);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Colours:"), m_theme);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(choose, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_path, m_from, m_to}) {
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::validate);
    }
    // Typing a date means exporting that range.
    for (QLineEdit *edit : {m_from, m_to}) {
        connect(edit, &QLineEdit::textEdited, m_range, [this] { m_range->setChecked(true); });
    }
    connect(m_range, &QRadioButton::toggled, this, &ExportDialog::validate);
    validate();
}

void ExportDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Image"), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
    }
}

QString ExportDialog::problem() const
{
    return m_problem->text();
}

void ExportDialog::validate()
{
    QString problem;
    const QString suffix = QFileInfo(path()).suffix().toLower();
    if (path().isEmpty()) {
        problem = tr("Choose a file to write.");
    } else if (!TimelineExporter::formats().contains(suffix)) {
        problem = tr("“%1” is not a format Entente writes: use .png, .svg or .pdf.")
                      .arg(QFileInfo(path()).fileName());
    } else if (m_range->isChecked()) {
        QString fromError, toError;
        const PartialDate from = PartialDate::fromIso(m_from->text(), &fromError);
        const PartialDate to = PartialDate::fromIso(m_to->text(), &toError);
        if (from.isNull()) {
            problem = tr("From: %1").arg(fromError);
        } else if (to.isNull()) {
            problem = tr("To: %1").arg(toError);
        } else if (to < from) {
            problem = tr("The range ends (%1) before it begins (%2).")
                          .arg(to.toDisplayString(), from.toDisplayString());
        }
    }
    // A PDF's pages have a size of their own.
    const bool pdf = suffix == QLatin1String("pdf");
    for (QSpinBox *side : {m_width, m_height}) {
        side->setEnabled(!pdf);
        side->setToolTip(pdf ? tr("A PDF takes the width of its pages, and as many pages as "
                                  "its lanes need.")
                             : tr("The image is this wide, and at least this high: it grows "
                                  "to hold every lane."));
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

TimelineExporter::Options ExportDialog::options() const
{
    TimelineExporter::Options options;
    options.size = QSize(m_width->value(), m_height->value());
    options.theme = TimelineExporter::Theme(m_theme->currentData().toInt());
    if (m_range->isChecked()) {
        const PartialDate from = PartialDate::fromIso(m_from->text());
        const PartialDate to = PartialDate::fromIso(m_to->text());
        options.range = std::make_pair(from.earliestSecond(), to.latestSecond());
        options.subtitle = tr("%1 – %2").arg(from.toDisplayString(), to.toDisplayString());
    } else {
        options.range = std::make_pair(m_viewFrom, m_viewTo);
    }
    return options;
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setRange(const QString &from, const QString &to)
{
    m_from->setText(from);
    m_to->setText(to);
    (from.isEmpty() && to.isEmpty() ? m_wholeView : m_range)->setChecked(true);
    validate();
}

std::pair<QString, QString> ExportDialog::rangeText() const
{
    if (!m_range->isChecked()) {
        return {};
    }
    return {m_from->text().trimmed(), m_to->text().trimmed()};
}

void ExportDialog::setImageSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::setTheme(TimelineExporter::Theme theme)
{
    m_theme->setCurrentIndex(m_theme->findData(int(theme)));
}

void ExportDialog::restore(const QSettings &settings)
{
    setPath(settings.value(PathKey).toString());
    setRange(settings.value(FromKey).toString(), settings.value(ToKey).toString());
    if (const QSize size = settings.value(SizeKey).toSize(); size.isValid()) {
        setImageSize(size);
    }
    if (settings.contains(ThemeKey)) {
        setTheme(settings.value(ThemeKey).toString() == QLatin1String("dark")
                     ? TimelineExporter::Theme::Dark
                     : TimelineExporter::Theme::Light);
    }
}

void ExportDialog::remember(QSettings &settings) const
{
    settings.setValue(PathKey, path());
    settings.setValue(FromKey, rangeText().first);
    settings.setValue(ToKey, rangeText().second);
    settings.setValue(SizeKey, QSize(m_width->value(), m_height->value()));
    const bool dark = options().theme == TimelineExporter::Theme::Dark;
    settings.setValue(ThemeKey, dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

} // namespace entente
