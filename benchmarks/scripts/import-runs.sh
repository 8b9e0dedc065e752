#!/usr/bin/env bash
# Runs ContactImportMain for each <jar>:<database>:<storage> argument (jar without ".jar"), one
# after the other, printing the load average before and after, the JVM's CPU (/usr/bin/time), and on
# PostgreSQL the CPU of the server backends that served it (pg-backend-cpu.sh).
# Example: benchmarks/scripts/import-runs.sh base:postgresql:mybatis new:postgresql:mybatis
here=$(dirname "$0")
for v in "$@"; do
  jar=${v%%:*}; rest=${v#*:}; db=${rest%%:*}; st=${rest#*:}
  out=$(mktemp)
  echo "== $jar $db $st $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "wall %e s user %U s sys %S s" java -Xmx256m -Dde.kherud.llama.tmpdir=/tmp/import-llama \
    -cp "$jar.jar" dev.crmkit.benchmarks.transfer.ContactImportMain "$db" "$st" 100000 > "$out" 2>&1 &
  timer=$!; sleep 1; java_pid=$(pgrep -P $timer java | head -1)
  [ "$db" = postgresql ] && bash "$here/pg-backend-cpu.sh" "$java_pid" &
  wait $timer; wait
  grep -E "^first|^same|^wall" "$out"; rm -f "$out"
  echo "   end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
done
