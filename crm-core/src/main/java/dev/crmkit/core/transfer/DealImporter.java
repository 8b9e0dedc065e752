package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.tag.TaggableKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Imports deals from CSV ({@link CsvImporter} has the format, batches, dry run and error CSV).
 * References are by name: {@code pipeline} is a pipeline's name (empty: the oldest pipeline),
 * {@code stage} a stage's key or name in it, ignoring case (empty: its first open stage), {@code
 * contactEmail} a stored contact's email and {@code companyDomain} a stored company's domain; a
 * row naming one that does not exist is refused.
 *
 * <p>Upsert by what identifies a deal in a file: the stored deal with the same title in the same
 * pipeline, with the same contact and company (or none), is updated (or left untouched when nothing
 * differs); otherwise the row creates a deal. The fields: {@code title} must have a column; {@code
 * description}, {@code amount}, {@code currency}, {@code pipeline}, {@code stage}, {@code
 * contactEmail}, {@code companyDomain}, {@code expectedCloseDate} (ISO {@code 2027-01-31}), {@code
 * lostReason} and {@code tags} (comma-separated) may. Each batch reads the stored deals of its
 * titles with one query per 500 and creates its new deals as one bulk insert.
 */
public final class DealImporter extends CsvImporter<DealImporter, DealImporter.DealRow> {

    /** The fields, in the order {@link Exporter} writes them. */
    static final List<String> FIELDS = List.of(
            "title",
            "description",
            "amount",
            "currency",
            "pipeline",
            "stage",
            "contactEmail",
            "companyDomain",
            "expectedCloseDate",
            "lostReason",
            "tags");

    /** @param crm the CRM to import into */
    public DealImporter(Crm crm) {
        super(crm, FIELDS, List.of("title"));
        // An export's stage column is the deal's status.
        column("status", "stage");
    }

    /** A checked row: the deal without its references, and the references by name. */
    record DealRow(
            NewDeal deal,
            @Nullable String pipeline,
            @Nullable String stage,
            @Nullable String contactEmail,
            @Nullable String companyDomain,
            @Nullable List<String> tags) {}

    @Override
    DealRow parse(Cells cells) {
        FieldErrors errors = new FieldErrors();
        BigDecimal amount = null;
        if (cells.text("amount") != null) {
            try {
                amount = new BigDecimal(Objects.requireNonNull(cells.text("amount")));
            } catch (NumberFormatException e) {
                errors.add("amount", "must be a number such as 1250.50");
            }
        }
        LocalDate expected = date(errors, "expectedCloseDate", cells.text("expectedCloseDate"));
        String email = cells.text("contactEmail");
        String domain = References.domain(errors, "companyDomain", cells.text("companyDomain"));
        List<String> tags = References.tags(errors, cells);
        BigDecimal money = amount;
        NewDeal deal = errors.collect(
                "",
                () -> new NewDeal(
                        cells.raw("title"),
                        cells.raw("description"),
                        money,
                        cells.text("currency"),
                        null,
                        null,
                        null,
                        expected,
                        cells.text("lostReason"),
                        null));
        errors.throwIfAny();
        return new DealRow(
                Objects.requireNonNull(deal),
                cells.text("pipeline"),
                cells.text("stage"),
                email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                domain,
                tags);
    }

    @Override
    String key(DealRow row) {
        return String.join(
                "\u0000",
                Objects.requireNonNullElse(row.pipeline(), ""),
                row.deal().title(),
                Objects.requireNonNullElse(row.contactEmail(), ""),
                Objects.requireNonNullElse(row.companyDomain(), ""));
    }

    @Override
    void upsert(List<Row<DealRow>> rows, Batch batch) {
        Map<String, Pipeline> pipelines = References.pipelines(crm);
        Map<String, Contact> contacts = References.contacts(crm, References.named(rows, DealRow::contactEmail));
        Map<String, Company> companies = References.companies(crm, References.named(rows, DealRow::companyDomain));
        List<Deal> stored =
                crm.deals().findByTitles(References.named(rows, r -> r.deal().title()));
        TagSync tags = TagSync.read(crm, TaggableKind.DEAL, rows.get(0).value().tags() != null, stored);
        List<NewDeal> created = new ArrayList<>();
        List<@Nullable List<String>> createdTags = new ArrayList<>();
        for (Row<DealRow> row : rows) {
            DealRow r = row.value();
            FieldErrors errors = new FieldErrors();
            Pipeline pipeline = pipelines.get(Objects.requireNonNullElse(r.pipeline(), References.OLDEST));
            if (pipeline == null) {
                errors.add(
                        "pipeline",
                        r.pipeline() == null
                                ? "is required: no pipeline exists yet"
                                : "no pipeline is named " + r.pipeline());
            }
            String stage = pipeline == null || r.stage() == null ? null : stageKey(pipeline, r.stage());
            if (pipeline != null && r.stage() != null && stage == null) {
                errors.add("stage", "pipeline " + pipeline.name() + " has no stage " + r.stage());
            }
            Long contactId =
                    References.idOf(errors, contacts, r.contactEmail(), "contactEmail", "no contact has the email ");
            Long companyId = References.idOf(
                    errors, companies, r.companyDomain(), "companyDomain", "no company has the domain ");
            if (batch.refused(row, errors)) {
                continue;
            }
            long pipelineId = Objects.requireNonNull(pipeline).id();
            Optional<Deal> current = stored.stream()
                    .filter(d -> d.title().equals(r.deal().title())
                            && d.pipelineId() == pipelineId
                            && Objects.equals(d.contactId(), contactId)
                            && Objects.equals(d.companyId(), companyId))
                    .min(Comparator.comparingLong(Deal::id));
            if (current.isEmpty()) {
                NewDeal d = r.deal();
                created.add(new NewDeal(
                        d.title(),
                        d.description(),
                        d.amount(),
                        d.currency(),
                        pipelineId,
                        stage,
                        contactId,
                        d.expectedCloseDate(),
                        d.lostReason(),
                        companyId));
                createdTags.add(r.tags());
                continue;
            }
            Deal deal = current.get();
            boolean changed =
                    crm.deals().update(deal.id(), update(r.deal(), stage)).version() != deal.version();
            boolean retagged = tags.sync(deal.id(), r.tags());
            batch.counted(changed || retagged);
        }
        List<Deal> inserted = crm.deals().createAll(created);
        tags.created(inserted, createdTags);
        batch.created += inserted.size();
    }

    private DealUpdate update(NewDeal d, @Nullable String stage) {
        DealUpdate.Builder update = DealUpdate.builder().title(d.title());
        ifColumn("description", () -> update.description(d.description()));
        ifColumn("amount", () -> update.amount(d.amount()));
        if (d.currency() != null) {
            update.currency(d.currency());
        }
        if (stage != null) {
            update.status(stage);
        }
        ifColumn("expectedCloseDate", () -> update.expectedCloseDate(d.expectedCloseDate()));
        ifColumn("lostReason", () -> update.lostReason(d.lostReason()));
        return update.build();
    }

    private static @Nullable String stageKey(Pipeline pipeline, String stage) {
        return pipeline.stages().stream()
                .filter(s -> s.key().equalsIgnoreCase(stage) || s.name().equalsIgnoreCase(stage))
                .map(Stage::key)
                .findFirst()
                .orElse(null);
    }

    static @Nullable LocalDate date(FieldErrors errors, String field, @Nullable String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date such as 2027-01-31");
            return null;
        }
    }
}
