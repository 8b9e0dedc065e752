-- One search (issue 15): prefix lookups on indexes, no extension needed.
-- Contacts: a bounded prefix of search_text (lower-cased "first last", email, company, written by
-- the adapters). H2 counts UTF-16 code units: twice the other dialects' length.
ALTER TABLE crm_contact ADD COLUMN search_prefix VARCHAR(600) GENERATED ALWAYS AS (LEFT(search_text, 600));
CREATE INDEX ix_contact_search_prefix ON crm_contact (search_prefix, id);

-- Deals: the title lower-cased, written by the adapters (Deal.searchTitle()); rows that exist
-- already are lower-cased here.
ALTER TABLE crm_deal ADD COLUMN search_title VARCHAR(1200) DEFAULT '' NOT NULL;
UPDATE crm_deal SET search_title = LOWER(title);
CREATE INDEX ix_deal_search_title ON crm_deal (search_title, id);
