package dev.crmkit.core.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Operations on no aggregate in particular: time passing, and paging on from a kept cursor. */
final class CommonOps {

    private CommonOps() {}

    /** The clock moves on; later timestamps and "today" follow. */
    record Tick(Duration duration) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            subject.clock().advance(duration);
            return "ticked";
        }
    }

    /** Reads the next page of a query kept by an earlier find, over whatever the data is now. */
    record Continue(int handle) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            Pager pager = subject.kept().get(handle);
            if (pager == null) {
                return "nothing kept";
            }
            PageView page = pager.next();
            if (pager.exhausted()) {
                subject.kept().remove(handle);
            }
            return page;
        }
    }

    /**
     * Reads up to {@code pages} pages, following the cursors; keeps the pager under {@code handle}
     * (when not 0) if more pages remain.
     */
    static List<PageView> read(Subject subject, Pager pager, int pages, int handle) {
        List<PageView> read = new ArrayList<>();
        do {
            read.add(pager.next());
        } while (read.size() < pages && !pager.exhausted());
        if (handle != 0) {
            if (pager.exhausted()) {
                subject.kept().remove(handle);
            } else {
                subject.kept().put(handle, pager);
            }
        }
        return read;
    }
}
