package dev.crmkit.core.audit;

/** What a write did to a record. */
public enum AuditAction {
    /** The record was created: every field's old value is empty. */
    CREATE,
    /** Fields of the record changed. */
    UPDATE,
    /** The record was deleted: every field's new value is empty. */
    DELETE
}
