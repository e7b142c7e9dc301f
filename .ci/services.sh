# Sourced by .ci/run: starts what the tests need and exports its location.
# PostgreSQL for the store tests (they run on SQLite only when WIRECHECK_TEST_PG is unset).
if [ -z "${WIRECHECK_TEST_PG:-}" ]; then
  if pg_url="$(.ci/postgres.sh)"; then
    export WIRECHECK_TEST_PG="$pg_url"
    echo "PostgreSQL for tests: $WIRECHECK_TEST_PG"
  else
    echo "PostgreSQL could not be started: PostgreSQL store tests are skipped"
  fi
fi
