package dev.crmkit.core.model;

/** Reads the pages of one query in turn, remembering where the last page ended. */
interface Pager {

    PageView next();

    /** True once a page said there is no next one. */
    boolean exhausted();
}
