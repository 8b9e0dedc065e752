-- Duplicates (issue 16): blocking keys, computed by the database from the columns the adapters
-- write, so that finding likely duplicates is an index-ordered GROUP BY, never a comparison of
-- every pair. dev.crmkit.core.duplicate.DuplicateKeys computes the same keys in Java.
-- email_key: the email lower-cased, without a "+tag" in its local part.
-- phone_key: the last 10 digits of the phone, when it has at least 7.
-- contact name_key: the company id, the last name and the first name's initial, lower-cased
--   (ASCII letters are folded on every database); only for contacts linked to a company.
-- company name_key: the name lower-cased, letters and digits only, without a trailing legal form.
ALTER TABLE crm_contact
    ADD COLUMN email_key VARCHAR(254) COLLATE "C"
        GENERATED ALWAYS AS (lower(regexp_replace(email, '[+][^@]*@', '@'))) STORED,
    ADD COLUMN phone_key VARCHAR(10) COLLATE "C"
        GENERATED ALWAYS AS (CASE WHEN length(regexp_replace(phone, '[^0-9]', '', 'g')) >= 7
            THEN right(regexp_replace(phone, '[^0-9]', '', 'g'), 10) END) STORED,
    ADD COLUMN name_key VARCHAR(230) COLLATE "C"
        GENERATED ALWAYS AS (CASE WHEN company_id IS NOT NULL
            THEN CAST(company_id AS VARCHAR(20)) || ':' || lower(last_name) || ':' || lower(left(first_name, 1)) END) STORED;
CREATE INDEX ix_contact_email_key ON crm_contact (email_key, id);
CREATE INDEX ix_contact_phone_key ON crm_contact (phone_key, id);
CREATE INDEX ix_contact_name_key ON crm_contact (name_key, id);

ALTER TABLE crm_company
    ADD COLUMN phone_key VARCHAR(10) COLLATE "C"
        GENERATED ALWAYS AS (CASE WHEN length(regexp_replace(phone, '[^0-9]', '', 'g')) >= 7
            THEN right(regexp_replace(phone, '[^0-9]', '', 'g'), 10) END) STORED,
    ADD COLUMN name_key VARCHAR(200) COLLATE "C"
        GENERATED ALWAYS AS (nullif(regexp_replace(regexp_replace(lower(name), '[^a-z0-9]', '', 'g'),
            '(inc|ltd|llc|gmbh|corp|corporation|limited|plc|company)$', ''), '')) STORED;
CREATE INDEX ix_company_phone_key ON crm_company (phone_key, id);
CREATE INDEX ix_company_name_key ON crm_company (name_key, id);
