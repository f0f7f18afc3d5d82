#!/usr/bin/env bash
# Fuzzes the extractor and the dataset reader with Jazzer (coverage-guided, libFuzzer) for a bounded time each.
#
#   bench/fuzz/run.sh [SECONDS]     (default 120 per target)
#
# A plain `mvn test` only replays the seed corpus of each @FuzzTest (src/test/resources/org/claimstat/extract/
# ExtractorFuzzTestInputs/extract/ and .../dataset/DatasetReaderFuzzTestInputs/read/). Here JAZZER_FUZZ=1 makes Jazzer
# generate inputs; a failing input is written into that corpus folder (so the next plain test run replays it) and the
# run fails, naming it. Prints per target the executions, the corpus size and whether it found a failure.
# The jqwik-free property tests (ExtractorPropertiesTest, DatasetReaderPropertiesTest) search longer with
# `mvn -o -q test -Dclaimstat.tries=50 -Dtest='*PropertiesTest'`.
set -u
cd "$(dirname "$0")/../.."
seconds=${1:-120}
status=0
for target in ExtractorFuzzTest DatasetReaderFuzzTest; do
  log=$(mktemp)
  start=$(date +%s)
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" mvn -B -ntp -o -q test -Dtest="$target" \
      -Djazzer.max_duration="${seconds}s" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  code=$?
  runs=$(grep -aoE '#[0-9]+' "$log" | tail -1)
  echo "$target: exit $code after $(( $(date +%s) - start )) s, last libFuzzer count ${runs:-?}"
  grep -aE 'Crash|crash-|FAILURE|AssertionError' "$log" | head -5
  [ $code -ne 0 ] && status=1
  rm -f "$log"
done
exit $status
