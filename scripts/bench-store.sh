#!/usr/bin/env bash
# Store benchmark: ingests 1000 distinct copies of corpus/docx/*.docx (a zip comment makes each copy its own bytes) with
# JSON files only, into SQLite (+ JSON), into SQLite again (everything skipped) and into PostgreSQL (+ JSON, a private
# cluster from scripts/test-postgres.sh), each in a process of its own on every core. Prints documents per minute, peak
# memory after 100 documents and at the end, and the store's cost over JSON files only. Extra arguments are passed on:
#   scripts/bench-store.sh --count 200 --corpus corpus/docx
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet build tools/StoreBench/StoreBench.csproj -c Release -nologo -v quiet -clp:NoSummary >&2
postgres_env=$(bash scripts/test-postgres.sh start)
eval "$postgres_env"
trap 'bash scripts/test-postgres.sh stop "$THIDUA_TEST_POSTGRES_DIR"' EXIT
dotnet run -c Release --no-build --project tools/StoreBench -- --postgres "$THIDUA_TEST_POSTGRES" "$@"
