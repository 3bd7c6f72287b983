#!/usr/bin/env bash
# up.sh - bring up a small, real OpenStack (Debian bookworm = OpenStack Zed)
# on 127.0.0.1 only, without systemd, docker or any service package postinst.
#
#   CLOUD_STATE     state dir (configs, pg cluster, keys, data, logs)  default: ./state
#   CLOUD_SERVICES  which services to run (in this order)
#                   default: "keystone glance placement neutron swift nova cinder"
#   CLOUD_SKIP_APT=1  do not run apt-get at all
#
# Idempotent: re-running re-uses installed packages, existing DBs and keys, and
# leaves already-running services alone (a service is "running" when its PID
# from ./pids is alive and its port answers).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${CLOUD_STATE:-$HERE/state}
SERVICES=${CLOUD_SERVICES:-"keystone glance placement neutron swift nova cinder"}
PIDS=$HERE/pids
LOGS=$STATE/logs
ETC=$STATE/etc
PY=/usr/bin/python3            # Debian's python, never a pyenv shim
HOST=127.0.0.1
ADMIN_PASS=${CLOUD_ADMIN_PASSWORD:-admin}
SERVICE_PASS=${CLOUD_SERVICE_PASSWORD:-service-secret}
DEMO_PASS=${CLOUD_DEMO_PASSWORD:-demo-secret}
APPCRED_SECRET=${CLOUD_APPCRED_SECRET:-appcred-secret}
PG_PORT=15432
PG_BIN=/usr/lib/postgresql/15/bin
declare -A PORT=([keystone]=5000 [glance]=9292 [placement]=8778 [neutron]=9696
                 [swift]=8080 [swift-object]=6200 [swift-container]=6201 [swift-account]=6202
                 [nova]=8774 [cinder]=8776 [postgres]=$PG_PORT)
KS=http://$HOST:${PORT[keystone]}

T0=$(date +%s)
mkdir -p "$STATE" "$LOGS" "$ETC"
touch "$PIDS"
TIMINGS=$STATE/timings.log
echo "=== up.sh run $(date -Is) services: $SERVICES" >>"$TIMINGS"

has() { [[ " $SERVICES " == *" $1 "* ]]; }
log() { echo "[up $(date +%H:%M:%S)] $*"; }
step_start() { STEP_NAME=$1; STEP_T=$(date +%s.%N); log ">> $1"; }
step_end() {
  local dt; dt=$(awk -v a="$STEP_T" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
  log "<< $STEP_NAME done in ${dt}s"; echo "$STEP_NAME ${dt}s" >>"$TIMINGS"
}

# ---------------------------------------------------------------- 0. packages
PKGS=(python3-keystone python3-glance python3-placement python3-neutron python3-swift
      python3-openstackclient python3-openstacksdk uwsgi-core uwsgi-plugin-python3
      postgresql python3-psycopg2 curl jq sqlite3 procps iproute2)
has nova && PKGS+=(python3-nova)
has cinder && PKGS+=(python3-cinder)
install_packages() {
  local missing=()
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && { log "all packages present"; return; }
  log "installing: ${missing[*]}"
  # No service may be started by a maintainer script: without systemd,
  # invoke-rc.d would run the SysV script (e.g. postgresql) directly.
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1
  fi
  # We only install python3-<project> library packages, never the service
  # packages (keystone, glance-api, neutron-server, nova-api, ...): those pull
  # in dbconfig-common debconf questions and postinst db setup/systemctl.
  # Preseed anyway in case something pulls them in.
  for p in keystone glance-common neutron-common nova-common cinder-common placement-common; do
    echo "$p $p/dbconfig-install boolean false" ; echo "$p $p/configure_db boolean false"
  done | debconf-set-selections 2>/dev/null || true
  [ -n "${APT_UPDATED:-}" ] || [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ] \
    || apt-get -o DPkg::Lock::Timeout=600 update -q
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1200 install -y -q \
    --no-install-recommends "${missing[@]}" >"$LOGS/apt.log" 2>&1 || { tail -30 "$LOGS/apt.log"; exit 1; }
  if [ $made_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
}
step_start install
[ -n "${CLOUD_SKIP_APT:-}" ] || install_packages
step_end

# ---------------------------------------------------------------- helpers
pid_of() { awk -v n="$1" '$1==n{print $2}' "$PIDS" | tail -1; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
record_pid() { grep -v "^$1 " "$PIDS" >"$PIDS.tmp" || true; echo "$1 $2" >>"$PIDS.tmp"; mv "$PIDS.tmp" "$PIDS"; }
port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
# start NAME LOGFILE CMD... : own session/process group, so down.sh can stop
# the whole tree with kill -- -PGID of exactly the process we started.
start_bg() {
  local name=$1 logf=$2; shift 2
  setsid "$@" </dev/null >>"$logf" 2>&1 &
  record_pid "$name" $!
}
wait_http() { # NAME URL [timeout] - waits until anything answers (any HTTP status)
  local name=$1 url=$2 t=${3:-180} i=0
  until curl -s -o /dev/null -m 5 "$url"; do
    alive "$name" || { log "$name DIED, see $LOGS"; return 1; }
    i=$((i+1)); [ $i -ge $((t*2)) ] && { log "TIMEOUT waiting for $url"; return 1; }
    sleep 0.5
  done
}
running() { alive "$1" && port_open "$2"; }
stop_one() { # NAME - stop a service we started (its process group)
  local p; p=$(pid_of "$1"); [ -n "$p" ] || return 0
  kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$p" 2>/dev/null && kill -KILL -- "-$p" 2>/dev/null || true
}
restart_if_changed() { # NAME FILE... - if the config differs from what the running service got, stop it
  local name=$1; shift; local h; h=$(cat "$@" | md5sum | cut -c1-32)
  mkdir -p "$STATE/run"
  if [ -f "$STATE/run/$name.cfg" ] && [ "$(cat "$STATE/run/$name.cfg")" != "$h" ] && alive "$name"; then
    log "$name: config changed, restarting"; stop_one "$name"
  fi
  echo "$h" >"$STATE/run/$name.cfg"
}

CORS_SECTION="[cors]
allowed_origin = *
allow_credentials = false
expose_headers = X-Auth-Token,X-Subject-Token,X-Service-Token,X-OpenStack-Request-ID,X-Openstack-Request-Id,OpenStack-API-Version,X-OpenStack-Nova-API-Version,X-Compute-Request-Id,Location,Content-Type,Content-Length,ETag,X-Trans-Id,Openstack-Image-Import-Methods,Openstack-Image-Store-Ids,Content-MD5,X-Openstack-Glance-Image-Checksum
allow_headers = X-Auth-Token,X-Subject-Token,X-Service-Token,X-OpenStack-Request-ID,X-Project-Id,X-Project-Name,X-Project-Domain-Id,X-Project-Domain-Name,X-Domain-Id,X-Domain-Name,Content-Type,Accept,OpenStack-API-Version,X-OpenStack-Nova-API-Version,X-Image-Meta-Checksum,X-Openstack-Glance-Import-Method,X-Image-Meta-Store,X-Openstack-Append,X-Openstack-Stores,X-Object-Meta-*,X-Container-Meta-*,X-Delete-At,X-Delete-After,If-Match,If-None-Match,Range
allow_methods = GET,PUT,POST,DELETE,PATCH,HEAD,OPTIONS
max_age = 3600"

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

# ---------------------------------------------------------------- postgres
need_pg() { true; }  # sqlite+keystone under threads => "database is locked"; pg for all
PGDATA=$STATE/pg/data
PGRUN=$STATE/pg/run
pg_psql() { runuser -u postgres -- "$PG_BIN/psql" -h "$PGRUN" -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
pg_db() { # create role openstack + database $1 if missing
  [ "$(pg_psql -c "select 1 from pg_database where datname='$1'")" = 1 ] || pg_psql -c "create database $1 owner openstack"
}
PGURL="postgresql+psycopg2://openstack:openstack@$HOST:$PG_PORT"
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

# ---------------------------------------------------------------- keystone
KDIR=$STATE/keystone
kmanage() { keystone-manage --config-file "$ETC/keystone.conf" "$@" 2>>"$LOGS/keystone-manage.err"; }
if has keystone; then
  step_start keystone
  mkdir -p "$KDIR"; pg_db keystone
  cat >"$ETC/keystone.conf" <<EOF
[DEFAULT]
log_file = $LOGS/keystone.log
debug = false
[database]
connection = $PGURL/keystone
[token]
provider = fernet
expiration = 14400
[fernet_tokens]
key_repository = $KDIR/fernet-keys
[fernet_receipts]
key_repository = $KDIR/fernet-keys
[credential]
key_repository = $KDIR/credential-keys
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
$CORS_SECTION
EOF
  restart_if_changed keystone "$ETC/keystone.conf"
  if ! running keystone "${PORT[keystone]}"; then
    [ -f "$KDIR/db.done" ] || { kmanage db_sync >"$LOGS/keystone-db.log" 2>&1 && touch "$KDIR/db.done"; }
    [ -d "$KDIR/fernet-keys" ] || kmanage fernet_setup --keystone-user root --keystone-group root
    [ -d "$KDIR/credential-keys" ] || kmanage credential_setup --keystone-user root --keystone-group root
    [ -f "$KDIR/bootstrap.done" ] || {
      kmanage bootstrap --bootstrap-password "$ADMIN_PASS" --bootstrap-username admin \
        --bootstrap-project-name admin --bootstrap-role-name admin \
        --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
        --bootstrap-admin-url "$KS/v3" --bootstrap-internal-url "$KS/v3" --bootstrap-public-url "$KS/v3" \
        && touch "$KDIR/bootstrap.done"; }
    mkdir -p "$KDIR/home/.keystone"; ln -sf "$ETC/keystone.conf" "$KDIR/home/.keystone/keystone.conf"
    start_bg keystone "$LOGS/keystone-uwsgi.log" uwsgi --plugin python3 --http-socket "$HOST:${PORT[keystone]}" \
      --wsgi-file /usr/bin/keystone-wsgi-public --master --processes 1 --threads 4 \
      --die-on-term --need-app --lazy-apps --buffer-size 65535 --add-header 'Connection: close' \
      --env "OS_KEYSTONE_CONFIG_FILES=$ETC/keystone.conf" --env "HOME=$KDIR/home" --procname-prefix-spaced ks
  fi
  wait_http keystone "$KS/v3"
  step_end
fi

# ---------------------------------------------------------------- clouds.yaml + seed
mkbin() { # NAME module:func - tiny launcher (python3-<project> ships no console script)
  mkdir -p "$STATE/bin"
  printf '#!/usr/bin/python3\nimport sys\nsys.argv[0] = "%s"\nfrom %s import %s as _m\nsys.exit(_m())\n' "$1" "${2%%:*}" "${2##*:}" >"$STATE/bin/$1"
  chmod +x "$STATE/bin/$1"
}
write_clouds() { # $1 = appcred id (optional)
  cat >"$STATE/clouds.yaml" <<EOF
clouds:
  local:            # admin user, admin project
    auth: {auth_url: '$KS/v3', username: admin, password: '$ADMIN_PASS', project_name: admin,
           user_domain_name: Default, project_domain_name: Default}
    region_name: RegionOne
    identity_api_version: 3
    interface: public
  local-system:     # admin user, system scope
    auth: {auth_url: '$KS/v3', username: admin, password: '$ADMIN_PASS', system_scope: all,
           user_domain_name: Default}
    region_name: RegionOne
    identity_api_version: 3
  local-demo:       # non-admin user (role member) in project demo
    auth: {auth_url: '$KS/v3', username: demo, password: '$DEMO_PASS', project_name: demo,
           user_domain_name: Default, project_domain_name: Default}
    region_name: RegionOne
    identity_api_version: 3
  local-alt:        # second non-admin user in project alt_demo
    auth: {auth_url: '$KS/v3', username: alt_demo, password: '$DEMO_PASS', project_name: alt_demo,
           user_domain_name: Default, project_domain_name: Default}
    region_name: RegionOne
    identity_api_version: 3
EOF
  [ -z "${1:-}" ] || cat >>"$STATE/clouds.yaml" <<EOF
  local-appcred:    # application credential of admin (project admin)
    auth_type: v3applicationcredential
    auth: {auth_url: '$KS/v3', application_credential_id: '$1', application_credential_secret: '$APPCRED_SECRET'}
    region_name: RegionOne
    identity_api_version: 3
EOF
}
export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml
if has keystone; then
  step_start keystone-seed
  SEEDMARK="$KDIR/seeded.$(echo $SERVICES | tr ' ' '\n' | sort | tr '\n' '_')"
  write_clouds "$(cat "$KDIR/appcred.id" 2>/dev/null || true)"
  if [ ! -f "$SEEDMARK" ]; then   # seeding is idempotent but takes ~12s
    SERVICE_PASS=$SERVICE_PASS DEMO_PASS=$DEMO_PASS APPCRED_SECRET=$APPCRED_SECRET \
      $PY "$HERE/seed.py" $SERVICES >"$LOGS/seed.log" 2>&1 || { tail -20 "$LOGS/seed.log"; exit 1; }
    sed -n 's/^APPCRED_ID=//p' "$LOGS/seed.log" >"$KDIR/appcred.id"
    write_clouds "$(cat "$KDIR/appcred.id")"
    touch "$SEEDMARK"
  fi
  step_end
fi

mkdir -p "$STATE/lock"
COMMON_OSLO="[oslo_concurrency]
lock_path = $STATE/lock
[oslo_messaging_notifications]
driver = noop
$CORS_SECTION"

# ---------------------------------------------------------------- glance
if has glance; then
  step_start glance
  GDIR=$STATE/glance; mkdir -p "$GDIR/images" "$GDIR/staging" "$GDIR/tasks"; pg_db glance
  mkbin glance-api glance.cmd.api:main; mkbin glance-manage glance.cmd.manage:main
  cat >"$ETC/glance-api.conf" <<EOF
[DEFAULT]
bind_host = $HOST
bind_port = ${PORT[glance]}
workers = 0
log_file = $LOGS/glance-api.log
enabled_backends = file:file
show_multiple_locations = false
image_size_cap = 10737418240
[database]
connection = $PGURL/glance
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = $GDIR/images/
[os_glance_staging_store]
filesystem_store_datadir = $GDIR/staging/
[os_glance_tasks_store]
filesystem_store_datadir = $GDIR/tasks/
[paste_deploy]
flavor = keystone
config_file = $ETC/glance-api-paste.ini
$(authtoken_section glance)
$COMMON_OSLO
EOF
  cat >"$ETC/glance-api-paste.ini" <<EOF
[pipeline:glance-api-keystone]
pipeline = cors healthcheck http_proxy_to_wsgi versionnegotiation osprofiler authtoken context rootapp
[composite:rootapp]
paste.composite_factory = glance.api:root_app_factory
/: apiversions
/v2: apiv2app
[app:apiversions]
paste.app_factory = glance.api.versions:create_resource
[app:apiv2app]
paste.app_factory = glance.api.v2.router:API.factory
[filter:healthcheck]
paste.filter_factory = oslo_middleware:Healthcheck.factory
backends = disable_by_file
disable_by_file_path = $GDIR/healthcheck_disable
[filter:versionnegotiation]
paste.filter_factory = glance.api.middleware.version_negotiation:VersionNegotiationFilter.factory
[filter:context]
paste.filter_factory = glance.api.middleware.context:ContextMiddleware.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
[filter:osprofiler]
paste.filter_factory = osprofiler.web:WsgiMiddleware.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = glance
oslo_config_program = glance-api
oslo_config_file = $ETC/glance-api.conf
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware:HTTPProxyToWSGI.factory
EOF
  restart_if_changed glance "$ETC/glance-api.conf" "$ETC/glance-api-paste.ini"
  if ! running glance "${PORT[glance]}"; then
    [ -f "$GDIR/db.done" ] || { "$STATE/bin/glance-manage" --config-file "$ETC/glance-api.conf" db_sync >"$LOGS/glance-db.log" 2>&1 && touch "$GDIR/db.done"; }
    start_bg glance "$LOGS/glance-api.out" "$STATE/bin/glance-api" --config-file "$ETC/glance-api.conf"
  fi
  wait_http glance "http://$HOST:${PORT[glance]}/"
  step_end
fi

# ---------------------------------------------------------------- placement
if has placement; then
  step_start placement
  PDIR=$STATE/placement; mkdir -p "$PDIR" "$ETC/placement"; pg_db placement
  cat >"$ETC/placement/placement.conf" <<EOF
[DEFAULT]
log_file = $LOGS/placement.log
[api]
auth_strategy = keystone
[placement_database]
connection = $PGURL/placement
$(authtoken_section placement)
$COMMON_OSLO
EOF
  restart_if_changed placement "$ETC/placement/placement.conf"
  if ! running placement "${PORT[placement]}"; then
    [ -f "$PDIR/db.done" ] || { placement-manage --config-file "$ETC/placement/placement.conf" db sync >"$LOGS/placement-db.log" 2>&1 && touch "$PDIR/db.done"; }
    start_bg placement "$LOGS/placement-uwsgi.log" uwsgi --plugin python3 --http-socket "$HOST:${PORT[placement]}" \
      --wsgi-file /usr/bin/placement-api --master --processes 1 --threads 4 \
      --die-on-term --need-app --lazy-apps --buffer-size 65535 --add-header 'Connection: close' \
      --env "OS_PLACEMENT_CONFIG_DIR=$ETC/placement" --procname-prefix-spaced placement
  fi
  wait_http placement "http://$HOST:${PORT[placement]}/"
  step_end
fi

# ---------------------------------------------------------------- neutron
if has neutron; then
  step_start neutron
  NDIR=$STATE/neutron; mkdir -p "$NDIR"
  mkbin neutron-server neutron.cmd.eventlet.server:main; mkbin neutron-db-manage neutron.db.migration.cli:main
  pg_db neutron
  cat >"$ETC/neutron.conf" <<EOF
[DEFAULT]
bind_host = $HOST
bind_port = ${PORT[neutron]}
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
api_paste_config = $ETC/neutron-api-paste.ini
# no message bus: the in-process fake driver (no agents are running anyway)
transport_url = fake://
api_workers = 0
rpc_workers = 1
rpc_state_report_workers = 0
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
allow_overlapping_ips = true
state_path = $NDIR
log_file = $LOGS/neutron-server.log
[database]
connection = $PGURL/neutron
max_pool_size = 5
$(authtoken_section neutron)
[agent]
report_interval = 0
$COMMON_OSLO
EOF
  cat >"$ETC/ml2_conf.ini" <<EOF
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = openvswitch
extension_drivers = port_security
[ml2_type_flat]
flat_networks = *
[ml2_type_vlan]
network_vlan_ranges = physnet1:100:200
[ml2_type_vxlan]
vni_ranges = 1:1000
[securitygroup]
enable_security_group = true
EOF
  cat >"$ETC/neutron-api-paste.ini" <<EOF
[composite:neutron]
use = egg:Paste#urlmap
/: neutronversions_composite
/v2.0: neutronapi_v2_0
[composite:neutronapi_v2_0]
use = call:neutron.auth:pipeline_factory
noauth = cors http_proxy_to_wsgi request_id catch_errors extensions neutronapiapp_v2_0
keystone = cors http_proxy_to_wsgi request_id catch_errors authtoken keystonecontext extensions neutronapiapp_v2_0
[composite:neutronversions_composite]
use = call:neutron.auth:pipeline_factory
noauth = cors http_proxy_to_wsgi neutronversions
keystone = cors http_proxy_to_wsgi neutronversions
[filter:request_id]
paste.filter_factory = oslo_middleware:RequestId.factory
[filter:catch_errors]
paste.filter_factory = oslo_middleware:CatchErrors.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = neutron
oslo_config_file = $ETC/neutron.conf
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
[filter:keystonecontext]
paste.filter_factory = neutron.auth:NeutronKeystoneContext.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:extensions]
paste.filter_factory = neutron.api.extensions:plugin_aware_extension_middleware_factory
[app:neutronversions]
paste.app_factory = neutron.pecan_wsgi.app:versions_factory
[app:neutronapiapp_v2_0]
paste.app_factory = neutron.api.v2.router:APIRouter.factory
EOF
  restart_if_changed neutron "$ETC/neutron.conf" "$ETC/ml2_conf.ini" "$ETC/neutron-api-paste.ini"
  if ! running neutron "${PORT[neutron]}"; then
    [ -f "$NDIR/db.done" ] || { "$STATE/bin/neutron-db-manage" --config-file "$ETC/neutron.conf" --config-file "$ETC/ml2_conf.ini" upgrade heads >"$LOGS/neutron-db.log" 2>&1 && touch "$NDIR/db.done"; }
    start_bg neutron "$LOGS/neutron-server.out" "$STATE/bin/neutron-server" --config-file "$ETC/neutron.conf" --config-file "$ETC/ml2_conf.ini"
  fi
  wait_http neutron "http://$HOST:${PORT[neutron]}/"
  step_end
fi

# ---------------------------------------------------------------- swift
if has swift; then
  step_start swift
  SDIR=$STATE/swift; SETC=$ETC/swift
  mkdir -p "$SDIR/node/d1" "$SDIR/recon" "$SDIR/run" "$SETC"
  mkbin swift-ring-builder swift.cli.ringbuilder:main
  cat >"$STATE/bin/swift-server" <<'EOF'
#!/usr/bin/python3
# usage: swift-server CONF APP_SECTION   (what bin/swift-*-server do)
# swift.conf is hard-wired to /etc/swift/swift.conf and run_wsgi validates it
# before honouring swift_dir: point swift at the conf's directory first.
import os, sys
import swift.common.utils as utils
utils.SWIFT_CONF_FILE = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), 'swift.conf')
from swift.common import constraints, storage_policy
storage_policy.reload_storage_policies()
constraints.reload_constraints()
from swift.common.wsgi import run_wsgi
sys.exit(run_wsgi(sys.argv[1], sys.argv[2], verbose=True))
EOF
  chmod +x "$STATE/bin/swift-server"
  cat >"$SETC/swift.conf" <<EOF
[swift-hash]
swift_hash_path_suffix = loopback-cloud
swift_hash_path_prefix = loopback-cloud
[storage-policy:0]
name = Policy-0
default = yes
EOF
  SWIFT_DEFAULT="swift_dir = $SETC
devices = $SDIR/node
mount_check = false
user = root
workers = 0
bind_ip = $HOST
log_level = INFO
log_address = $SDIR/run/nolog"   # not a socket => swift falls back to syslog UDP on localhost
  for kind in account container object; do
    cat >"$SETC/$kind-server.conf" <<EOF
[DEFAULT]
bind_port = ${PORT[swift-$kind]}
$SWIFT_DEFAULT
[pipeline:main]
pipeline = healthcheck recon $kind-server
[app:$kind-server]
use = egg:swift#$kind
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:recon]
use = egg:swift#recon
recon_cache_path = $SDIR/recon
EOF
    if [ ! -f "$SETC/$kind.ring.gz" ]; then
      ( cd "$SETC"
        "$STATE/bin/swift-ring-builder" $kind.builder create 8 1 1 >/dev/null
        "$STATE/bin/swift-ring-builder" $kind.builder add "r1z1-$HOST:${PORT[swift-$kind]}/d1" 100 >/dev/null
        "$STATE/bin/swift-ring-builder" $kind.builder rebalance >/dev/null || true )
    fi
  done
  cat >"$SETC/proxy-server.conf" <<EOF
[DEFAULT]
bind_port = ${PORT[swift]}
$SWIFT_DEFAULT
cors_allow_origin = *
cors_expose_headers = X-Trans-Id,X-Openstack-Request-Id,ETag,Content-Length,Content-Type,Last-Modified,X-Timestamp,X-Object-Meta-*,X-Container-Meta-*
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging listing_formats bulk tempurl formpost authtoken keystoneauth staticweb copy container-quotas account-quotas slo dlo versioned_writes symlink proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
allow_account_management = true
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
www_authenticate_uri = $KS/v3
auth_url = $KS/v3
auth_type = password
username = swift
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member, swiftoperator
reseller_admin_role = ResellerAdmin
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:tempurl]
use = egg:swift#tempurl
[filter:formpost]
use = egg:swift#formpost
[filter:staticweb]
use = egg:swift#staticweb
[filter:copy]
use = egg:swift#copy
[filter:container-quotas]
use = egg:swift#container_quotas
[filter:account-quotas]
use = egg:swift#account_quotas
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
allow_object_versioning = true
[filter:symlink]
use = egg:swift#symlink
EOF
  for kind in account container object; do
    restart_if_changed swift-$kind "$SETC/$kind-server.conf" "$SETC/swift.conf"
    running swift-$kind "${PORT[swift-$kind]}" || \
      start_bg swift-$kind "$LOGS/swift-$kind.log" "$STATE/bin/swift-server" "$SETC/$kind-server.conf" $kind-server
  done
  restart_if_changed swift "$SETC/proxy-server.conf" "$SETC/swift.conf"
  running swift "${PORT[swift]}" || start_bg swift "$LOGS/swift-proxy.log" "$STATE/bin/swift-server" "$SETC/proxy-server.conf" proxy-server
  for kind in account container object; do wait_http swift-$kind "http://$HOST:${PORT[swift-$kind]}/healthcheck"; done
  wait_http swift "http://$HOST:${PORT[swift]}/healthcheck"
  step_end
fi

# ---------------------------------------------------------------- nova (API only)
if has nova; then
  step_start nova
  VDIR=$STATE/nova; mkdir -p "$VDIR"
  mkbin nova-api nova.cmd.api:main; mkbin nova-manage nova.cmd.manage:main
  pg_db nova_api; pg_db nova_cell0; pg_db nova
  NOVA_TRANSPORT=${NOVA_TRANSPORT:-fake://}
  svc_auth() { # section name for a service-user keystoneauth block
    printf '[%s]\nauth_type = password\nauth_url = %s/v3\nusername = nova\npassword = %s\nproject_name = service\nuser_domain_name = Default\nproject_domain_name = Default\nregion_name = RegionOne\n' "$1" "$KS" "$SERVICE_PASS"
  }
  cat >"$ETC/nova.conf" <<EOF
[DEFAULT]
transport_url = $NOVA_TRANSPORT
enabled_apis = osapi_compute
osapi_compute_listen = $HOST
osapi_compute_listen_port = ${PORT[nova]}
osapi_compute_workers = 1
my_ip = $HOST
host = loopback-cloud
state_path = $VDIR
log_file = $LOGS/nova-api.log
[wsgi]
api_paste_config = $ETC/nova-api-paste.ini
[api]
auth_strategy = keystone
[api_database]
connection = $PGURL/nova_api
[database]
connection = $PGURL/nova
$(authtoken_section nova)
$(svc_auth placement)
$(svc_auth neutron)
[glance]
region_name = RegionOne
[cinder]
os_region_name = RegionOne
[scheduler]
discover_hosts_in_cells_interval = -1
[quota]
driver = nova.quota.DbQuotaDriver
$COMMON_OSLO
EOF
  cat >"$ETC/nova-api-paste.ini" <<EOF
[composite:osapi_compute]
use = call:nova.api.openstack.urlmap:urlmap_factory
/: oscomputeversions
/v2: oscomputeversion_legacy_v2
/v2.1: oscomputeversion_v2
/v2/+: openstack_compute_api_v21_legacy_v2_compatible
/v2.1/+: openstack_compute_api_v21
[composite:openstack_compute_api_v21]
use = call:nova.api.auth:pipeline_factory_v21
keystone = cors http_proxy_to_wsgi compute_req_id faultwrap request_log sizelimit authtoken keystonecontext osapi_compute_app_v21
[composite:openstack_compute_api_v21_legacy_v2_compatible]
use = call:nova.api.auth:pipeline_factory_v21
keystone = cors http_proxy_to_wsgi compute_req_id faultwrap request_log sizelimit authtoken keystonecontext legacy_v2_compatible osapi_compute_app_v21
[filter:request_log]
paste.filter_factory = nova.api.openstack.requestlog:RequestLog.factory
[filter:compute_req_id]
paste.filter_factory = nova.api.compute_req_id:ComputeReqIdMiddleware.factory
[filter:faultwrap]
paste.filter_factory = nova.api.openstack:FaultWrapper.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware:RequestBodySizeLimiter.factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
[filter:legacy_v2_compatible]
paste.filter_factory = nova.api.openstack:LegacyV2CompatibleWrapper.factory
[app:osapi_compute_app_v21]
paste.app_factory = nova.api.openstack.compute:APIRouterV21.factory
[pipeline:oscomputeversions]
pipeline = cors faultwrap request_log http_proxy_to_wsgi oscomputeversionapp
[pipeline:oscomputeversion_v2]
pipeline = cors compute_req_id faultwrap request_log http_proxy_to_wsgi oscomputeversionapp_v2
[pipeline:oscomputeversion_legacy_v2]
pipeline = cors compute_req_id faultwrap request_log http_proxy_to_wsgi legacy_v2_compatible oscomputeversionapp_v2
[app:oscomputeversionapp]
paste.app_factory = nova.api.openstack.compute.versions:Versions.factory
[app:oscomputeversionapp_v2]
paste.app_factory = nova.api.openstack.compute.versions:VersionsV2.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = nova
oslo_config_file = $ETC/nova.conf
[filter:keystonecontext]
paste.filter_factory = nova.api.auth:NovaKeystoneContext.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
EOF
  restart_if_changed nova "$ETC/nova.conf" "$ETC/nova-api-paste.ini"
  if ! running nova "${PORT[nova]}"; then
    if [ ! -f "$VDIR/db.done" ]; then
      NM() { "$STATE/bin/nova-manage" --config-file "$ETC/nova.conf" "$@" >>"$LOGS/nova-db.log" 2>&1; }
      NM api_db sync
      NM cell_v2 map_cell0 --database_connection "$PGURL/nova_cell0"
      NM db sync
      NM cell_v2 list_cells | grep -q ' cell1 ' || NM cell_v2 create_cell --name cell1 \
        --database_connection "$PGURL/nova" --transport-url "$NOVA_TRANSPORT"
      touch "$VDIR/db.done"
    fi
    start_bg nova "$LOGS/nova-api.out" "$STATE/bin/nova-api" --config-file "$ETC/nova.conf"
  fi
  wait_http nova "http://$HOST:${PORT[nova]}/"
  [ -f "$VDIR/flavors.done" ] || {
    OS_CLOUD=local $PY - <<'EOF' >>"$LOGS/nova-db.log" 2>&1 && touch "$VDIR/flavors.done"
import openstack
c = openstack.connect()
have = {f.name for f in c.compute.flavors()}
for name, ram, vcpus, disk in [('m1.tiny', 512, 1, 1), ('m1.small', 2048, 1, 20), ('m1.medium', 4096, 2, 40)]:
    if name not in have:
        c.compute.create_flavor(name=name, ram=ram, vcpus=vcpus, disk=disk)
EOF
  }
  step_end
fi

# ---------------------------------------------------------------- cinder (API only)
if has cinder; then
  step_start cinder
  CDIR=$STATE/cinder; mkdir -p "$CDIR"
  mkbin cinder-api cinder.cmd.api:main; mkbin cinder-manage cinder.cmd.manage:main
  pg_db cinder
  cat >"$ETC/cinder.conf" <<EOF
[DEFAULT]
osapi_volume_listen = $HOST
osapi_volume_listen_port = ${PORT[cinder]}
osapi_volume_workers = 1
api_paste_config = $ETC/cinder-api-paste.ini
auth_strategy = keystone
transport_url = fake://
my_ip = $HOST
host = loopback-cloud
state_path = $CDIR
log_file = $LOGS/cinder-api.log
[database]
connection = $PGURL/cinder
$(authtoken_section cinder)
$COMMON_OSLO
EOF
  cat >"$ETC/cinder-api-paste.ini" <<EOF
[composite:osapi_volume]
use = call:cinder.api:root_app_factory
/: apiversions
/healthcheck: healthcheck
/v3: openstack_volume_api_v3
[composite:openstack_volume_api_v3]
use = call:cinder.api.middleware.auth:pipeline_factory
keystone = cors http_proxy_to_wsgi request_id faultwrap sizelimit authtoken keystonecontext apiv3
[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = cinder
oslo_config_file = $ETC/cinder.conf
[filter:faultwrap]
paste.filter_factory = cinder.api.middleware.fault:FaultWrapper.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware.sizelimit:RequestBodySizeLimiter.factory
[app:apiv3]
paste.app_factory = cinder.api.v3.router:APIRouter.factory
[pipeline:apiversions]
pipeline = cors http_proxy_to_wsgi faultwrap osvolumeversionapp
[app:osvolumeversionapp]
paste.app_factory = cinder.api.versions:Versions.factory
[filter:keystonecontext]
paste.filter_factory = cinder.api.middleware.auth:CinderKeystoneContext.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[app:healthcheck]
paste.app_factory = oslo_middleware:Healthcheck.app_factory
backends = disable_by_file
disable_by_file_path = $CDIR/healthcheck_disable
EOF
  restart_if_changed cinder "$ETC/cinder.conf" "$ETC/cinder-api-paste.ini"
  if ! running cinder "${PORT[cinder]}"; then
    [ -f "$CDIR/db.done" ] || { "$STATE/bin/cinder-manage" --config-file "$ETC/cinder.conf" db sync >"$LOGS/cinder-db.log" 2>&1 && touch "$CDIR/db.done"; }
    start_bg cinder "$LOGS/cinder-api.out" "$STATE/bin/cinder-api" --config-file "$ETC/cinder.conf"
  fi
  wait_http cinder "http://$HOST:${PORT[cinder]}/"
  step_end
fi

step_start ALL; STEP_T=$T0; step_end
log "cloud is up; PIDs in $PIDS; export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml OS_CLOUD=local"
