package dev.crmkit.core.company;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.VersionedUpdate;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command to change some fields of a company; every field left {@link Patch#unchanged()}
 * keeps its value. The name can be set but not cleared; the domain is normalized.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule.
 *
 * @param name the name
 * @param domain the domain
 * @param industry the industry
 * @param size head count or band
 * @param phone the phone
 * @param address the address
 * @param notes the notes
 * @param expectedVersion the version the caller read; when given and no longer current, the
 *     update is refused with {@link dev.crmkit.core.kernel.StaleVersionException}
 */
public record CompanyUpdate(
        Patch<String> name,
        Patch<String> domain,
        Patch<String> industry,
        Patch<String> size,
        Patch<String> phone,
        Patch<String> address,
        Patch<String> notes,
        @Nullable Long expectedVersion)
        implements VersionedUpdate {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param name the name
     * @param domain the domain
     * @param industry the industry
     * @param size head count or band
     * @param phone the phone
     * @param address the address
     * @param notes the notes
     * @param expectedVersion the version the caller read
     */
    public CompanyUpdate {
        FieldErrors errors = new FieldErrors();
        name = errors.requiredText("name", Objects.requireNonNull(name), Company.NAME_MAX);
        domain = CompanyDomain.normalize(errors, "domain", Objects.requireNonNull(domain));
        industry = errors.optionalText("industry", Objects.requireNonNull(industry), Company.INDUSTRY_MAX);
        size = errors.optionalText("size", Objects.requireNonNull(size), Company.SIZE_MAX);
        phone = errors.optionalText("phone", Objects.requireNonNull(phone), Company.PHONE_MAX);
        address = errors.optionalText("address", Objects.requireNonNull(address), Company.ADDRESS_MAX);
        notes = errors.optionalText("notes", Objects.requireNonNull(notes), Company.NOTES_MAX);
        errors.throwIfAny();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the company with this update applied; id, creation time and version are kept}
     *
     * @param current the record as stored
     * @param now the operation's timestamp
     */
    public Company applyTo(Company current, Instant now) {
        return new Company(
                current.id(),
                Objects.requireNonNull(name.applyTo(current.name())),
                domain.applyTo(current.domain()),
                industry.applyTo(current.industry()),
                size.applyTo(current.size()),
                phone.applyTo(current.phone()),
                address.applyTo(current.address()),
                notes.applyTo(current.notes()),
                current.createdAt(),
                now,
                current.version(),
                current.customFields());
    }

    /** Builds a {@link CompanyUpdate}; every field not mentioned stays unchanged, {@code null} clears. */
    public static final class Builder {
        private Patch<String> name = Patch.unchanged();
        private Patch<String> domain = Patch.unchanged();
        private Patch<String> industry = Patch.unchanged();
        private Patch<String> size = Patch.unchanged();
        private Patch<String> phone = Patch.unchanged();
        private Patch<String> address = Patch.unchanged();
        private Patch<String> notes = Patch.unchanged();
        private @Nullable Long expectedVersion;

        private Builder() {}

        /**
         * Sets the name (cannot be cleared).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            name = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the domain, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder domain(@Nullable String value) {
            domain = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the industry, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder industry(@Nullable String value) {
            industry = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the size, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder size(@Nullable String value) {
            size = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the phone, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder phone(@Nullable String value) {
            phone = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the address, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder address(@Nullable String value) {
            address = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the notes, or clears them when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder notes(@Nullable String value) {
            notes = Patch.setOrClear(value);
            return this;
        }

        /**
         * Refuse the update unless the company is still at this version.
         *
         * @param version the version the caller read
         * @return this builder
         */
        public Builder expectedVersion(long version) {
            expectedVersion = version;
            return this;
        }

        /** {@return the command, checking every field} */
        public CompanyUpdate build() {
            return new CompanyUpdate(name, domain, industry, size, phone, address, notes, expectedVersion);
        }
    }
}
