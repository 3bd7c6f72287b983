# services/packages.sh - step 0: the Debian packages (sourced by up.sh).

PKGS=(python3-keystone python3-glance python3-placement python3-neutron python3-swift
      python3-openstackclient python3-openstacksdk uwsgi-core uwsgi-plugin-python3
      postgresql python3-psycopg2 curl jq sqlite3 procps iproute2)
has rabbitmq && PKGS+=(rabbitmq-server)
has nova && PKGS+=(python3-nova)
# dmidecode: os-brick asks it for the system uuid when cinder-backup attaches a volume
has cinder && PKGS+=(python3-cinder dmidecode)
has octavia && PKGS+=(python3-octavia openssl)
has heat && PKGS+=(python3-heat)
has barbican && PKGS+=(python3-barbican)
# named and rndc: the BIND 9 that is designate's pool nameserver; dig for the e2e checks
has designate && PKGS+=(python3-designate bind9 bind9-utils bind9-dnsutils)
has ironic && PKGS+=(python3-ironic)
# swiftclient: zaqar keeps its messages in swift
has zaqar && PKGS+=(python3-zaqar python3-swiftclient)
has manila && PKGS+=(python3-manila)
has mistral && PKGS+=(python3-mistral)
has masakari && PKGS+=(python3-masakari)
has magnum && PKGS+=(python3-magnum)
has senlin && PKGS+=(python3-senlin)
has trove && PKGS+=(python3-trove)
has ironic-inspector && PKGS+=(python3-ironic-inspector)
# apache2 with mod_auth_openidc: the OpenID Connect front of Keystone (services/oidc.sh), run as our own process
has oidc && PKGS+=(apache2-bin libapache2-mod-auth-openidc)
install_packages() {
  local missing=()
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && { log "all packages present"; return; }
  log "installing: ${missing[*]}"
  # No service may be started by a maintainer script: without systemd,
  # invoke-rc.d would run the SysV script (e.g. postgresql) directly.
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1
  fi
  # We only install python3-<project> library packages, never the service
  # packages (keystone, glance-api, neutron-server, nova-api, ...): those pull
  # in dbconfig-common debconf questions and postinst db setup/systemctl.
  # Preseed anyway in case something pulls them in.
  for p in keystone glance-common neutron-common nova-common cinder-common placement-common; do
    echo "$p $p/dbconfig-install boolean false" ; echo "$p $p/configure_db boolean false"
  done | debconf-set-selections 2>/dev/null || true
  [ -n "${APT_UPDATED:-}" ] || [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ] \
    || apt-get -o DPkg::Lock::Timeout=600 update -q
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1200 install -y -q \
    --no-install-recommends "${missing[@]}" >"$LOGS/apt.log" 2>&1 || { tail -30 "$LOGS/apt.log"; exit 1; }
  if [ $made_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
}
step_start install
[ -n "${CLOUD_SKIP_APT:-}" ] || install_packages
step_end
