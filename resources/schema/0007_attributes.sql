-- Entente timeline, schema 7: what a dataset records about an event beyond Entente's own fields
-- (ACLED's fatalities, UCDP's estimates, PA-X's topic codes, coordinates), kept so that an
-- import loses nothing. A compact JSON object of strings; NULL when there are none.
ALTER TABLE events ADD COLUMN attributes TEXT;
