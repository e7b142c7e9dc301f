#!/usr/bin/env bash
# The crash test: kill -9 `wirecheck ingest` at random points 20 times over a 2,000-article run, check the
# SQLite store after every kill (PRAGMA integrity_check, FTS5 integrity-check, no doubled article), then
# finish the run and check every article is stored exactly once. About a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Wirecheck.Cli -c Release -v q >/dev/null
dotnet build bench/Wirecheck.Bench -c Release -v q >/dev/null
exec dotnet bench/Wirecheck.Bench/bin/Release/net10.0/Wirecheck.Bench.dll crash --articles "${ARTICLES:-2000}" --kills "${KILLS:-20}" --cli src/Wirecheck.Cli/bin/Release/net10.0/wirecheck.dll "$@"
