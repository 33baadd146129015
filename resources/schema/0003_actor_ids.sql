-- Entente timeline, schema 3: each event row also lists its actors' ids (space-separated, in
-- position order), a copy of event_actors kept by EventStore on every write. Drawing reads
-- hundreds of events per frame and needs only which lanes they go in; reading the link table
-- for each cost as much as reading the event itself. Roles stay in event_actors alone.
ALTER TABLE events ADD COLUMN actor_ids TEXT NOT NULL DEFAULT '';
UPDATE events SET actor_ids = coalesce((SELECT group_concat(actor_id, ' ') FROM
    (SELECT actor_id FROM event_actors a WHERE a.event_id = events.id ORDER BY position)), '');
