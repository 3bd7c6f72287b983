# services/ironic.sh - Ironic (sourced by up.sh): ironic-api and ironic-conductor with the
# fake-hardware hardware type and its fake interfaces, so that nodes really go
# enroll → manageable → available → active and back, and power on and off, with no machine.
#
# No bus: the API reaches the conductor by JSON-RPC over HTTP. The RPC client calls
# http://<conductor's host name>:<[json_rpc] port>, so the conductor's `host` is the address
# 127.0.0.1 itself. The RPC listener is on loopback only and takes no authentication
# (auth_strategy = noauth): whoever can reach 127.0.0.1 can already read the state dir.
#
# The network interface is `noop` by default; `flat` is enabled too, for the nodes whose
# VIFs are Neutron ports (flat updates the port's MAC through Neutron).

if has ironic; then
  step_start ironic
  IDIR=$STATE/ironic; mkdir -p "$IDIR"
  # ../ironic_pg_portgroup.py: Zed's port group delete compares an integer column with a
  # UUID, which PostgreSQL refuses; the conductor (the only writer) runs with the fix
  mkbin ironic-api ironic.cmd.api:main; mkbin ironic-conductor ironic_pg_portgroup:conductor_main
  mkbin ironic-dbsync ironic.cmd.dbsync:main
  pg_db ironic
  IRONIC_VERSION_HEADERS=X-OpenStack-Ironic-API-Version,X-OpenStack-Ironic-API-Minimum-Version,X-OpenStack-Ironic-API-Maximum-Version
  IRONIC_CORS=${COMMON_OSLO/expose_headers = /expose_headers = $IRONIC_VERSION_HEADERS,}
  cat >"$ETC/ironic.conf" <<EOF
[DEFAULT]
auth_strategy = keystone
rpc_transport = json-rpc
# the conductor's name is the address its JSON-RPC client dials
host = $HOST
state_path = $IDIR
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
enabled_hardware_types = fake-hardware
enabled_boot_interfaces = fake
enabled_deploy_interfaces = fake
enabled_management_interfaces = fake
enabled_power_interfaces = fake
enabled_console_interfaces = fake,no-console
enabled_inspect_interfaces = fake,no-inspect
enabled_bios_interfaces = fake,no-bios
enabled_raid_interfaces = fake,no-raid
enabled_rescue_interfaces = fake,no-rescue
enabled_vendor_interfaces = fake,no-vendor
enabled_storage_interfaces = fake,noop
enabled_network_interfaces = noop,flat
default_network_interface = noop
[api]
host_ip = $HOST
port = ${PORT[ironic]}
api_workers = 1
[conductor]
# a fake node has nothing to wipe: cleaning runs (and passes) through the fake deploy's steps
automated_clean = true
# power state sync and the heartbeat of the conductor row, often enough for tests to see
sync_power_state_interval = 10
heartbeat_interval = 5
[json_rpc]
auth_strategy = noauth
host_ip = $HOST
port = ${PORT[ironic-rpc]}
[dhcp]
dhcp_provider = none
[database]
connection = $PGURL/ironic
max_pool_size = 5
[neutron]
auth_type = password
auth_url = $KS/v3
username = ironic
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
valid_interfaces = public
$(authtoken_section ironic)
${IRONIC_CORS/allow_headers = /allow_headers = $IRONIC_VERSION_HEADERS,}
EOF
  restart_if_changed ironic "$ETC/ironic.conf"
  restart_if_changed ironic-conductor "$ETC/ironic.conf" "$HERE/ironic_pg_portgroup.py"
  [ -f "$IDIR/db.done" ] || { "$STATE/bin/ironic-dbsync" --config-file "$ETC/ironic.conf" upgrade \
    >"$LOGS/ironic-db.log" 2>&1 || { tail -20 "$LOGS/ironic-db.log"; exit 1; }; touch "$IDIR/db.done"; }
  IRONIC_CONDUCTOR_STARTED=0
  alive ironic-conductor || { IRONIC_CONDUCTOR_STARTED=1
    start_bg ironic-conductor "$LOGS/ironic-conductor.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/ironic-conductor" \
      --config-file "$ETC/ironic.conf" --log-file "$LOGS/ironic-conductor.log"; }
  running ironic "${PORT[ironic]}" ||
    start_bg ironic "$LOGS/ironic-api.out" "$STATE/bin/ironic-api" \
      --config-file "$ETC/ironic.conf" --log-file "$LOGS/ironic-api.log"
  wait_http ironic "http://$HOST:${PORT[ironic]}/"
  # a node is created only when a conductor serves its hardware type: wait for the
  # conductor's row (written once its drivers are loaded and JSON-RPC listens)
  [ $IRONIC_CONDUCTOR_STARTED = 0 ] ||
    wait_sql ironic-conductor ironic "select 1 from conductors where online and hostname = '$HOST'"
  step_end
fi
