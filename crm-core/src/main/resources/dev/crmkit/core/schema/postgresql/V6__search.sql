-- One search (issue 15): prefix lookups on indexes, no extension needed.
-- Contacts: a bounded prefix of search_text (lower-cased "first last", email, company, written by
-- the adapters), short enough for a b-tree entry; the "C" collation lets LIKE 'abc%' use the index.
ALTER TABLE crm_contact ADD COLUMN search_prefix VARCHAR(300) COLLATE "C"
    GENERATED ALWAYS AS (left(search_text, 300)) STORED;
CREATE INDEX ix_contact_search_prefix ON crm_contact (search_prefix, id);

-- Deals: the title lower-cased, written by the adapters (Deal.searchTitle()); rows that exist
-- already are lower-cased here.
ALTER TABLE crm_deal ADD COLUMN search_title VARCHAR(600) COLLATE "C" NOT NULL DEFAULT '';
UPDATE crm_deal SET search_title = lower(title);
CREATE INDEX ix_deal_search_title ON crm_deal (search_title, id);
