# services/placement.sh - Placement under uwsgi (sourced by up.sh).

if has placement; then
  step_start placement
  PDIR=$STATE/placement; mkdir -p "$PDIR" "$ETC/placement"; pg_db placement
  cat >"$ETC/placement/placement.conf" <<EOF
[DEFAULT]
log_file = $LOGS/placement.log
[api]
auth_strategy = keystone
[placement_database]
connection = $PGURL/placement
$(authtoken_section placement)
$COMMON_OSLO
EOF
  restart_if_changed placement "$ETC/placement/placement.conf"
  if ! running placement "${PORT[placement]}"; then
    [ -f "$PDIR/db.done" ] || { placement-manage --config-file "$ETC/placement/placement.conf" db sync >"$LOGS/placement-db.log" 2>&1 && touch "$PDIR/db.done"; }
    start_bg placement "$LOGS/placement-uwsgi.log" uwsgi --plugin python3 --http-socket "$HOST:${PORT[placement]}" \
      --wsgi-file /usr/bin/placement-api --master --processes 1 --threads 4 \
      --die-on-term --need-app --lazy-apps --buffer-size 65535 --add-header 'Connection: close' \
      --env "OS_PLACEMENT_CONFIG_DIR=$ETC/placement" --procname-prefix-spaced placement
  fi
  wait_http placement "http://$HOST:${PORT[placement]}/"
  step_end
fi
