-- crmkit schema for MariaDB (10.6+). Tables use utf8mb4 with the binary NO PAD collation, so that
-- 4-byte characters are stored and sorting compares code points exactly as on PostgreSQL ("C") and
-- H2 (utf8mb4_bin would pad with spaces and sort 'a<TAB>b' before 'a').
-- DATETIME(6) columns hold UTC: adapters write and read instants in UTC, whatever the session or
-- JVM time zone. Constraint names are shared by all dialects: adapters translate violations by
-- name (dev.crmkit.core.storage.SqlErrors).

CREATE TABLE crm_contact (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    phone       VARCHAR(50),
    company     VARCHAR(200),
    position    VARCHAR(100),
    notes       VARCHAR(10000),
    search_text VARCHAR(1400) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_contact_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_contact_last_name ON crm_contact (last_name, id);
CREATE INDEX ix_contact_company ON crm_contact (company, id);
CREATE INDEX ix_contact_created_at ON crm_contact (created_at, id);
CREATE INDEX ix_contact_updated_at ON crm_contact (updated_at, id);

CREATE TABLE crm_pipeline (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(1000),
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_pipeline_name ON crm_pipeline (name, id);
CREATE INDEX ix_pipeline_created_at ON crm_pipeline (created_at, id);

CREATE TABLE crm_pipeline_stage (
    pipeline_id BIGINT NOT NULL,
    stage_key   VARCHAR(40) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    position    INTEGER NOT NULL,
    probability INTEGER NOT NULL,
    outcome     VARCHAR(10) NOT NULL,
    PRIMARY KEY (pipeline_id, stage_key),
    CONSTRAINT fk_stage_pipeline FOREIGN KEY (pipeline_id) REFERENCES crm_pipeline (id) ON DELETE CASCADE,
    CONSTRAINT ck_stage_probability CHECK (probability BETWEEN 0 AND 100),
    CONSTRAINT ck_stage_outcome CHECK (outcome IN ('OPEN', 'WON', 'LOST'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE crm_deal (
    id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(200) NOT NULL,
    description         VARCHAR(4000),
    amount              NUMERIC(19, 4) NOT NULL,
    currency            CHAR(3) NOT NULL,
    pipeline_id         BIGINT NOT NULL,
    status              VARCHAR(40) NOT NULL,
    contact_id          BIGINT,
    expected_close_date DATE,
    closed_at           DATETIME(6),
    lost_reason         VARCHAR(500),
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_deal_pipeline FOREIGN KEY (pipeline_id) REFERENCES crm_pipeline (id),
    CONSTRAINT fk_deal_stage FOREIGN KEY (pipeline_id, status) REFERENCES crm_pipeline_stage (pipeline_id, stage_key),
    CONSTRAINT fk_deal_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id) ON DELETE SET NULL,
    CONSTRAINT ck_deal_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_deal_stage ON crm_deal (pipeline_id, status, id);
CREATE INDEX ix_deal_contact ON crm_deal (contact_id);
CREATE INDEX ix_deal_title ON crm_deal (title, id);
CREATE INDEX ix_deal_amount ON crm_deal (amount, id);
CREATE INDEX ix_deal_currency ON crm_deal (currency, id);
CREATE INDEX ix_deal_expected_close_date ON crm_deal (expected_close_date, id);
CREATE INDEX ix_deal_created_at ON crm_deal (created_at, id);
CREATE INDEX ix_deal_updated_at ON crm_deal (updated_at, id);

CREATE TABLE crm_task (
    id            BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    description   VARCHAR(4000),
    priority      VARCHAR(10) NOT NULL,
    -- Derived so that sorting by priority orders low < medium < high < urgent, with an index.
    priority_rank SMALLINT AS (
        CASE priority WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 ELSE 3 END) STORED,
    status        VARCHAR(20) NOT NULL,
    contact_id    BIGINT,
    deal_id       BIGINT,
    due_date      DATE,
    completed_at  DATETIME(6),
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_deal FOREIGN KEY (deal_id) REFERENCES crm_deal (id) ON DELETE SET NULL,
    CONSTRAINT ck_task_priority CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    CONSTRAINT ck_task_status CHECK (status IN ('todo', 'in_progress', 'completed', 'cancelled'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_task_status_due_date ON crm_task (status, due_date);
CREATE INDEX ix_task_priority ON crm_task (priority_rank, id);
CREATE INDEX ix_task_due_date ON crm_task (due_date, id);
CREATE INDEX ix_task_contact ON crm_task (contact_id);
CREATE INDEX ix_task_deal ON crm_task (deal_id);
CREATE INDEX ix_task_title ON crm_task (title, id);
CREATE INDEX ix_task_created_at ON crm_task (created_at, id);
CREATE INDEX ix_task_updated_at ON crm_task (updated_at, id);
