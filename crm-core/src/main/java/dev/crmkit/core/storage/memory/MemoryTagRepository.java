package dev.crmkit.core.storage.memory;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.storage.TagRepository;
import dev.crmkit.core.storage.memory.TagState.Tagging;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TagNames;
import dev.crmkit.core.tag.TagUsage;
import dev.crmkit.core.tag.TaggableKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Tags in memory: reads the unit of work's {@link TagState}, writes replace it. */
final class MemoryTagRepository implements TagRepository {

    private final InMemoryUnitOfWork work;

    MemoryTagRepository(InMemoryUnitOfWork work) {
        this.work = work;
    }

    @Override
    public Optional<Tag> findById(long id) {
        return Optional.ofNullable(work.tagState().tags.get(id));
    }

    @Override
    public List<Tag> findByKeys(Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        return work.tagState().tags.values().stream()
                .filter(tag -> wanted.contains(tag.key()))
                .toList();
    }

    @Override
    public Tag insert(String name, Instant createdAt) {
        requireKeyFree(name, null);
        Tag tag = new Tag(work.nextTagId(), name, createdAt);
        work.writeTags(work.tagState().withTag(tag));
        return tag;
    }

    @Override
    public boolean rename(long id, String name) {
        Tag current = work.tagState().tags.get(id);
        if (current == null) {
            return false;
        }
        requireKeyFree(name, id);
        work.writeTags(work.tagState().withTag(new Tag(id, name, current.createdAt())));
        return true;
    }

    @Override
    public boolean deleteById(long id) {
        if (!work.tagState().tags.containsKey(id)) {
            return false;
        }
        work.writeTags(work.tagState().withoutTag(id));
        return true;
    }

    @Override
    public List<TagUsage> usage() {
        TagState state = work.tagState();
        Map<Long, Long> counts = new TreeMap<>();
        state.taggings.forEach(tagging -> counts.merge(tagging.tagId(), 1L, Long::sum));
        return state.tags.values().stream()
                .sorted(Comparator.comparing(Tag::key).thenComparing(Tag::id))
                .map(tag -> new TagUsage(tag, counts.getOrDefault(tag.id(), 0L)))
                .toList();
    }

    @Override
    public Map<Long, List<Tag>> tagsOf(TaggableKind kind, Collection<Long> recordIds) {
        Set<Long> ids = new HashSet<>(recordIds);
        TagState state = work.tagState();
        Map<Long, List<Tag>> byRecord = new TreeMap<>();
        for (Tagging tagging : state.taggings) {
            if (tagging.kind() == kind && ids.contains(tagging.recordId())) {
                byRecord.computeIfAbsent(tagging.recordId(), id -> new ArrayList<>())
                        .add(state.tags.get(tagging.tagId()));
            }
        }
        byRecord.replaceAll((id, tags) -> tags.stream()
                .sorted(Comparator.comparing(Tag::key).thenComparing(Tag::id))
                .toList());
        return byRecord;
    }

    @Override
    public void addTagging(TaggableKind kind, long recordId, long tagId) {
        Tagging tagging = new Tagging(kind, recordId, tagId);
        if (!work.tagState().taggings.contains(tagging)) {
            if (!work.tagState().tags.containsKey(tagId)) {
                throw new ConflictException("tag " + tagId + " was deleted meanwhile", "tags", null);
            }
            work.writeTags(work.tagState().withTaggings(List.of(tagging), List.of()));
        }
    }

    @Override
    public void removeTagging(TaggableKind kind, long recordId, long tagId) {
        Tagging tagging = new Tagging(kind, recordId, tagId);
        if (work.tagState().taggings.contains(tagging)) {
            work.writeTags(work.tagState().withTaggings(List.of(), List.of(tagging)));
        }
    }

    @Override
    public void removeTaggings(TaggableKind kind, long recordId) {
        List<Tagging> carried = work.tagState().taggings.stream()
                .filter(tagging -> tagging.kind() == kind && tagging.recordId() == recordId)
                .toList();
        if (!carried.isEmpty()) {
            work.writeTags(work.tagState().withTaggings(List.of(), carried));
        }
    }

    private void requireKeyFree(String name, @Nullable Long exceptId) {
        String key = TagNames.key(name);
        for (Tag other : work.tagState().tags.values()) {
            if (other.key().equals(key) && (exceptId == null || other.id() != exceptId)) {
                throw new ConflictException("name is already used by another tag", "name", other.id());
            }
        }
    }
}
