# services/swift.sh - Swift proxy + account/container/object servers, one replica (sourced by up.sh).

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
# Loggers without a log_address of their own (proxy-logging's access log) would use
# SysLogHandler's default, UDP from a socket on 0.0.0.0: default to the conf's log_address.
import configparser, logging.handlers
_cp = configparser.ConfigParser(interpolation=None, strict=False); _cp.read(sys.argv[1])
if _cp.defaults().get('log_address'):
    _d = logging.handlers.SysLogHandler.__init__.__defaults__
    logging.handlers.SysLogHandler.__init__.__defaults__ = (_cp.defaults()['log_address'],) + _d[1:]
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
log_address = $SDIR/run/log"
  # Swift always logs to syslog as well (our log files get its console copy). Without a
  # syslog socket it sends UDP to localhost:514 from a socket bound to 0.0.0.0, i.e. one that
  # listens beyond loopback: a sink that reads and drops those messages on a unix socket
  # (swift-syslog) avoids it. It must be there before any swift process starts.
  if ! alive swift-syslog || [ ! -S "$SDIR/run/log" ]; then
    stop_one swift-syslog; rm -f "$SDIR/run/log"
    start_bg swift-syslog /dev/null $PY -c 'import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind(sys.argv[1])
while True: s.recv(65536)' "$SDIR/run/log"
    for _ in $(seq 1 40); do [ -S "$SDIR/run/log" ] && break; sleep 0.1; done
  fi
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
# the catalog has two regions: pin the one the identity endpoint is looked up in
region_name = RegionOne
# Swift refuses any header over 8 KiB, and the catalog of 20-odd services that authtoken would
# pass on as X-Service-Catalog is longer: every request was a 400. The proxy never reads it.
include_service_catalog = false
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
    restart_if_changed swift-$kind "$SETC/$kind-server.conf" "$SETC/swift.conf" "$STATE/bin/swift-server"
    running swift-$kind "${PORT[swift-$kind]}" || \
      start_bg swift-$kind "$LOGS/swift-$kind.log" "$STATE/bin/swift-server" "$SETC/$kind-server.conf" $kind-server
  done
  restart_if_changed swift "$SETC/proxy-server.conf" "$SETC/swift.conf" "$STATE/bin/swift-server"
  running swift "${PORT[swift]}" || start_bg swift "$LOGS/swift-proxy.log" "$STATE/bin/swift-server" "$SETC/proxy-server.conf" proxy-server
  # The updaters: the container-updater reports each container's object count and bytes to
  # the account (without it the account's X-Account-Object-Count/Bytes-Used stay 0), the
  # object-updater replays container updates the object server had to postpone. Each sweeps
  # every 5 s (default 300 s) without rate limit, so account totals are right within seconds.
  cat >"$STATE/bin/swift-daemon" <<'EOF'
#!/usr/bin/python3
# usage: swift-daemon CONF module:Class - runs the daemon's single-process sweep (run_once)
# every `interval` seconds. Its run_forever forks a child per partition, each costing ~1 s
# of CPU here: a sweep of 100 partitions took minutes instead of a fraction of a second.
import importlib, os, sys, time
import swift.common.utils as utils
utils.SWIFT_CONF_FILE = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), 'swift.conf')
from swift.common import constraints, storage_policy
storage_policy.reload_storage_policies()
constraints.reload_constraints()
# Loggers without a log_address of their own (proxy-logging's access log) would use
# SysLogHandler's default, UDP from a socket on 0.0.0.0: default to the conf's log_address.
import configparser, logging.handlers
_cp = configparser.ConfigParser(interpolation=None, strict=False); _cp.read(sys.argv[1])
if _cp.defaults().get('log_address'):
    _d = logging.handlers.SysLogHandler.__init__.__defaults__
    logging.handlers.SysLogHandler.__init__.__defaults__ = (_cp.defaults()['log_address'],) + _d[1:]
module, cls = sys.argv[2].split(':')
klass = getattr(importlib.import_module(module), cls)
section = klass.__name__.replace('Updater', '-updater').lower()
conf = utils.readconf(sys.argv[1], section)
logger = utils.get_logger(conf, section, log_to_console=True)
daemon = klass(conf, logger=logger)
interval = float(conf.get('interval', 300))
while True:
    began = time.time()
    daemon.run_once()
    time.sleep(max(0.0, interval - (time.time() - began)))
EOF
  chmod +x "$STATE/bin/swift-daemon"
  declare -A UPDATER=([container]=swift.container.updater:ContainerUpdater [object]=swift.obj.updater:ObjectUpdater)
  for kind in container object; do
    cat >"$SETC/$kind-updater.conf" <<EOF
[DEFAULT]
$SWIFT_DEFAULT
[$kind-updater]
interval = 5
containers_per_second = 0
objects_per_second = 0
account_suppression_time = 5
recon_cache_path = $SDIR/recon
EOF
    restart_if_changed swift-$kind-updater "$SETC/$kind-updater.conf" "$SETC/swift.conf" "$STATE/bin/swift-daemon"
    alive swift-$kind-updater || start_bg swift-$kind-updater "$LOGS/swift-$kind-updater.log" \
      "$STATE/bin/swift-daemon" "$SETC/$kind-updater.conf" "${UPDATER[$kind]}"
  done
  for kind in account container object; do wait_http swift-$kind "http://$HOST:${PORT[swift-$kind]}/healthcheck"; done
  wait_http swift "http://$HOST:${PORT[swift]}/healthcheck"
  step_end
fi
