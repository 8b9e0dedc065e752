package dev.crmkit.core.storage.memory;

import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tags and taggings as one value: never changed in place, every write makes a new one, so a
 * unit of work's snapshot stays as it began and a commit swaps the whole value.
 */
final class TagState {

    static final TagState EMPTY = new TagState(new TreeMap<>(), Set.of());

    /** A record carrying a tag; the primary key of {@code crm_tagging}. */
    record Tagging(TaggableKind kind, long recordId, long tagId) {}

    final Map<Long, Tag> tags;
    final Set<Tagging> taggings;

    private TagState(TreeMap<Long, Tag> tags, Set<Tagging> taggings) {
        this.tags = Collections.unmodifiableMap(tags);
        this.taggings = Set.copyOf(taggings);
    }

    TagState withTag(Tag tag) {
        TreeMap<Long, Tag> next = new TreeMap<>(tags);
        next.put(tag.id(), tag);
        return new TagState(next, taggings);
    }

    TagState withoutTag(long id) {
        TreeMap<Long, Tag> next = new TreeMap<>(tags);
        next.remove(id);
        Set<Tagging> left = new HashSet<>(taggings);
        left.removeIf(tagging -> tagging.tagId() == id);
        return new TagState(next, left);
    }

    TagState withTaggings(Collection<Tagging> added, Collection<Tagging> removed) {
        Set<Tagging> next = new HashSet<>(taggings);
        next.removeAll(removed);
        next.addAll(added);
        return new TagState(new TreeMap<>(tags), next);
    }

    /** Whether the record carries a tag with every one of these keys. */
    boolean carriesAll(TaggableKind kind, long recordId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return true;
        }
        Set<String> carried = new HashSet<>();
        for (Tagging tagging : taggings) {
            if (tagging.kind() == kind && tagging.recordId() == recordId) {
                carried.add(tags.get(tagging.tagId()).key());
            }
        }
        return carried.containsAll(keys);
    }
}
