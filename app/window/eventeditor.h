// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdraft.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace entente {

class ActorRolesEdit;
class EventStore;
class PartialDateEdit;
class RelationsEdit;
class SourcesEdit;

// The form that edits one event: its fields, who took part, its sources and its relations.
// What breaks a rule of Validator is said under the field as the user types, and the form
// is valid only when nothing does; draft() is what saving hands to SaveEventCommand. The
// dialog and the Details dock both hold one.
class EventEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit EventEditor(QWidget *parent = nullptr);

    void setStore(EventStore *store);
    // For a narrow place (the Details dock): labels above fields, dates on two lines.
    void setCompact(bool compact);
    // Fills the form with the event as stored, or with `event` as a new one (id 0).
    void editEvent(qint64 eventId);
    void newEvent(const Event &event = {});

    qint64 eventId() const { return m_original.id; }
    EventDraft draft() const;
    // Whether every field can be stored.
    bool isValid() const { return m_valid; }
    // Whether saving would change anything.
    bool isModified() const;
    // The problem shown under a field ("title", "start", "end", …), "" when there is none.
    QString problem(const QString &field) const;

    ActorRolesEdit *actors() const { return m_actors; }
    SourcesEdit *sources() const { return m_sources; }
    RelationsEdit *relations() const { return m_relationsEdit; }

signals:
    void validityChanged(bool valid);
    void edited();

private:
    QWidget *createGeneral();
    QWidget *createDates();
    QWidget *createSection(const QString &title, QWidget *content);
    // A row of the form with the label for its problems under it; `marked` is framed when
    // there is one (the field, or the part of it where the text is typed).
    void addField(QFormLayout *form, const QString &name, const QString &label, QWidget *field,
                  QWidget *marked = nullptr);
    void load(const Event &event, const QList<Relation> &relations);
    void onEdited();
    void updateEnabled();
    void updateProblems();
    QStringList tags() const;

    EventStore *m_store = nullptr;
    Event m_original;
    QList<Relation> m_originalRelations;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_kind;
    PartialDateEdit *m_start;
    PartialDateEdit *m_end;
    QCheckBox *m_ongoing;
    QComboBox *m_category;
    QSpinBox *m_importance;
    QLineEdit *m_location;
    QLineEdit *m_tags;
    ActorRolesEdit *m_actors;
    SourcesEdit *m_sources;
    RelationsEdit *m_relationsEdit;
    QFormLayout *m_form = nullptr;
    QHash<QString, std::pair<QWidget *, QLabel *>> m_fields; // by Validator's field name
    bool m_valid = false;
    bool m_loading = false;
};

} // namespace entente
