# services/neutron.sh - neutron-server, ML2, no agents (sourced by up.sh).

if has neutron; then
  step_start neutron
  NDIR=$STATE/neutron; mkdir -p "$NDIR"
  mkbin neutron-server neutron.cmd.eventlet.server:main; mkbin neutron-db-manage neutron.db.migration.cli:main
  pg_db neutron
  cat >"$ETC/neutron.conf" <<EOF
[DEFAULT]
bind_host = $HOST
bind_port = ${PORT[neutron]}
core_plugin = ml2
# segments, trunk, qos and port_forwarding work without agents and let their resources be proven for real
service_plugins = router,segments,trunk,qos,port_forwarding
auth_strategy = keystone
api_paste_config = $ETC/neutron-api-paste.ini
# no message bus: the in-process fake driver (no agents are running anyway)
transport_url = fake://
api_workers = 0
rpc_workers = 1
rpc_state_report_workers = 0
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
allow_overlapping_ips = true
state_path = $NDIR
log_file = $LOGS/neutron-server.log
[database]
connection = $PGURL/neutron
max_pool_size = 5
$(authtoken_section neutron)
[agent]
report_interval = 0
$COMMON_OSLO
EOF
  cat >"$ETC/ml2_conf.ini" <<EOF
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = openvswitch
extension_drivers = port_security,qos
[ml2_type_flat]
flat_networks = *
[ml2_type_vlan]
network_vlan_ranges = physnet1:100:200
[ml2_type_vxlan]
vni_ranges = 1:1000
[securitygroup]
enable_security_group = true
EOF
  cat >"$ETC/neutron-api-paste.ini" <<EOF
[composite:neutron]
use = egg:Paste#urlmap
/: neutronversions_composite
/v2.0: neutronapi_v2_0
[composite:neutronapi_v2_0]
use = call:neutron.auth:pipeline_factory
noauth = cors http_proxy_to_wsgi request_id catch_errors extensions neutronapiapp_v2_0
keystone = cors http_proxy_to_wsgi request_id catch_errors authtoken keystonecontext extensions neutronapiapp_v2_0
[composite:neutronversions_composite]
use = call:neutron.auth:pipeline_factory
noauth = cors http_proxy_to_wsgi neutronversions
keystone = cors http_proxy_to_wsgi neutronversions
[filter:request_id]
paste.filter_factory = oslo_middleware:RequestId.factory
[filter:catch_errors]
paste.filter_factory = oslo_middleware:CatchErrors.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = neutron
oslo_config_file = $ETC/neutron.conf
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
[filter:keystonecontext]
paste.filter_factory = neutron.auth:NeutronKeystoneContext.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:extensions]
paste.filter_factory = neutron.api.extensions:plugin_aware_extension_middleware_factory
[app:neutronversions]
paste.app_factory = neutron.pecan_wsgi.app:versions_factory
[app:neutronapiapp_v2_0]
paste.app_factory = neutron.api.v2.router:APIRouter.factory
EOF
  restart_if_changed neutron "$ETC/neutron.conf" "$ETC/ml2_conf.ini" "$ETC/neutron-api-paste.ini"
  if ! running neutron "${PORT[neutron]}"; then
    [ -f "$NDIR/db.done" ] || { "$STATE/bin/neutron-db-manage" --config-file "$ETC/neutron.conf" --config-file "$ETC/ml2_conf.ini" upgrade heads >"$LOGS/neutron-db.log" 2>&1 && touch "$NDIR/db.done"; }
    start_bg neutron "$LOGS/neutron-server.out" "$STATE/bin/neutron-server" --config-file "$ETC/neutron.conf" --config-file "$ETC/ml2_conf.ini"
  fi
  wait_http neutron "http://$HOST:${PORT[neutron]}/"
  step_end
fi
