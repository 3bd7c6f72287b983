# services/designate.sh - Designate (sourced by up.sh): designate-api, -central, -worker,
# -producer and -mdns over RabbitMQ, and one BIND 9 (Debian's `named`) as the pool's
# nameserver, so that zones and recordsets really go ACTIVE and `dig` answers them.
#
# The way of a zone: the API hands it to central, central to the worker; the worker runs
# `rndc addzone` against our named (a secondary zone whose primary is designate-mdns),
# mdns sends NOTIFY, named pulls the zone by AXFR from mdns, and the worker polls named's
# SOA serial until it matches: then the zone (and its recordsets) become ACTIVE.
#
# named is ours alone: its own config, working directory, rndc key and ports under
# $STATE/designate/bind (DNS on 127.0.0.1:5322, rndc on 127.0.0.1:5953), never Debian's
# /etc/bind or port 53. Always on the RabbitMQ bus (central, worker and mdns cannot do
# without one): started alone, it expects the cloud's rabbitmq to be running already.

if has designate; then
  step_start designate
  port_open "${PORT[rabbitmq]}" || { log "designate needs rabbitmq (start it, or list it in CLOUD_SERVICES)"; exit 1; }
  DDIR=$STATE/designate; BDIR=$DDIR/bind; mkdir -p "$DDIR" "$BDIR/zones"
  DESIGNATE_DAEMONS=(central worker producer mdns)
  mkbin designate-api designate.cmd.api:main; mkbin designate-manage designate.cmd.manage:main
  for d in "${DESIGNATE_DAEMONS[@]}"; do mkbin designate-$d designate.cmd.$d:main; done
  pg_db designate
  # the owner of the reverse zones Designate makes for floating IP PTR records: the service
  # project (the clouds step seeded it before this one)
  MANAGED_PROJECT=$(openstack --os-cloud local project show service -f value -c id)

  # ---- named: a private BIND 9 whose zones designate adds and deletes through rndc
  [ -f "$BDIR/rndc.key" ] || rndc-confgen -a -A hmac-sha256 -k designate-rndc -c "$BDIR/rndc.key" >/dev/null 2>&1
  chmod 600 "$BDIR/rndc.key"
  cat >"$BDIR/rndc.conf" <<EOF
include "$BDIR/rndc.key";
options { default-key "designate-rndc"; default-server $HOST; default-port ${PORT[designate-rndc]}; };
EOF
  cat >"$BDIR/named.conf" <<EOF
include "$BDIR/rndc.key";
controls { inet $HOST port ${PORT[designate-rndc]} allow { $HOST; } keys { "designate-rndc"; }; };
options {
  directory "$BDIR/zones";
  pid-file "$BDIR/named.pid";
  session-keyfile "$BDIR/session.key";
  managed-keys-directory "$BDIR/zones";
  listen-on port ${PORT[designate-dns]} { $HOST; };
  listen-on-v6 { none; };
  // zones come and go at run time (rndc addzone/delzone from designate-worker)
  allow-new-zones yes;
  // an authoritative server only: no recursion, no DNSSEC validation of the outside world
  recursion no;
  dnssec-validation no;
  minimal-responses yes;
  // the zones' primary is designate-mdns, which alone may tell us of a change
  allow-notify { $HOST; };
  notify no;
};
EOF
  restart_if_changed designate-bind "$BDIR/named.conf"
  if ! running designate-bind "${PORT[designate-dns]}"; then
    # -g: foreground, log to stderr (our log file); -4: loopback IPv4 only
    start_bg designate-bind "$LOGS/designate-bind.log" /usr/sbin/named -g -4 -c "$BDIR/named.conf"
  fi

  # CORS: a browser may send Designate's project headers too (the SDK's withProjectScope)
  cat >"$ETC/designate.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT_URL
state_path = $DDIR
root_helper = env
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
[service:api]
listen = $HOST:${PORT[designate]}
workers = 1
api_base_uri = http://$HOST:${PORT[designate]}/
api_paste_config = $ETC/designate-api-paste.ini
auth_strategy = keystone
enable_api_v2 = true
enable_api_admin = true
enabled_extensions_admin = quotas
[service:central]
workers = 1
# the owner of the reverse (in-addr.arpa) zones designate makes for floating IP PTRs
managed_resource_tenant_id = $MANAGED_PROJECT
managed_resource_email = hostmaster@example.org
[service:worker]
workers = 1
# poll our named's SOA soon and often, so a zone is ACTIVE within seconds
poll_delay = 1
poll_retry_interval = 1
poll_max_retries = 30
[service:producer]
workers = 1
[service:mdns]
listen = $HOST:${PORT[designate-mdns]}
workers = 1
[storage:sqlalchemy]
connection = $PGURL/designate
[network_api:neutron]
endpoints = RegionOne|http://$HOST:${PORT[neutron]}
$(authtoken_section designate)
${COMMON_OSLO/allow_headers = /allow_headers = X-Auth-All-Projects,X-Auth-Sudo-Project-ID,}
EOF
  cat >"$ETC/designate-api-paste.ini" <<EOF
[composite:osapi_dns]
use = egg:Paste#urlmap
/: osapi_dns_versions
/healthcheck: healthcheck
/v2: osapi_dns_v2
/admin: osapi_dns_admin
[composite:osapi_dns_versions]
use = call:designate.api.middleware:auth_pipeline_factory
keystone = http_proxy_to_wsgi cors maintenance faultwrapper osapi_dns_app_versions
[app:osapi_dns_app_versions]
paste.app_factory = designate.api.versions:factory
[composite:osapi_dns_v2]
use = call:designate.api.middleware:auth_pipeline_factory
keystone = http_proxy_to_wsgi cors request_id faultwrapper validation_API_v2 sizelimit authtoken keystonecontext maintenance normalizeuri osapi_dns_app_v2
[app:osapi_dns_app_v2]
paste.app_factory = designate.api.v2:factory
[composite:osapi_dns_admin]
use = call:designate.api.middleware:auth_pipeline_factory
keystone = http_proxy_to_wsgi cors request_id faultwrapper sizelimit authtoken keystonecontext maintenance normalizeuri osapi_dns_app_admin
[app:osapi_dns_app_admin]
paste.app_factory = designate.api.admin:factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = designate
oslo_config_file = $ETC/designate.conf
[filter:request_id]
paste.filter_factory = oslo_middleware:RequestId.factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware:HTTPProxyToWSGI.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware:RequestBodySizeLimiter.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:keystonecontext]
paste.filter_factory = designate.api.middleware:KeystoneContextMiddleware.factory
[filter:maintenance]
paste.filter_factory = designate.api.middleware:MaintenanceMiddleware.factory
[filter:normalizeuri]
paste.filter_factory = designate.api.middleware:NormalizeURIMiddleware.factory
[filter:faultwrapper]
paste.filter_factory = designate.api.middleware:FaultWrapperMiddleware.factory
[filter:validation_API_v2]
paste.filter_factory = designate.api.middleware:APIv2ValidationErrorMiddleware.factory
[app:healthcheck]
paste.app_factory = oslo_middleware:Healthcheck.app_factory
backends = disable_by_file
disable_by_file_path = $DDIR/healthcheck_disable
EOF
  # one pool: its NS record names a host of example.org; its one target is our named,
  # driven by rndc, whose zones' primary is designate-mdns
  cat >"$ETC/designate-pools.yaml" <<EOF
- name: default
  description: BIND 9 on loopback
  attributes: {}
  ns_records:
    - hostname: ns1.example.org.
      priority: 1
  nameservers:
    - host: $HOST
      port: ${PORT[designate-dns]}
  targets:
    - type: bind9
      description: BIND 9 on loopback
      masters:
        - host: $HOST
          port: ${PORT[designate-mdns]}
      options:
        host: $HOST
        port: ${PORT[designate-dns]}
        rndc_host: $HOST
        rndc_port: ${PORT[designate-rndc]}
        rndc_config_file: $BDIR/rndc.conf
        clean_zonefile: true
EOF
  restart_if_changed designate "$ETC/designate.conf" "$ETC/designate-api-paste.ini"
  for d in "${DESIGNATE_DAEMONS[@]}"; do restart_if_changed designate-$d "$ETC/designate.conf" "$ETC/designate-pools.yaml"; done
  [ -f "$DDIR/db.done" ] || { "$STATE/bin/designate-manage" --config-file "$ETC/designate.conf" database sync \
    >"$LOGS/designate-db.log" 2>&1 && touch "$DDIR/db.done"; }
  DESIGNATE_STARTED=0
  for d in "${DESIGNATE_DAEMONS[@]}"; do
    alive designate-$d || { DESIGNATE_STARTED=1
      start_bg designate-$d "$LOGS/designate-$d.out" "$STATE/bin/designate-$d" \
        --config-file "$ETC/designate.conf" --log-file "$LOGS/designate-$d.log"; }
  done
  if ! running designate "${PORT[designate]}"; then
    start_bg designate "$LOGS/designate-api.out" "$STATE/bin/designate-api" \
      --config-file "$ETC/designate.conf" --log-file "$LOGS/designate-api.log"
  fi
  wait_http designate "http://$HOST:${PORT[designate]}/"
  # a cast to a queue no one has declared yet is lost: wait for the consumers
  # (mdns serves DNS only: since Zed it has no RPC queue)
  [ $DESIGNATE_STARTED = 0 ] || wait_queues "${DESIGNATE_DAEMONS[*]/#/designate-}" central worker producer
  # the pool goes in through central (a running central is needed); again only when
  # pools.yaml changed (designate-manage takes ~10 s to start)
  POOLS_HASH=$(md5sum <"$ETC/designate-pools.yaml" | cut -c1-32)
  if [ "$(cat "$DDIR/pools.applied" 2>/dev/null)" != "$POOLS_HASH" ]; then
    "$STATE/bin/designate-manage" --config-file "$ETC/designate.conf" pool update \
      --file "$ETC/designate-pools.yaml" >"$LOGS/designate-pool.log" 2>&1 || { tail -20 "$LOGS/designate-pool.log"; exit 1; }
    echo "$POOLS_HASH" >"$DDIR/pools.applied"
  fi
  step_end
fi
