# services/ironic-inspector.sh - Ironic Inspector (sourced by up.sh): one `ironic-inspector`
# process (standalone: API and conductor together, RPC over oslo.messaging's in-process
# `fake://` transport, so no bus), against the cloud's running Ironic.
#
# Nothing boots a ramdisk here: introspection is started through the inspector's own API
# (Ironic's nodes keep their fake inspect interface), the inspector sets the node's boot
# device and reboots it through Ironic's fake management and power interfaces, and waits.
# Whoever plays the ramdisk POSTs the inventory to /v1/continue (unauthenticated, as IPA
# does) naming a MAC of one of the node's Ironic ports; processing then writes the node's
# properties in Ironic, powers it off, runs the introspection rules and stores the data
# in PostgreSQL ([processing] store_data = database), so GET .../data answers.
#
# The PXE filter is `noop`: there is no dnsmasq or iptables to drive on the loopback.

if has ironic-inspector; then
  step_start ironic-inspector
  port_open "${PORT[ironic]}" || { log "ironic-inspector needs ironic (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  IIDIR=$STATE/ironic-inspector; mkdir -p "$IIDIR"
  mkbin ironic-inspector ironic_inspector.cmd.all:main
  mkbin ironic-inspector-dbsync ironic_inspector.cmd.dbsync:main
  pg_db ironic_inspector
  INSPECTOR_VERSION_HEADERS=X-OpenStack-Ironic-Inspector-API-Version,X-OpenStack-Ironic-Inspector-API-Minimum-Version,X-OpenStack-Ironic-Inspector-API-Maximum-Version
  INSPECTOR_CORS=${COMMON_OSLO/expose_headers = /expose_headers = $INSPECTOR_VERSION_HEADERS,}
  cat >"$ETC/ironic-inspector.conf" <<EOF
[DEFAULT]
standalone = true
# the API's calls to the conductor stay in this one process
transport_url = fake://
auth_strategy = keystone
listen_address = $HOST
listen_port = ${PORT[ironic-inspector]}
host = $HOST
state_path = $IIDIR
# a node that no ramdisk ever answers for fails after 10 minutes, not the default hour
timeout = 600
# no pause between two nodes' reboots: tests start several at once
introspection_delay = 0
graceful_shutdown_timeout = 5
[pxe_filter]
driver = noop
[processing]
store_data = database
# an interface the ramdisk reports counts without an IP address: on the loopback a test
# playing the ramdisk has none to give (the default, pxe, skips address-less interfaces)
add_ports = all
# the fake power interface reports the node off after processing, as a real BMC would
power_off = true
[database]
connection = $PGURL/ironic_inspector
max_pool_size = 5
[ironic]
auth_type = password
auth_url = $KS/v3
username = ironic-inspector
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
valid_interfaces = public
$(authtoken_section ironic-inspector)
${INSPECTOR_CORS/allow_headers = /allow_headers = $INSPECTOR_VERSION_HEADERS,}
EOF
  restart_if_changed ironic-inspector "$ETC/ironic-inspector.conf"
  [ -f "$IIDIR/db.done" ] || { "$STATE/bin/ironic-inspector-dbsync" --config-file "$ETC/ironic-inspector.conf" upgrade \
    >"$LOGS/ironic-inspector-db.log" 2>&1 || { tail -20 "$LOGS/ironic-inspector-db.log"; exit 1; }; touch "$IIDIR/db.done"; }
  running ironic-inspector "${PORT[ironic-inspector]}" ||
    start_bg ironic-inspector "$LOGS/ironic-inspector.out" "$STATE/bin/ironic-inspector" \
      --config-file "$ETC/ironic-inspector.conf" --log-file "$LOGS/ironic-inspector.log"
  wait_http ironic-inspector "http://$HOST:${PORT[ironic-inspector]}/"
  step_end
fi
