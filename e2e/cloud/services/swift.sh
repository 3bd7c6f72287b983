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
# the catalog has two regions: pin the one the identity endpoint is looked up in
region_name = RegionOne
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
