package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.duplicate.DuplicateQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * Likely duplicates and merging them: {@code GET /api/v1/duplicates/contacts} and {@code /companies}
 * list groups; {@code POST /api/v1/contacts/merge} and {@code /api/v1/companies/merge} merge one
 * (with {@code dry_run} to preview). A list's {@code reason}, {@code cursor} and {@code limit} are
 * read by {@link DuplicateQueryResolver}.
 */
@ApiController(path = "/api/v1", tag = "duplicates")
record DuplicatesApi(Crm crm) {

    private static final String LIST = "Groups of likely duplicates, by reason then key; each with a score (0-100) and"
            + " every reason its records share. reason narrows to one reason; cursor is next_cursor of the previous page;"
            + " limit 1-100 (default 20).";
    private static final String MERGE = "Body: survivor_id, records (every merged record's id and the version it was"
            + " read at, the survivor's too), fields (field → id of the record to take it from; default: the"
            + " survivor's value, else the first non-null one), dry_run. A changed version is 409 and nothing is"
            + " written; dry_run answers the resulting record and the counts of moved rows without writing."
            + " The merged records go to the trash; change_set_id names the merge's change set, which"
            + " POST /api/v1/change-sets/{id}/undo reverts.";

    /** A merge operation's request body as the API description shows it: {@link MergeJson.Body}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = MergeJson.Body.class)))
    @interface MergeBody {}

    @GetMapping(path = "/duplicates/contacts")
    @Operation(
            operationId = "listDuplicateContacts",
            summary = "List likely duplicate contacts",
            description = LIST + " Reasons: same_email, same_phone, similar_name.")
    DuplicateJson<ContactJson> contacts(DuplicateQuery query) {
        return DuplicateJson.of(crm.duplicates().contacts(query), ContactJson.CODEC.withTags(crm));
    }

    @GetMapping(path = "/duplicates/companies")
    @Operation(
            operationId = "listDuplicateCompanies",
            summary = "List likely duplicate companies",
            description = LIST + " Reasons: similar_name, same_phone.")
    DuplicateJson<CompanyJson> companies(DuplicateQuery query) {
        return DuplicateJson.of(crm.duplicates().companies(query), CompanyJson.CODEC.withTags(crm));
    }

    @PostMapping(path = "/contacts/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "mergeContacts",
            summary = "Merge contacts",
            description =
                    MERGE + " Fields: first_name, last_name, email, phone, company, position, notes, custom_fields"
                            + " (all of them from one record). The"
                            + " others' deals, tasks, activities and tags move to the survivor.")
    @MergeBody
    MergeJson<ContactJson> mergeContacts(@RequestBody JsonNode body) {
        return MergeJson.of(
                crm.duplicates().mergeContacts(MergeJson.request(body, DuplicateKind.CONTACT)),
                ContactJson.CODEC.withTags(crm));
    }

    @PostMapping(path = "/companies/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "mergeCompanies",
            summary = "Merge companies",
            description = MERGE + " Fields: name, domain, industry, size, phone, address, notes, custom_fields (all of"
                    + " them from one record). The others'"
                    + " contacts, deals and activities move to the survivor.")
    @MergeBody
    MergeJson<CompanyJson> mergeCompanies(@RequestBody JsonNode body) {
        return MergeJson.of(
                crm.duplicates().mergeCompanies(MergeJson.request(body, DuplicateKind.COMPANY)),
                CompanyJson.CODEC.withTags(crm));
    }
}
