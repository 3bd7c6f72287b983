# services/zaqar.sh - Zaqar (sourced by up.sh): zaqar's WSGI app under uwsgi (one worker),
# its messages, claims and subscriptions in the cloud's Swift, its queues in PostgreSQL.
#
# Why Swift and not Redis for the messages: Debian's python3-zaqar (Zed, 15.0.0) lacks the
# two Lua scripts its Redis driver loads (zaqar/storage/redis/scripts/*.lua are not in the
# package), so with Redis every message post fails with a 503 (FileNotFoundError in
# zaqar.log). The Swift driver needs nothing beyond python3-swiftclient, and Swift already
# runs: Zaqar keeps each project's queues as containers of the service project's Swift
# account, reached as the `zaqar` service user (seed.py gives it admin there).
#
# The management store (queues and their metadata) is SQLAlchemy on the cloud's PostgreSQL
# (database zaqar). Zaqar's SQL store has no topics, which the SDK does not cover either.
#
# Zaqar's WSGI app reads its config from sys.argv (oslo.config): uwsgi hands it
# --config-file through --pyargv. CORS is Zaqar's own middleware (oslo.middleware's, set up
# from the [cors] section): no paste file, Zaqar builds its pipeline in code.

if has zaqar; then
  step_start zaqar
  { has swift || running swift "${PORT[swift]}"; } || { log "zaqar needs swift (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  ZDIR=$STATE/zaqar; mkdir -p "$ZDIR"
  pg_db zaqar
  # the key that signs pre-signed queue URLs: made once, kept
  [ -s "$ZDIR/signed_url.key" ] || { (umask 077; $PY -c 'import secrets; print(secrets.token_hex(32))' >"$ZDIR/signed_url.key"); }
  (umask 077; cat >"$ETC/zaqar.conf" <<EOF
[DEFAULT]
auth_strategy = keystone
# the privileged endpoints: /v2/health (admin's by policy); pools and flavors stay off
# (they need pooling, which the loopback cloud does not run)
admin_mode = True
log_file = $LOGS/zaqar.log
[drivers]
transport = wsgi
message_store = swift
management_store = sqlalchemy
[drivers:message_store:swift]
auth_url = $KS/v3
uri = swift://zaqar:$SERVICE_PASS@/service
user_domain_id = default
project_domain_id = default
region_name = RegionOne
interface = public
[drivers:management_store:sqlalchemy]
uri = $PGURL/zaqar
[drivers:transport:wsgi]
bind = $HOST
port = ${PORT[zaqar]}
[signed_url]
secret_key = $(cat "$ZDIR/signed_url.key")
$(authtoken_section zaqar)
${COMMON_OSLO/allow_headers = /allow_headers = Client-ID,URL-Signature,URL-Expires,URL-Methods,URL-Paths,}
EOF
  )
  restart_if_changed zaqar "$ETC/zaqar.conf"
  # The tables from Zaqar's own table definitions: its alembic migrations (zaqar-sql-db-manage)
  # are MySQL's dialect (006 runs `alter table … change column`) and fail on PostgreSQL.
  # Zaqar never reads alembic's version table, so nothing misses it.
  [ -f "$ZDIR/db.done" ] || { $PY -c 'import sys, sqlalchemy
from zaqar.storage.sqlalchemy import tables
tables.metadata.create_all(sqlalchemy.create_engine(sys.argv[1]))' "$PGURL/zaqar" >"$LOGS/zaqar-db.log" 2>&1 \
    && touch "$ZDIR/db.done"; } || { tail -20 "$LOGS/zaqar-db.log"; exit 1; }
  if ! running zaqar "${PORT[zaqar]}"; then
    start_bg zaqar "$LOGS/zaqar-uwsgi.log" uwsgi --plugin python3 \
      --http-socket "$HOST:${PORT[zaqar]}" --module zaqar.transport.wsgi.app:application \
      --pyargv "--config-file $ETC/zaqar.conf" \
      --master --processes 1 --threads 1 --die-on-term --need-app --lazy-apps --buffer-size 65535 \
      --add-header 'Connection: close' --procname-prefix-spaced zaqar
  fi
  wait_http zaqar "http://$HOST:${PORT[zaqar]}/"
  step_end
fi
