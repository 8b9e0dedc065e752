-- One search (issue 15), continued.
-- Companies join the search: a bounded prefix of search_text (lower-cased name, line break, domain,
-- written by the adapters) for the "name starts with" lookup, as crm_contact.search_prefix (V6);
-- the exact-domain lookup uses uq_company_domain.
ALTER TABLE crm_company ADD COLUMN search_prefix VARCHAR(300) COLLATE "C"
    GENERATED ALWAYS AS (left(search_text, 300)) STORED;
CREATE INDEX ix_company_search_prefix ON crm_company (search_prefix, id);

-- "Contains" without reading every row: trigram indexes serve LIKE '%text%' (texts of 3 characters
-- or more). pg_trgm ships with PostgreSQL but is an extension: it is created in the public schema
-- (not in crmkit's schema, whose drop would take it along) when it is not installed yet. Where it
-- cannot be (not available, no privilege, no public schema), the migration still succeeds and the
-- contains search reads every row, as before; a DBA can create the three indexes later by hand.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NULL THEN
        CREATE EXTENSION pg_trgm SCHEMA public;
        trgm_schema := 'public';
    END IF;
    EXECUTE format('CREATE INDEX ix_contact_search_trgm ON crm_contact USING gin (search_text %I.gin_trgm_ops)',
                   trgm_schema);
    EXECUTE format('CREATE INDEX ix_deal_search_trgm ON crm_deal USING gin (search_title %I.gin_trgm_ops)',
                   trgm_schema);
    EXECUTE format('CREATE INDEX ix_company_search_trgm ON crm_company USING gin (search_text %I.gin_trgm_ops)',
                   trgm_schema);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'crmkit: no trigram indexes for the search (%); contains-searches read every row', SQLERRM;
END $$;
