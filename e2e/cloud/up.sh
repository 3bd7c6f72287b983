#!/usr/bin/env bash
# up.sh - bring up a small, real OpenStack (Debian bookworm = OpenStack Zed)
# on 127.0.0.1 only, without systemd, docker or any service package postinst.
#
#   CLOUD_STATE     state dir (configs, pg cluster, keys, data, logs)  default: ./state
#   CLOUD_SERVICES  which services to run (in this order)
#                   default: "rabbitmq keystone glance placement neutron swift nova cinder heat octavia barbican designate ironic zaqar manila mistral oidc masakari magnum senlin trove ironic-inspector"
#                   (without rabbitmq, nova and cinder run their APIs only, on fake://)
#   CLOUD_SKIP_APT=1  do not run apt-get at all
#   --only a,b      only these services (types or step names) and what they need
#   CLOUD_PIDS      the PID file (default ./pids): point it at a running cloud's to add services to it
#   CLOUD_ADMIN_PASSWORD (admin), CLOUD_SERVICE_PASSWORD, CLOUD_DEMO_PASSWORD,
#   CLOUD_APPCRED_SECRET  credentials written into keystone and clouds.yaml
#   CLOUD_OIDC_CLIENT_SECRET, CLOUD_OIDC_USER_PASSWORD, CLOUD_OIDC_KEYSTONE_SECRET  the OpenID
#                   Connect provider's (services/oidc.sh), written into clouds.yaml too
#
# Idempotent: re-running re-uses installed packages, existing DBs and keys, and
# leaves already-running services alone (a service is "running" when its PID
# from ./pids is alive and its port answers).
#
# This file holds the shared variables and the order of the steps; lib.sh holds
# the helpers, services/<step>.sh one step each (sourced, so they share this shell).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${CLOUD_STATE:-$HERE/state}
SERVICES=${CLOUD_SERVICES:-"rabbitmq keystone glance placement neutron swift nova cinder heat octavia barbican designate ironic zaqar manila mistral oidc masakari magnum senlin trove ironic-inspector"}
# --only a,b (pnpm cloud:up -- --only orchestration,dns): those services, by step or service
# type, with the bus and Keystone every service needs, and what each one's own tests use.
declare -A NEEDS=([identity]=keystone [image]=glance [placement]=placement [network]=neutron
                  [object-store]=swift [compute]="glance placement neutron nova" [block-storage]=cinder
                  [orchestration]="glance placement neutron nova cinder heat" [load-balancer]=octavia
                  [key-manager]=barbican [dns]="neutron designate" [oidc]=oidc
                  [baremetal]="neutron ironic"
                  [message]="swift zaqar"
                  [shared-file-system]=manila
                  [workflow]=mistral
                  [instance-ha]="glance placement neutron nova masakari"
                  [container-infrastructure-management]="glance placement neutron nova cinder heat magnum"
                  [clustering]="glance placement neutron nova senlin"
                  [database]="glance placement neutron nova cinder trove"
                  [baremetal-introspection]="neutron ironic ironic-inspector")
while [ $# -gt 0 ]; do
  case $1 in
    --) shift ;;
    --only|--only=*)
      if [ "$1" = --only ]; then [ $# -ge 2 ] || { echo "up.sh: --only needs a list" >&2; exit 2; }; LIST=$2; shift 2
      else LIST=${1#--only=}; shift; fi
      SERVICES="rabbitmq keystone"
      for name in ${LIST//,/ }; do
        if [ -n "${NEEDS[$name]:-}" ]; then SERVICES+=" ${NEEDS[$name]}"
        elif [ -f "$HERE/services/$name.sh" ] && [[ " ${!NEEDS[*]} ${NEEDS[*]} " == *" $name "* ]]; then SERVICES+=" $name"
        else echo "up.sh: --only: no service '$name'; known: ${!NEEDS[*]}" >&2; exit 2; fi
      done ;;
    *) echo "up.sh: unknown argument '$1' (usage: up.sh [--only service,...])" >&2; exit 2 ;;
  esac
done
PIDS=${CLOUD_PIDS:-$HERE/pids}   # another checkout may add its services to a running cloud
LOGS=$STATE/logs
ETC=$STATE/etc
PY=/usr/bin/python3            # Debian's python, never a pyenv shim
HOST=127.0.0.1
ADMIN_PASS=${CLOUD_ADMIN_PASSWORD:-admin}
SERVICE_PASS=${CLOUD_SERVICE_PASSWORD:-service-secret}
DEMO_PASS=${CLOUD_DEMO_PASSWORD:-demo-secret}
APPCRED_SECRET=${CLOUD_APPCRED_SECRET:-appcred-secret}
OIDC_CLIENT_SECRET=${CLOUD_OIDC_CLIENT_SECRET:-openstack-ts-oidc-secret}
OIDC_USER_PASSWORD=${CLOUD_OIDC_USER_PASSWORD:-alice-oidc-secret}
OIDC_KEYSTONE_SECRET=${CLOUD_OIDC_KEYSTONE_SECRET:-keystone-oidc-secret}
PG_PORT=15432
PG_BIN=/usr/lib/postgresql/15/bin
PGDATA=$STATE/pg/data
PGRUN=$STATE/pg/run
PGURL="postgresql+psycopg2://openstack:openstack@$HOST:$PG_PORT"
declare -A PORT=([keystone]=5000 [keystone-short]=35357 [glance]=9292 [placement]=8778 [neutron]=9696
                 [swift]=8080 [swift-object]=6200 [swift-container]=6201 [swift-account]=6202
                 [nova]=8774 [cinder]=8776 [postgres]=$PG_PORT
                 [rabbitmq]=5672 [rabbitmq-dist]=25672 [rabbitmq-ctl]=35672 [epmd]=4369
                 [heat]=8004 [octavia]=9876 [octavia-health]=5555 [barbican]=9311
                 [designate]=9001 [designate-mdns]=5354 [designate-dns]=5322 [designate-rndc]=5953
                 [ironic]=6385 [ironic-rpc]=8089
                 [zaqar]=8888
                 [manila]=8786
                 [mistral]=8989
                 [oidc]=8900 [oidc-tls]=8943 [oidc-apache]=5080
                 [masakari]=15868
                 [magnum]=9511
                 [senlin]=8777
                 [trove]=8779
                 [ironic-inspector]=5050)
KS=http://$HOST:${PORT[keystone]}
export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml

T0=$(date +%s.%N)
mkdir -p "$STATE" "$LOGS" "$ETC" "$STATE/lock"
touch "$PIDS"
TIMINGS=$STATE/timings.log
echo "=== up.sh run $(date -Is) services: $SERVICES" >>"$TIMINGS"

# shellcheck source=lib.sh
. "$HERE/lib.sh"
# each step is guarded by `has <service>` inside its file (packages and postgres always run)
for step in packages postgres rabbitmq keystone keystone-short clouds oidc glance placement neutron swift nova cinder heat octavia barbican designate ironic zaqar manila mistral masakari magnum senlin trove ironic-inspector; do
  # shellcheck source=/dev/null
  . "$HERE/services/$step.sh"
done

step_start ALL; STEP_T=$T0; step_end
log "cloud is up; PIDs in $PIDS; export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml OS_CLOUD=local"
