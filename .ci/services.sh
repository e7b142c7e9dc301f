# Sourced by .ci/run: starts what the tests need and exports its location.
# PostgreSQL for the store tests (they run on SQLite only when WIRECHECK_TEST_PG is unset).
# Under CI (CI=true) a PostgreSQL that cannot be started fails the run: the PostgreSQL half of the store
# suite must not be skipped silently there.
if [ -z "${WIRECHECK_TEST_PG:-}" ]; then
  if pg_url="$(bash .ci/postgres.sh)"; then
    export WIRECHECK_TEST_PG="$pg_url"
    echo "PostgreSQL for tests: $WIRECHECK_TEST_PG"
  elif [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL could not be started; CI needs it for the store tests" >&2
    exit 1
  else
    echo "PostgreSQL could not be started: PostgreSQL store tests are skipped"
  fi
fi
