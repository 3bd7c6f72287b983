# services/keystone-short.sh - a second Keystone whose tokens live SHORT_TOKEN_SECONDS (sourced by up.sh).
#
# e2e/token-expiry.test.ts needs tokens that really expire in the middle of a long operation
# (an upload, a paged walk, a wait). This instance shares the first one's database and its
# fernet keys, so every service (which validates against :5000) accepts its tokens until
# they expire; only `[token] expiration` and the port differ. Clients log in at
# http://127.0.0.1:35357/v3 (cloud `local-short` in clouds.yaml). The port is Keystone's old
# admin port, which no other program claims. On 5001, every login hung in one CI run while the
# same commit passed here: the likeliest cause is another program already listening there,
# which answered wait_http's probe in our place (wait_http now checks who holds the port).
# The hang came back on 35357 in CI of session 22, and its log told the real cause: with two
# threads in one worker, an eventlet semaphore's timer fired in the other thread ("greenlet.error:
# cannot switch to a different thread") and the worker stopped answering. Two single-threaded
# workers serve concurrent logins without ever switching threads.

SHORT_TOKEN_SECONDS=${CLOUD_SHORT_TOKEN_SECONDS:-15}
if has keystone; then
  step_start keystone-short
  mkdir -p "$KDIR/home-short/.keystone"
  sed -e "s/^expiration = .*/expiration = $SHORT_TOKEN_SECONDS/" \
      -e "s#^log_file = .*#log_file = $LOGS/keystone-short.log#" "$ETC/keystone.conf" >"$ETC/keystone-short.conf"
  ln -sf "$ETC/keystone-short.conf" "$KDIR/home-short/.keystone/keystone.conf"
  restart_if_changed keystone-short "$ETC/keystone-short.conf"
  if ! running keystone-short "${PORT[keystone-short]}"; then
    start_bg keystone-short "$LOGS/keystone-short-uwsgi.log" uwsgi --plugin python3 \
      --http-socket "$HOST:${PORT[keystone-short]}" --wsgi-file /usr/bin/keystone-wsgi-public --master \
      --processes 2 --threads 1 --die-on-term --need-app --lazy-apps --buffer-size 65535 \
      --add-header 'Connection: close' --env "OS_KEYSTONE_CONFIG_FILES=$ETC/keystone-short.conf" \
      --env "HOME=$KDIR/home-short" --procname-prefix-spaced ks-short
  fi
  wait_http keystone-short "http://$HOST:${PORT[keystone-short]}/v3"
  step_end
fi
