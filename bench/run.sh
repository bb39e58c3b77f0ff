#!/usr/bin/env bash
# Build and startup benchmarks for docs/benchmarks.md ("Build" and "Startup").
# Needs hyperfine (Debian/Ubuntu: sudo apt-get install hyperfine). Run from anywhere:
#   bench/run.sh            # 1,000 workflows, 10 timed runs each
#   RUNS=20 COUNT=1000 bench/run.sh
# Every measured command is a whole `java` process with the same JVM flags.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v hyperfine >/dev/null || { echo "bench/run.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

count="${COUNT:-1000}"
runs="${RUNS:-10}"
work="$root/bench/target"
jar="$root/cli/target/wireform.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
flags="${JAVA_FLAGS:-}"   # the same for every measured process; empty = JVM defaults

echo "== building the jar"
./mvnw -q -B -DskipTests -pl cli -am package
rm -rf "$work" && mkdir -p "$work/classes"
"$java" -cp "$jar" bench/GenerateCorpus.java "$count" "$work/corpus" 42
javac -d "$work/classes" -cp "$jar" bench/JacksonFloor.java bench/Hello.java

echo "== checking the corpus is valid (no errors, no warnings)"
"$java" -jar "$jar" validate "$work/corpus" --no-color | tail -1 | tee "$work/validate.txt"
grep -qx "ok: $count workflows" "$work/validate.txt" || { echo "corpus is not clean" >&2; exit 1; }

echo "== machine"
echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB, $("$java" -version 2>&1 | head -1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build: wireform build vs plain Jackson readTree vs bare JVM"
hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$work/build.md" \
  -n "wireform build ($count files)" \
    "$java $flags -jar $jar build $work/corpus -o $work/out --no-color" \
  -n "Jackson YAML readTree ($count files)" \
    "$java $flags -cp $jar:$work/classes JacksonFloor $work/corpus" \
  -n "java Hello" \
    "$java $flags -cp $work/classes Hello"

echo "== startup: wireform --version vs bare JVM"
hyperfine -N --warmup 3 --runs "$((runs * 3))" --export-markdown "$work/startup.md" \
  -n "java -jar wireform.jar --version" "$java $flags -jar $jar --version" \
  -n "./wireform --version (launcher)" "$root/wireform --version" \
  -n "java Hello" "$java $flags -cp $work/classes Hello"

echo "== results (markdown tables in $work/build.md and $work/startup.md)"
cat "$work/build.md" "$work/startup.md"
