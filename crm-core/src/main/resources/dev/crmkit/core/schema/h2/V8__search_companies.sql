-- One search (issue 15), continued.
-- Companies join the search: a bounded prefix of search_text (lower-cased name, line break, domain,
-- written by the adapters) for the "name starts with" lookup, as crm_contact.search_prefix (V6);
-- the exact-domain lookup uses uq_company_domain. H2 counts UTF-16 code units: twice the other
-- dialects' length.
ALTER TABLE crm_company ADD COLUMN search_prefix VARCHAR(600) GENERATED ALWAYS AS (LEFT(search_text, 600));
CREATE INDEX ix_company_search_prefix ON crm_company (search_prefix, id);
