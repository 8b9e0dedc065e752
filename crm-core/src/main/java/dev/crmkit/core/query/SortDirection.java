package dev.crmkit.core.query;

/** Ascending or descending. Records with no value for the sort field come last when ascending, first when descending. */
public enum SortDirection {
    ASC,
    DESC
}
