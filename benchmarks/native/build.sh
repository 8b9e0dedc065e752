#!/usr/bin/env sh
# Builds llama-bench against the headers and libraries crm-agent's build fetched (crm-agent/target/llama-npm
# and the jar's dev/crmkit/agent/native/linux-x64), after `./mvnw -pl crm-agent -am package -DskipTests`.
set -eu
cd "$(dirname "$0")/../.."
headers=crm-agent/target/llama-npm/headers
libraries=crm-agent/target/generated-resources/llama-native/dev/crmkit/agent/native/linux-x64
mkdir -p benchmarks/target/native
gcc -O2 -o benchmarks/target/native/llama-bench benchmarks/native/llama-bench.c \
    -I"$headers/include" -I"$headers/ggml/include" \
    "$libraries/libllama.v0.5.0.so" "$libraries/libggml.v0.5.0.so" "$libraries/libggml-base.so" \
    -Wl,-rpath,"$PWD/$libraries"
echo "benchmarks/target/native/llama-bench $PWD/$libraries <model.gguf> <threads> <prompt tokens> <generated tokens>"
