#!/usr/bin/env bash
# Usage: pg-backend-cpu.sh <java pid>   (run as a user that may read /proc/<postgres pid>/stat, e.g. root)
# Sums the CPU (user+sys) of the PostgreSQL backends serving one Java process, polled every second
# until it exits: the server's share of an import, whatever else the machine runs.
JPID=$1; declare -A best
while kill -0 $JPID 2>/dev/null; do
  ports=$(ss -tnp 2>/dev/null | grep "pid=$JPID," | awk '{print $4}' | awk -F: '{print $NF}' | paste -sd, -)
  if [ -n "$ports" ]; then
    for bp in $(psql -h 127.0.0.1 -U postgres -d test -tAc "select pid from pg_stat_activity where client_port in ($ports)" 2>/dev/null); do
      t=$(awk '{print $14+$15}' /proc/$bp/stat 2>/dev/null); [ -n "$t" ] && { [ -z "${best[$bp]}" ] || [ "$t" -gt "${best[$bp]}" ]; } && best[$bp]=$t
    done
  fi
  sleep 1
done
s=0; for k in "${!best[@]}"; do s=$((s+best[$k])); done
echo "postgres backends of pid $JPID: ${#best[@]} backends, cpu $(echo "scale=2; $s/100" | bc) s"
