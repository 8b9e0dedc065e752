package dev.crmkit.agent.model;

import java.util.OptionalLong;

/** Told how a download progresses; called on the downloading thread, so it should return quickly. */
@FunctionalInterface
public interface DownloadListener {

    /**
     * @param bytesDone  bytes of the file on disk so far, including a resumed part
     * @param totalBytes the file's full size, when the server says
     */
    void progress(long bytesDone, OptionalLong totalBytes);

    /** @return a listener that ignores progress */
    static DownloadListener none() {
        return (done, total) -> {};
    }
}
