# services/keystone.sh - Keystone under uwsgi, fernet tokens, bootstrap (sourced by up.sh).

KDIR=$STATE/keystone
kmanage() { keystone-manage --config-file "$ETC/keystone.conf" "$@" 2>>"$LOGS/keystone-manage.err"; }
if has keystone; then
  step_start keystone
  mkdir -p "$KDIR"; pg_db keystone
  cat >"$ETC/keystone.conf" <<EOF
[DEFAULT]
log_file = $LOGS/keystone.log
debug = false
[database]
connection = $PGURL/keystone
[token]
provider = fernet
expiration = 14400
[auth]
# Keystone's default methods, plus totp: the SDK's v3totp and v3multifactor logins, and the
# auth receipts of users with multi-factor rules, are proven here.
methods = external,password,token,oauth1,mapped,application_credential,totp
[fernet_tokens]
key_repository = $KDIR/fernet-keys
[fernet_receipts]
key_repository = $KDIR/fernet-keys
[credential]
key_repository = $KDIR/credential-keys
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
$CORS_SECTION
EOF
  # Federation through OpenID Connect (services/oidc.sh): Apache with mod_auth_openidc in front
  # checks the provider's tokens and passes their claims on as OIDC_CLAIM_* headers. A file of
  # its own, read after keystone.conf by this Keystone only (keystone-short copies keystone.conf
  # and needs no federation, so it is not restarted for it).
  cat >"$ETC/keystone-federation.conf" <<EOF
[auth]
methods = external,password,token,oauth1,mapped,application_credential,totp,openid
[openid]
remote_id_attribute = HTTP_OIDC_CLAIM_ISS
[federation]
assertion_prefix = HTTP_OIDC_CLAIM_
trusted_dashboard = http://127.0.0.1:8000/websso
trusted_dashboard = http://localhost:8000/websso
sso_callback_template = $ETC/sso_callback_template.html
EOF
  # Keystone's WebSSO answer: a page that POSTs the token to the trusted dashboard (Keystone fills in $host and $token).
  cat >"$ETC/sso_callback_template.html" <<'EOF'
<!DOCTYPE html>
<html><head><title>Keystone WebSSO redirect</title></head>
<body><form id="sso" name="sso" action="$host" method="post">
<input type="hidden" name="token" id="token" value="$token"/>
<noscript><input type="submit" value="Continue"/></noscript></form>
<script>window.onload = function () { document.forms['sso'].submit(); }</script></body></html>
EOF
  restart_if_changed keystone "$ETC/keystone.conf" "$ETC/keystone-federation.conf" "$ETC/sso_callback_template.html"
  if ! running keystone "${PORT[keystone]}"; then
    [ -f "$KDIR/db.done" ] || { kmanage db_sync >"$LOGS/keystone-db.log" 2>&1 && touch "$KDIR/db.done"; }
    [ -d "$KDIR/fernet-keys" ] || kmanage fernet_setup --keystone-user root --keystone-group root
    [ -d "$KDIR/credential-keys" ] || kmanage credential_setup --keystone-user root --keystone-group root
    [ -f "$KDIR/bootstrap.done" ] || {
      kmanage bootstrap --bootstrap-password "$ADMIN_PASS" --bootstrap-username admin \
        --bootstrap-project-name admin --bootstrap-role-name admin \
        --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
        --bootstrap-admin-url "$KS/v3" --bootstrap-internal-url "$KS/v3" --bootstrap-public-url "$KS/v3" \
        && touch "$KDIR/bootstrap.done"; }
    mkdir -p "$KDIR/home/.keystone"; ln -sf "$ETC/keystone.conf" "$KDIR/home/.keystone/keystone.conf"
    start_bg keystone "$LOGS/keystone-uwsgi.log" uwsgi --plugin python3 --http-socket "$HOST:${PORT[keystone]}" \
      --wsgi-file /usr/bin/keystone-wsgi-public --master --processes 1 --threads 4 \
      --die-on-term --need-app --lazy-apps --buffer-size 65535 --add-header 'Connection: close' \
      --env "OS_KEYSTONE_CONFIG_FILES=$ETC/keystone.conf;$ETC/keystone-federation.conf" --env "HOME=$KDIR/home" --procname-prefix-spaced ks
  fi
  wait_http keystone "$KS/v3"
  step_end
fi
