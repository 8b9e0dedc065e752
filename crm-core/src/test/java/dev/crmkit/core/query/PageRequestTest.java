package dev.crmkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.kernel.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void should_bound_the_page_size() {
        assertThatThrownBy(() ->
                        PageRequest.first(ContactSort.ID, SortDirection.ASC).withLimit(0))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("limit"));
        assertThatThrownBy(() ->
                        PageRequest.first(ContactSort.ID, SortDirection.ASC).withLimit(501))
                .isInstanceOf(ValidationException.class);
        assertThat(PageRequest.first(ContactSort.ID, SortDirection.ASC)
                        .withLimit(500)
                        .limit())
                .isEqualTo(500);
    }

    @Test
    void should_continue_after_the_last_row_of_a_full_page() {
        PageRequest<ContactSort> request =
                PageRequest.first(ContactSort.COMPANY, SortDirection.DESC).withLimit(2);
        List<Contact> fetched = List.of(contact(7, "Zeta"), contact(3, null), contact(9, "Alpha"));

        Page<Contact> page = Page.of(fetched, request, null);

        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isTrue();
        assertThat(request.withCursor(page.nextCursor().orElseThrow()).after()).contains(new Keyset(null, 3));
    }

    @Test
    void should_end_when_fewer_rows_than_the_limit_plus_one_came_back() {
        PageRequest<ContactSort> request =
                PageRequest.first(ContactSort.LAST_NAME, SortDirection.ASC).withLimit(2);

        Page<Contact> page = Page.of(List.of(contact(1, null), contact(2, null)), request, 2L);

        assertThat(page.hasNext()).isFalse();
        assertThat(page.total()).hasValue(2);
    }

    @Test
    void should_refuse_a_cursor_of_another_sort_or_a_forged_one() {
        PageRequest<ContactSort> byName =
                PageRequest.first(ContactSort.LAST_NAME, SortDirection.ASC).withLimit(1);
        String cursor = Page.of(List.of(contact(1, null), contact(2, null)), byName, null)
                .nextCursor()
                .orElseThrow();

        assertThatThrownBy(() ->
                        PageRequest.first(ContactSort.EMAIL, SortDirection.ASC).withCursor(cursor))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("cursor"));
        assertThatThrownBy(() -> byName.withSort(ContactSort.LAST_NAME, SortDirection.DESC)
                        .withCursor(cursor))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> byName.withCursor("not a cursor!")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> byName.withCursor("YWJj")).isInstanceOf(ValidationException.class);
    }

    @Test
    void should_refuse_a_forged_cursor_ending_on_no_value_for_a_field_that_always_has_one() {
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        String.join("\0", "c1", "last_name", "ASC", "N", "5").getBytes(StandardCharsets.UTF_8));
        PageRequest<ContactSort> byName =
                PageRequest.first(ContactSort.LAST_NAME, SortDirection.ASC).withLimit(1);

        assertThatThrownBy(() -> byName.withCursor(forged))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("cursor"));
    }

    @Test
    void should_round_trip_every_value_type_through_a_cursor() {
        PageRequest<ContactSort> byCreated =
                PageRequest.first(ContactSort.CREATED_AT, SortDirection.ASC).withLimit(1);
        String cursor = Page.of(List.of(contact(4, null), contact(5, null)), byCreated, null)
                .nextCursor()
                .orElseThrow();

        assertThat(byCreated.withCursor(cursor).after()).contains(new Keyset(T, 4));
    }

    private static Contact contact(long id, String company) {
        return new Contact(id, "Ada", "Lovelace", "ada" + id + "@example.com", null, company, null, null, T, T, 0);
    }
}
