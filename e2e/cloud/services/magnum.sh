# services/magnum.sh - Magnum (sourced by up.sh): magnum-api and magnum-conductor over
# RabbitMQ, one worker each. Cluster templates are plain database rows; a cluster is real:
# the conductor makes its CA, a trustee user and a trust, then a Heat stack from the
# driver's templates, and polls that stack every 10 s (sync_cluster_status) to move the
# cluster's status. On this cloud Nova's fake driver boots servers that never run the
# driver's software deployments, so a cluster's stack fails at its create_timeout: the
# cluster really reaches CREATE_FAILED, with Heat's reason as status_reason.
#
# Keystone holds, besides magnum's service user (seed.py): the trustee domain "magnum" and
# its admin "magnum_domain_admin" (the conductor makes one trustee user per cluster there
# and a trust from the cluster's owner to it).
#
# Certificates live in magnum's database (cert_manager_type = x509keypair), so a CA and
# its signatures need no Barbican. Magnum's API server is werkzeug's, one process.

if has magnum; then
  step_start magnum
  port_open "${PORT[rabbitmq]}" || { log "magnum needs rabbitmq (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  MGDIR=$STATE/magnum; mkdir -p "$MGDIR"
  mkbin magnum-api magnum.cmd.api:main; mkbin magnum-conductor magnum.cmd.conductor:main
  # ../magnum_pg_migrate.py: two of Zed's migrations use MySQL's UPDATE ... INNER JOIN, which
  # PostgreSQL refuses; the launcher rewrites that statement into PostgreSQL's UPDATE ... FROM
  mkbin magnum-db-manage magnum_pg_migrate:db_manage_main
  pg_db magnum
  # the trustee domain and its admin, made once (idempotent on a re-run)
  if [ ! -f "$MGDIR/domain.done" ]; then
    MAGNUM_DOMAIN_PASS=$SERVICE_PASS $PY - >"$LOGS/magnum-domain.log" 2>&1 <<'PYEOF' || { tail -20 "$LOGS/magnum-domain.log"; exit 1; }
import os
import openstack
idn = openstack.connect(cloud='local').identity
domain = idn.find_domain('magnum') or idn.create_domain(name='magnum', description='clusters\' trustees')
user = idn.find_user('magnum_domain_admin', domain_id=domain.id) or idn.create_user(
    name='magnum_domain_admin', domain_id=domain.id, password=os.environ['MAGNUM_DOMAIN_PASS'])
idn.assign_domain_role_to_user(domain, user, idn.find_role('admin'))
print('magnum domain', domain.id, 'admin', user.id)
PYEOF
    touch "$MGDIR/domain.done"
  fi
  MG_CLIENTS=
  for c in heat nova neutron glance cinder octavia barbican magnum; do
    MG_CLIENTS+="[${c}_client]
region_name = RegionOne
endpoint_type = publicURL
"
  done
  cat >"$ETC/magnum.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
host = loopback-cloud
state_path = $MGDIR
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
[api]
host = $HOST
port = ${PORT[magnum]}
workers = 1
api_paste_config = $ETC/magnum-api-paste.ini
[conductor]
workers = 1
[database]
connection = $PGURL/magnum
max_pool_size = 5
[certificates]
cert_manager_type = x509keypair
[trust]
trustee_domain_name = magnum
trustee_domain_admin_name = magnum_domain_admin
trustee_domain_admin_password = $SERVICE_PASS
trustee_keystone_interface = public
trustee_keystone_region_name = RegionOne
# the cluster's trust delegates the owner's member role (admin's too would make the trustee admin)
roles = member
# the service user magnum acts as when it has no user's token (periodic tasks, trust cleanup)
[keystone_auth]
auth_type = password
auth_url = $KS/v3
username = magnum
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
$(authtoken_section magnum)
$MG_CLIENTS
$COMMON_OSLO
EOF
  # Zed's api-paste.ini, with CORS reading our config file
  cat >"$ETC/magnum-api-paste.ini" <<EOF
[pipeline:main]
pipeline = cors http_proxy_to_wsgi request_id authtoken api_v1
[app:api_v1]
paste.app_factory = magnum.api.app:app_factory
[filter:authtoken]
acl_public_routes = /, /v1
paste.filter_factory = magnum.api.middleware.auth_token:AuthTokenMiddleware.factory
[filter:request_id]
paste.filter_factory = oslo_middleware:RequestId.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = magnum
oslo_config_file = $ETC/magnum.conf
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
oslo_config_project = magnum
EOF
  restart_if_changed magnum "$ETC/magnum.conf" "$ETC/magnum-api-paste.ini"
  restart_if_changed magnum-conductor "$ETC/magnum.conf"
  [ -f "$MGDIR/db.done" ] || { PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/magnum-db-manage" --config-file "$ETC/magnum.conf" upgrade >"$LOGS/magnum-db.log" 2>&1 \
    || { tail -20 "$LOGS/magnum-db.log"; exit 1; }; touch "$MGDIR/db.done"; }
  MAGNUM_CONDUCTOR_STARTED=0
  alive magnum-conductor || { MAGNUM_CONDUCTOR_STARTED=1
    start_bg magnum-conductor "$LOGS/magnum-conductor.out" "$STATE/bin/magnum-conductor" \
      --config-file "$ETC/magnum.conf" --log-file "$LOGS/magnum-conductor.log"; }
  running magnum "${PORT[magnum]}" ||
    start_bg magnum "$LOGS/magnum-api.out" "$STATE/bin/magnum-api" --config-file "$ETC/magnum.conf" --log-file "$LOGS/magnum-api.log"
  wait_http magnum "http://$HOST:${PORT[magnum]}/"
  # a cluster cast before the conductor consumes its topic would wait: wait for it
  [ $MAGNUM_CONDUCTOR_STARTED = 0 ] || wait_queues magnum-conductor magnum-conductor
  step_end
fi
