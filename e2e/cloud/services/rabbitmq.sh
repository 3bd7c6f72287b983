# services/rabbitmq.sh - Debian's RabbitMQ as the message bus, on 127.0.0.1 only (sourced by up.sh).
#
# Everything Erlang listens on is pinned to loopback: AMQP (NODE_IP_ADDRESS), the node's
# distribution port (one fixed port, inet_dist_use_interface), epmd (ERL_EPMD_ADDRESS, and
# we start epmd ourselves in the foreground so down.sh can stop it), and the short-lived
# distribution port of the rabbitmqctl CLI (CTL_ERL_ARGS, CTL_DIST_PORT_MIN/MAX).
# The node runs as root with its own HOME (Erlang cookie), config and mnesia under
# $STATE/rabbitmq; Debian's /etc/rabbitmq and /var/lib/rabbitmq are not used.
# The vhost and user for OpenStack are made on the first boot (default_vhost/default_user).

RABBIT_USER=openstack
RABBIT_PASS=${CLOUD_RABBIT_PASSWORD:-rabbit-secret}
RABBIT_VHOST=openstack
RABBIT_URL="rabbit://$RABBIT_USER:$RABBIT_PASS@$HOST:${PORT[rabbitmq]}/$RABBIT_VHOST"
RDIR=$STATE/rabbitmq
# the environment every rabbitmq script (server and CLI) reads first
rabbit_env() { env HOME="$RDIR" RABBITMQ_CONF_ENV_FILE="$RDIR/rabbitmq-env.conf" ERL_EPMD_ADDRESS=$HOST \
  ERL_EPMD_PORT=${PORT[epmd]} "$@"; }
rabbitmqctl() { rabbit_env /usr/lib/rabbitmq/bin/rabbitmqctl "$@"; }

if has rabbitmq; then
  step_start rabbitmq
  mkdir -p "$RDIR/mnesia" "$RDIR/log"
  cat >"$RDIR/rabbitmq-env.conf" <<EOF
# sourced by /usr/lib/rabbitmq/bin/rabbitmq-env (server and CLI)
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=$HOST
NODE_PORT=${PORT[rabbitmq]}
DIST_PORT=${PORT[rabbitmq-dist]}
ERL_EPMD_ADDRESS=$HOST
ERL_EPMD_PORT=${PORT[epmd]}
CONFIG_FILE=$RDIR/rabbitmq.conf
ADVANCED_CONFIG_FILE=$RDIR/advanced.config
ENABLED_PLUGINS_FILE=$RDIR/enabled_plugins
MNESIA_BASE=$RDIR/mnesia
LOG_BASE=$RDIR/log
PID_FILE=$RDIR/rabbit.pid
SERVER_ADDITIONAL_ERL_ARGS="-start_epmd false -kernel inet_dist_use_interface {127,0,0,1} -kernel inet_dist_listen_min ${PORT[rabbitmq-dist]} -kernel inet_dist_listen_max ${PORT[rabbitmq-dist]}"
CTL_ERL_ARGS="-start_epmd false -kernel inet_dist_use_interface {127,0,0,1}"
CTL_DIST_PORT_MIN=${PORT[rabbitmq-ctl]}
CTL_DIST_PORT_MAX=$((PORT[rabbitmq-ctl] + 10))
EOF
  cat >"$RDIR/rabbitmq.conf" <<EOF
listeners.tcp.default = $HOST:${PORT[rabbitmq]}
default_vhost = $RABBIT_VHOST
default_user = $RABBIT_USER
default_pass = $RABBIT_PASS
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
default_user_tags.administrator = true
log.console = false
log.file.level = info
# a test machine: do not block publishers because the disk or memory looks small
disk_free_limit.absolute = 50MB
vm_memory_high_watermark.relative = 0.6
EOF
  echo '[].' >"$RDIR/advanced.config"
  echo '[].' >"$RDIR/enabled_plugins"   # no management plugin: nothing else listens
  restart_if_changed rabbitmq "$RDIR/rabbitmq-env.conf" "$RDIR/rabbitmq.conf"
  # epmd in the foreground (not the daemon erl would fork), loopback only
  running epmd "${PORT[epmd]}" || {
    start_bg epmd "$LOGS/epmd.log" env ERL_EPMD_ADDRESS=$HOST epmd -address $HOST -port "${PORT[epmd]}"
    for _ in $(seq 1 40); do port_open "${PORT[epmd]}" && break; sleep 0.25; done; }
  if ! running rabbitmq "${PORT[rabbitmq]}"; then
    start_bg rabbitmq "$LOGS/rabbitmq.out" env HOME="$RDIR" RABBITMQ_CONF_ENV_FILE="$RDIR/rabbitmq-env.conf" \
      ERL_EPMD_ADDRESS=$HOST ERL_EPMD_PORT="${PORT[epmd]}" /usr/lib/rabbitmq/bin/rabbitmq-server
  fi
  # the AMQP port opens once the broker has booted (and made the vhost and user)
  i=0; until port_open "${PORT[rabbitmq]}"; do
    alive rabbitmq || { log "rabbitmq DIED, see $LOGS/rabbitmq.out and $RDIR/log"; exit 1; }
    i=$((i+1)); [ $i -lt 240 ] || { log "TIMEOUT waiting for rabbitmq"; exit 1; }; sleep 0.25
  done
  step_end
fi
