package dev.crmkit.examples.cli;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code crm tags list|rename|delete}; records are tagged with {@code --tag} on {@code contacts add},
 * {@code companies create} and {@code deals add}.
 */
@Command(name = "tags", description = "List, rename and delete the tags of contacts, companies and deals.")
final class TagsCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("id", "name", "count");

    @Command(name = "list", description = "List every tag with the number of records carrying it.")
    int list() {
        return root().withCrm(crm -> {
            List<TagUsage> tags = crm.tags().list();
            root().output()
                    .list(
                            tags.stream()
                                    .map(usage -> view(usage.tag(), usage.count()))
                                    .toList(),
                            COLUMNS,
                            null,
                            (long) tags.size());
        });
    }

    @Command(name = "rename", description = "Rename a tag on every record carrying it.")
    int rename(
            @Parameters(paramLabel = "<id>", description = "the tag's id") long id,
            @Parameters(paramLabel = "<name>", description = "its new name") String name) {
        try {
            return root().withCrm(crm -> {
                Tag renamed = crm.tags().rename(id, name);
                root().output().record(view(renamed, null));
            });
        } catch (ValidationException e) {
            // The new name is the argument <name>: "--name must not be blank" named an option rename does not have.
            throw new UserException(e.errors().entrySet().stream()
                    .map(error -> (error.getKey().equals("name") ? "<name>" : UserErrors.option(error.getKey())) + " "
                            + error.getValue())
                    .collect(Collectors.joining("; ")));
        }
    }

    @Command(name = "delete", description = "Delete a tag, taking it off every record carrying it.")
    int delete(@Mixin DeleteOptions options) {
        return delete("tag", options, (crm, id) -> crm.tags().delete(id));
    }

    private static Map<String, @Nullable Object> view(Tag tag, @Nullable Long count) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", tag.id());
        m.put("name", tag.name());
        if (count != null) {
            m.put("count", count);
        }
        m.put("created_at", tag.createdAt().toString());
        return m;
    }
}
