// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineexporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
class QSpinBox;

namespace entente {

// File ▸ Export Image: where to (the format follows the file's suffix), which time (the view's
// window or a range of partial dates), at what size and in which colours. Says what is wrong
// with a date or a file name before it lets the user go on. Remembers all of it for the next
// export; the first starts from the view's size and the window's colours.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(qint64 viewFrom, qint64 viewTo, const QSize &viewSize, QWidget *parent = nullptr);

    QString path() const;
    TimelineExporter::Options options() const;

    // For tests and for remembering the last export.
    void setPath(const QString &path);
    void setRange(const QString &from, const QString &to); // empty: the view's window
    // The range as typed, or empty strings when the view's window is exported.
    std::pair<QString, QString> rangeText() const;
    void setImageSize(const QSize &size);
    void setTheme(TimelineExporter::Theme theme);
    // Why OK is disabled, or empty when it is not.
    QString problem() const;

    // The last export's file, range, size and colours, where there was one.
    void restore(const QSettings &settings);
    void remember(QSettings &settings) const;

private:
    void choosePath();
    void validate();

    qint64 m_viewFrom, m_viewTo;
    QLineEdit *m_path;
    QRadioButton *m_wholeView;
    QRadioButton *m_range;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_theme;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace entente
