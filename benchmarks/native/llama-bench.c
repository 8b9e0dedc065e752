// The native side of crmkit's engine comparison: the same libraries, GGUF, threads, prompt and generation
// lengths as InferenceBenchmark / EngineComparison, straight through llama.h, so Java / native shows what the
// Java path costs. Usage: llama-bench <library dir> <model.gguf> <threads> <prompt tokens> <generated tokens>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "ggml-backend.h"
#include "llama.h"

static void quiet(enum ggml_log_level level, const char * text, void * data) {
    (void) level; (void) text; (void) data;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void cpu_variant(char * out, size_t size) {
    FILE * maps = fopen("/proc/self/maps", "r");
    char line[1024];
    snprintf(out, size, "unknown");
    while (maps && fgets(line, sizeof line, maps)) {
        char * name = strstr(line, "libggml-cpu-");
        if (name) {
            snprintf(out, size, "%s", name + strlen("libggml-cpu-"));
            out[strcspn(out, ".\n")] = 0;
            break;
        }
    }
    if (maps) fclose(maps);
}

int main(int argc, char ** argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s <library dir> <model.gguf> <threads> <prompt tokens> <generated tokens>\n", argv[0]);
        return 2;
    }
    int threads = atoi(argv[3]), n_prompt = atoi(argv[4]), n_gen = atoi(argv[5]);
    llama_log_set(quiet, NULL);
    ggml_backend_load_all_from_path(argv[1]);
    llama_backend_init();
    struct llama_model_params mp = llama_model_default_params();
    mp.n_gpu_layers = 0;
    struct llama_model * model = llama_model_load_from_file(argv[2], mp);
    if (!model) { fprintf(stderr, "cannot load %s\n", argv[2]); return 1; }
    struct llama_context_params cp = llama_context_default_params();
    cp.n_ctx = n_prompt + n_gen + 16;
    cp.n_threads = threads;
    cp.n_threads_batch = threads;
    cp.no_perf = 1;
    struct llama_context * ctx = llama_init_from_model(model, cp);
    const struct llama_vocab * vocab = llama_model_get_vocab(model);

    // a prompt of exactly n_prompt tokens: the tokens of a CRM-like text, repeated
    const char * text = "You are the assistant of a CRM. Contacts have a name, an email and a company. ";
    llama_token * prompt = malloc(sizeof(llama_token) * (n_prompt + 64));
    int have = llama_tokenize(vocab, text, strlen(text), prompt, n_prompt + 64, true, false);
    int unit = have - 1; // without the beginning-of-sequence token
    while (have < n_prompt) {
        int take = n_prompt - have < unit ? n_prompt - have : unit;
        memcpy(prompt + have, prompt + 1, sizeof(llama_token) * take);
        have += take;
    }

    int n_batch = llama_n_batch(ctx);
    double start = now();
    for (int i = 0; i < n_prompt; i += n_batch) {
        int count = n_prompt - i < n_batch ? n_prompt - i : n_batch;
        if (llama_decode(ctx, llama_batch_get_one(prompt + i, count))) { fprintf(stderr, "decode failed\n"); return 1; }
    }
    double prompt_time = now() - start;

    struct llama_sampler * sampler = llama_sampler_chain_init(llama_sampler_chain_default_params());
    llama_sampler_chain_add(sampler, llama_sampler_init_greedy());
    start = now();
    int generated = 0;
    for (; generated < n_gen; generated++) {
        llama_token token = llama_sampler_sample(sampler, ctx, -1);
        if (llama_decode(ctx, llama_batch_get_one(&token, 1))) { fprintf(stderr, "decode failed\n"); return 1; }
    }
    double gen_time = now() - start;

    char variant[64];
    cpu_variant(variant, sizeof variant);
    printf("native cpu=%s threads=%d prompt=%d tokens %.1f tok/s generated=%d tokens %.2f tok/s\n",
           variant, threads, n_prompt, n_prompt / prompt_time, generated, generated / gen_time);
    llama_sampler_free(sampler);
    llama_free(ctx);
    llama_model_free(model);
    free(prompt);
    return 0;
}
