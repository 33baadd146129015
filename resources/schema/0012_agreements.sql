-- Entente timeline, schema 12: agreements and the negotiating table (issue 15). What an
-- agreement promised (provisions), which events keep or break each promise (provision_links),
-- how far each was carried out by a user's judgment (level_assessments), the agreement's stage
-- and end (agreements), the roles actors have at events (actor_roles) and the formats that
-- meet again and again (actor_groups). Enums are stored by the names of core/model's types.

-- What an agreement event carries beyond an event; no row: at no stage, in no process. Its id
-- is the event's, so it goes with the event; the event that ended it may go on its own.
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    stage TEXT NOT NULL DEFAULT '' CHECK (stage IN ('', 'pre-negotiation', 'ceasefire',
        'framework', 'implementation', 'renegotiation')),
    process TEXT NOT NULL DEFAULT '',
    end_kind TEXT NOT NULL DEFAULT '' CHECK (end_kind IN ('', 'superseded', 'denounced',
        'lapsed')),
    end_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL
);
-- What removing an event that ended agreements changes; the planner needs it for the SET NULL.
CREATE INDEX agreements_by_end_event ON agreements(end_event_id);

-- A numbered promise of an agreement. The uid finds it again across exports and imports; the
-- position orders it within its agreement. A deadline is a partial date (deadline_date), or
-- deadline_days after another provision of the agreement was carried out (deadline_after_id)
-- or after the agreement (deadline_after_id null); deadline_days null: not relative.
CREATE TABLE provisions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE CHECK (uid <> ''),
    agreement_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    summary TEXT NOT NULL CHECK (summary <> ''),
    text TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT 'other' CHECK (topic IN ('ceasefire', 'withdrawal-disarmament',
        'monitoring-verification', 'prisoners-detainees', 'amnesty', 'humanitarian-access',
        'elections', 'constitutional-reform', 'borders', 'security-guarantees',
        'economic-social', 'implementation-mechanism', 'other')),
    deadline_date TEXT,
    deadline_days INTEGER CHECK (deadline_days >= 0),
    deadline_after_id INTEGER REFERENCES provisions(id) ON DELETE SET NULL,
    coded_by TEXT NOT NULL DEFAULT '',
    pax_code TEXT NOT NULL DEFAULT '',
    pax_value INTEGER NOT NULL DEFAULT 0,
    UNIQUE (agreement_id, position)
);
CREATE INDEX provisions_by_deadline_after ON provisions(deadline_after_id);

-- The actors a provision binds, in order: written with the provision, like an event's actors.
CREATE TABLE provision_parties (
    provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (provision_id, position)
) WITHOUT ROWID;
CREATE INDEX provision_parties_by_actor ON provision_parties(actor_id);

-- An event that implements, violates or refers to a provision, with the source that says so.
-- Either end going takes the link with it; the source going leaves it without one.
CREATE TABLE provision_links (
    id INTEGER PRIMARY KEY,
    provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('implements', 'violates', 'refers-to')),
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (provision_id, event_id, type)
);
-- An event's links (Details, the cascade when the event goes); a provision's come first in
-- the unique index above.
CREATE INDEX provision_links_by_event ON provision_links(event_id);
CREATE INDEX provision_links_by_source ON provision_links(source_id);

-- A user's level for a provision from a date, with its source. date_key is the date's earliest
-- second, for reading them in time order (the text of partial dates does not sort so).
CREATE TABLE level_assessments (
    id INTEGER PRIMARY KEY,
    provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    date_key INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('not-initiated', 'minimal', 'intermediate', 'full',
        'violated', 'lapsed')),
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX level_assessments_by_provision ON level_assessments(provision_id, date_key);
CREATE INDEX level_assessments_by_source ON level_assessments(source_id);

-- The roles actors have at events, a list users add to; the rowid keeps the order they came in
-- (the built-in ones first). event_actors.role stays text: rebuilding that table at a million
-- events would make the upgrade slow. The store adds every role an event uses here.
CREATE TABLE actor_roles (
    name TEXT NOT NULL PRIMARY KEY CHECK (name <> ''),
    label TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '',
    seat TEXT NOT NULL DEFAULT 'none' CHECK (seat IN ('at-table', 'absent', 'none'))
);
-- ActorRole::builtIn(), in its order (tst_schemaupgrade checks that the two agree).
INSERT INTO actor_roles (name, label, seat) VALUES
    ('party', 'party', 'at-table'),
    ('signatory', 'signatory', 'at-table'),
    ('mediator', 'mediator', 'at-table'),
    ('guarantor', 'guarantor', 'at-table'),
    ('observer', 'observer', 'at-table'),
    ('excluded', 'excluded', 'absent'),
    ('demanded-seat', 'demanded a seat', 'absent'),
    ('speaker', 'speaker', 'none'),
    ('subject', 'subject', 'none');
-- Every other role the file's events use, read once from event_actors, labelled by its name.
INSERT OR IGNORE INTO actor_roles (name, label)
    SELECT DISTINCT role, role FROM event_actors WHERE role <> '' ORDER BY role;

-- Formats that meet again and again (the Normandy format), with their members in order.
CREATE TABLE actor_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    color TEXT NOT NULL DEFAULT ''
);
CREATE TABLE actor_group_members (
    group_id INTEGER NOT NULL REFERENCES actor_groups(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, position)
) WITHOUT ROWID;
CREATE INDEX actor_group_members_by_actor ON actor_group_members(actor_id);

-- An agreement's provisions (numbers, summaries, texts) are words of its event's document, so
-- that a search for them finds the agreement: appended to its description, since FTS5 cannot
-- add a column to event_text without making the index again. Events without provisions read
-- as before, so the words already in the index stay right.
DROP VIEW event_search;
CREATE VIEW event_search AS
SELECT e.search_key AS search_key,
       e.title AS title,
       e.description || coalesce((SELECT ' ' || group_concat(p.number || ' ' || p.summary || ' ' ||
                                         p.text, ' ')
                                    FROM provisions p WHERE p.agreement_id = e.id), '')
           AS description,
       (SELECT group_concat(a.name || ' ' || a.short_name || ' ' || a.aliases, ' ')
          FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
         WHERE ea.event_id = e.id) AS actors,
       (SELECT group_concat(s.outlet || ' ' || s.title || ' ' || s.quote, ' ')
          FROM event_sources es JOIN sources s ON s.id = es.source_id
         WHERE es.event_id = e.id) AS sources,
       e.tags AS tags,
       e.location AS location,
       e.category AS category
  FROM events e;
