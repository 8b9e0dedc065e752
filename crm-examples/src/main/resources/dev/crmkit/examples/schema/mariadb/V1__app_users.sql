-- The web app's users and their API tokens (MariaDB). Usernames are stored lower case; passwords as
-- DelegatingPasswordEncoder strings ("{bcrypt}..."); tokens only as the hex SHA-256 of the token,
-- with a short prefix so that a user can tell them apart. Times are UTC.

CREATE TABLE app_user (
    id            BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64) NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    role          VARCHAR(16) NOT NULL,
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'USER', 'READONLY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE app_api_token (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64) NOT NULL,
    token_prefix VARCHAR(16) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_app_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_app_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_app_api_token_user ON app_api_token (user_id, id);
