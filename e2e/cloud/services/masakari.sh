# services/masakari.sh - Masakari (sourced by up.sh): masakari-api and masakari-engine over
# RabbitMQ, so that notifications are really processed: the engine runs its taskflow recovery
# flows against the cloud's real Nova (fake driver, one compute host).
#
# Hosts of a segment must be named after a real nova-compute service (the API asks Nova):
# here that is the cloud's one compute host, `loopback-cloud` (nova.conf's host, also the
# fake driver's hypervisor hostname). The engine calls Nova as masakari's service user
# (os_privileged_user_*), through the catalog's compute endpoint in RegionOne.
#
# A host-down notification disables that one compute service in Nova (the recovery flow's
# first task) and masakari never re-enables it: whoever sends one must enable it again (the
# e2e test does). So that a host-down flow never evacuates other suites' servers, only
# instances marked HA_Enabled are recovered ([host_failure] evacuate_all_instances = false).

if has masakari; then
  step_start masakari
  port_open "${PORT[rabbitmq]}" || { log "masakari needs rabbitmq (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  MDIR=$STATE/masakari; mkdir -p "$MDIR"
  # ../masakari_context.py: without it every write answers 500 with Debian's oslo.messaging
  # (a notification's stripped context lacks read_deleted; see the file); both load it first
  mkbin masakari-api masakari_context:api_main; mkbin masakari-engine masakari_context:engine_main
  mkbin masakari-manage masakari.cmd.manage:main
  pg_db masakari
  cat >"$ETC/masakari.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
host = loopback-cloud
auth_strategy = keystone
masakari_api_listen = $HOST
masakari_api_listen_port = ${PORT[masakari]}
masakari_api_workers = 1
api_paste_config = $ETC/masakari-api-paste.ini
state_path = $MDIR
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
# the engine's calls to Nova: masakari's service user (admin in project service), RegionOne
nova_catalog_admin_info = compute:nova:publicURL
os_region_name = RegionOne
os_privileged_user_name = masakari
os_privileged_user_password = $SERVICE_PASS
os_privileged_user_tenant = service
os_privileged_user_auth_url = $KS/v3
# by name, and keystone on PostgreSQL compares names case-sensitively: the default 'default' fails
os_user_domain_name = Default
os_project_domain_name = Default
# Nova marks a disabled service at once; the default waits 3 minutes "until nova notices"
wait_period_after_service_update = 2
# a notification in error is retried once by a periodic task and then marked failed (and its
# segment is "in use" until then): every 20 s rather than every 2 minutes
process_unfinished_notifications_interval = 20
[host_failure]
# recover only servers that ask for it (metadata HA_Enabled=True), never the other suites'
evacuate_all_instances = false
[database]
connection = $PGURL/masakari
max_pool_size = 5
# taskflow's persistence: the flows' progress that microversion 1.1 shows on a notification
[taskflow]
connection = $PGURL/masakari
$(authtoken_section masakari)
$COMMON_OSLO
EOF
  # Zed's api-paste.ini, with CORS reading our config file
  cat >"$ETC/masakari-api-paste.ini" <<EOF
[composite:masakari_api]
use = call:masakari.api.urlmap:urlmap_factory
/: apiversions
/v1: masakari_api_v1
[composite:masakari_api_v1]
use = call:masakari.api.auth:pipeline_factory_v1
keystone = cors http_proxy_to_wsgi request_id faultwrap sizelimit authtoken keystonecontext osapi_masakari_app_v1
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = masakari
oslo_config_file = $ETC/masakari.conf
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
[filter:request_id]
paste.filter_factory = oslo_middleware:RequestId.factory
[filter:faultwrap]
paste.filter_factory = masakari.api.openstack:FaultWrapper.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware:RequestBodySizeLimiter.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:keystonecontext]
paste.filter_factory = masakari.api.auth:MasakariKeystoneContext.factory
[app:osapi_masakari_app_v1]
paste.app_factory = masakari.api.openstack.ha:APIRouterV1.factory
[pipeline:apiversions]
pipeline = faultwrap http_proxy_to_wsgi apiversionsapp
[app:apiversionsapp]
paste.app_factory = masakari.api.openstack.ha.versions:Versions.factory
EOF
  restart_if_changed masakari "$ETC/masakari.conf" "$ETC/masakari-api-paste.ini" "$HERE/masakari_context.py"
  restart_if_changed masakari-engine "$ETC/masakari.conf" "$HERE/masakari_context.py"
  # db sync would make taskflow's persistence tables too, through taskflow's alembic scripts,
  # which Debian's python3-taskflow does not ship: sync without [taskflow] (a later config
  # file empties it), then make those three tables from taskflow's own table definitions.
  if [ ! -f "$MDIR/db.done" ]; then
    printf '[taskflow]\nconnection =\n' >"$MDIR/dbsync-no-taskflow.conf"
    "$STATE/bin/masakari-manage" --config-file "$ETC/masakari.conf" --config-file "$MDIR/dbsync-no-taskflow.conf" \
      db sync >"$LOGS/masakari-db.log" 2>&1 || { tail -20 "$LOGS/masakari-db.log"; exit 1; }
    $PY - "$PGURL/masakari" >>"$LOGS/masakari-db.log" 2>&1 <<'PYEOF' || { tail -20 "$LOGS/masakari-db.log"; exit 1; }
import sys
import sqlalchemy
from taskflow.persistence.backends.sqlalchemy import tables
metadata = sqlalchemy.MetaData()
tables.fetch(metadata)
metadata.create_all(sqlalchemy.create_engine(sys.argv[1]))
print('taskflow tables made')
PYEOF
    touch "$MDIR/db.done"
  fi
  MASAKARI_ENGINE_STARTED=0
  alive masakari-engine || { MASAKARI_ENGINE_STARTED=1
    start_bg masakari-engine "$LOGS/masakari-engine.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/masakari-engine" \
      --config-file "$ETC/masakari.conf" --log-file "$LOGS/masakari-engine.log"; }
  running masakari "${PORT[masakari]}" ||
    start_bg masakari "$LOGS/masakari-api.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/masakari-api" \
      --config-file "$ETC/masakari.conf" --log-file "$LOGS/masakari-api.log"
  wait_http masakari "http://$HOST:${PORT[masakari]}/"
  # a notification cast before the engine consumes its topic would wait for the periodic retry
  [ $MASAKARI_ENGINE_STARTED = 0 ] || wait_queues masakari-engine ha_engine
  step_end
fi
