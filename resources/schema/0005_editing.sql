-- Entente timeline, schema 5: what the editors keep besides events.
-- Other names an actor goes by (transliterations, former names), one per line: what search
-- and the actor picker match besides the name.
ALTER TABLE actors ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
-- Categories a user named or coloured. An event's category stays the text in its row (the
-- lanes and summaries are keyed by it); a category without a row here takes a colour of its
-- own from its name, one with a row here and no event is offered in the editor all the same.
CREATE TABLE categories (
    name TEXT PRIMARY KEY CHECK (name <> ''),
    color TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
