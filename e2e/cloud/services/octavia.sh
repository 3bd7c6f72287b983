# services/octavia.sh - Octavia (sourced by up.sh): octavia-api, octavia-worker,
# octavia-health-manager and octavia-housekeeping, from python3-octavia, over RabbitMQ.
#
# The provider is "amphora" (the real v2 controller worker and its taskflow flows), with the
# no-op amphora, compute and network drivers python3-octavia ships: no VM, no haproxy, no
# Neutron port is made, but every load balancer, listener, pool, member, health monitor and
# L7 policy goes through the worker's real flows from PENDING_* to ACTIVE (or ERROR), and
# amphorae rows exist for the admin amphora calls. The no-op network driver answers for any
# subnet, network or port id: the VIP is not checked against Neutron.
#
# The amphora flows sign a server certificate for each amphora even with the no-op driver
# (GenerateServerPEMTask, local_cert_generator), so a throw-away CA is made in $ODIR/certs.
# The API runs wsgiref's simple_server (octavia.cmd.api): one request at a time, fine here.

if has octavia; then
  step_start octavia
  ODIR=$STATE/octavia; mkdir -p "$ODIR/certs" "$ODIR/certstore"
  # ../octavia_native_logging.py: without it the worker's threads could deadlock on logging's
  # lock, which oslo.log swaps for an eventlet one (see the file)
  mkbin octavia-api octavia_native_logging:api_main
  mkbin octavia-worker octavia_native_logging:worker_main
  mkbin octavia-health-manager octavia_native_logging:health_manager_main
  mkbin octavia-housekeeping octavia_native_logging:housekeeping_main
  mkbin octavia-db-manage octavia.db.migration.cli:main
  pg_db octavia
  if [ ! -f "$ODIR/certs/ca.key" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=octavia-loopback-ca" \
      -keyout "$ODIR/certs/ca.key" -out "$ODIR/certs/ca.pem" >"$LOGS/octavia-ca.log" 2>&1
    chmod 600 "$ODIR/certs/ca.key"
  fi
  [ -f "$ODIR/heartbeat.key" ] || { head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$ODIR/heartbeat.key"; chmod 600 "$ODIR/heartbeat.key"; }
  cat >"$ETC/octavia.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
host = loopback-cloud
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
[api_settings]
bind_host = $HOST
bind_port = ${PORT[octavia]}
auth_strategy = keystone
enabled_provider_drivers = amphora:The Octavia Amphora driver (no-op drivers on loopback).,octavia:Deprecated alias of the Octavia Amphora driver.
default_provider_driver = amphora
[database]
connection = $PGURL/octavia
[controller_worker]
workers = 1
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
image_driver = image_noop_driver
volume_driver = volume_noop_driver
loadbalancer_topology = SINGLE
# the compute flow reads it into every amphora's config drive, no-op driver or not
client_ca = $ODIR/certs/ca.pem
# the no-op compute driver answers at once: do not sleep between its polls
amp_active_wait_sec = 1
[task_flow]
jobboard_enabled = False
max_workers = 2
[health_manager]
# the UDP heartbeat listener: loopback only
bind_ip = $HOST
bind_port = ${PORT[octavia-health]}
controller_ip_port_list = $HOST:${PORT[octavia-health]}
heartbeat_key = $(cat "$ODIR/heartbeat.key")
health_update_threads = 1
stats_update_threads = 1
failover_threads = 1
[house_keeping]
cleanup_interval = 30
[certificates]
cert_generator = local_cert_generator
cert_manager = local_cert_manager
ca_certificate = $ODIR/certs/ca.pem
ca_private_key = $ODIR/certs/ca.key
storage_path = $ODIR/certstore
[haproxy_amphora]
bind_host = $HOST
$(authtoken_section octavia)
[service_auth]
auth_type = password
auth_url = $KS/v3
username = octavia
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
# octavia-worker also serves the v1 topic, named here (it has no default)
[oslo_messaging]
topic = octavia_prov
$COMMON_OSLO
EOF
  OCTAVIA_DAEMONS=(worker health-manager housekeeping)
  restart_if_changed octavia "$ETC/octavia.conf" "$HERE/octavia_native_logging.py"
  for d in "${OCTAVIA_DAEMONS[@]}"; do restart_if_changed octavia-$d "$ETC/octavia.conf" "$HERE/octavia_native_logging.py"; done
  if ! running octavia "${PORT[octavia]}"; then
    # the migrations are MySQL-only: tables from the models, then alembic stamped at head
    [ -f "$ODIR/db.done" ] || { { $PY "$HERE/octavia_schema.py" "$PGURL/octavia" &&
      "$STATE/bin/octavia-db-manage" --config-file "$ETC/octavia.conf" stamp head; } \
      >"$LOGS/octavia-db.log" 2>&1 || { log "octavia schema FAILED, see $LOGS/octavia-db.log"; exit 1; }
      touch "$ODIR/db.done"; }
    start_bg octavia "$LOGS/octavia-api.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/octavia-api" --config-file "$ETC/octavia.conf" \
      --log-file "$LOGS/octavia-api.log"
  fi
  OCTAVIA_STARTED=0
  for d in "${OCTAVIA_DAEMONS[@]}"; do
    alive octavia-$d || { OCTAVIA_STARTED=1
      start_bg octavia-$d "$LOGS/octavia-$d.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/octavia-$d" --config-file "$ETC/octavia.conf" \
        --log-file "$LOGS/octavia-$d.log"; }
  done
  wait_http octavia "http://$HOST:${PORT[octavia]}/"
  # a cast to a queue no one has declared yet is lost: wait for the worker's consumer
  [ $OCTAVIA_STARTED = 0 ] || wait_queues octavia-worker octavia_provisioning_v2
  # Octavia lets a project's users in only with its own roles (load-balancer_member, …), as
  # devstack grants them: demo and alt_demo become members of their projects' load balancers.
  [ -f "$ODIR/roles.done" ] || { OS_CLOUD=local $PY - <<'EOF' >>"$LOGS/octavia-db.log" 2>&1 && touch "$ODIR/roles.done"; }
import openstack
idn = openstack.connect().identity
role = idn.find_role('load-balancer_member') or idn.create_role(name='load-balancer_member')
for user, project in [('demo', 'demo'), ('alt_demo', 'alt_demo')]:
    u, p = idn.find_user(user, domain_id='default'), idn.find_project(project, domain_id='default')
    if u and p:
        idn.assign_project_role_to_user(p, u, role)
EOF
  step_end
fi
