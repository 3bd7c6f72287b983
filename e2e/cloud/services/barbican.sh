# services/barbican.sh - Barbican (sourced by up.sh): barbican-api under uwsgi and, with
# rabbitmq (this run's or the running cloud's), barbican-worker, so that orders (keys the
# server generates) really complete. Without rabbitmq the API runs alone with
# [queue] enable = False: orders are then processed inside the API process, synchronously.
#
# Secrets are stored by the `store_crypto` secret store, encrypted by the `simple_crypto`
# plugin with a KEK of this cloud's own, made once and kept in $STATE/barbican/kek.
#
# Barbican's plugin modules each read their configuration from oslo's default places only
# (~/.barbican/barbican.conf, /etc/barbican/...), never from --config-file, so every
# barbican process runs with HOME pointing at a folder whose .barbican/barbican.conf links to
# the real file (Keystone's trick).

if has barbican; then
  step_start barbican
  BDIR=$STATE/barbican; mkdir -p "$BDIR/home/.barbican"
  mkbin barbican-manage barbican.cmd.barbican_manage:main
  # ../barbican_pg_text.py: barbican binds its base64 text as bytes, which psycopg2 would
  # store as a bytea literal ('\x...'); both processes load it first (see the file)
  mkbin barbican-worker barbican_pg_text:worker_main
  pg_db barbican
  # the key-encryption key: a Fernet key (32 random bytes, URL-safe base64); made once, never
  # rotated by up.sh (rotating it would make every stored secret unreadable)
  [ -s "$BDIR/kek" ] || { (umask 077; $PY -c 'import base64,os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())' >"$BDIR/kek"); }
  # the bus: this run's rabbitmq, or the one of the cloud this run adds barbican to
  BARBICAN_BUS=0; { has rabbitmq || running rabbitmq "${PORT[rabbitmq]}"; } && BARBICAN_BUS=1
  if [ $BARBICAN_BUS = 1 ]; then BARBICAN_TRANSPORT=$RABBIT_URL; BARBICAN_QUEUE=True
  else BARBICAN_TRANSPORT=fake://; BARBICAN_QUEUE=False; fi
  (umask 077; cat >"$ETC/barbican.conf" <<EOF
[DEFAULT]
# refs (secret_ref, container_ref, order_ref) follow the host the client called
host_href =
sql_connection = $PGURL/barbican
db_auto_create = False
transport_url = $BARBICAN_TRANSPORT
log_file = $LOGS/barbican-api.log
[queue]
enable = $BARBICAN_QUEUE
asynchronous_workers = 1
[secretstore]
namespace = barbican.secretstore.plugin
enabled_secretstore_plugins = store_crypto
[crypto]
namespace = barbican.crypto.plugin
enabled_crypto_plugins = simple_crypto
[simple_crypto_plugin]
kek = $(cat "$BDIR/kek")
# Zed's own defaults (member, reader, admin): without this, Zed still enforces its legacy
# rules, which know only the creator/observer/audit/admin roles, so demo (member) could do
# nothing. Scope is not enforced, and the project quotas go to the project admin (see the
# policy file): Zed's defaults give them to a system-scoped admin, whose token Zed's
# context middleware refuses (no project id: a 500), so no one could manage them.
[oslo_policy]
enforce_new_defaults = True
enforce_scope = False
policy_file = $ETC/barbican-policy.yaml
$(authtoken_section barbican)
$COMMON_OSLO
EOF
  )
  ln -sf "$ETC/barbican.conf" "$BDIR/home/.barbican/barbican.conf"
  cat >"$ETC/barbican-policy.yaml" <<EOF
"project_quotas:get": "role:admin"
"project_quotas:put": "role:admin"
"project_quotas:delete": "role:admin"
EOF
  cat >"$ETC/barbican-api-paste.ini" <<EOF
[composite:main]
use = egg:Paste#urlmap
/: barbican_version
/v1: barbican_api
[pipeline:barbican_version]
pipeline = cors request_id http_proxy_to_wsgi microversion versionapp
[pipeline:barbican_api]
pipeline = cors request_id http_proxy_to_wsgi authtoken context microversion apiapp
[app:apiapp]
paste.app_factory = barbican.api.app:create_main_app
[app:versionapp]
paste.app_factory = barbican.api.app:create_version_app
[filter:context]
paste.filter_factory = barbican.api.middleware.context:ContextMiddleware.factory
[filter:microversion]
paste.filter_factory = barbican.api.middleware.microversion:MicroversionMiddleware.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = barbican
oslo_config_file = $ETC/barbican.conf
[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware:HTTPProxyToWSGI.factory
EOF
  restart_if_changed barbican "$ETC/barbican.conf" "$ETC/barbican-api-paste.ini" "$ETC/barbican-policy.yaml" "$HERE/barbican_pg_text.py"
  [ $BARBICAN_BUS = 0 ] || restart_if_changed barbican-worker "$ETC/barbican.conf" "$HERE/barbican_pg_text.py"
  if ! running barbican "${PORT[barbican]}"; then
    [ -f "$BDIR/db.done" ] || { env HOME="$BDIR/home" "$STATE/bin/barbican-manage" db upgrade >"$LOGS/barbican-db.log" 2>&1 && touch "$BDIR/db.done"; }
    start_bg barbican "$LOGS/barbican-uwsgi.log" env HOME="$BDIR/home" uwsgi --plugin python3 \
      --pythonpath "$HERE" --import barbican_pg_text \
      --http-socket "$HOST:${PORT[barbican]}" --paste "config:$ETC/barbican-api-paste.ini" \
      --master --processes 1 --threads 1 --die-on-term --need-app --lazy-apps --buffer-size 65535 \
      --add-header 'Connection: close' --procname-prefix-spaced barbican
  fi
  BARBICAN_STARTED=0
  if [ $BARBICAN_BUS = 1 ] && ! alive barbican-worker; then BARBICAN_STARTED=1
    start_bg barbican-worker "$LOGS/barbican-worker.out" env HOME="$BDIR/home" PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/barbican-worker" \
      --log-file "$LOGS/barbican-worker.log"
  fi
  wait_http barbican "http://$HOST:${PORT[barbican]}/"
  # an order cast before the worker listens would be lost: wait for its consumer
  [ $BARBICAN_STARTED = 0 ] || wait_queues barbican-worker barbican.workers
  step_end
fi
