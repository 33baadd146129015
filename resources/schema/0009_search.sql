-- Entente timeline, schema 9: full-text search (issue 13). Each event has a place in time
-- order, search_key (SearchKey: the day of its earliest second, then a sequence within that
-- day; undated events last), which is its rowid in event_text: an FTS5 index, without a copy
-- of the text, over what event_search says of the event. The store keeps it in step
-- (SearchIndex); the keys and the index of the events already there are made by the upgrade's
-- code, in the same transaction.
ALTER TABLE events ADD COLUMN search_key INTEGER;
CREATE UNIQUE INDEX events_by_search_key ON events(search_key);
CREATE VIEW event_search AS
SELECT e.search_key AS search_key,
       e.title AS title,
       e.description AS description,
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
CREATE VIRTUAL TABLE event_text USING fts5(
    title, description, actors, sources, tags, location, category,
    content = 'event_search', content_rowid = 'search_key',
    tokenize = 'fold remove_diacritics 2');
