package dev.crmkit.examples.users;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users and API tokens in the {@code app_user} / {@code app_api_token} tables (see
 * {@code AppSchema}). Passwords are stored through the given {@link PasswordEncoder}; a token is
 * 32 random bytes, stored only as its SHA-256, which is enough for a secret of that entropy (a slow
 * hash protects guessable passwords, not random keys) and keeps every API call to one indexed
 * lookup.
 *
 * <p>Errors: {@link ValidationException} naming the field ({@code username}, {@code password},
 * {@code role}, {@code name}, {@code user}), {@link ConflictException} for a username taken.
 * Thread-safe: every method is one statement (or two) on the pool.
 */
public final class AppUsers {

    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    static final String TOKEN_PREFIX = "crm_";
    private static final int PASSWORD_MIN = 8;
    // bcrypt reads at most 72 bytes; Spring Security refuses longer passwords rather than cut them.
    private static final int PASSWORD_MAX_BYTES = 72;
    private static final int TOKEN_NAME_MAX = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final SecureRandom random = new SecureRandom();

    public AppUsers(DataSource dataSource, Clock clock, PasswordEncoder passwords) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Whether there is no user at all: the first start, when the app creates {@code admin}. */
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() == 0;
    }

    /** The user of this name, whatever its case. */
    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?")
                .param(normalize(username))
                .query(AppUsers::user)
                .optional();
    }

    /** Every user, by name. */
    public List<AppUser> list() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username")
                .query(AppUsers::user)
                .list();
    }

    /**
     * Creates a user.
     *
     * @throws ValidationException a username or password that breaks the rules
     * @throws ConflictException the username is taken
     */
    public AppUser create(String username, String password, Role role) {
        return create(username, password, role.name());
    }

    /**
     * Creates a user with a role given by name, as a form posts it: a bad role is reported with the
     * username's and password's errors, all at once.
     *
     * @param role {@code ADMIN}, {@code USER} or {@code READONLY}
     * @throws ValidationException a username, password or role that breaks the rules
     * @throws ConflictException the username is taken
     */
    public AppUser create(String username, String password, String role) {
        String name = normalize(username);
        FieldErrors errors = new FieldErrors();
        errors.check(USERNAME.matcher(name).matches(), "username", "must be 1-64 letters, digits, '.', '_' or '-'");
        checkPassword(errors, "password", password);
        Optional<Role> known = Role.of(role);
        errors.check(known.isPresent(), "role", "must be one of " + Role.names());
        errors.throwIfAny();
        return insert(name, password, known.orElseThrow());
    }

    /**
     * Sets a user's password: the sessions signed in with the old one end at their next request
     * (their {@link AppUser#sessionStamp()} no longer matches); API tokens keep working, they are
     * credentials of their own.
     *
     * @throws ValidationException a password that breaks the rules ({@code password})
     * @throws dev.crmkit.core.kernel.NotFoundException no such user
     */
    public AppUser setPassword(long id, String password) {
        FieldErrors errors = new FieldErrors();
        checkPassword(errors, "password", password);
        errors.throwIfAny();
        int changed = jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
                .params(passwords.encode(password), id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("user", id);
        }
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** The user of this id. */
    public Optional<AppUser> find(long id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?")
                .param(id)
                .query(AppUsers::user)
                .optional();
    }

    /** Adds the password rule's error, if any, to {@code errors} under {@code field}. */
    public static void checkPassword(FieldErrors errors, String field, String password) {
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        errors.check(
                password.length() >= PASSWORD_MIN && bytes <= PASSWORD_MAX_BYTES,
                field,
                "must be " + PASSWORD_MIN + " to " + PASSWORD_MAX_BYTES + " bytes long");
    }

    private AppUser insert(String name, String password, Role role) {
        Instant now = now();
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO app_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(name, passwords.encode(password), role.name(), true, utc(now))
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ConflictException("username " + name + " is already taken", "username", null);
        }
        return new AppUser(id(key), name, "", role, true, now);
    }

    /** Enables or disables a user; a disabled user's sessions end at their next request and tokens stop working. */
    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    /**
     * Gives a user another role, named as a form posts it; the user's sessions end at their next
     * request (they carry the old role), and their API tokens take the new one at once.
     *
     * @param role {@code ADMIN}, {@code USER} or {@code READONLY}
     * @throws ValidationException a role that is none of those ({@code role})
     * @throws NotFoundException no such user
     */
    public AppUser setRole(long id, String role) {
        Role known = Role.of(role).orElseThrow(() -> new ValidationException("role", "must be one of " + Role.names()));
        if (jdbc.sql("UPDATE app_user SET role = ? WHERE id = ?")
                        .params(known.name(), id)
                        .update()
                == 0) {
            throw new NotFoundException("user", id);
        }
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** Deletes a user and its tokens; nothing happens when there is no such user. */
    public void delete(long id) {
        jdbc.sql("DELETE FROM app_user WHERE id = ?").param(id).update();
    }

    /**
     * Creates an API token for a user.
     *
     * @param name what the token is for, e.g. {@code ci}
     * @throws ValidationException no such user ({@code user}) or a blank or long name, or one with a
     *     NUL or control character ({@code name})
     */
    public IssuedToken issueToken(String username, String name) {
        AppUser user = findByUsername(username)
                .orElseThrow(() -> new ValidationException("user", "does not name a user: " + username));
        String label = name.strip();
        if (label.isEmpty() || label.length() > TOKEN_NAME_MAX) {
            throw new ValidationException("name", "must be 1 to " + TOKEN_NAME_MAX + " characters");
        }
        // crmkit's rule for text: no NUL (PostgreSQL refuses it with a driver error), no broken
        // surrogate pair, no control character but tab and line breaks.
        FieldErrors errors = new FieldErrors();
        errors.requiredText("name", label, TOKEN_NAME_MAX);
        errors.throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, TOKEN_PREFIX.length() + 6);
        Instant now = now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO app_api_token (user_id, name, token_hash, token_prefix, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(user.id(), label, hash(secret), prefix, utc(now))
                .update(key, "id");
        return new IssuedToken(new ApiToken(id(key), user.username(), label, prefix, now), secret);
    }

    /** A user's tokens, oldest first. */
    public List<ApiToken> tokens(String username) {
        return jdbc.sql("""
                SELECT t.id, u.username, t.name, t.token_prefix, t.created_at
                FROM app_api_token t JOIN app_user u ON u.id = t.user_id
                WHERE u.username = ? ORDER BY t.id""").param(normalize(username)).query(AppUsers::token).list();
    }

    /**
     * Revokes one of a user's tokens.
     *
     * @return false when the user has no such token (another user's token included)
     */
    public boolean revokeToken(String username, long tokenId) {
        return jdbc.sql(
                                "DELETE FROM app_api_token WHERE id = ? AND user_id = (SELECT id FROM app_user WHERE username = ?)")
                        .params(tokenId, normalize(username))
                        .update()
                == 1;
    }

    /** The enabled user a token belongs to; empty for an unknown or revoked token, or a disabled user. */
    public Optional<AppUser> findByToken(String secret) {
        if (!secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT u.* FROM app_api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND u.enabled = TRUE""").param(hash(secret)).query(AppUsers::user).optional();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A username as it is stored and looked up: without surrounding white space, lower-cased; so
     * {@code " Admin"} names the user {@code admin}.
     */
    public static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private Instant now() {
        // The columns keep microseconds; what is returned should equal what a read gives back.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long id(KeyHolder key) {
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("the database returned no generated id");
        }
        return id.longValue();
    }

    private static AppUser user(ResultSet row, int number) throws SQLException {
        return new AppUser(
                row.getLong("id"),
                row.getString("username"),
                row.getString("password_hash"),
                Role.valueOf(row.getString("role")),
                row.getBoolean("enabled"),
                instant(row, "created_at"));
    }

    private static ApiToken token(ResultSet row, int number) throws SQLException {
        return new ApiToken(
                row.getLong("id"),
                row.getString("username"),
                row.getString("name"),
                row.getString("token_prefix"),
                instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
