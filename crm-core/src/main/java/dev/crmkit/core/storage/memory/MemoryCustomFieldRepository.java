package dev.crmkit.core.storage.memory;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.storage.CustomFieldRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Custom field definitions in memory; removing values rewrites the records of the kind. */
final class MemoryCustomFieldRepository extends MemoryRepository<CustomField> implements CustomFieldRepository {

    MemoryCustomFieldRepository(InMemoryUnitOfWork work) {
        super(work, Table.CUSTOM_FIELD, CustomField::withIdentity, Tables::requireKeyFree);
    }

    @Override
    public String entity() {
        return "custom_field";
    }

    @Override
    public List<CustomField> findByKind(CustomFieldKind kind) {
        return work.read().customFields.values().stream()
                .filter(field -> field.kind() == kind)
                .toList();
    }

    @Override
    public int removeValues(CustomFieldKind kind, String key, Instant now) {
        return switch (kind) {
            case CONTACT ->
                remove(
                        new MemoryContactRepository(work),
                        Table.CONTACT,
                        key,
                        Contact::customFields,
                        (c, values) -> c.withCustomFields(values).withUpdatedAt(now));
            case COMPANY ->
                remove(
                        new MemoryCompanyRepository(work),
                        Table.COMPANY,
                        key,
                        Company::customFields,
                        (c, values) -> c.withCustomFields(values).withUpdatedAt(now));
            case DEAL ->
                remove(
                        new MemoryDealRepository(work),
                        Table.DEAL,
                        key,
                        Deal::customFields,
                        (d, values) -> d.withCustomFields(values).withUpdatedAt(now));
        };
    }

    private <T extends CrmRecord> int remove(
            MemoryRepository<T> repository,
            Table table,
            String key,
            Function<T, CustomFieldValues> values,
            BiFunction<T, CustomFieldValues, T> changed) {
        List<T> holding = work.read().<T>table(table).values().stream()
                .filter(row -> values.apply(row).asMap().containsKey(key))
                .toList();
        holding.forEach(
                row -> repository.update(changed.apply(row, values.apply(row).with(key, null))));
        return holding.size();
    }
}
