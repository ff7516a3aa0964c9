#!/usr/bin/env bash
# The native suites built with AddressSanitizer and UndefinedBehaviorSanitizer (clang 14, into
# build/sanitize), then the libFuzzer targets (tests/fuzz): reading and checking JSON, seeded with
# the test fixtures and samples, and reading EWP XML, seeded with tests/fixtures/ewp.
#   tests/run-sanitized.sh               build, run the core and la-check suites, fuzz 60 s + 20 s
#   tests/run-sanitized.sh --ui          the same, and the editor's logic (the ui suite) too
#   tests/run-sanitized.sh --fuzz 3600   build the fuzz targets only and fuzz each for an hour
# Any sanitizer report, leak or broken promise of the fuzz target fails the run; the input that
# caused it is kept in build/sanitize/fuzz-artifacts/ (replay: the fuzzer binary with its path).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/sanitize"
fuzz_seconds=60
xml_fuzz_seconds=20
suites=true
ui=false
if [ "${1:-}" = "--fuzz" ]; then
  fuzz_seconds=${2:?usage: run-sanitized.sh [--ui | --fuzz SECONDS]}
  xml_fuzz_seconds=$fuzz_seconds
  suites=false
elif [ "${1:-}" = "--ui" ]; then
  ui=true
fi

# -O1 with line tables: readable stacks at a fraction of a debug build's compile time.
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DLA_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1

if $suites; then
  # The core and la-check, which read what comes from outside. The editor's logic (ui_tests)
  # builds and passes with clang 14 and the sanitizers too, but only with --ui: its build adds
  # several minutes of CPU that CI, already over its time, cannot spare (README "Sanitizers").
  targets=(la_core_tests la_cli_tests la-check la_read_and_check_fuzzer la_read_ewp_xml_fuzzer)
  suites_run='core_tests|cli_tests|la_check_exit_status'
  if $ui; then
    targets+=(la_ui_tests)
    suites_run+='|ui_tests'
  fi
  cmake --build "$build" --target "${targets[@]}"
  ctest --test-dir "$build" --output-on-failure -R "^($suites_run)\$"
else
  cmake --build "$build" --target la_read_and_check_fuzzer la_read_ewp_xml_fuzzer
fi

# The corpus grows across runs in the build folder; every run starts from the fixtures and
# samples too. The dictionary: the format's field names, from the schema.
corpus="$build/fuzz-corpus" seeds="$build/fuzz-seeds" artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$seeds" "$artifacts"
cp "$root"/tests/fixtures/agreements/*.json "$root"/assets/samples/*.json "$seeds/"
grep -o '"[A-Za-z0-9]*" *:' "$root/assets/schema/learning-agreement-v1.schema.json" | sed 's/ *:$//' | sort -u \
  | sed 's/"/\\"/g; s/.*/"&"/' > "$build/fuzz.dict"
echo "== fuzzing reading and checking for ${fuzz_seconds} s"
"$build/tests/fuzz/la_read_and_check_fuzzer" "$corpus" "$seeds" -dict="$build/fuzz.dict" \
  -max_total_time="$fuzz_seconds" -max_len=16384 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$artifacts/"

# EWP XML: the examples and the OLA Dashboard files as seeds; the dictionary, the schema's element
# names and what a hostile file tries (a DTD, entities).
xml_corpus="$build/fuzz-xml-corpus" xml_seeds="$build/fuzz-xml-seeds"
mkdir -p "$xml_corpus" "$xml_seeds"
find "$root/tests/fixtures/ewp" -name '*.xml' -exec cp {} "$xml_seeds/" \;
{ grep -o 'name="[A-Za-z-]*"' "$root/tests/fixtures/ewp/xsd/omobility-las-get-response.xsd" | sed 's/name=//' | sort -u
  printf '%s\n' '"<!DOCTYPE"' '"<!ENTITY"' '"&amp;"' '"&#x"' '"xmlns="' '"<![CDATA["' '"<?xml"'
} > "$build/fuzz-xml.dict"
echo "== fuzzing reading EWP XML for ${xml_fuzz_seconds} s"
"$build/tests/fuzz/la_read_ewp_xml_fuzzer" "$xml_corpus" "$xml_seeds" -dict="$build/fuzz-xml.dict" \
  -max_total_time="$xml_fuzz_seconds" -max_len=65536 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$artifacts/"
