-- Duplicates (issue 16): blocking keys, computed by the database from the columns the adapters
-- write, so that finding likely duplicates is an index-ordered GROUP BY, never a comparison of
-- every pair. dev.crmkit.core.duplicate.DuplicateKeys computes the same keys in Java.
-- email_key: the email lower-cased, without a "+tag" in its local part.
-- phone_key: the last 10 digits of the phone, when it has at least 7.
-- contact name_key: the company id, the last name and the first name's initial, lower-cased;
--   only for contacts linked to a company.
-- company name_key: the name lower-cased, letters and digits only, without a trailing legal form.
-- H2 counts UTF-16 code units: twice the other dialects' length.
ALTER TABLE crm_contact ADD COLUMN email_key VARCHAR(508)
    GENERATED ALWAYS AS (LOWER(REGEXP_REPLACE(email, '[+][^@]*@', '@')));
ALTER TABLE crm_contact ADD COLUMN phone_key VARCHAR(20)
    GENERATED ALWAYS AS (CASE WHEN LENGTH(REGEXP_REPLACE(phone, '[^0-9]', '')) >= 7
        THEN RIGHT(REGEXP_REPLACE(phone, '[^0-9]', ''), 10) END);
ALTER TABLE crm_contact ADD COLUMN name_key VARCHAR(460)
    GENERATED ALWAYS AS (CASE WHEN company_id IS NOT NULL
        THEN CAST(company_id AS VARCHAR(20)) || ':' || LOWER(last_name) || ':' || LOWER(LEFT(first_name, 1)) END);
CREATE INDEX ix_contact_email_key ON crm_contact (email_key, id);
CREATE INDEX ix_contact_phone_key ON crm_contact (phone_key, id);
CREATE INDEX ix_contact_name_key ON crm_contact (name_key, id);

ALTER TABLE crm_company ADD COLUMN phone_key VARCHAR(20)
    GENERATED ALWAYS AS (CASE WHEN LENGTH(REGEXP_REPLACE(phone, '[^0-9]', '')) >= 7
        THEN RIGHT(REGEXP_REPLACE(phone, '[^0-9]', ''), 10) END);
ALTER TABLE crm_company ADD COLUMN name_key VARCHAR(400)
    GENERATED ALWAYS AS (NULLIF(REGEXP_REPLACE(REGEXP_REPLACE(LOWER(name), '[^a-z0-9]', ''),
        '(inc|ltd|llc|gmbh|corp|corporation|limited|plc|company)$', ''), ''));
CREATE INDEX ix_company_phone_key ON crm_company (phone_key, id);
CREATE INDEX ix_company_name_key ON crm_company (name_key, id);
