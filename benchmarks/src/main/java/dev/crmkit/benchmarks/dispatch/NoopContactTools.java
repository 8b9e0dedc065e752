package dev.crmkit.benchmarks.dispatch;

import dev.crmkit.agent.crm.CrmViews.ContactView;
import dev.crmkit.agent.tool.MaxLength;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.jspecify.annotations.Nullable;

/**
 * {@code create_contact} and {@code get_contact} with the parameters of the real CRM tools
 * ({@link dev.crmkit.agent.crm.CrmToolset}), over a service that does nothing: each returns a fixed
 * contact of typical size. What dispatching them costs is the dispatcher's own overhead.
 */
public final class NoopContactTools {

    private static final ContactView ADA = new ContactView(
            42,
            "Ada",
            "Lovelace",
            "ada@example.com",
            "+44 20 7946 0958",
            "Analytical Engines",
            "Mathematician",
            "Met at the Royal Society.",
            null,
            null);

    @Tool(name = "create_contact", value = "Create a contact.")
    public ContactView createContact(
            @P("first name") @MaxLength(100) String firstName,
            @P("last name") @MaxLength(100) String lastName,
            @P("email") @MaxLength(254) String email,
            @P(value = "phone number", required = false) @MaxLength(50) @Nullable String phone,
            @P(value = "company name", required = false) @MaxLength(200) @Nullable String company,
            @P(value = "job title", required = false) @MaxLength(100) @Nullable String position,
            @P(value = "notes", required = false) @MaxLength(1000) @Nullable String notes) {
        return ADA;
    }

    @Tool(name = "get_contact", value = "Get one contact by its id.")
    public ContactView getContact(@P("contact id") long id) {
        return ADA;
    }
}
