package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Library;

/** ggml's dynamic back-end loader ({@code ggml-backend.h}), in {@code libggml}. */
interface GgmlLibrary extends Library {

    /** Loads every back-end library of {@code directory}; for the CPU, the best variant for this processor. */
    void ggml_backend_load_all_from_path(String directory);

    /** @return how many back-ends are registered */
    long ggml_backend_reg_count();
}
