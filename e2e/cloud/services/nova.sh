# services/nova.sh - Nova (sourced by up.sh): the API and, with rabbitmq, nova-conductor,
# nova-scheduler and one nova-compute on the fake virt driver python3-nova ships, so that
# servers really go ACTIVE and through their actions. Without rabbitmq: the API only on
# fake://, servers stay BUILD.
#
# fake.FakeDriver keeps its "guests" in the nova-compute process (restarting it forgets
# them: their servers lose their power state) and reports 1000 vCPUs, 800 GB RAM and
# 600 TB disk, so tests never run out of room. A server is ACTIVE 2-3 s after its POST.

if has nova; then
  step_start nova
  VDIR=$STATE/nova; mkdir -p "$VDIR/instances"
  mkbin nova-api nova.cmd.api:main; mkbin nova-manage nova.cmd.manage:main
  pg_db nova_api; pg_db nova_cell0; pg_db nova
  NOVA_DAEMONS=()
  if has rabbitmq; then
    NOVA_TRANSPORT=$RABBIT_URL; DISCOVER=60; NOVA_DAEMONS=(conductor scheduler compute)
  else NOVA_TRANSPORT=fake://; DISCOVER=-1; fi
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
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
state_path = $VDIR
instances_path = $VDIR/instances
log_file = $LOGS/nova-api.log
compute_driver = fake.FakeDriver
# resize onto the one compute host there is (the fake driver copes)
allow_resize_to_same_host = true
# neutron has no agents: no network-vif-plugged event will ever come
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
[wsgi]
api_paste_config = $ETC/nova-api-paste.ini
[api]
auth_strategy = keystone
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = $DISCOVER
$(authtoken_section nova)
$(svc_auth placement)
$(svc_auth neutron)
$(svc_auth cinder)
os_region_name = RegionOne
$(svc_auth service_user)
# Cinder lets only a caller with a service token delete nova's attachments (OSSA-2023-003)
send_service_user_token = true
[glance]
region_name = RegionOne
[quota]
driver = nova.quota.DbQuotaDriver
# CI runs Senlin's, Magnum's and Trove's suites side by side (.ci/run), each booting servers
# in the admin or service project: the default 10 instances / 20 cores would be the limit
# they meet, not the behaviour they test
instances = 50
cores = 100
ram = 204800
$COMMON_OSLO
EOF
  # nova-compute must not see the databases (it reaches them through the conductor)
  printf '[api_database]\nconnection = %s\n[database]\nconnection = %s\n' "$PGURL/nova_api" "$PGURL/nova" >"$ETC/nova-db.conf"
  NOVA_CONF=(--config-file "$ETC/nova.conf" --config-file "$ETC/nova-db.conf")
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
  restart_if_changed nova "$ETC/nova.conf" "$ETC/nova-db.conf" "$ETC/nova-api-paste.ini"
  for d in "${NOVA_DAEMONS[@]}"; do restart_if_changed nova-$d "$ETC/nova.conf" "$ETC/nova-db.conf"; done
  NM() { "$STATE/bin/nova-manage" "${NOVA_CONF[@]}" "$@" >>"$LOGS/nova-db.log" 2>&1; }
  if ! running nova "${PORT[nova]}"; then
    if [ ! -f "$VDIR/db.done" ]; then
      NM api_db sync
      NM cell_v2 map_cell0 --database_connection "$PGURL/nova_cell0"
      NM db sync
      NM cell_v2 list_cells | grep -q ' cell1 ' || NM cell_v2 create_cell --name cell1 \
        --database_connection "$PGURL/nova" --transport-url "$NOVA_TRANSPORT"
      touch "$VDIR/db.done"
    fi
    # the API reaches cell1's conductor and computes by the transport in the cell mapping
    pg_sql nova_api "update cell_mappings set transport_url = '$NOVA_TRANSPORT' where name = 'cell1'"
    start_bg nova "$LOGS/nova-api.out" "$STATE/bin/nova-api" "${NOVA_CONF[@]}"
  fi
  NOVA_STARTED=0
  for d in "${NOVA_DAEMONS[@]}"; do
    mkbin nova-$d nova.cmd.$d:main
    conf=("${NOVA_CONF[@]}"); [ $d = compute ] && conf=(--config-file "$ETC/nova.conf")
    alive nova-$d || { NOVA_STARTED=1
      start_bg nova-$d "$LOGS/nova-$d.out" "$STATE/bin/nova-$d" "${conf[@]}" --log-file "$LOGS/nova-$d.log"; }
  done
  wait_http nova "http://$HOST:${PORT[nova]}/"
  if [ $NOVA_STARTED = 1 ]; then
    # a cast to a queue no one has declared yet is lost: wait for the consumers
    wait_queues "${NOVA_DAEMONS[*]/#/nova-}" conductor scheduler compute.loopback-cloud
    # the compute node's resource provider with its inventory, then its cell host mapping
    wait_sql nova-compute placement "select 1 from resource_providers r join inventories i
      on i.resource_provider_id = r.id where r.name = 'loopback-cloud' limit 1"
    [ "$(pg_sql nova_api "select 1 from host_mappings where host = 'loopback-cloud'")" = 1 ] || NM cell_v2 discover_hosts
  fi
  # Ports on networks: ML2's openvswitch driver binds a port only to a host with a live
  # Open vSwitch agent, and there are no agents here. A stand-in agent row for the compute
  # host (heartbeat in 2100, so never "down") lets nova's ports bind (vif_type ovs); they
  # stay DOWN, and with vif_plugging_is_fatal off the server goes ACTIVE anyway.
  if has neutron && [ ${#NOVA_DAEMONS[@]} -gt 0 ]; then
    pg_sql neutron "insert into agents (id, agent_type, \"binary\", topic, host, admin_state_up, created_at,
      started_at, heartbeat_timestamp, description, configurations, resource_versions)
      select '0d5e0a1e-0000-4000-8000-0000000000a1', 'Open vSwitch agent', 'neutron-openvswitch-agent', 'N/A',
        'loopback-cloud', true, now() at time zone 'utc', now() at time zone 'utc', '2100-01-01', 'stand-in for port binding (e2e/cloud/services/nova.sh)',
        '{\"bridge_mappings\": {\"physnet1\": \"br-physnet1\", \"public\": \"br-ex\"}, \"tunnel_types\": [\"vxlan\"], \"integration_bridge\": \"br-int\", \"ovs_hybrid_plug\": false, \"datapath_type\": \"system\", \"tunneling_ip\": \"$HOST\", \"devices\": 0}', '{}'
      where not exists (select 1 from agents where host = 'loopback-cloud' and agent_type = 'Open vSwitch agent')"
  fi
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
