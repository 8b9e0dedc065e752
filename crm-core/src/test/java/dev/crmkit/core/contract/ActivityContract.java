package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityEvent;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.ActivityUpdate;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Activities: logging, links, updates, filters and the delete cascade of their contact or deal. */
public abstract class ActivityContract extends ContractTest {

    private Deal givenDeal() {
        return crm().deals().create(aDeal(givenPipeline().id()).build());
    }

    @Test
    void should_log_a_call_on_a_contact_with_every_field_kept() {
        Contact contact = givenContact();
        Company company = crm().companies().create(NewCompany.of("Analytical Engines"));
        Instant when = Instant.parse("2026-03-04T10:15:30.123456789Z");

        Activity call = crm().activities()
                .create(NewActivity.builder(ActivityType.CALL, "  Discovery call ")
                        .body("Line one\nLine two")
                        .occurredAt(when)
                        .duration(Duration.ofMinutes(25).plusMillis(700))
                        .outcome("interested")
                        .author("alice")
                        .contactId(contact.id())
                        .companyId(company.id())
                        .build());

        assertThat(call.subject()).isEqualTo("Discovery call");
        assertThat(call.body()).isEqualTo("Line one\nLine two");
        assertThat(call.occurredAt()).isEqualTo(Instant.parse("2026-03-04T10:15:30.123456Z"));
        assertThat(call.duration()).isEqualTo(Duration.ofMinutes(25));
        assertThat(call.companyId()).isEqualTo(company.id());
        assertThat(call.createdAt()).isEqualTo(clock().instant());
        assertThat(crm().activities().getById(call.id())).isEqualTo(call);
        assertThat(events().ofType(ActivityEvent.Created.class)).hasSize(1);
    }

    @Test
    void should_default_occurred_at_to_now() {
        Activity note = crm().activities()
                .create(NewActivity.builder(ActivityType.NOTE, "note")
                        .contactId(givenContact().id())
                        .build());

        assertThat(note.occurredAt()).isEqualTo(clock().instant());
    }

    @Test
    void should_refuse_an_activity_linked_to_nothing_or_to_a_missing_contact() {
        assertThatThrownBy(() -> NewActivity.builder(ActivityType.NOTE, "x").build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("contactId"));
        assertThatThrownBy(() -> crm().activities()
                        .create(NewActivity.builder(ActivityType.NOTE, "x")
                                .contactId(999_999L)
                                .dealId(999_998L)
                                .build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("contactId", "dealId"));
        assertThatThrownBy(() -> NewActivity.builder(ActivityType.CALL, " ")
                        .duration(Duration.ofSeconds(-1))
                        .contactId(1L)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("subject", "duration"));
    }

    @Test
    void should_update_an_activity_and_refuse_removing_its_last_link() {
        Contact contact = givenContact();
        Deal deal = givenDeal();
        Activity meeting = crm().activities()
                .create(NewActivity.builder(ActivityType.MEETING, "Kick-off")
                        .contactId(contact.id())
                        .build());
        clock().advance(Duration.ofMinutes(5));

        Activity moved = crm().activities()
                .update(
                        meeting.id(),
                        ActivityUpdate.builder()
                                .dealId(deal.id())
                                .contactId(null)
                                .outcome("signed")
                                .expectedVersion(meeting.version())
                                .build());

        assertThat(moved.contactId()).isNull();
        assertThat(moved.dealId()).isEqualTo(deal.id());
        assertThat(moved.outcome()).isEqualTo("signed");
        assertThat(moved.version()).isEqualTo(meeting.version() + 1);
        assertThat(moved.updatedAt()).isEqualTo(clock().instant());
        assertThatThrownBy(() -> crm().activities()
                        .update(
                                meeting.id(),
                                ActivityUpdate.builder().dealId(null).build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("contactId"));
        assertThatThrownBy(() -> crm().activities()
                        .update(
                                meeting.id(),
                                ActivityUpdate.builder()
                                        .subject("again")
                                        .expectedVersion(meeting.version())
                                        .build()))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void should_filter_activities_by_type_and_link_newest_first() {
        Contact contact = givenContact();
        Contact other = givenContact();
        Activity older = log(ActivityType.CALL, contact, Instant.parse("2026-01-01T09:00:00Z"));
        Activity newer = log(ActivityType.CALL, contact, Instant.parse("2026-01-02T09:00:00Z"));
        log(ActivityType.EMAIL, contact, Instant.parse("2026-01-03T09:00:00Z"));
        log(ActivityType.CALL, other, Instant.parse("2026-01-04T09:00:00Z"));

        assertThat(crm().activities()
                        .find(ActivityQuery.all().withContact(contact.id()).withTypes(Set.of(ActivityType.CALL)))
                        .items())
                .containsExactly(newer, older);
    }

    @Test
    void should_delete_the_activities_of_a_deleted_contact_deal_and_company() {
        Contact contact = givenContact();
        Company company = crm().companies().create(NewCompany.of("Analytical Engines"));
        Deal deal = givenDeal();
        Activity onContact = log(ActivityType.NOTE, contact, clock().instant());
        Activity onDeal = crm().activities()
                .create(NewActivity.builder(ActivityType.NOTE, "deal note")
                        .dealId(deal.id())
                        .build());
        Activity onCompany = crm().activities()
                .create(NewActivity.builder(ActivityType.NOTE, "company note")
                        .companyId(company.id())
                        .build());

        crm().contacts().deleteById(contact.id());
        crm().deals().deleteById(deal.id());

        assertThat(crm().activities().findById(onContact.id())).isEmpty();
        assertThat(crm().activities().findById(onDeal.id())).isEmpty();
        assertThat(crm().activities().findById(onCompany.id())).isPresent();
        assertThat(events().ofType(ActivityEvent.Deleted.class))
                .extracting(ActivityEvent.Deleted::activityId)
                .containsExactly(onContact.id(), onDeal.id());

        crm().companies().deleteById(company.id());

        assertThat(crm().activities().findById(onCompany.id())).isEmpty();
    }

    private Activity log(ActivityType type, Contact contact, Instant at) {
        return crm().activities()
                .create(NewActivity.builder(type, type.key() + " " + at)
                        .occurredAt(at)
                        .contactId(contact.id())
                        .build());
    }
}
