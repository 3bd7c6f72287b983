# lib.sh - helpers for up.sh and its steps in services/ (sourced, not run).
# Expects up.sh's shared variables: STATE SERVICES PIDS LOGS HOST KS SERVICE_PASS
# PG_BIN PG_PORT PGRUN TIMINGS. Defines functions and config snippets only.

# ---------------------------------------------------------------- logging, timing
has() { [[ " $SERVICES " == *" $1 "* ]]; }
log() { echo "[up $(date +%H:%M:%S)] $*"; }
step_start() { STEP_NAME=$1; STEP_T=$(date +%s.%N); log ">> $1"; }
step_end() {
  local dt; dt=$(awk -v a="$STEP_T" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
  log "<< $STEP_NAME done in ${dt}s"; echo "$STEP_NAME ${dt}s" >>"$TIMINGS"
}

# ---------------------------------------------------------------- pid bookkeeping
pid_of() { awk -v n="$1" '$1==n{print $2}' "$PIDS" | tail -1; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
record_pid() { grep -v "^$1 " "$PIDS" >"$PIDS.tmp" || true; echo "$1 $2" >>"$PIDS.tmp"; mv "$PIDS.tmp" "$PIDS"; }
port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
running() { alive "$1" && port_open "$2"; }

# ---------------------------------------------------------------- starting, waiting, stopping
# start NAME LOGFILE CMD... : own session/process group, so down.sh can stop
# the whole tree with kill -- -PGID of exactly the process we started.
start_bg() {
  local name=$1 logf=$2; shift 2
  setsid "$@" </dev/null >>"$logf" 2>&1 &
  record_pid "$name" $!
}
wait_http() { # NAME URL [timeout] - waits until NAME answers (any HTTP status) at URL
  local name=$1 url=$2 t=${3:-180} i=0
  until curl -s -o /dev/null -m 5 "$url"; do
    alive "$name" || { log "$name DIED, see $LOGS"; return 1; }
    i=$((i+1)); [ $i -ge $((t*2)) ] && { log "TIMEOUT waiting for $url"; return 1; }
    sleep 0.5
  done
  # An answer proves only that something listens: when another program already held the
  # port, ours failed to bind and the tests would talk to a stranger.
  local port=${url#*://*:}; port=${port%%/*}
  held_by "$name" "$port" || { log "port $port answers, but not from $name: $(port_holders "$port") holds it; see $LOGS"; return 1; }
}
port_holders() { ss -Htlnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u | tr '\n' ' '; }
held_by() { # NAME PORT - the port's listener is NAME's process or runs in its session (start_bg's setsid)
  local sid holder; sid=$(pid_of "$1")
  for holder in $(port_holders "$2"); do
    [ "$holder" = "$sid" ] || [ "$(ps -o sid= -p "$holder" | tr -d ' ')" = "$sid" ] && return 0
  done
  return 1
}
wait_sql() { # NAME DB SQL [timeout] - waits until SQL returns a row (NAME must stay alive)
  local name=$1 db=$2 sql=$3 t=${4:-120} i=0
  until [ -n "$(pg_sql "$db" "$sql" 2>/dev/null)" ]; do
    alive "$name" || { log "$name DIED, see $LOGS"; return 1; }
    i=$((i+1)); [ $i -ge $((t*2)) ] && { log "TIMEOUT waiting for $name: $sql"; return 1; }
    sleep 0.5
  done
}
wait_queues() { # "NAME..." QUEUE... - waits until each RabbitMQ queue has a consumer (the NAMEs must stay alive)
  local names=$1 name q missing have t0=$SECONDS; shift
  while :; do
    have=$(rabbitmqctl -q list_queues -p "$RABBIT_VHOST" name consumers 2>/dev/null | awk '$2 > 0 {print $1}' || true)
    missing=; for q in "$@"; do grep -qx "$q" <<<"$have" || missing+=" $q"; done
    [ -z "$missing" ] && return 0
    for name in $names; do alive "$name" || { log "$name DIED, see $LOGS"; return 1; }; done
    [ $((SECONDS - t0)) -lt 120 ] || { log "TIMEOUT waiting for consumers of:$missing"; return 1; }
    sleep 0.5
  done
}
stop_one() { # NAME - stop a service we started (its process group)
  local p; p=$(pid_of "$1"); [ -n "$p" ] || return 0
  kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$p" 2>/dev/null && kill -KILL -- "-$p" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done  # gone before a restart
}
restart_if_changed() { # NAME FILE... - if the config differs from what the running service got, stop it
  local name=$1; shift; local h; h=$(cat "$@" | md5sum | cut -c1-32)
  mkdir -p "$STATE/run"
  if [ -f "$STATE/run/$name.cfg" ] && [ "$(cat "$STATE/run/$name.cfg")" != "$h" ] && alive "$name"; then
    log "$name: config changed, restarting"; stop_one "$name"
  fi
  echo "$h" >"$STATE/run/$name.cfg"
}
mkbin() { # NAME module:func - tiny launcher (python3-<project> ships no console script)
  mkdir -p "$STATE/bin"
  printf '#!/usr/bin/python3\nimport sys\nsys.argv[0] = "%s"\nfrom %s import %s as _m\nsys.exit(_m())\n' "$1" "${2%%:*}" "${2##*:}" >"$STATE/bin/$1"
  chmod +x "$STATE/bin/$1"
}

# ---------------------------------------------------------------- postgres
pg_psql() { runuser -u postgres -- "$PG_BIN/psql" -h "$PGRUN" -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
pg_sql() { # DB SQL - one statement in database DB, rows as plain text
  runuser -u postgres -- "$PG_BIN/psql" -h "$PGRUN" -p "$PG_PORT" -d "$1" -v ON_ERROR_STOP=1 -qAt -c "$2"
}
pg_db() { # create role openstack + database $1 if missing
  [ "$(pg_psql -c "select 1 from pg_database where datname='$1'")" = 1 ] || pg_psql -c "create database $1 owner openstack"
}

# ---------------------------------------------------------------- config snippets
CORS_SECTION="[cors]
allowed_origin = *
allow_credentials = false
expose_headers = X-Auth-Token,X-Subject-Token,X-Service-Token,X-OpenStack-Request-ID,X-Openstack-Request-Id,OpenStack-API-Version,X-OpenStack-Nova-API-Version,X-Compute-Request-Id,Location,Content-Type,Content-Length,ETag,X-Trans-Id,Openstack-Image-Import-Methods,Openstack-Image-Store-Ids,Content-MD5,X-Openstack-Glance-Image-Checksum
allow_headers = X-Auth-Token,X-Subject-Token,X-Service-Token,X-OpenStack-Request-ID,X-Project-Id,X-Project-Name,X-Project-Domain-Id,X-Project-Domain-Name,X-Domain-Id,X-Domain-Name,Content-Type,Accept,OpenStack-API-Version,X-OpenStack-Nova-API-Version,X-Image-Meta-Checksum,X-Openstack-Glance-Import-Method,X-Image-Meta-Store,X-Openstack-Append,X-Openstack-Stores,X-Object-Meta-*,X-Container-Meta-*,X-Delete-At,X-Delete-After,If-Match,If-None-Match,Range
allow_methods = GET,PUT,POST,DELETE,PATCH,HEAD,OPTIONS
max_age = 3600"

# oslo sections every service after keystone shares
COMMON_OSLO="[oslo_concurrency]
lock_path = $STATE/lock
[oslo_messaging_notifications]
driver = noop
$CORS_SECTION"

authtoken_section() { # $1 = service user name
cat <<EOF
[keystone_authtoken]
www_authenticate_uri = $KS/v3
auth_url = $KS/v3
auth_type = password
username = $1
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
service_token_roles_required = true
EOF
}
