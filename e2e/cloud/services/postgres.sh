# services/postgres.sh - one private PostgreSQL cluster for all services (sourced by up.sh).

need_pg() { true; }  # sqlite+keystone under threads => "database is locked"; pg for all
if need_pg; then
  step_start postgres
  if running postgres "$PG_PORT"; then log "postgres already running"; else
    mkdir -p "$STATE/pg" "$PGRUN"; chown postgres:postgres "$STATE/pg" "$PGRUN"
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
      runuser -u postgres -- "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$LOGS/pg-initdb.log" 2>&1
    fi
    rm -f "$PGDATA/postmaster.pid" 2>/dev/null || true
    # fsync off etc: throwaway test data, makes migrations ~3x faster
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$STATE/pg/postgres.log" -w -t 60 start \
      -o "-c listen_addresses=$HOST -p $PG_PORT -k $PGRUN -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB" >/dev/null
    record_pid postgres "$(head -1 "$PGDATA/postmaster.pid")"
  fi
  [ "$(pg_psql -c "select 1 from pg_roles where rolname='openstack'")" = 1 ] || pg_psql -c "create role openstack login password 'openstack' createdb"
  step_end
fi
