#!/usr/bin/env bash
# Build and startup benchmarks of docs/benchmarks.md ("Build" and "Startup").
# Needs hyperfine (Debian/Ubuntu: apt-get install hyperfine). Run from anywhere:
#   bench/run.sh                  # 1,000 workflows; 10 timed runs per build command
#   COUNT=1000 RUNS=20 bench/run.sh
# Every measured command is a whole `java` process. Results: bench/target/*.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v hyperfine >/dev/null || { echo "bench/run.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

count="${COUNT:-1000}"
runs="${RUNS:-10}"
work="$root/bench/target"
jar="$root/cli/target/wireform.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"   # the launcher's flags (see ./wireform)

echo "== building the jar and the corpus"
./mvnw -q -B -DskipTests -pl cli -am package
rm -rf "$work" && mkdir -p "$work/classes"
"$java" -cp "$jar" bench/GenerateCorpus.java "$count" "$work/corpus" 42
javac -d "$work/classes" -cp "$jar" bench/JacksonFloor.java bench/Hello.java
"$root/wireform" --version >/dev/null   # let the launcher dump its class-data archive now

echo "== the corpus must be clean: no error, no warning"
"$java" -jar "$jar" validate "$work/corpus" | tail -1 | tee "$work/validate.txt"
grep -qx "ok: $count workflows" "$work/validate.txt" || { echo "corpus is not clean" >&2; exit 1; }

{
  echo "date: $(date -u +%F), cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "java: $("$java" -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$work/machine.txt"

build="build $work/corpus -o $work/out"
echo "== build, JVM defaults"
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/build-defaults.md" \
  -n "wireform build" "$java -jar $jar $build" \
  -n "Jackson readTree" "$java -cp $jar:$work/classes JacksonFloor $work/corpus" \
  -n "java Hello" "$java -cp $work/classes Hello"

echo "== build, launcher flags ($fast)"
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/build-fast.md" \
  -n "wireform build" "$java $fast -jar $jar $build" \
  -n "Jackson readTree" "$java $fast -cp $jar:$work/classes JacksonFloor $work/corpus" \
  -n "java Hello" "$java $fast -cp $work/classes Hello" \
  -n "./wireform build (launcher, + CDS)" "$root/wireform $build"

echo "== startup"
hyperfine -N --warmup 3 --runs "$((runs * 4))" --export-markdown "$work/startup.md" \
  -n "java Hello" "$java -cp $work/classes Hello" \
  -n "java -jar wireform.jar --version" "$java -jar $jar --version" \
  -n "java $fast -jar wireform.jar --version" "$java $fast -jar $jar --version" \
  -n "./wireform --version (launcher, + CDS)" "$root/wireform --version"

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/machine.txt"
cat "$work/machine.txt" "$work/build-defaults.md" "$work/build-fast.md" "$work/startup.md"
