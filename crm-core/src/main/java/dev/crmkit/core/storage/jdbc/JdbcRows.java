package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.storage.jdbc.Jdbc.Null;
import dev.crmkit.core.task.Task;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * The rows of contacts, deals and tasks as both the bulk inserts ({@link JdbcBatchInserts}) and
 * the trash ({@link JdbcTrashRepository}) write them: each table's columns but {@code id}, and a
 * record's values for them with the version given (a new row's, or the trashed record's own).
 * Companies, activities and deal stage changes only come back from the trash, with their own
 * version. Absent values are typed nulls, which every driver binds.
 */
final class JdbcRows {

    static final InsertInto CONTACTS = InsertInto.of(
            "crm_contact",
            "first_name",
            "last_name",
            "email",
            "phone",
            "company",
            "position",
            "notes",
            "search_text",
            "created_at",
            "updated_at",
            "company_id",
            "custom_fields",
            "version");

    static final InsertInto DEALS = InsertInto.of(
            "crm_deal",
            "title",
            "description",
            "amount",
            "currency",
            "pipeline_id",
            "status",
            "contact_id",
            "expected_close_date",
            "closed_at",
            "lost_reason",
            "created_at",
            "updated_at",
            "company_id",
            "search_title",
            "custom_fields",
            "version");

    static final InsertInto TASKS = InsertInto.of(
            "crm_task",
            "title",
            "description",
            "priority",
            "status",
            "contact_id",
            "deal_id",
            "due_date",
            "completed_at",
            "created_at",
            "updated_at",
            "version");

    static final InsertInto COMPANIES = InsertInto.of(
            "crm_company",
            "name",
            "domain",
            "industry",
            "company_size",
            "phone",
            "address",
            "notes",
            "search_text",
            "created_at",
            "updated_at",
            "version",
            "custom_fields");

    static final InsertInto ACTIVITIES = InsertInto.of(
            "crm_activity",
            "type",
            "subject",
            "body",
            "occurred_at",
            "duration_seconds",
            "outcome",
            "author",
            "contact_id",
            "company_id",
            "deal_id",
            "created_at",
            "updated_at",
            "version");

    static final InsertInto STAGE_CHANGES = InsertInto.of(
            "crm_deal_stage_change",
            "deal_id",
            "from_pipeline_id",
            "from_stage",
            "pipeline_id",
            "to_stage",
            "created_at",
            "version");

    static final Null NO_ID = new Null(Types.BIGINT);
    static final Null NO_NUMBER = new Null(Types.INTEGER);
    static final Null NO_DATE = new Null(Types.DATE);
    static final Null NO_INSTANT = new Null(Types.TIMESTAMP);

    private JdbcRows() {}

    /** {@return a contact's values for {@link #CONTACTS}} */
    static @Nullable Object[] contact(Contact c, long version) {
        return new @Nullable Object[] {
            c.firstName(),
            c.lastName(),
            c.email(),
            c.phone(),
            c.company(),
            c.position(),
            c.notes(),
            c.searchText(),
            c.createdAt(),
            c.updatedAt(),
            or(c.companyId(), NO_ID),
            c.customFields(),
            version
        };
    }

    /** {@return a deal's values for {@link #DEALS}} */
    static @Nullable Object[] deal(Deal d, long version) {
        return new @Nullable Object[] {
            d.title(),
            d.description(),
            d.value().amount(),
            d.value().currency().getCurrencyCode(),
            d.pipelineId(),
            d.status(),
            or(d.contactId(), NO_ID),
            or(d.expectedCloseDate(), NO_DATE),
            or(d.closedAt(), NO_INSTANT),
            d.lostReason(),
            d.createdAt(),
            d.updatedAt(),
            or(d.companyId(), NO_ID),
            d.searchTitle(),
            d.customFields(),
            version
        };
    }

    /** {@return a task's values for {@link #TASKS}} */
    static @Nullable Object[] task(Task t, long version) {
        return new @Nullable Object[] {
            t.title(),
            t.description(),
            t.priority().key(),
            t.status().key(),
            or(t.contactId(), NO_ID),
            or(t.dealId(), NO_ID),
            or(t.dueDate(), NO_DATE),
            or(t.completedAt(), NO_INSTANT),
            t.createdAt(),
            t.updatedAt(),
            version
        };
    }

    /** {@return a company's values for {@link #COMPANIES}} */
    static @Nullable Object[] company(Company c) {
        return new @Nullable Object[] {
            c.name(),
            c.domain(),
            c.industry(),
            c.size(),
            c.phone(),
            c.address(),
            c.notes(),
            c.searchText(),
            c.createdAt(),
            c.updatedAt(),
            c.version(),
            c.customFields()
        };
    }

    /** {@return an activity's values for {@link #ACTIVITIES}, its duration in whole seconds} */
    static @Nullable Object[] activity(Activity a) {
        return new @Nullable Object[] {
            a.type().key(),
            a.subject(),
            a.body(),
            a.occurredAt(),
            a.duration() == null
                    ? NO_NUMBER
                    : (Object) Math.toIntExact(a.duration().toSeconds()),
            a.outcome(),
            a.author(),
            or(a.contactId(), NO_ID),
            or(a.companyId(), NO_ID),
            or(a.dealId(), NO_ID),
            a.createdAt(),
            a.updatedAt(),
            a.version()
        };
    }

    /** {@return a deal stage change's values for {@link #STAGE_CHANGES}} */
    static @Nullable Object[] stageChange(DealStageChange s) {
        return new @Nullable Object[] {
            s.dealId(),
            or(s.fromPipelineId(), NO_ID),
            s.fromStage(),
            s.pipelineId(),
            s.toStage(),
            s.changedAt(),
            s.version()
        };
    }

    /** {@return the value, or a null of the column's type} */
    static Object or(@Nullable Object value, Null typed) {
        return value == null ? typed : value;
    }
}
