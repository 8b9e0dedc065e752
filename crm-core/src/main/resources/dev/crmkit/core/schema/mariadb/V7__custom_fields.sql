-- Custom fields (issue 15): definitions per kind of record ('contact', 'company', 'deal') and the
-- values in one JSON column per table (MariaDB's JSON: LONGTEXT with a JSON_VALID check), NULL when
-- a record has none. Keys are lower-case identifiers, normalized in Java; options are stored one
-- per line. The services validate values against the definitions; deleting a definition removes
-- its values from every record.

CREATE TABLE crm_custom_field (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(20) NOT NULL,
    field_key  VARCHAR(40) NOT NULL,
    label      VARCHAR(100) NOT NULL,
    field_type VARCHAR(20) NOT NULL,
    max_length INTEGER,
    scale      INTEGER,
    options    VARCHAR(10000),
    required   BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_custom_field_key UNIQUE (kind, field_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

ALTER TABLE crm_contact ADD COLUMN custom_fields LONGTEXT COLLATE utf8mb4_nopad_bin CHECK (JSON_VALID(custom_fields));
ALTER TABLE crm_company ADD COLUMN custom_fields LONGTEXT COLLATE utf8mb4_nopad_bin CHECK (JSON_VALID(custom_fields));
ALTER TABLE crm_deal ADD COLUMN custom_fields LONGTEXT COLLATE utf8mb4_nopad_bin CHECK (JSON_VALID(custom_fields));
