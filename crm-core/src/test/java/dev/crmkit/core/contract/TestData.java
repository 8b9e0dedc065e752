package dev.crmkit.core.contract;

import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.task.NewTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Test data builders: valid by default, each call unique where the schema requires it. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {}

    /** A number no other call returns, for unique names and emails. */
    public static int nextNumber() {
        return SEQUENCE.incrementAndGet();
    }

    public static ContactBuilder aContact() {
        return new ContactBuilder();
    }

    public static NewPipeline aPipeline() {
        return NewPipeline.of("Sales " + SEQUENCE.incrementAndGet());
    }

    /** A deal in the given pipeline's entry stage, worth nothing, in the default currency. */
    public static NewDeal.Builder aDeal(long pipelineId) {
        return NewDeal.builder("Deal " + SEQUENCE.incrementAndGet()).pipelineId(pipelineId);
    }

    public static NewTask.Builder aTask() {
        return NewTask.builder("Task " + SEQUENCE.incrementAndGet());
    }

    /** Builds a {@link NewContact} with a unique email. */
    public static final class ContactBuilder {
        private final int n = SEQUENCE.incrementAndGet();
        private String firstName = "Ada";
        private String lastName = "Lovelace";
        private String email = "ada" + n + "@example.com";
        private @Nullable String phone;
        private @Nullable String company;
        private @Nullable String position;
        private @Nullable String notes;

        public ContactBuilder withFirstName(String value) {
            firstName = value;
            return this;
        }

        public ContactBuilder withLastName(String value) {
            lastName = value;
            return this;
        }

        public ContactBuilder withEmail(String value) {
            email = value;
            return this;
        }

        public ContactBuilder withPhone(@Nullable String value) {
            phone = value;
            return this;
        }

        public ContactBuilder withCompany(@Nullable String value) {
            company = value;
            return this;
        }

        public ContactBuilder withPosition(@Nullable String value) {
            position = value;
            return this;
        }

        public ContactBuilder withNotes(@Nullable String value) {
            notes = value;
            return this;
        }

        public NewContact build() {
            return new NewContact(firstName, lastName, email, phone, company, position, notes);
        }
    }
}
