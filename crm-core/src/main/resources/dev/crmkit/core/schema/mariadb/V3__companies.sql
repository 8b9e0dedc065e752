-- Companies (issue 15): contacts and deals link to one. The free-text crm_contact.company stays and
-- mirrors the linked company's name. Existing free-text companies become company records, one per
-- distinct case-insensitive trimmed name (its smallest spelling, created when its first contact
-- was), and their contacts are linked. The data steps are idempotent: they skip names that already
-- have a company and contacts already linked. DATETIME(6) holds UTC.

CREATE TABLE crm_company (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    domain       VARCHAR(253),
    industry     VARCHAR(100),
    company_size VARCHAR(50),
    phone        VARCHAR(50),
    address      VARCHAR(500),
    notes        VARCHAR(10000),
    search_text  VARCHAR(1400) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_company_domain UNIQUE (domain)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_company_name ON crm_company (name, id);
CREATE INDEX ix_company_domain ON crm_company (domain, id);
CREATE INDEX ix_company_created_at ON crm_company (created_at, id);
CREATE INDEX ix_company_updated_at ON crm_company (updated_at, id);

ALTER TABLE crm_contact ADD COLUMN company_id BIGINT,
    ADD CONSTRAINT fk_contact_company FOREIGN KEY (company_id) REFERENCES crm_company (id) ON DELETE SET NULL;
CREATE INDEX ix_contact_company_id ON crm_contact (company_id, id);

ALTER TABLE crm_deal ADD COLUMN company_id BIGINT,
    ADD CONSTRAINT fk_deal_company FOREIGN KEY (company_id) REFERENCES crm_company (id) ON DELETE SET NULL;
CREATE INDEX ix_deal_company ON crm_deal (company_id, id);

INSERT INTO crm_company (name, search_text, created_at, updated_at, version)
SELECT MIN(TRIM(company)), LOWER(MIN(TRIM(company))), MIN(created_at), MIN(created_at), 0
FROM crm_contact
WHERE company IS NOT NULL AND TRIM(company) <> ''
  AND NOT EXISTS (SELECT 1 FROM crm_company c WHERE LOWER(c.name) = LOWER(TRIM(crm_contact.company)))
GROUP BY LOWER(TRIM(company));

UPDATE crm_contact
SET company_id = (SELECT MIN(c.id) FROM crm_company c WHERE LOWER(c.name) = LOWER(TRIM(crm_contact.company)))
WHERE company_id IS NULL AND company IS NOT NULL AND TRIM(company) <> '';
