# services/senlin.sh - Senlin (sourced by up.sh): senlin-api, senlin-conductor, senlin-engine
# and senlin-health-manager over RabbitMQ, so that a cluster of os.nova.server nodes really
# boots servers on the cloud's Nova (fake driver) and scales out and in.
#
# The API calls the conductor over the bus for everything, even to find the caller's trust
# (the pipeline's `trust` filter): every request of a user makes (once) a Keystone trust
# from that user to senlin's service user, and the engine later acts through it. That
# trustee is [authentication]'s service user (seed.py makes `senlin`, admin in project
# service). The engine calls Nova, Glance and Neutron with openstacksdk in
# default_region_name (the catalog has RegionTwo too, on other hosts).
#
# Debian's python3-senlin ships no api-paste.ini: Zed's pipeline is written here, with CORS
# reading our config file. The engine's wait for a node's server polls Nova, so
# default_nova_timeout bounds a stuck boot (the fake driver boots in a second or two).

if has senlin; then
  step_start senlin
  port_open "${PORT[rabbitmq]}" || { log "senlin needs rabbitmq (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  SDIR=$STATE/senlin; mkdir -p "$SDIR/environments"
  # ../senlin_hub_yield.py: without it the engine died of a greenlet error under load (see the file)
  mkbin senlin-api senlin_hub_yield:api_main; mkbin senlin-conductor senlin_hub_yield:conductor_main
  mkbin senlin-engine senlin_hub_yield:engine_main; mkbin senlin-health-manager senlin_hub_yield:health_manager_main
  # ../senlin_pg_float.py: the first migration's FLOAT(24,8) is MySQL's, PostgreSQL refuses it
  mkbin senlin-manage senlin_pg_float:manage_main
  pg_db senlin
  cat >"$ETC/senlin.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
host = loopback-cloud
default_region_name = RegionOne
environment_dir = $SDIR/environments
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
# a node's server that never boots fails its action in 2 minutes, not 10
default_nova_timeout = 120
# node actions of one batch are scheduled without the default 3 s pause between batches
batch_interval = 1
# How long the API waits for the conductor's answer (oslo.messaging's default is 60 s). A
# profile's validation logs in to Keystone three times through the user's trust and asks
# Nova, Glance and Neutron: 2-3 s alone, but once, under CI's second phase, over a minute
# (2026-12-07), and the API answered 500. Kept below the tests' 180 s client timeout, so
# that a conductor that really hangs still shows as Senlin's own error.
rpc_response_timeout = 170
[senlin_api]
bind_host = $HOST
bind_port = ${PORT[senlin]}
# 0: the API serves in its own process, no forked worker (one Python process, ~85 MB, less)
workers = 0
api_paste_config = $ETC/senlin-api-paste.ini
[conductor]
workers = 1
[engine]
workers = 1
[health_manager]
workers = 1
# receivers' webhook URLs point here (the default is the host's name)
[receiver]
host = $HOST
port = ${PORT[senlin]}
[database]
connection = $PGURL/senlin
max_pool_size = 5
# the trustee of every user's trust, and the engine's own calls
[authentication]
auth_url = $KS/v3
service_username = senlin
service_password = $SERVICE_PASS
service_project_name = service
service_user_domain = Default
service_project_domain = Default
interface = public
$(authtoken_section senlin)
$COMMON_OSLO
EOF
  # Zed's etc/senlin/api-paste.ini, without osprofiler, with CORS reading our config file
  cat >"$ETC/senlin-api-paste.ini" <<EOF
[pipeline:senlin-api]
pipeline = cors http_proxy_to_wsgi request_id faultwrap versionnegotiation webhook authtoken context trust apiv1app
[app:apiv1app]
paste.app_factory = senlin.api.common.wsgi:app_factory
senlin.app_factory = senlin.api.openstack.v1.router:API
[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory
[filter:faultwrap]
paste.filter_factory = senlin.api.common.wsgi:filter_factory
senlin.filter_factory = senlin.api.middleware:fault_filter
[filter:context]
paste.filter_factory = senlin.api.common.wsgi:filter_factory
senlin.filter_factory = senlin.api.middleware:context_filter
oslo_config_project = senlin
[filter:versionnegotiation]
paste.filter_factory = senlin.api.common.wsgi:filter_factory
senlin.filter_factory = senlin.api.middleware:version_filter
[filter:trust]
paste.filter_factory = senlin.api.common.wsgi:filter_factory
senlin.filter_factory = senlin.api.middleware:trust_filter
[filter:webhook]
paste.filter_factory = senlin.api.common.wsgi:filter_factory
senlin.filter_factory = senlin.api.middleware:webhook_filter
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
oslo_config_project = senlin
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = senlin
oslo_config_file = $ETC/senlin.conf
EOF
  for s in senlin senlin-conductor senlin-engine senlin-health-manager; do
    restart_if_changed $s "$ETC/senlin.conf" "$ETC/senlin-api-paste.ini" "$HERE/senlin_hub_yield.py"
  done
  if [ ! -f "$SDIR/db.done" ]; then
    PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/senlin-manage" --config-file "$ETC/senlin.conf" db_sync >"$LOGS/senlin-db.log" 2>&1 \
      || { tail -20 "$LOGS/senlin-db.log"; exit 1; }
    touch "$SDIR/db.done"
  fi
  SENLIN_STARTED=0
  for s in conductor engine health-manager; do
    alive senlin-$s || { SENLIN_STARTED=1
      start_bg senlin-$s "$LOGS/senlin-$s.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/senlin-$s" \
        --config-file "$ETC/senlin.conf" --log-file "$LOGS/senlin-$s.log"; }
  done
  running senlin "${PORT[senlin]}" ||
    start_bg senlin "$LOGS/senlin-api.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/senlin-api" \
      --config-file "$ETC/senlin.conf" --log-file "$LOGS/senlin-api.log"
  wait_http senlin "http://$HOST:${PORT[senlin]}/"
  # a request before the conductor consumes its topic would wait for the RPC timeout
  [ $SENLIN_STARTED = 0 ] || wait_queues "senlin-conductor senlin-engine senlin-health-manager" \
    senlin-conductor senlin-engine senlin-health-manager
  step_end
fi
