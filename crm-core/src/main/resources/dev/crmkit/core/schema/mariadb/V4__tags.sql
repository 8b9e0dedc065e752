-- Tags (issue 15): one set of tags shared by every kind of record, and one tagging table keyed by
-- the record's kind ('contact', 'deal', ...) and id. name_key is the name lower-cased in Java, so a
-- name is unique ignoring case on every database. The taggings have no foreign key to the record
-- (one table serves every kind): the services remove them when they delete the record.

CREATE TABLE crm_tag (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(50)  NOT NULL,
    name_key   VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_tag_name_key UNIQUE (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE crm_tagging (
    kind      VARCHAR(20) NOT NULL,
    record_id BIGINT NOT NULL,
    tag_id    BIGINT NOT NULL,
    CONSTRAINT pk_tagging PRIMARY KEY (kind, record_id, tag_id),
    CONSTRAINT fk_tagging_tag FOREIGN KEY (tag_id) REFERENCES crm_tag (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_tagging_tag ON crm_tagging (tag_id, kind, record_id);
