# services/mistral.sh - Mistral (sourced by up.sh): the workflow API, engine, executor and
# event engine over RabbitMQ, so that a workflow of std.noop/std.echo tasks really runs to
# SUCCESS (and one with std.fail to ERROR) and cron triggers really fire.
#
# One process, Mistral's own all-in-one launcher (`mistral-server --server api,engine,...`):
# the engine, executor and event engine run as threads of the parent, the API in the one
# worker process oslo.service forks for it. That is two Python processes instead of four;
# the engine still reaches the executor over the bus (executor type `remote`), as it would
# across hosts. The notifier runs inside the engine (type `local`) with no publishers.
#
# `mistral-db-manage upgrade head` makes the schema; `populate` loads the standard actions
# (std.noop, std.echo, std.fail, std.http, ...) and workflows. Both once, marked in
# $STATE/mistral. Always on the bus: started alone, it expects the cloud's rabbitmq.

if has mistral; then
  step_start mistral
  port_open "${PORT[rabbitmq]}" || { log "mistral needs rabbitmq (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  MDIR=$STATE/mistral; mkdir -p "$MDIR"
  mkbin mistral-server mistral.cmd.launch:main
  mkbin mistral-db-manage mistral.db.sqlalchemy.migration.cli:main
  pg_db mistral
  # the event engine reads its event definitions at start: none here (no service sends
  # notifications on this cloud: every one has driver = noop)
  [ -f "$ETC/mistral-event-definitions.yaml" ] || echo '[]' >"$ETC/mistral-event-definitions.yaml"
  cat >"$ETC/mistral.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
[api]
host = $HOST
port = ${PORT[mistral]}
api_workers = 1
# delete_action_execution refuses by default; the SDK's deleteActionExecution is proven here
allow_action_execution_deletion = true
[engine]
host = loopback-cloud
[executor]
type = remote
host = loopback-cloud
[event_engine]
host = loopback-cloud
event_definitions_cfg_file = $ETC/mistral-event-definitions.yaml
[notifier]
type = local
[cron_trigger]
enabled = true
[database]
connection = $PGURL/mistral
max_pool_size = 5
$(authtoken_section mistral)
$COMMON_OSLO
EOF
  restart_if_changed mistral "$ETC/mistral.conf"
  if [ ! -f "$MDIR/db.done" ]; then
    "$STATE/bin/mistral-db-manage" --config-file "$ETC/mistral.conf" upgrade head >"$LOGS/mistral-db.log" 2>&1 \
      && "$STATE/bin/mistral-db-manage" --config-file "$ETC/mistral.conf" populate >>"$LOGS/mistral-db.log" 2>&1 \
      || { tail -20 "$LOGS/mistral-db.log"; exit 1; }
    touch "$MDIR/db.done"
  fi
  MISTRAL_STARTED=0
  if ! running mistral "${PORT[mistral]}"; then
    MISTRAL_STARTED=1
    start_bg mistral "$LOGS/mistral.out" "$STATE/bin/mistral-server" --config-file "$ETC/mistral.conf" \
      --server api,engine,executor,event-engine --log-file "$LOGS/mistral.log"
  fi
  wait_http mistral "http://$HOST:${PORT[mistral]}/"
  # an execution started before the engine and executor consume their queues would wait
  [ $MISTRAL_STARTED = 0 ] || wait_queues mistral mistral_engine mistral_executor
  step_end
fi
