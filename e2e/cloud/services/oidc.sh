# services/oidc.sh - OpenID Connect: a loopback provider, Keystone federation, Apache with
# mod_auth_openidc in front of Keystone (sourced by up.sh, after clouds: it needs cloud `local`).
#
#   oidc        node oidc/provider.mjs (panva's oidc-provider) on 127.0.0.1:8900, issuer
#               http://127.0.0.1:8900: user alice, clients keystone, openstack-ts, openstack-ts-public;
#               also HTTPS on 127.0.0.1:8943 (self-signed), for mod_auth_openidc's introspection
#   oidc-apache Debian's apache2 + mod_auth_openidc on 127.0.0.1:5080, our own config and process:
#               the federation auth path takes the provider's bearer tokens (AuthType oauth20,
#               checked by introspection), the WebSSO paths log people in (openid-connect),
#               everything else goes to Keystone on :5000 unchanged.
# Keystone's side ([auth] openid, [openid], [federation]) is in services/keystone.sh; the
# identity provider, mapping and protocol are made by oidc/federation.py.

OIDC_ISSUER=http://$HOST:${PORT[oidc]}
OIDC_FED=http://$HOST:${PORT[oidc-apache]}
OIDC_WEBSSO_REDIRECT=$OIDC_FED/v3/auth/OS-FEDERATION/websso/redirect
if has oidc; then
  step_start oidc
  OIDC_DIR=$STATE/oidc; mkdir -p "$OIDC_DIR/apache"
  # Its own package.json and lockfile: the provider is the cloud's, never the SDK's dependency.
  [ -d "$HERE/oidc/node_modules/oidc-provider" ] ||
    pnpm install --dir "$HERE/oidc" --ignore-workspace --frozen-lockfile >"$LOGS/oidc-npm.log" 2>&1 ||
    { tail -20 "$LOGS/oidc-npm.log"; exit 1; }
  # A certificate for the provider's HTTPS listener, trusted by mod_auth_openidc alone
  # (OIDCCABundlePath): it sends introspection requests over HTTPS only.
  [ -s "$OIDC_DIR/tls.crt" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=$HOST" \
    -addext "subjectAltName=IP:$HOST" -keyout "$OIDC_DIR/tls.key" -out "$OIDC_DIR/tls.crt" 2>>"$LOGS/oidc-openssl.log"
  printf '%s\n' "$OIDC_ISSUER" "$OIDC_KEYSTONE_SECRET" "$OIDC_CLIENT_SECRET" "$OIDC_USER_PASSWORD" >"$OIDC_DIR/settings"
  restart_if_changed oidc "$OIDC_DIR/settings" "$HERE"/oidc/*.mjs
  if ! running oidc "${PORT[oidc]}"; then
    OIDC_ISSUER=$OIDC_ISSUER OIDC_KEYSTONE_SECRET=$OIDC_KEYSTONE_SECRET OIDC_CLIENT_SECRET=$OIDC_CLIENT_SECRET \
    OIDC_USER_PASSWORD=$OIDC_USER_PASSWORD OIDC_WEBSSO_REDIRECT=$OIDC_WEBSSO_REDIRECT OIDC_TLS_PORT=${PORT[oidc-tls]} \
      start_bg oidc "$LOGS/oidc-provider.log" node "$HERE/oidc/provider.mjs" "$OIDC_DIR"
  fi
  wait_http oidc "$OIDC_ISSUER/.well-known/openid-configuration"

  $PY "$HERE/oidc/federation.py" "$OIDC_ISSUER" >"$LOGS/oidc-federation.log" 2>&1 ||
    { tail -20 "$LOGS/oidc-federation.log"; exit 1; }

  [ -s "$OIDC_DIR/apache/passphrase" ] || (umask 077; head -c 32 /dev/urandom | base64 >"$OIDC_DIR/apache/passphrase")
  IDP_PATH=/v3/OS-FEDERATION/identity_providers/loopback-oidc/protocols/openid
  chown www-data "$OIDC_DIR/apache"   # mod_auth_openidc's cache and Apache's mutexes, as its worker user
  cat >"$ETC/oidc-apache.conf" <<EOF
# Written by e2e/cloud/services/oidc.sh. Apache as our own process: no /etc/apache2 config.
ServerName $HOST
Listen $HOST:${PORT[oidc-apache]}
PidFile $OIDC_DIR/apache/httpd.pid
DefaultRuntimeDir $OIDC_DIR/apache
Mutex file:$OIDC_DIR/apache default
User www-data
Group www-data
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authn_core_module /usr/lib/apache2/modules/mod_authn_core.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule authz_user_module /usr/lib/apache2/modules/mod_authz_user.so
LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so
LoadModule auth_openidc_module /usr/lib/apache2/modules/mod_auth_openidc.so
StartServers 1
ServerLimit 1
ThreadsPerChild 8
MaxRequestWorkers 8
# As Keystone's own --add-header 'Connection: close': a client reusing a connection Apache
# closes meanwhile fails its request ("other side closed"), seen after a pause in a test.
KeepAlive Off
ErrorLog $LOGS/oidc-apache.log
LogLevel warn
# The path only: a query may hold an authorization code (the WebSSO redirect's).
LogFormat "%h %t \"%m %U\" %>s %b %D" pathonly
CustomLog $LOGS/oidc-apache-access.log pathonly

OIDCProviderMetadataURL $OIDC_ISSUER/.well-known/openid-configuration
OIDCClientID keystone
OIDCClientSecret $OIDC_KEYSTONE_SECRET
OIDCRedirectURI $OIDC_WEBSSO_REDIRECT
OIDCCryptoPassphrase "exec:/bin/cat $OIDC_DIR/apache/passphrase"
OIDCScope "openid profile email"
# The provider asks PKCE of every authorization code request, confidential clients too.
OIDCPKCEMethod S256
OIDCRemoteUserClaim preferred_username
OIDCCABundlePath $OIDC_DIR/tls.crt
OIDCOAuthIntrospectionEndpoint https://$HOST:${PORT[oidc-tls]}/token/introspection
OIDCOAuthIntrospectionEndpointAuth client_secret_basic
OIDCOAuthClientID keystone
OIDCOAuthClientSecret $OIDC_KEYSTONE_SECRET
OIDCOAuthRemoteUserClaim preferred_username
OIDCPassClaimsAs headers

# CORS for what a browser sends that Keystone's [cors] (lib.sh, shared by every service)
# does not allow: Authorization (the provider's bearer token on the federation auth path, an
# application credential as HTTP Basic on Keystone's OAuth 2.0) and Openstack-Auth-Receipt
# (the second factor of a multi-factor login), nor expose: the receipt of Keystone's 401.
# This front answers those paths' preflights itself, for any origin as Keystone's
# allowed_origin = * does; the real call goes on to Keystone, whose CORS middleware adds
# Access-Control-Allow-Origin as for any call. (Changing Keystone's own [cors] would restart
# it for every service; a deployment without such a front adds these to Keystone's [cors].)
RewriteEngine On
RewriteCond %{REQUEST_METHOD} =OPTIONS
RewriteCond %{HTTP:Origin} .
RewriteCond %{HTTP:Access-Control-Request-Method} .
RewriteRule "^(/v3/OS-OAUTH2/token|$IDP_PATH/auth|/v3/auth/tokens)\$" - [R=204,E=CORS_PREFLIGHT:1]
Header always set Access-Control-Allow-Origin "*" env=CORS_PREFLIGHT
Header always set Access-Control-Allow-Methods "GET, HEAD, POST, DELETE" env=CORS_PREFLIGHT
Header always set Access-Control-Allow-Headers "Authorization, Openstack-Auth-Receipt, X-Auth-Token, X-Subject-Token, Content-Type, Accept, X-OpenStack-Request-ID" env=CORS_PREFLIGHT
Header always set Access-Control-Max-Age "3600" env=CORS_PREFLIGHT
<Location /v3/auth/tokens>
  Header always merge Access-Control-Expose-Headers "Openstack-Auth-Receipt" "expr=-n req('Origin')"
</Location>

ProxyPreserveHost On
ProxyPass / http://$HOST:${PORT[keystone]}/
ProxyPassReverse / http://$HOST:${PORT[keystone]}/

# A program's bearer token for the unscoped federated token. A CORS preflight carries no
# token: it is let through (a browser's is answered above, before it gets here).
<Location $IDP_PATH/auth>
  AuthType oauth20
  <RequireAny>
    Require method OPTIONS
    Require valid-user
  </RequireAny>
  # Keystone needs the claims, not the provider's token: it goes no further than here.
  RequestHeader unset Authorization
  RequestHeader unset OIDC_access_token
</Location>
# A person's browser: the provider's login page, then Keystone's WebSSO page for the origin.
<LocationMatch "^(/v3/auth/OS-FEDERATION/websso/|/v3/auth/OS-FEDERATION/identity_providers/loopback-oidc/protocols/openid/websso)">
  AuthType openid-connect
  Require valid-user
  RequestHeader unset OIDC_access_token
</LocationMatch>
EOF
  restart_if_changed oidc-apache "$ETC/oidc-apache.conf"
  if ! running oidc-apache "${PORT[oidc-apache]}"; then
    apache2 -t -f "$ETC/oidc-apache.conf" >"$LOGS/oidc-apache-configtest.log" 2>&1 ||
      { cat "$LOGS/oidc-apache-configtest.log"; exit 1; }
    start_bg oidc-apache "$LOGS/oidc-apache.log" apache2 -f "$ETC/oidc-apache.conf" -DFOREGROUND
  fi
  wait_http oidc-apache "$OIDC_FED/v3"
  step_end
fi
