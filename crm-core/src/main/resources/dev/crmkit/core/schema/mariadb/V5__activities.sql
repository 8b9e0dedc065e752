-- Activities (notes, calls, emails, meetings) and the deals' stage history, for the timeline.
-- Tables use utf8mb4 with binary no-pad collation, as in V1.

CREATE TABLE crm_activity (
    id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type             VARCHAR(10) NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    body             VARCHAR(10000),
    occurred_at      DATETIME(6) NOT NULL,
    duration_seconds INTEGER,
    outcome          VARCHAR(200),
    author           VARCHAR(200),
    contact_id       BIGINT,
    company_id       BIGINT NULL,
    deal_id          BIGINT,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_contact FOREIGN KEY (contact_id) REFERENCES crm_contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_deal FOREIGN KEY (deal_id) REFERENCES crm_deal (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_company FOREIGN KEY (company_id) REFERENCES crm_company (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_type CHECK (type IN ('note', 'call', 'email', 'meeting'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
-- Each timeline reads one of these ranges newest first.
CREATE INDEX ix_activity_contact_occurred ON crm_activity (contact_id, occurred_at, id);
CREATE INDEX ix_activity_company_occurred ON crm_activity (company_id, occurred_at, id);
CREATE INDEX ix_activity_deal_occurred ON crm_activity (deal_id, occurred_at, id);
CREATE INDEX ix_activity_occurred_at ON crm_activity (occurred_at, id);
CREATE INDEX ix_activity_created_at ON crm_activity (created_at, id);
CREATE INDEX ix_activity_updated_at ON crm_activity (updated_at, id);

-- One row per stage a deal entered; created_at is when it moved. Never updated.
CREATE TABLE crm_deal_stage_change (
    id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    deal_id          BIGINT NOT NULL,
    from_pipeline_id BIGINT,
    from_stage       VARCHAR(40),
    pipeline_id      BIGINT NOT NULL,
    to_stage         VARCHAR(40) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_stage_change_deal FOREIGN KEY (deal_id) REFERENCES crm_deal (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_stage_change_deal ON crm_deal_stage_change (deal_id, created_at, id);
CREATE INDEX ix_stage_change_created_at ON crm_deal_stage_change (created_at, id);

-- Completed tasks on a contact's or deal's timeline, newest first.
CREATE INDEX ix_task_contact_completed ON crm_task (contact_id, completed_at, id);
CREATE INDEX ix_task_deal_completed ON crm_task (deal_id, completed_at, id);
CREATE INDEX ix_task_completed_at ON crm_task (completed_at, id);
