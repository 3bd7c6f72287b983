# services/heat.sh - Heat (sourced by up.sh): heat-api and heat-engine over RabbitMQ, so that
# stacks really create, update and delete the Neutron, Cinder and Nova resources they name.
# Heat has no API-only mode worth having (the API only forwards to the engine over RPC), so
# this step always uses the bus, even when rabbitmq is not in CLOUD_SERVICES (then it must
# already run, as when heat is added to a running cloud).
#
# Keystone holds, besides heat's service user (seed.py): the stack domain "heat" and its
# admin "heat_domain_admin" (heat makes the users of wait conditions and software deployments
# there), and the role heat_stack_user those users get. Heat acts later for a stack's owner
# through a trust (deferred_auth_method = trusts) that delegates the owner's "member" role to
# heat's service user.

if has heat; then
  step_start heat
  HDIR=$STATE/heat; mkdir -p "$HDIR"
  mkbin heat-api heat.cmd.api:main; mkbin heat-engine heat.cmd.engine:main; mkbin heat-manage heat.cmd.manage:main
  pg_db heat
  # the stack domain, its admin and heat_stack_user, made once (idempotent on a re-run)
  if [ ! -f "$HDIR/domain.done" ]; then
    HEAT_DOMAIN_PASS=$SERVICE_PASS $PY - >"$LOGS/heat-domain.log" 2>&1 <<'PYEOF' || { tail -20 "$LOGS/heat-domain.log"; exit 1; }
import os
import openstack
idn = openstack.connect(cloud='local').identity
domain = idn.find_domain('heat') or idn.create_domain(name='heat', description='stacks\' users')
user = idn.find_user('heat_domain_admin', domain_id=domain.id) or idn.create_user(
    name='heat_domain_admin', domain_id=domain.id, password=os.environ['HEAT_DOMAIN_PASS'])
admin = idn.find_role('admin')
idn.assign_domain_role_to_user(domain, user, admin)
idn.find_role('heat_stack_user') or idn.create_role(name='heat_stack_user')
print('heat domain', domain.id, 'admin', user.id)
PYEOF
    touch "$HDIR/domain.done"
  fi
  cat >"$ETC/heat.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
host = loopback-cloud
num_engine_workers = 1
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
# the keystone, nova, neutron, cinder and glance heat calls are RegionOne's (the catalog
# has RegionTwo too, on other hosts)
region_name_for_services = RegionOne
stack_user_domain_name = heat
stack_domain_admin = heat_domain_admin
stack_domain_admin_password = $SERVICE_PASS
deferred_auth_method = trusts
trusts_delegated_roles = member
# encrypts the stored parameters marked hidden and credentials (a fixed key: state survives restarts)
# abandon and adopt are off by default; the SDK's abandonStack and adoptStack are proven here
enable_stack_abandon = true
enable_stack_adopt = true
auth_encryption_key = loopback-cloud-heat-key-32bytes!
# the CloudFormation API (waitcondition/metadata) is not run here; the URLs are loopback anyway
heat_metadata_server_url = http://$HOST:8000
heat_waitcondition_server_url = http://$HOST:8000/v1/waitcondition
[heat_api]
bind_host = $HOST
bind_port = ${PORT[heat]}
workers = 1
[paste_deploy]
api_paste_config = $ETC/heat-api-paste.ini
[database]
connection = $PGURL/heat
max_pool_size = 5
$(authtoken_section heat)
# the service user a stack owner's trust delegates to
[trustee]
auth_type = password
auth_url = $KS
username = heat
password = $SERVICE_PASS
user_domain_name = Default
# heat's clients take the catalog's public (127.0.0.1) endpoints, and keystone at 127.0.0.1
[clients]
endpoint_type = publicURL
[clients_keystone]
auth_uri = $KS
[ec2authtoken]
auth_uri = $KS/v3
$COMMON_OSLO
EOF
  cat >"$ETC/heat-api-paste.ini" <<EOF
[pipeline:heat-api]
pipeline = cors request_id faultwrap http_proxy_to_wsgi versionnegotiation authurl authtoken context apiv1app
[app:apiv1app]
paste.app_factory = heat.common.wsgi:app_factory
heat.app_factory = heat.api.openstack.v1:API
[filter:versionnegotiation]
paste.filter_factory = heat.common.wsgi:filter_factory
heat.filter_factory = heat.api.openstack:version_negotiation_filter
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = heat
oslo_config_file = $ETC/heat.conf
[filter:faultwrap]
paste.filter_factory = heat.common.wsgi:filter_factory
heat.filter_factory = heat.api.openstack:faultwrap_filter
[filter:context]
paste.filter_factory = heat.common.context:ContextMiddleware_filter_factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware:HTTPProxyToWSGI.factory
[filter:authurl]
paste.filter_factory = heat.common.auth_url:filter_factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory
EOF
  restart_if_changed heat "$ETC/heat.conf" "$ETC/heat-api-paste.ini"
  restart_if_changed heat-engine "$ETC/heat.conf"
  [ -f "$HDIR/db.done" ] || { "$STATE/bin/heat-manage" --config-file "$ETC/heat.conf" db_sync >"$LOGS/heat-db.log" 2>&1 \
    || { tail -20 "$LOGS/heat-db.log"; exit 1; }; touch "$HDIR/db.done"; }
  HEAT_ENGINE_STARTED=0
  alive heat-engine || { HEAT_ENGINE_STARTED=1
    start_bg heat-engine "$LOGS/heat-engine.out" "$STATE/bin/heat-engine" --config-file "$ETC/heat.conf" --log-file "$LOGS/heat-engine.log"; }
  running heat "${PORT[heat]}" ||
    start_bg heat "$LOGS/heat-api.out" "$STATE/bin/heat-api" --config-file "$ETC/heat.conf" --log-file "$LOGS/heat-api.log"
  wait_http heat "http://$HOST:${PORT[heat]}/"
  # a call to the engine before it consumes its queue would time out: wait for it
  [ $HEAT_ENGINE_STARTED = 0 ] || wait_queues heat-engine engine
  step_end
fi
