-- Entente timeline, schema 11: the events of a category in key (time) order. A category filter
-- reads its matches off this index, where it read the whole events table (every match at a
-- million events: 6-15 s); the index also holds each event's id (its rowid).
CREATE INDEX events_by_category ON events(category, search_key);
