# services/nova.sh - the Nova API only, plus flavors (sourced by up.sh).

if has nova; then
  step_start nova
  VDIR=$STATE/nova; mkdir -p "$VDIR"
  mkbin nova-api nova.cmd.api:main; mkbin nova-manage nova.cmd.manage:main
  pg_db nova_api; pg_db nova_cell0; pg_db nova
  NOVA_TRANSPORT=${NOVA_TRANSPORT:-fake://}
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
state_path = $VDIR
log_file = $LOGS/nova-api.log
[wsgi]
api_paste_config = $ETC/nova-api-paste.ini
[api]
auth_strategy = keystone
[api_database]
connection = $PGURL/nova_api
[database]
connection = $PGURL/nova
$(authtoken_section nova)
$(svc_auth placement)
$(svc_auth neutron)
[glance]
region_name = RegionOne
[cinder]
os_region_name = RegionOne
[scheduler]
discover_hosts_in_cells_interval = -1
[quota]
driver = nova.quota.DbQuotaDriver
$COMMON_OSLO
EOF
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
  restart_if_changed nova "$ETC/nova.conf" "$ETC/nova-api-paste.ini"
  if ! running nova "${PORT[nova]}"; then
    if [ ! -f "$VDIR/db.done" ]; then
      NM() { "$STATE/bin/nova-manage" --config-file "$ETC/nova.conf" "$@" >>"$LOGS/nova-db.log" 2>&1; }
      NM api_db sync
      NM cell_v2 map_cell0 --database_connection "$PGURL/nova_cell0"
      NM db sync
      NM cell_v2 list_cells | grep -q ' cell1 ' || NM cell_v2 create_cell --name cell1 \
        --database_connection "$PGURL/nova" --transport-url "$NOVA_TRANSPORT"
      touch "$VDIR/db.done"
    fi
    start_bg nova "$LOGS/nova-api.out" "$STATE/bin/nova-api" --config-file "$ETC/nova.conf"
  fi
  wait_http nova "http://$HOST:${PORT[nova]}/"
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
