-- Schema version 3: a view of the search index's vocabulary (terms and how many leads hold
-- them). The leads list estimates how many leads a search matches from it, without reading the
-- matches, to choose how to run the search. It stores nothing of its own.
CREATE VIRTUAL TABLE leads_fts_vocab USING fts5vocab('leads_fts', 'row');
