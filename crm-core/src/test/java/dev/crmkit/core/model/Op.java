package dev.crmkit.core.model;

/**
 * One generated operation. Its inputs are fixed when it is generated; records it refers to are
 * named by logical id (the n-th record of its kind created), which each subject maps to its own.
 */
interface Op {

    /**
     * @return what the subject answered, with logical ids: a record, a list of {@link PageView}s, …
     * @throws dev.crmkit.core.kernel.CrmException when the subject refuses the operation
     */
    Object applyTo(Subject subject);
}
