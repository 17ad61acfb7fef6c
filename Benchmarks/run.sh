#!/bin/sh
# The figures of docs/performance.md, in one run so that the ratios share the machine's load:
#   Benchmarks/run.sh [RUNS] [N...]      (default: 10 runs; batches of 100 and 1000 projects)
#   BATCH_RUNS=5 Benchmarks/run.sh ...    (each batch is built 3 times unless told otherwise)
# Needs: swift, /usr/bin/time (Debian 'time'), pandoc, xsltproc, docbook-xsl-ns, docbook5-xml,
# a C compiler and libyaml-dev (for the floor: Benchmarks/Floor/yaml-events.c).
# Builds release binaries first, the way renja is installed for speed (scripts/build-static.sh:
# optimised, one static executable, in its own scratch folder so that it does not invalidate
# the everyday debug and release builds). Wall times are medians of RUNS; memory is peak RSS.
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-10}
shift 2>/dev/null || true
SIZES=${*:-100 1000}
BATCH_RUNS=${BATCH_RUNS:-3}
WORK=$(mktemp -d /tmp/renja-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
XSL=/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl

scripts/build-static.sh renja renja-stages >/dev/null
RENJA=.build-static/release/renja
cc -O2 -o "$WORK/yaml-events" Benchmarks/Floor/yaml-events.c -lyaml
SEED=input/jatiroto-2020

# median FILE [COLUMN]: the median of a column of FILE (default: the first)
median() { sort -n -k"${2:-1}" "$1" | awk -v c="${2:-1}" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
# minimum FILE: the smallest first column of FILE (the run least disturbed by other work)
minimum() { sort -n "$1" | head -1 | awk '{ print $1 }'; }
# maximum FILE [COLUMN]: the largest value of a column of FILE (default: the second)
maximum() { sort -n -k"${2:-2}" "$1" | tail -1 | awk -v c="${2:-2}" '{ print $c }'; }
# measure NAME COMMAND...: appends "wall_seconds peak_KiB" of one run to $WORK/NAME
# (wall time from the clock in nanoseconds: /usr/bin/time rounds to 10 ms)
measure() {
    name=$1; shift
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$(echo "($end - $start) / 1000000000" | bc -l) $(cat "$WORK/rss")" >> "$WORK/$name"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(date -u +%FT%TZ)"
echo
echo "== One document: $SEED, whole process, $RUNS runs each, interleaved =="
$RENJA build $SEED --out "$WORK/seed" >/dev/null 2>&1
for run in $(seq "$RUNS"); do
    # A fresh folder each run: renja leaves outputs that are already there byte for byte
    # untouched, and the figure is for a build that writes both files.
    rm -rf "$WORK/seed"
    measure renja $RENJA build $SEED --out "$WORK/seed"
    measure pandoc pandoc -f docbook -t html -o "$WORK/pandoc.html" "$WORK/seed/renja.xml"
    measure xsltproc xsltproc --nonet -o "$WORK/xsltproc.html" "$XSL" "$WORK/seed/renja.xml"
    measure xmllint xmllint --noout --relaxng /usr/share/xml/docbook/schema/rng/5.0/docbook.rng "$WORK/seed/renja.xml"
    measure cp cp "$WORK/seed/renja.xml" "$WORK/copy.xml"
done
RENJA_S=$(median "$WORK/renja")
for tool in renja pandoc xsltproc xmllint cp; do
    m=$(median "$WORK/$tool")
    printf '%-9s median %7.4f s  min %7.4f s  peak %7d KiB  %6.2f x renja'"'"'s time\n' "$tool" "$m" "$(minimum "$WORK/$tool")" "$(maximum "$WORK/$tool")" "$(echo "$m / $RENJA_S" | bc -l)"
done
echo "(renja: both outputs, DocBook validated against renja's grammar, a strict subset of DocBook 5.0;"
echo " pandoc: DocBook -> HTML;"
echo " xsltproc: docbook-xsl-ns html; xmllint: --relaxng with the official DocBook 5.0 schema, nothing else; cp: the floor)"

echo
echo "== Time per stage, in one process (median of 20 runs after a warm-up) =="
.build-static/release/renja-stages $SEED templates 20

# batch NAME N PROJECTS_DIR: BATCH_RUNS batch builds of every project in PROJECTS_DIR, each
# into a fresh folder; prints every run and their medians. A batch of 100 takes a second or
# two, and one run moved by a quarter with the machine's other work: one figure is a draw.
batch() {
    : > "$WORK/batch-runs"
    for run in $(seq "$BATCH_RUNS"); do
        rm -rf "$WORK/out"
        /usr/bin/time -f "%e %U %S %M" -o "$WORK/batch" $RENJA build "$3" --out "$WORK/out" > "$WORK/batch-log" 2>&1 || true
        # /usr/bin/time puts "Command exited with non-zero status" first when a project failed
        read wall user system peak <<EOF
$(tail -1 "$WORK/batch")
EOF
        cpu_ms=$(echo "($user + $system) * 1000 / $2" | bc -l)
        rate=$(echo "$2 / $wall" | bc -l)
        echo "$rate $cpu_ms $peak" >> "$WORK/batch-runs"
        printf '%s, run %d: wall %.1f s, CPU %.1f s, %.2f documents/s, %.1f ms CPU per document, peak %d KiB\n' \
            "$1" "$run" "$wall" "$(echo "$user + $system" | bc -l)" "$rate" "$cpu_ms" "$peak"
    done
    tail -1 "$WORK/batch-log"
    printf '%s, median of %d runs: %.2f documents/s, %.1f ms CPU per document; peak %d KiB (the largest)\n' \
        "$1" "$BATCH_RUNS" "$(median "$WORK/batch-runs")" "$(median "$WORK/batch-runs" 2)" "$(maximum "$WORK/batch-runs" 3)"
}

# cpu COMMAND...: the CPU seconds (user + system) of one run of COMMAND
cpu() {
    /usr/bin/time -f "%U %S" -o "$WORK/cpu" "$@" >/dev/null 2>&1
    awk '{ print $1 + $2 }' "$WORK/cpu"
}

# floor N PROJECTS_DIR: what the two C libraries renja is built on cost alone for the batch
# just built into $WORK/out: libyaml parsing each spec into events, and libxml2 validating each
# DocBook output against renja's grammar (xmllint streaming, the progressive validation renja
# uses, less the same run without --relaxng: its parse). No build of these documents can
# spend less; 100 documents/s on 2 cores allows 20 ms of CPU per document.
floor() {
    yaml=$(cpu "$WORK/yaml-events" "$2"/*/renja.yaml)
    parse=$(cpu xmllint --noout --stream "$WORK"/out/*/renja.xml)
    validate=$(cpu xmllint --noout --stream --relaxng Sources/RenjaXML/Schemas/renja-docbook.rng "$WORK"/out/*/renja.xml)
    printf 'libyaml parsing the specs, nothing else: %.1f ms CPU per document\n' "$(echo "$yaml * 1000 / $1" | bc -l)"
    printf 'libxml2 validating the DocBook against renja'"'"'s grammar, nothing else: %.1f ms CPU per document (xmllint --stream: %.1f with --relaxng, %.1f without)\n' \
        "$(echo "($validate - $parse) * 1000 / $1" | bc -l)" "$(echo "$validate * 1000 / $1" | bc -l)" "$(echo "$parse * 1000 / $1" | bc -l)"
    printf 'the two together: %.1f ms of the 20 ms per document that 100 documents/s on %d cores allows\n' \
        "$(echo "($yaml + $validate - $parse) * 1000 / $1" | bc -l)" "$(nproc)"
}

echo
echo "== Batch of 100 copies of $SEED, one process, $(nproc) workers, validated =="
mkdir -p "$WORK/copies"
for i in $(seq -w 100); do cp -r $SEED "$WORK/copies/jatiroto-$i"; done
batch "seed x 100" 100 "$WORK/copies"
rm -rf "$WORK/copies" "$WORK/out"

for n in $SIZES; do
    echo
    echo "== Batch of $n generated projects (seed 1), one process, $(nproc) workers, validated =="
    $RENJA generate --count "$n" --seed 1 "$WORK/projects-$n" >/dev/null
    echo "size: $(cat "$WORK"/projects-$n/*/renja.yaml | grep -c '^      - kode: P') kegiatan in $n projects (the seed: 37)"
    batch "generated x $n" "$n" "$WORK/projects-$n"
    if [ "$n" = 100 ]; then
        echo
        echo "== The floor for these $n documents: the C libraries alone =="
        floor "$n" "$WORK/projects-$n"
    fi
    rm -rf "$WORK/projects-$n" "$WORK/out"
done
echo
echo "machine load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
