package dev.crmkit.examples.cli;

import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.CrmRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crm merge contacts|companies SURVIVOR OTHER...}: merges records into the first one. The
 * versions checked are the ones given with {@code --expect ID=VERSION} (what the user looked at), else
 * the ones read just before the merge (see {@link Merge}).
 */
@Command(
        name = "merge",
        description =
                "Merge contacts or companies into the first id given; --dry-run shows the result without" + " writing.")
final class MergeCommand extends Subcommand {

    /**
     * The {@code <id>...}, {@code --expect} and {@code --dry-run} of both merges, and the request
     * they make: the versions checked are the ones given, else the ones read just before the merge.
     */
    static final class Merge {

        @Parameters(paramLabel = "<id>", arity = "2..*", description = "the survivor, then the others")
        List<Long> ids = List.of();

        @Option(
                names = "--expect",
                paramLabel = "ID=VERSION",
                description = "the version a record was seen at; a record changed since makes the merge fail")
        @Nullable
        Map<Long, Long> versions;

        @Option(names = "--dry-run", description = "show the result, write nothing")
        boolean dryRun;

        /**
         * @param fields {@code --field}: field (snake case) → the id of the record to take it from
         * @param read reads a record, for the version it is at now
         */
        MergeRequest request(@Nullable Map<String, Long> fields, LongFunction<? extends CrmRecord> read) {
            Map<Long, Long> expected = new LinkedHashMap<>();
            for (long id : ids) {
                if (expected.containsKey(id)) {
                    throw new UserException("the id " + id + " is given twice; give each record once");
                }
                Long given = versions == null ? null : versions.get(id);
                expected.put(id, given != null ? given : read.apply(id).version());
            }
            Map<String, Long> chosen = new LinkedHashMap<>();
            if (fields != null) {
                fields.forEach((field, source) -> chosen.put(camel(field), source));
            }
            return new MergeRequest(ids.get(0), expected, chosen, dryRun);
        }
    }

    @Command(
            name = "contacts",
            description = "Merge contacts: their deals, tasks, activities and tags move to the"
                    + " survivor; the others go to the trash.")
    int contacts(
            @Mixin Merge merge,
            @Option(
                            names = "--field",
                            paramLabel = "FIELD=ID",
                            description = "take a field (first_name, last_name,"
                                    + " email, phone, company, position, notes) from this record")
                    @Nullable
                    Map<String, Long> fields) {
        return root().withCrm(crm -> print(
                crm.duplicates()
                        .mergeContacts(
                                merge.request(fields, id -> crm.contacts().getById(id))),
                Views::contact));
    }

    @Command(
            name = "companies",
            description = "Merge companies: their contacts, deals and activities move to the"
                    + " survivor; the others go to the trash.")
    int companies(
            @Mixin Merge merge,
            @Option(
                            names = "--field",
                            paramLabel = "FIELD=ID",
                            description = "take a field (name, domain, industry,"
                                    + " size, phone, address, notes) from this record")
                    @Nullable
                    Map<String, Long> fields) {
        return root().withCrm(crm -> print(
                crm.duplicates()
                        .mergeCompanies(
                                merge.request(fields, id -> crm.companies().getById(id))),
                Views::company));
    }

    private <T> void print(MergeResult<T> result, Function<T, Map<String, @Nullable Object>> view) {
        Map<String, @Nullable Object> record = view.apply(result.record());
        record.put("merged_ids", result.mergedIds());
        result.relinked().forEach((kind, count) -> record.put("moved_" + kind, count));
        record.put("dry_run", result.dryRun());
        // What 'crm change-sets undo' takes to revert the merge; none for a dry run.
        record.put("change_set_id", result.changeSetId().orElse(null));
        root().output().record(record);
    }

    private static String camel(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.strip().toCharArray()) {
            if (c == '_' || c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
