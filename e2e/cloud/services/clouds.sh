# services/clouds.sh - state/clouds.yaml and seeding keystone with seed.py (sourced by up.sh).

# Each cloud lists both regions of the catalog (see seed.py); the first is the default,
# and openstacksdk refuses a --os-region-name a cloud does not list.
write_clouds() { # $1 = appcred id (optional)
  cat >"$STATE/clouds.yaml" <<EOF
clouds:
  local:            # admin user, admin project
    auth: {auth_url: '$KS/v3', username: admin, password: '$ADMIN_PASS', project_name: admin,
           user_domain_name: Default, project_domain_name: Default}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
    interface: public
  local-system:     # admin user, system scope
    auth: {auth_url: '$KS/v3', username: admin, password: '$ADMIN_PASS', system_scope: all,
           user_domain_name: Default}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
  local-short:      # admin in project admin, at the Keystone whose tokens live ${SHORT_TOKEN_SECONDS}s
    auth: {auth_url: 'http://$HOST:${PORT[keystone-short]}/v3', username: admin, password: '$ADMIN_PASS',
           project_name: admin, user_domain_name: Default, project_domain_name: Default}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
  local-demo:       # non-admin user (role member) in project demo
    auth: {auth_url: '$KS/v3', username: demo, password: '$DEMO_PASS', project_name: demo,
           user_domain_name: Default, project_domain_name: Default}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
  local-alt:        # second non-admin user in project alt_demo
    auth: {auth_url: '$KS/v3', username: alt_demo, password: '$DEMO_PASS', project_name: alt_demo,
           user_domain_name: Default, project_domain_name: Default}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
EOF
  # OpenID Connect (services/oidc.sh): alice, or the client itself, federated through Apache on
  # :${PORT[oidc-apache]}; the unscoped federated token is then scoped to project federated.
  has oidc && cat >>"$STATE/clouds.yaml" <<EOF
  local-oidc-password:      # alice by the resource owner password grant
    auth_type: v3oidcpassword
    auth: {auth_url: 'http://$HOST:${PORT[oidc-apache]}/v3', identity_provider: loopback-oidc, protocol: openid,
           discovery_endpoint: 'http://$HOST:${PORT[oidc]}/.well-known/openid-configuration',
           client_id: openstack-ts, client_secret: '$OIDC_CLIENT_SECRET', username: alice, password: '$OIDC_USER_PASSWORD',
           openid_scope: 'openid profile', project_name: federated, project_domain_name: Default}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
  local-oidc-client:        # the client openstack-ts by client credentials
    auth_type: v3oidcclientcredentials
    auth: {auth_url: 'http://$HOST:${PORT[oidc-apache]}/v3', identity_provider: loopback-oidc, protocol: openid,
           discovery_endpoint: 'http://$HOST:${PORT[oidc]}/.well-known/openid-configuration',
           client_id: openstack-ts, client_secret: '$OIDC_CLIENT_SECRET', openid_scope: openid,
           project_name: federated, project_domain_name: Default}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
EOF
  [ -z "${1:-}" ] || cat >>"$STATE/clouds.yaml" <<EOF
  local-appcred:    # application credential of admin (project admin)
    auth_type: v3applicationcredential
    auth: {auth_url: '$KS/v3', application_credential_id: '$1', application_credential_secret: '$APPCRED_SECRET'}
    regions: [RegionOne, RegionTwo]
    identity_api_version: 3
EOF
}
if has keystone; then
  step_start keystone-seed
  # The marker names seed.py's content and the services: after seed.py changes, an
  # already-seeded cloud is seeded once more, and seed.py converges it.
  SEEDHASH=$(md5sum <"$HERE/seed.py" | cut -c1-8)
  SEEDMARK="$KDIR/seeded.$SEEDHASH.$(echo $SERVICES | tr ' ' '\n' | sort | tr '\n' '_')"
  write_clouds "$(cat "$KDIR/appcred.id" 2>/dev/null || true)"
  if [ ! -f "$SEEDMARK" ]; then   # seeding is idempotent but takes ~10s
    SERVICE_PASS=$SERVICE_PASS DEMO_PASS=$DEMO_PASS APPCRED_SECRET=$APPCRED_SECRET \
      $PY "$HERE/seed.py" $SERVICES >"$LOGS/seed.log" 2>&1 || { tail -20 "$LOGS/seed.log"; exit 1; }
    sed -n 's/^APPCRED_ID=//p' "$LOGS/seed.log" >"$KDIR/appcred.id"
    write_clouds "$(cat "$KDIR/appcred.id")"
    find "$KDIR" -maxdepth 1 -name 'seeded.*' ! -name "seeded.$SEEDHASH.*" -delete  # older seed.py's
    touch "$SEEDMARK"
  fi
  step_end
fi
