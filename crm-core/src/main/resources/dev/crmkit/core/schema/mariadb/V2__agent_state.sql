-- Agent state (MariaDB; DATETIME(6) holds UTC) as CRM data (issue 13): conversations with their memory (JSON text written by the
-- agent), notes, history and pending actions, and the action log, which outlives its conversation.
-- Child rows are ordered by their identity column "seq"; instants are UTC.

CREATE TABLE crm_agent_conversation (
    id          VARCHAR(100) PRIMARY KEY,
    owner       VARCHAR(100) NOT NULL,
    memory      LONGTEXT NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_agent_conversation_owner ON crm_agent_conversation (owner, updated_at);

CREATE TABLE crm_agent_note (
    seq             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id VARCHAR(100) NOT NULL,
    note            LONGTEXT NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_agent_note_conversation FOREIGN KEY (conversation_id) REFERENCES crm_agent_conversation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_agent_note_conversation ON crm_agent_note (conversation_id, seq);

CREATE TABLE crm_agent_history (
    seq             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id VARCHAR(100) NOT NULL,
    role            VARCHAR(20) NOT NULL,
    message         LONGTEXT NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_agent_history_conversation FOREIGN KEY (conversation_id) REFERENCES crm_agent_conversation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_agent_history_conversation ON crm_agent_history (conversation_id, seq);

CREATE TABLE crm_agent_pending (
    seq             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id              VARCHAR(100) NOT NULL,
    conversation_id VARCHAR(100) NOT NULL,
    owner           VARCHAR(100) NOT NULL,
    acted_at        DATETIME(6) NOT NULL,
    tool            VARCHAR(100) NOT NULL,
    arguments       LONGTEXT NOT NULL,
    status          VARCHAR(20) NOT NULL,
    result          LONGTEXT,
    error           LONGTEXT,
    CONSTRAINT uq_agent_pending_id UNIQUE (id),
    CONSTRAINT fk_agent_pending_conversation FOREIGN KEY (conversation_id) REFERENCES crm_agent_conversation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_agent_pending_conversation ON crm_agent_pending (conversation_id, seq);

CREATE TABLE crm_agent_action (
    seq             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id              VARCHAR(100) NOT NULL,
    conversation_id VARCHAR(100) NOT NULL,
    owner           VARCHAR(100) NOT NULL,
    acted_at        DATETIME(6) NOT NULL,
    tool            VARCHAR(100) NOT NULL,
    arguments       LONGTEXT NOT NULL,
    status          VARCHAR(20) NOT NULL,
    result          LONGTEXT,
    error           LONGTEXT,
    CONSTRAINT uq_agent_action_id UNIQUE (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_agent_action_conversation ON crm_agent_action (conversation_id, seq);
CREATE INDEX ix_agent_action_owner ON crm_agent_action (owner, seq);
