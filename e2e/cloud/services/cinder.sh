# services/cinder.sh - the Cinder API only (sourced by up.sh).

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
