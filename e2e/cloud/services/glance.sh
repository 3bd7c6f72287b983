# services/glance.sh - Glance API with a file store (sourced by up.sh).

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
