# services/manila.sh - Manila (sourced by up.sh): manila-api, -scheduler and -share over
# RabbitMQ, the share service driving the dummy driver python3-manila ships for its own tests
# (manila/tests/share/drivers/dummy.py), so that shares, snapshots, access rules, extend,
# shrink, revert, manage and unmanage really go through the scheduler and the share manager
# and reach available/active, without any storage behind them.
#
# One backend, "dummy", with driver_handles_share_servers = False (no share networks or share
# servers are made for shares); the driver's artificial delays (seconds per call, by default)
# are set to nothing. The default share type "default" says the same
# (driver_handles_share_servers=False), so a share created without a type is scheduled to it.
# Always on the bus (the API casts to the scheduler and the share service): started alone, it
# expects the cloud's rabbitmq to be running already.

if has manila; then
  step_start manila
  port_open "${PORT[rabbitmq]}" || { log "manila needs rabbitmq (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  MDIR=$STATE/manila; mkdir -p "$MDIR"
  MANILA_DAEMONS=(scheduler share)
  mkbin manila-api manila.cmd.api:main; mkbin manila-manage manila.cmd.manage:main
  for d in "${MANILA_DAEMONS[@]}"; do mkbin manila-$d manila.cmd.$d:main; done
  pg_db manila

  # CORS: the microversion header goes both ways
  cat >"$ETC/manila.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
state_path = $MDIR
# the share service's host name, as shares' "host" and manage's service_host say it
host = loopback
osapi_share_listen = $HOST
osapi_share_listen_port = ${PORT[manila]}
osapi_share_workers = 1
api_paste_config = $ETC/manila-api-paste.ini
auth_strategy = keystone
enabled_share_backends = dummy
enabled_share_protocols = NFS,CIFS
default_share_type = default
# the share service reports its pools this often (the scheduler places shares by them)
periodic_interval = 10
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
[dummy]
share_driver = manila.tests.share.drivers.dummy.DummyDriver
driver_handles_share_servers = False
share_backend_name = dummy
# no artificial delay in any driver call (the driver sleeps seconds per call by default)
dummy_driver_default_driver_method_delay = 0
dummy_driver_driver_methods_delays =
[database]
connection = $PGURL/manila
$(authtoken_section manila)
${COMMON_OSLO//OpenStack-API-Version,/OpenStack-API-Version,X-OpenStack-Manila-API-Version,}
EOF
  cat >"$ETC/manila-api-paste.ini" <<EOF
[composite:osapi_share]
use = call:manila.api:root_app_factory
/: apiversions
/healthcheck: healthcheck
/v2: openstack_share_api_v2
[composite:openstack_share_api_v2]
use = call:manila.api.middleware.auth:pipeline_factory
keystone = cors request_id faultwrap http_proxy_to_wsgi sizelimit authtoken keystonecontext apiv2
[filter:faultwrap]
paste.filter_factory = manila.api.middleware.fault:FaultWrapper.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware.sizelimit:RequestBodySizeLimiter.factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
[app:apiv2]
paste.app_factory = manila.api.v2.router:APIRouter.factory
[pipeline:apiversions]
pipeline = cors request_id faultwrap http_proxy_to_wsgi osshareversionapp
[app:osshareversionapp]
paste.app_factory = manila.api.versions:VersionsRouter.factory
[filter:keystonecontext]
paste.filter_factory = manila.api.middleware.auth:ManilaKeystoneContext.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = manila
oslo_config_file = $ETC/manila.conf
[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory
[app:healthcheck]
paste.app_factory = oslo_middleware:Healthcheck.app_factory
backends = disable_by_file
disable_by_file_path = $MDIR/healthcheck_disable
EOF
  restart_if_changed manila "$ETC/manila.conf" "$ETC/manila-api-paste.ini"
  for d in "${MANILA_DAEMONS[@]}"; do restart_if_changed manila-$d "$ETC/manila.conf"; done
  [ -f "$MDIR/db.done" ] || { "$STATE/bin/manila-manage" --config-file "$ETC/manila.conf" db sync \
    >"$LOGS/manila-db.log" 2>&1 && touch "$MDIR/db.done"; } || { tail -20 "$LOGS/manila-db.log"; exit 1; }
  MANILA_STARTED=0
  for d in "${MANILA_DAEMONS[@]}"; do
    alive manila-$d || { MANILA_STARTED=1
      start_bg manila-$d "$LOGS/manila-$d.out" "$STATE/bin/manila-$d" \
        --config-file "$ETC/manila.conf" --log-file "$LOGS/manila-$d.log"; }
  done
  if ! running manila "${PORT[manila]}"; then
    start_bg manila "$LOGS/manila-api.out" "$STATE/bin/manila-api" \
      --config-file "$ETC/manila.conf" --log-file "$LOGS/manila-api.log"
  fi
  wait_http manila "http://$HOST:${PORT[manila]}/"
  # a cast to a queue no one has declared yet is lost: wait for the consumers
  [ $MANILA_STARTED = 0 ] || wait_queues "${MANILA_DAEMONS[*]/#/manila-}" manila-scheduler manila-share
  # the default share type, made through the API (types live in the database), saying what
  # the dummy backend can do so that shares of it take snapshots, revert to them, are made
  # from them and mount them; again only when these lines change
  MANILA_TYPE_SPECS='{"driver_handles_share_servers": "False", "snapshot_support": "True", "create_share_from_snapshot_support": "True", "revert_to_snapshot_support": "True", "mount_snapshot_support": "True"}'
  if [ "$(cat "$MDIR/type.applied" 2>/dev/null)" != "$(echo "$MANILA_TYPE_SPECS" | md5sum | cut -c1-32)" ]; then
    MANILA_URL="http://$HOST:${PORT[manila]}/v2" MANILA_TYPE_SPECS=$MANILA_TYPE_SPECS $PY - >"$LOGS/manila-type.log" 2>&1 <<'PYEOF' || { tail -20 "$LOGS/manila-type.log"; exit 1; }
import json
import os
import openstack
session = openstack.connect(cloud='local').session
url = os.environ['MANILA_URL']
specs = json.loads(os.environ['MANILA_TYPE_SPECS'])
headers = {'X-OpenStack-Manila-API-Version': '2.50', 'Accept': 'application/json'}
have = session.get(url + '/types', headers=headers, params={'is_public': 'all'}).json()['share_types']
found = [t for t in have if t['name'] == 'default']
if found:
    made = found[0]
    # driver_handles_share_servers is fixed at create; the others may be set again
    session.post(url + '/types/%s/extra_specs' % made['id'], headers=headers,
                 json={'extra_specs': {k: v for k, v in specs.items() if k != 'driver_handles_share_servers'}})
else:
    body = {'share_type': {'name': 'default', 'share_type_access:is_public': True, 'extra_specs': specs}}
    made = session.post(url + '/types', headers=headers, json=body).json()['share_type']
print('share type default', made['id'], specs)
PYEOF
    echo "$MANILA_TYPE_SPECS" | md5sum | cut -c1-32 >"$MDIR/type.applied"
  fi
  step_end
fi
