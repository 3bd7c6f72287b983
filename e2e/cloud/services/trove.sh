# services/trove.sh - Trove (sourced by up.sh): trove-api, trove-taskmanager and
# trove-conductor over RabbitMQ, its database `trove` in PostgreSQL.
#
# Trove boots each database instance as a Nova server in the service project (Zed's admin
# clients: [service_credentials]), with a port on the management network made here
# (trove-mgmt, the service project's) and a Cinder volume for the data. The image is a tiny
# fake one in Glance (the fake driver never reads it). No guest agent ever runs inside, so
# an instance stays BUILD until the taskmanager gives up after usage_timeout and marks it
# ERROR; deleting it works in either state (the taskmanager deletes the server, the volume
# and the ports). Actions that talk to the guest (restart, resize, databases, users) answer
# 422/409 until the instance is ACTIVE, which it never becomes here.
#
# Datastores, versions and the configuration-group parameters come from trove-manage:
# mysql 5.7.29 (default) and 8.0, their validation rules from the package's templates
# (../trove_manage.py).

if has trove; then
  step_start trove
  port_open "${PORT[rabbitmq]}" || { log "trove needs rabbitmq (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  TDIR=$STATE/trove; mkdir -p "$TDIR"
  TROVE_PY=$($PY -c 'import os, trove; print(os.path.dirname(trove.__file__))')
  mkbin trove-api trove.cmd.api:main; mkbin trove-taskmanager trove.cmd.taskmanager:main
  mkbin trove-conductor trove.cmd.conductor:main
  # ../trove_manage.py: Trove 18's trove-manage needs inspect.getargspec, gone in Python 3.11
  mkbin trove-manage trove_manage:main; mkbin trove-datastores trove_manage:datastores_main
  pg_db trove
  OSC=(openstack --os-cloud local --os-region-name RegionOne)
  # the management network every instance gets a port on (service project's, made once)
  if [ ! -s "$TDIR/mgmt-net.id" ]; then
    SVC_PROJECT=$("${OSC[@]}" project show service -f value -c id)
    NET=$("${OSC[@]}" network show trove-mgmt -f value -c id 2>/dev/null ||
      "${OSC[@]}" network create trove-mgmt --project "$SVC_PROJECT" -f value -c id)
    "${OSC[@]}" subnet show trove-mgmt-subnet >/dev/null 2>&1 ||
      "${OSC[@]}" subnet create trove-mgmt-subnet --project "$SVC_PROJECT" --network "$NET" \
        --subnet-range 10.251.0.0/24 >/dev/null
    echo "$NET" >"$TDIR/mgmt-net.id"
  fi
  # the guest image: a kilobyte of zeros, public, tagged as Trove's images are
  if [ ! -s "$TDIR/image.id" ]; then
    head -c 1024 /dev/zero >"$TDIR/fake-guest.img"
    IMG=$("${OSC[@]}" image show trove-fake-guest -f value -c id 2>/dev/null ||
      "${OSC[@]}" image create trove-fake-guest --public --disk-format raw --container-format bare \
        --tag trove --file "$TDIR/fake-guest.img" -f value -c id)
    echo "$IMG" >"$TDIR/image.id"
  fi
  # the config the taskmanager injects into the guest (read, never used: no guest runs)
  printf '[DEFAULT]\n' >"$TDIR/trove-guestagent.conf"
  cat >"$ETC/trove.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
# the RPC host: an address here, not a name
host = $HOST
bind_host = $HOST
bind_port = ${PORT[trove]}
trove_api_workers = 1
trove_conductor_workers = 1
api_paste_config = $ETC/trove-api-paste.ini
network_driver = trove.network.neutron.NeutronDriver
management_networks = $(cat "$TDIR/mgmt-net.id")
# the datastore a create gets when it names none (its default version: trove_manage.py's first)
default_datastore = mysql
template_path = $TROVE_PY/templates/
guest_config = $TDIR/trove-guestagent.conf
cloudinit_location = $TDIR/cloudinit
# how long an instance waits for its guest before ERROR (default 30 minutes): no guest comes.
# Every instance the suites make waits this out before Trove lets it be deleted; 25 s still
# leaves the tests that look at BUILD (a handful of calls, seconds) a wide margin.
usage_timeout = 25
# How long a call to the guest waits for its answer (default 15 s). No guest ever answers
# here, yet the API asks one for its filesystem on every GET of an instance in ERROR, and the
# taskmanager asks it to stop the database before a delete: 15 s each, a minute and more of
# every suite's polling, for an answer that never comes.
agent_call_low_timeout = 3
# the API's own rate limit (200 a minute per verb) would throttle the suites' polling
http_get_rate = 100000
http_post_rate = 100000
http_put_rate = 100000
http_delete_rate = 100000
http_mgmt_post_rate = 100000
[service_credentials]
auth_url = $KS/v3
username = trove
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
[database]
connection = $PGURL/trove
max_pool_size = 5
$(authtoken_section trove)
$COMMON_OSLO
EOF
  # the upstream api-paste.ini, with CORS reading our config file
  cat >"$ETC/trove-api-paste.ini" <<EOF
[composite:trove]
use = call:trove.common.wsgi:versioned_urlmap
/: versions
/v1.0: troveapi
[app:versions]
paste.app_factory = trove.versions:app_factory
[pipeline:troveapi]
pipeline = cors request_id http_proxy_to_wsgi faultwrapper osprofiler authtoken authorization contextwrapper ratelimit extensions troveapp
[filter:extensions]
paste.filter_factory = trove.common.extensions:factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:authorization]
paste.filter_factory = trove.common.auth:AuthorizationMiddleware.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = trove
oslo_config_file = $ETC/trove.conf
[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory
[filter:contextwrapper]
paste.filter_factory = trove.common.wsgi:ContextMiddleware.factory
[filter:faultwrapper]
paste.filter_factory = trove.common.wsgi:FaultWrapper.factory
[filter:ratelimit]
paste.filter_factory = trove.common.limits:RateLimitingMiddleware.factory
[filter:osprofiler]
paste.filter_factory = osprofiler.web:WsgiMiddleware.factory
[app:troveapp]
paste.app_factory = trove.common.api:app_factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
EOF
  restart_if_changed trove "$ETC/trove.conf" "$ETC/trove-api-paste.ini"
  restart_if_changed trove-taskmanager "$ETC/trove.conf"
  restart_if_changed trove-conductor "$ETC/trove.conf"
  TM=(env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/trove-manage" --config-file "$ETC/trove.conf" --log-file "$LOGS/trove-manage.log")
  # Trove is written for MySQL: its migrations and its queries compare boolean columns with
  # integers (`active = 1`, `visible=0`), which PostgreSQL refuses ("operator does not exist:
  # boolean = integer"). The database `trove` gets those operators, as MySQL would read them.
  [ "$(pg_sql trove "select 1 from pg_operator where oprname = '=' and oprleft = 'boolean'::regtype and oprright = 'integer'::regtype")" = 1 ] ||
    pg_sql trove "create function bool_eq_int(boolean, integer) returns boolean immutable language sql as 'select \$1 = (\$2 <> 0)';
      create function int_eq_bool(integer, boolean) returns boolean immutable language sql as 'select (\$1 <> 0) = \$2';
      create function bool_ne_int(boolean, integer) returns boolean immutable language sql as 'select \$1 <> (\$2 <> 0)';
      create function int_ne_bool(integer, boolean) returns boolean immutable language sql as 'select (\$1 <> 0) <> \$2';
      create operator = (leftarg = boolean, rightarg = integer, function = bool_eq_int, commutator = =, negator = <>);
      create operator = (leftarg = integer, rightarg = boolean, function = int_eq_bool, commutator = =, negator = <>);
      create operator <> (leftarg = boolean, rightarg = integer, function = bool_ne_int, commutator = <>, negator = =);
      create operator <> (leftarg = integer, rightarg = boolean, function = int_ne_bool, commutator = <>, negator = =)"
  if [ ! -f "$TDIR/db.done" ]; then
    "${TM[@]}" db_sync >"$LOGS/trove-db.log" 2>&1 || { tail -n 20 "$LOGS/trove-db.log" "$LOGS/trove-manage.log"; exit 1; }
    touch "$TDIR/db.done"
  fi
  # datastores and versions (../trove_manage.py: idempotent, an existing one is updated)
  DS_MARK="$TDIR/datastores.$(cat "$TDIR/image.id")"
  if [ ! -f "$DS_MARK" ]; then
    env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 TROVE_GUEST_IMAGE="$(cat "$TDIR/image.id")" "$STATE/bin/trove-datastores" \
      --config-file "$ETC/trove.conf" --log-file "$LOGS/trove-manage.log" >>"$LOGS/trove-db.log" 2>&1 ||
      { tail -n 20 "$LOGS/trove-db.log"; exit 1; }
    touch "$DS_MARK"
  fi
  for svc in taskmanager conductor; do
    alive "trove-$svc" || start_bg "trove-$svc" "$LOGS/trove-$svc.out" "$STATE/bin/trove-$svc" \
      --config-file "$ETC/trove.conf" --log-file "$LOGS/trove-$svc.log"
  done
  running trove "${PORT[trove]}" ||
    start_bg trove "$LOGS/trove-api.out" "$STATE/bin/trove-api" --config-file "$ETC/trove.conf" --log-file "$LOGS/trove-api.log"
  wait_http trove "http://$HOST:${PORT[trove]}/"
  wait_queues "trove-taskmanager trove-conductor" taskmanager trove-conductor
  step_end
fi
