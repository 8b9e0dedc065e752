package dev.crmkit.core.query;

/** Ascending or descending. Records with no value for the sort field come last when ascending, first when descending. */
public enum SortDirection {
    /** Smallest first; rows without a value last. */
    ASC,
    /** Largest first; rows without a value first. */
    DESC
}
