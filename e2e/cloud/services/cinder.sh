# services/cinder.sh - Cinder (sourced by up.sh): the API and, with rabbitmq, cinder-scheduler,
# cinder-volume and cinder-backup, so volumes really become available, extend, attach,
# snapshot, back up and restore. Without rabbitmq: the API only on fake://, volumes stay
# creating.
#
# The backend "localfile" is ../cinder_localfile.py: python3-cinder's own fake driver
# (cinder.tests.fake_driver.FakeLoggingVolumeDriver) with each volume and snapshot backed
# by a thin file in $STATE/cinder/volumes and exported as os-brick's "local" connector,
# so that cinder-backup (posix driver, into $STATE/cinder/backups) reads real bytes.
# No block device, LVM, loop device or iSCSI target is involved.

if has cinder; then
  step_start cinder
  CDIR=$STATE/cinder; mkdir -p "$CDIR/volumes" "$CDIR/backups"
  mkbin cinder-api cinder.cmd.api:main; mkbin cinder-manage cinder.cmd.manage:main
  pg_db cinder
  CINDER_DAEMONS=()
  if has rabbitmq; then CINDER_TRANSPORT=$RABBIT_URL; CINDER_DAEMONS=(scheduler volume backup)
  else CINDER_TRANSPORT=fake://; fi
  cat >"$ETC/cinder.conf" <<EOF
[DEFAULT]
osapi_volume_listen = $HOST
osapi_volume_listen_port = ${PORT[cinder]}
osapi_volume_workers = 1
api_paste_config = $ETC/cinder-api-paste.ini
auth_strategy = keystone
transport_url = $CINDER_TRANSPORT
my_ip = $HOST
host = loopback-cloud
# stop within seconds (down.sh, config changes), not the default minute
graceful_shutdown_timeout = 5
state_path = $CDIR
log_file = $LOGS/cinder-api.log
enabled_backends = localfile
# which list filters non-admin users may use (python3-cinder ships no such file)
resource_query_filters_file = $ETC/cinder-resource-filters.json
backup_driver = cinder.backup.drivers.posix.PosixBackupDriver
backup_posix_path = $CDIR/backups
# a backup reads what the volume's file holds: in 64 MiB chunks with zstd (the defaults,
# ~1.9 GB chunks and zlib, hold that much in memory and are about three times slower)
backup_file_size = 67108864
backup_compression_algorithm = zstd
[localfile]
volume_driver = cinder_localfile.LocalFileDriver
volume_backend_name = localfile
volumes_dir = $CDIR/volumes
target_helper = fake
[database]
connection = $PGURL/cinder
$(authtoken_section cinder)
# cinder tells nova about extended in-use volumes (os-server-external-events, admin only)
[nova]
auth_type = password
auth_url = $KS/v3
username = cinder
password = $SERVICE_PASS
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
interface = public
# we run as root: privsep needs no sudo/rootwrap in front of it
[privsep_osbrick]
helper_command = privsep-helper --config-file $ETC/cinder.conf --privsep_context os_brick.privileged.default --privsep_sock_path $CDIR/osbrick.sock
[cinder_sys_admin]
helper_command = privsep-helper --config-file $ETC/cinder.conf --privsep_context cinder.privsep.sys_admin_pctxt --privsep_sock_path $CDIR/sysadmin.sock
$COMMON_OSLO
EOF
  cat >"$ETC/cinder-resource-filters.json" <<EOF
{
  "volume": ["name", "status", "metadata", "bootable", "migration_status", "availability_zone",
             "group_id", "size", "created_at", "updated_at"],
  "backup": ["name", "status", "volume_id"],
  "snapshot": ["name", "status", "volume_id", "metadata", "availability_zone"],
  "group": ["name"],
  "group_snapshot": ["name", "status", "group_id"],
  "attachment": ["volume_id", "status", "instance_id", "attach_status"],
  "message": ["resource_uuid", "resource_type", "event_id", "request_id", "message_level"],
  "pool": ["name", "volume_type"],
  "volume_type": ["is_public", "extra_specs"]
}
EOF
  cat >"$ETC/cinder-api-paste.ini" <<EOF
[composite:osapi_volume]
use = call:cinder.api:root_app_factory
/: apiversions
/healthcheck: healthcheck
/v3: openstack_volume_api_v3
[composite:openstack_volume_api_v3]
use = call:cinder.api.middleware.auth:pipeline_factory
keystone = cors http_proxy_to_wsgi request_id faultwrap sizelimit authtoken keystonecontext apiv3
[filter:request_id]
paste.filter_factory = oslo_middleware.request_id:RequestId.factory
[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware.http_proxy_to_wsgi:HTTPProxyToWSGI.factory
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = cinder
oslo_config_file = $ETC/cinder.conf
[filter:faultwrap]
paste.filter_factory = cinder.api.middleware.fault:FaultWrapper.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware.sizelimit:RequestBodySizeLimiter.factory
[app:apiv3]
paste.app_factory = cinder.api.v3.router:APIRouter.factory
[pipeline:apiversions]
pipeline = cors http_proxy_to_wsgi faultwrap osvolumeversionapp
[app:osvolumeversionapp]
paste.app_factory = cinder.api.versions:Versions.factory
[filter:keystonecontext]
paste.filter_factory = cinder.api.middleware.auth:CinderKeystoneContext.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[app:healthcheck]
paste.app_factory = oslo_middleware:Healthcheck.app_factory
backends = disable_by_file
disable_by_file_path = $CDIR/healthcheck_disable
EOF
  restart_if_changed cinder "$ETC/cinder.conf" "$ETC/cinder-api-paste.ini" "$ETC/cinder-resource-filters.json"
  for d in "${CINDER_DAEMONS[@]}"; do restart_if_changed cinder-$d "$ETC/cinder.conf" "$HERE/cinder_localfile.py"; done
  if ! running cinder "${PORT[cinder]}"; then
    [ -f "$CDIR/db.done" ] || { "$STATE/bin/cinder-manage" --config-file "$ETC/cinder.conf" db sync >"$LOGS/cinder-db.log" 2>&1 && touch "$CDIR/db.done"; }
    start_bg cinder "$LOGS/cinder-api.out" "$STATE/bin/cinder-api" --config-file "$ETC/cinder.conf"
  fi
  CINDER_STARTED=0
  for d in "${CINDER_DAEMONS[@]}"; do
    mkbin cinder-$d cinder.cmd.$d:main
    alive cinder-$d || { CINDER_STARTED=1
      start_bg cinder-$d "$LOGS/cinder-$d.out" env PYTHONPATH="$HERE" PYTHONDONTWRITEBYTECODE=1 "$STATE/bin/cinder-$d" \
        --config-file "$ETC/cinder.conf" --log-file "$LOGS/cinder-$d.log"; }
  done
  wait_http cinder "http://$HOST:${PORT[cinder]}/"
  # a cast to a queue no one has declared yet is lost: wait for the consumers
  [ $CINDER_STARTED = 0 ] || wait_queues "${CINDER_DAEMONS[*]/#/cinder-}" cinder-scheduler cinder-volume.loopback-cloud@localfile cinder-backup
  step_end
fi
