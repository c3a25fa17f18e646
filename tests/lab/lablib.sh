# Shared helpers of lab-up.sh and lab-down.sh (sourced, not run). Expects LAB, HERE, ROOT.
# Every daemon is started detached (setsid, stdio to files) so that CTest, which waits for the
# test's output pipes to close, does not wait for the daemons too.

# Debian's interpreter when there is one: the lab needs only the standard library, and a
# version manager's shim in PATH would stand between us and the pid we record.
PYTHON=python3
[ -x /usr/bin/python3 ] && PYTHON=/usr/bin/python3

# pid_of NAME -> prints the recorded pid if that process is alive and is what we started.
pid_of() {
  local name=$1 pidfile="$LAB/run/$1.pid" pid comm want
  [ -s "$pidfile" ] || return 1
  pid=$(head -n1 "$pidfile" 2>/dev/null | tr -dc 0-9)
  [ -n "$pid" ] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  comm=$(cat "/proc/$pid/comm" 2>/dev/null || true)
  case "$name" in
    sshd) want=sshd ;; postfix) want=master ;; samba) want=samba ;;
    emulator)  # an interpreter (maybe behind a pyenv shim): recognise it by its script
      tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'zimbra_emulator\.py' || return 1
      want=$comm ;;
    *) want=$comm ;;
  esac
  # A recycled pid belonging to something else must never be taken for ours.
  [ "$comm" = "$want" ] || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_port PORT SECONDS WHAT
wait_port() {
  local port=$1 deadline=$(( $(date +%s) + $2 ))
  until port_open "$port"; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.1
  done
}

# install_file SRC DEST MODE OWNER: replaces DEST only when the content differs; returns 0 when
# it changed something (so callers reload only then), 1 otherwise.
install_file() {
  local src=$1 dest=$2 mode=$3 owner=$4
  if [ -f "$dest" ] && cmp -s "$src" "$dest"; then
    chmod "$mode" "$dest"; chown "$owner" "$dest"; rm -f "$src"; return 1
  fi
  install -m "$mode" -o "${owner%%:*}" -g "${owner##*:}" "$src" "$dest"
  rm -f "$src"
  return 0
}

# --- certificates ---------------------------------------------------------------------------
make_certs() {
  local ca=$LAB/ca sd=$LAB/samba-tls soap=$LAB/soap tmp
  mkdir -p "$sd"
  chmod 0755 "$sd"
  if [ ! -s "$ca/ca.pem" ] || [ ! -s "$ca/ca.key" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 \
      -subj "/O=Zaindari lab/CN=Zaindari lab CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$ca/ca.key" -out "$ca/ca.pem" >/dev/null 2>&1 || die "openssl: lab CA failed"
    chmod 0600 "$ca/ca.key"; chmod 0644 "$ca/ca.pem"
    rm -f "$sd/cert.pem"
  fi
  chmod 0755 "$ca"   # ca.pem is public; ca.key stays 0600
  local san="IP:127.0.0.1,IP:::1,DNS:localhost,DNS:dc1.tartanga.test,DNS:$HOSTNAME_S"
  # Re-issue when the host name changed: libldap checks the name it canonicalised to.
  if [ ! -s "$sd/cert.pem" ] || ! openssl x509 -in "$sd/cert.pem" -noout -ext subjectAltName 2>/dev/null \
        | grep -q "DNS:$HOSTNAME_S\b"; then
    tmp=$(mktemp -d)
    openssl req -newkey rsa:2048 -nodes -subj "/O=Zaindari lab/CN=dc1.tartanga.test" \
      -keyout "$sd/key.pem" -out "$tmp/req.csr" >/dev/null 2>&1 || die "openssl: Samba key failed"
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\nbasicConstraints=CA:FALSE\n' "$san" > "$tmp/ext"
    openssl x509 -req -in "$tmp/req.csr" -CA "$ca/ca.pem" -CAkey "$ca/ca.key" -CAcreateserial \
      -days 3650 -sha256 -extfile "$tmp/ext" -out "$sd/cert.pem" >/dev/null 2>&1 \
      || die "openssl: signing Samba's certificate failed"
    rm -rf "$tmp"
    # Samba refuses a TLS key that others can read.
    chmod 0600 "$sd/key.pem"; chmod 0644 "$sd/cert.pem"
    cp "$ca/ca.pem" "$sd/ca.pem"
  fi
  if [ ! -s "$soap/cert.pem" ] || [ ! -s "$soap/key.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 \
      -subj "/O=Zaindari lab/CN=localhost" \
      -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -addext "basicConstraints=critical,CA:FALSE" \
      -addext "extendedKeyUsage=serverAuth" \
      -keyout "$soap/key.pem" -out "$soap/cert.pem" >/dev/null 2>&1 || die "openssl: SOAP certificate failed"
    chmod 0600 "$soap/key.pem"; chmod 0644 "$soap/cert.pem"
  fi
}

# --- unix user zimbra and /opt/zimbra -----------------------------------------------------
setup_zimbra_user() {
  if ! id zimbra >/dev/null 2>&1; then
    useradd --system --home-dir /opt/zimbra --no-create-home --shell /bin/bash \
      --user-group zimbra || die "useradd zimbra failed"
  fi
  # "!" would make sshd refuse even keys (locked account); "*" means "no password".
  [ "$(getent shadow zimbra | cut -d: -f2)" = "*" ] || usermod -p '*' zimbra
  install -d -m 0755 -o zimbra -g zimbra /opt/zimbra
  install -d -m 0700 -o zimbra -g zimbra /opt/zimbra/.ssh
  if [ ! -s "$LAB/ssh/id_ed25519" ]; then
    rm -f "$LAB/ssh/id_ed25519" "$LAB/ssh/id_ed25519.pub"
    ssh-keygen -q -t ed25519 -N '' -C "zaindari-lab-client" -f "$LAB/ssh/id_ed25519" \
      || die "ssh-keygen (client key) failed"
  fi
  chmod 0600 "$LAB/ssh/id_ed25519"
  local tmp; tmp=$(mktemp)
  cat "$LAB/ssh/id_ed25519.pub" > "$tmp"
  install_file "$tmp" /opt/zimbra/.ssh/authorized_keys 0600 zimbra:zimbra || true

  # Exactly what Zimbra's MTA sudoers drop-in (02_zimbra-mta) grants: no postqueue (Zimbra
  # runs it without sudo), no postmap, no kill. A lab that grants more would hide mistakes.
  tmp=$(mktemp)
  cat > "$tmp" <<'EOF'
# Zaindari lab: the sudo rights of the zimbra user on a real Zimbra MTA (02_zimbra-mta).
Defaults:zimbra !requiretty, !lecture, !mail_badpass, !mail_no_perms
zimbra ALL=(root) NOPASSWD: /opt/zimbra/common/sbin/postfix, /opt/zimbra/common/sbin/postfix *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/common/sbin/postalias, /opt/zimbra/common/sbin/postalias *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/common/sbin/qshape.pl, /opt/zimbra/common/sbin/qshape.pl *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/common/sbin/postconf, /opt/zimbra/common/sbin/postconf *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/common/sbin/postsuper, /opt/zimbra/common/sbin/postsuper *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/common/sbin/postcat, /opt/zimbra/common/sbin/postcat *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/libexec/zmqstat, /opt/zimbra/libexec/zmqstat *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/libexec/zmmtastatus, /opt/zimbra/libexec/zmmtastatus *
zimbra ALL=(root) NOPASSWD: /opt/zimbra/common/sbin/amavis-mc, /opt/zimbra/common/sbin/amavis-mc *
EOF
  visudo -cqf "$tmp" || die "the generated sudoers drop-in does not parse"
  install_file "$tmp" /etc/sudoers.d/zaindari-lab-zimbra 0440 root:root || true
}

setup_zimbra_layout() {
  install -d -m 0755 -o zimbra -g zimbra /opt/zimbra/common /opt/zimbra/common/sbin \
    /opt/zimbra/libexec /opt/zimbra/log /opt/zimbra/conf
  local t
  for t in postqueue postsuper postcat postconf postfix postalias postmap; do
    ln -sfn "/usr/sbin/$t" "/opt/zimbra/common/sbin/$t"
  done
  ln -sfn /usr/sbin/qshape /opt/zimbra/common/sbin/qshape.pl
  # zmqstat prints the queue sizes the way Zimbra's does (name=count per line).
  local tmp; tmp=$(mktemp)
  cat > "$tmp" <<'EOF'
#!/bin/sh
# Zaindari lab stand-in for Zimbra's zmqstat: message counts per Postfix queue.
spool=$(/usr/sbin/postconf -h queue_directory)
for q in hold corrupt deferred active incoming; do
  n=$(find "$spool/$q" -type f 2>/dev/null | wc -l)
  echo "$q=$n"
done
EOF
  install_file "$tmp" /opt/zimbra/libexec/zmqstat 0755 root:root || true
  tmp=$(mktemp)
  cat > "$tmp" <<'EOF'
#!/bin/sh
# Zaindari lab stand-in for Zimbra's zmmtastatus: exit 0 when Postfix runs.
exec /usr/sbin/postfix status
EOF
  install_file "$tmp" /opt/zimbra/libexec/zmmtastatus 0755 root:root || true
  [ -e /opt/zimbra/log/audit.log ] || install -m 0640 -o zimbra -g zimbra /dev/null /opt/zimbra/log/audit.log
}

# --- sshd -----------------------------------------------------------------------------------
start_sshd() {
  local d=$LAB/ssh tmp changed=0 pid
  [ -s "$d/ssh_host_ed25519_key" ] || ssh-keygen -q -t ed25519 -N '' -C "zaindari-lab-host" \
    -f "$d/ssh_host_ed25519_key" || die "ssh-keygen (host key) failed"
  chmod 0600 "$d/ssh_host_ed25519_key"
  tmp=$(mktemp)
  cat > "$tmp" <<EOF
# Zaindari lab sshd: loopback only, key-only login for the zimbra user.
Port 2222
ListenAddress 127.0.0.1
HostKey $d/ssh_host_ed25519_key
PidFile $LAB/run/sshd.pid
AuthenticationMethods publickey
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitEmptyPasswords no
UsePAM no
PermitRootLogin no
AllowUsers zimbra
StrictModes yes
AuthorizedKeysFile .ssh/authorized_keys
X11Forwarding no
AllowTcpForwarding no
AllowAgentForwarding no
PermitTunnel no
PrintMotd no
MaxStartups 50:30:100
MaxSessions 20
Subsystem sftp internal-sftp
EOF
  install_file "$tmp" "$d/sshd_config" 0644 root:root && changed=1
  local hk; hk=$(awk '{print $1" "$2}' "$d/ssh_host_ed25519_key.pub")
  echo "[127.0.0.1]:2222 $hk" > "$d/known_hosts.new" && mv "$d/known_hosts.new" "$d/known_hosts"
  chmod 0644 "$d/known_hosts"
  mkdir -p /run/sshd && chmod 0755 /run/sshd
  if pid=$(pid_of sshd); then
    if [ $changed -eq 1 ]; then
      /usr/sbin/sshd -t -f "$d/sshd_config" || die "sshd config test failed"
      kill -HUP "$pid"; sleep 0.3
    fi
  else
    port_open 2222 && die "127.0.0.1:2222 is taken by a process this lab did not start"
    /usr/sbin/sshd -t -f "$d/sshd_config" || die "sshd config test failed"
    rm -f "$LAB/run/sshd.pid"
    setsid /usr/sbin/sshd -f "$d/sshd_config" -E "$LAB/log/sshd.log" </dev/null >/dev/null 2>&1 9>&- \
      || die "sshd did not start (see $LAB/log/sshd.log)"
  fi
  wait_port 2222 10 || die "sshd does not answer on 127.0.0.1:2222 (see $LAB/log/sshd.log)"
}

# --- Postfix -------------------------------------------------------------------------------
postfix_main_cf() {
  cat <<EOF
# Zaindari lab: the machine's default Postfix instance, on loopback only, shaped like a Zimbra
# MTA. Outbound mail goes to a relay where nothing listens, so it stays deferred with a real
# reason; tartanga.test is the local domain and is delivered to the discard transport.
compatibility_level = 3.6
myhostname = mta.tartanga.test
mydomain = tartanga.test
myorigin = tartanga.test
mydestination = tartanga.test, mta.tartanga.test, localhost
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost = [127.0.0.1]:2525
transport_maps = texthash:/etc/postfix/lab-transport
local_recipient_maps = texthash:/etc/postfix/lab-recipients
alias_maps =
alias_database =
biff = no
append_dot_mydomain = no
smtpd_banner = \$myhostname ESMTP Postfix
# No DNS here: reverse lookups of clients would wait for a resolver that cannot answer.
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
maillog_file = /var/log/zimbra.log
# Keep the deferred queue still while tests look at it.
queue_run_delay = 1h
minimal_backoff_time = 1h
maximal_backoff_time = 4h
bounce_queue_lifetime = 5d
maximal_queue_lifetime = 5d
delay_warning_time = 0h
smtp_connect_timeout = 5s
message_size_limit = 20480000
smtpd_recipient_limit = 1000
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
cyrus_sasl_config_path = /etc/postfix/sasl
smtpd_sasl_type = cyrus
smtpd_sasl_path = smtpd
smtpd_sasl_auth_enable = no
smtpd_tls_security_level = none
smtp_tls_security_level = none
EOF
}

postfix_master_cf() {
  local tmp src=/usr/share/postfix/master.cf.dist
  [ -f "$src" ] || src=/etc/postfix/master.cf.proto
  tmp=$(mktemp -d)
  cp "$src" "$tmp/master.cf"; : > "$tmp/main.cf"
  # Like Zimbra: no chroot (the sasldb and texthash maps live outside any jail).
  postconf -c "$tmp" -F '*/*/chroot = n'
  postconf -c "$tmp" -M 'submission/inet=submission inet n - n - - smtpd'
  postconf -c "$tmp" -P 'submission/inet/syslog_name=postfix/submission' \
    'submission/inet/smtpd_sasl_auth_enable=yes' \
    'submission/inet/smtpd_tls_security_level=none' \
    'submission/inet/smtpd_sasl_security_options=noanonymous' \
    'submission/inet/smtpd_client_restrictions=permit_sasl_authenticated,reject' \
    'submission/inet/smtpd_relay_restrictions=permit_sasl_authenticated,reject' \
    'submission/inet/smtpd_recipient_restrictions=permit_sasl_authenticated,reject' \
    'submission/inet/smtpd_authorized_xclient_hosts=127.0.0.2'
  cat "$tmp/master.cf"
  rm -rf "$tmp"
}

build_sasldb() {
  # Rebuilt into a new file and moved into place: Postfix never sees a half-written database.
  local db=/etc/postfix/sasl/sasldb2 new=/etc/postfix/sasl/sasldb2.new sam pw
  rm -f "$new"
  while IFS=$'\t' read -r sam pw; do
    printf '%s' "$pw" | saslpasswd2 -c -p -f "$new" -u tartanga.test "$sam" \
      || die "saslpasswd2 failed for $sam"
  done < <(python3 "$HERE/lab_users.py" sasl "$LAB/directory-users.json")
  chown root:postfix "$new"; chmod 0640 "$new"
  mv "$new" "$db"
  sha256sum "$LAB/directory-users.json" | cut -d' ' -f1 > /etc/postfix/sasl/sasldb2.stamp
}

start_postfix() {
  local tmp changed=0 pid
  mkdir -p /etc/postfix/sasl
  tmp=$(mktemp); postfix_main_cf > "$tmp"
  install_file "$tmp" /etc/postfix/main.cf 0644 root:root && changed=1
  tmp=$(mktemp); postfix_master_cf > "$tmp"
  install_file "$tmp" /etc/postfix/master.cf 0644 root:root && changed=1
  tmp=$(mktemp)
  printf 'tartanga.test discard:delivered to the tartanga.test mailbox store\nmta.tartanga.test discard:local\nlocalhost discard:local\n' > "$tmp"
  install_file "$tmp" /etc/postfix/lab-transport 0644 root:root && changed=1
  tmp=$(mktemp)
  { python3 -c 'import json,sys
for u in json.load(open(sys.argv[1]))["users"]: print(u["mail"], "ok")' "$LAB/directory-users.json"
    for a in postmaster root abuse MAILER-DAEMON; do echo "$a@tartanga.test ok"; echo "$a ok"; done
  } > "$tmp"
  install_file "$tmp" /etc/postfix/lab-recipients 0644 root:root && changed=1
  tmp=$(mktemp)
  printf 'pwcheck_method: auxprop\nauxprop_plugin: sasldb\nmech_list: PLAIN LOGIN\nsasldb_path: /etc/postfix/sasl/sasldb2\n' > "$tmp"
  install_file "$tmp" /etc/postfix/sasl/smtpd.conf 0644 root:root && changed=1
  if [ ! -s /etc/postfix/sasl/sasldb2 ] || [ "$(cat /etc/postfix/sasl/sasldb2.stamp 2>/dev/null)" != \
       "$(sha256sum "$LAB/directory-users.json" | cut -d' ' -f1)" ]; then
    build_sasldb
  fi
  # postsuper writes the log itself while Postfix is stopped: the file must belong to postfix.
  [ -e /var/log/zimbra.log ] || install -m 0644 -o postfix -g postfix /dev/null /var/log/zimbra.log
  chown postfix:postfix /var/log/zimbra.log; chmod 0644 /var/log/zimbra.log

  if pid=$(pid_of postfix); then
    [ $changed -eq 1 ] && { postfix reload </dev/null >/dev/null 2>&1 9>&- || die "postfix reload failed"; }
  else
    if postfix status >/dev/null 2>&1; then
      # Running but not recorded (e.g. run/ was wiped): it is the default instance we configure.
      [ $changed -eq 1 ] && { postfix reload </dev/null >/dev/null 2>&1 9>&- || die "postfix reload failed"; }
    else
      postfix check >"$LAB/log/postfix-start.log" 2>&1 || { cat "$LAB/log/postfix-start.log" >&2; die "postfix check failed"; }
      setsid postfix start </dev/null >"$LAB/log/postfix-start.log" 2>&1 9>&- \
        || { cat "$LAB/log/postfix-start.log" >&2; die "postfix did not start"; }
    fi
    local i
    for i in $(seq 50); do
      [ -s /var/spool/postfix/pid/master.pid ] && break; sleep 0.1
    done
    echo "$(tr -dc 0-9 < /var/spool/postfix/pid/master.pid)" > "$LAB/run/postfix.pid"
    pid_of postfix >/dev/null || die "postfix master is not running"
  fi
  wait_port 25 10 || die "Postfix does not answer on 127.0.0.1:25"
  wait_port 587 10 || die "Postfix submission does not answer on 127.0.0.1:587"
}

# --- Samba AD DC ----------------------------------------------------------------------------
ldap_admin() {  # ldap_admin TOOL ARGS...: runs an OpenLDAP tool bound as Administrator over LDAPS
  local tool=$1; shift
  LDAPTLS_CACERT="$LAB/ca/ca.pem" LDAPTLS_REQCERT=demand "$tool" -H ldaps://127.0.0.1:636 -x \
    -D "Administrator@tartanga.test" -y "$LAB/secrets/ldap-admin.pw" "$@"
}

start_samba() {
  local s=$LAB/samba pid
  if [ ! -s "$s/etc/smb.conf" ] || [ ! -s "$s/.provisioned" ]; then
    pid=$(pid_of samba) && { kill "$pid"; sleep 1; }
    rm -rf "$s"; mkdir -p "$s/run" "$s/log"
    # No DNS server, loopback only, every runtime path inside the lab directory. ldb:nosync
    # (what Samba's own selftest uses) skips fsync on every database commit: provisioning and
    # the bulk user import take seconds instead of tens of seconds on a busy disk, and a lab
    # database that a crash could damage is simply provisioned again.
    samba-tool domain provision --realm=TARTANGA.TEST --domain=TARTANGA --server-role=dc \
      --dns-backend=NONE --use-rfc2307 --targetdir="$s" --host-name=dc1 --host-ip=127.0.0.1 \
      --adminpass="$(cat "$LAB/secrets/ldap-admin.pw")" \
      --option="interfaces=lo" --option="bind interfaces only=yes" \
      --option="pid directory=$s/run" --option="ncalrpc dir=$s/run/ncalrpc" \
      --option="winbindd socket directory=$s/run/winbindd" \
      --option="ntp signd socket directory=$s/run/ntp_signd" \
      --option="log file=$s/log/samba.log" --option="load printers=no" \
      --option="disable spoolss=yes" --option="printing=bsd" --option="printcap name=/dev/null" \
      --option="tls enabled=yes" --option="tls keyfile=$LAB/samba-tls/key.pem" \
      --option="tls certfile=$LAB/samba-tls/cert.pem" --option="tls cafile=$LAB/samba-tls/ca.pem" \
      --option="ldap server require strong auth=yes" \
      --option="ldb:nosync=true" \
      >"$LAB/log/samba-provision.log" 2>&1 \
      || { tail -n 20 "$LAB/log/samba-provision.log" >&2; die "samba-tool domain provision failed"; }
    # The password policy is stored in the database: set it before anyone can bind.
    samba-tool domain passwordsettings set -H "$s/private/sam.ldb" \
      --account-lockout-threshold=5 --account-lockout-duration=10 \
      --reset-account-lockout-after=6 >>"$LAB/log/samba-provision.log" 2>&1 \
      || die "setting the lockout policy failed (see $LAB/log/samba-provision.log)"
    rm -f "$LAB/run/ad-users.stamp"
    date -u +%FT%TZ > "$s/.provisioned"
  fi
  if samba_conf_fixups && pid=$(pid_of samba); then
    stop_all samba   # restarted below with the corrected configuration
  fi
  if ! pid=$(pid_of samba); then
    port_open 636 && die "127.0.0.1:636 is taken by a process this lab did not start"
    setsid samba -s "$s/etc/smb.conf" --foreground --no-process-group \
      </dev/null >"$LAB/log/samba.log" 2>&1 9>&- &
    echo $! > "$LAB/run/samba.pid"
  fi
  local deadline=$(( $(date +%s) + 30 ))
  until ldap_admin ldapsearch -b "" -s base -o nettimeout=2 dn >/dev/null 2>&1; do
    pid_of samba >/dev/null || { tail -n 20 "$LAB/log/samba.log" >&2; die "samba exited (see $LAB/log/samba.log)"; }
    [ "$(date +%s)" -lt "$deadline" ] || die "Samba AD does not answer on ldaps://127.0.0.1:636"
    sleep 0.2
  done
}

# samba_conf_fixups: settings every lab smb.conf must carry, also in labs provisioned by an
# older lab-up. Returns 0 when it changed the file. No DNS server and no dynamic DNS updates:
# samba_dnsupdate would otherwise ask the machine's resolver (not on loopback) every 10 minutes;
# no NetBIOS name service either.
samba_conf_fixups() {
  "$PYTHON" - "$LAB/samba/etc/smb.conf" <<'PYEOF'
import re, sys
path = sys.argv[1]
want = {"server services": "-dns -dnsupdate -nbt -wrepl",
        "dns update command": "/bin/true", "spn update command": "/bin/true",
        "ldb:nosync": "true"}
lines = open(path).read().splitlines()
out, section, seen = [], None, set()
for line in lines:
    m = re.match(r"\s*\[(.+)\]\s*$", line)
    if m:
        if section == "global":
            out += ["\t%s = %s" % (k, v) for k, v in want.items() if k not in seen]
        section = m.group(1).strip().lower()
    elif section == "global":
        k = line.split("=", 1)[0].strip().lower()
        if "=" in line and k in want:
            seen.add(k)
            line = "\t%s = %s" % (k, want[k])
    out.append(line)
if section == "global":
    out += ["\t%s = %s" % (k, v) for k, v in want.items() if k not in seen]
new = "\n".join(out) + "\n"
if new == open(path).read():
    sys.exit(1)
open(path, "w").write(new)
PYEOF
}

setup_ad() {
  local want; want=$(sha256sum "$LAB/directory-users.json" | cut -d' ' -f1)
  [ "$(cat "$LAB/run/ad-users.stamp" 2>/dev/null)" = "$want" ] && return 0
  # One LDAP session adds every OU and user: seconds instead of minutes of samba-tool calls.
  # -c continues past entries that already exist (a rerun after a partial first run).
  python3 "$HERE/lab_users.py" ldif "$LAB/directory-users.json" "$BASE_DN" > "$LAB/run/users.ldif"
  chmod 0600 "$LAB/run/users.ldif"
  ldap_admin ldapadd -c -f "$LAB/run/users.ldif" >"$LAB/log/ad-users.log" 2>&1 || true
  rm -f "$LAB/run/users.ldif"
  local n
  n=$(ldap_admin ldapsearch -LLL -b "$BASE_DN" \
        "(&(objectClass=user)(mail=*@tartanga.test))" dn 2>/dev/null | grep -c '^dn:' || true)
  local expected; expected=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["users"]))' "$LAB/directory-users.json")
  [ "$n" -ge "$expected" ] || { tail -n 20 "$LAB/log/ad-users.log" >&2; die "AD has $n of $expected lab users"; }
  echo "$want" > "$LAB/run/ad-users.stamp"
}

# lockout_time SAM -> prints lockoutTime (0 when not locked)
lockout_time() {
  ldap_admin ldapsearch -LLL -b "$BASE_DN" "(sAMAccountName=$1)" lockoutTime 2>/dev/null \
    | awk '/^lockoutTime:/ {print $2}' | head -n1
}

is_locked() {  # bit 16 (UF_LOCKOUT) of the constructed msDS-User-Account-Control-Computed
  local v
  v=$(ldap_admin ldapsearch -LLL -b "$BASE_DN" "(sAMAccountName=$1)" msDS-User-Account-Control-Computed 2>/dev/null \
      | awk '/^msDS-User-Account-Control-Computed:/ {print $2}')
  [ -n "$v" ] && [ $(( v & 16 )) -ne 0 ]
}

# ensure_locked_out SAM: five wrong simple binds over LDAPS lock the account for real.
ensure_locked_out() {
  local sam=$1 i
  is_locked "$sam" && return 0
  for i in 1 2 3 4 5; do
    LDAPTLS_CACERT="$LAB/ca/ca.pem" LDAPTLS_REQCERT=demand ldapsearch -H ldaps://127.0.0.1:636 -x \
      -D "$sam@tartanga.test" -w "wrong-password-$i" -b "" -s base dn >/dev/null 2>&1 || true
  done
  is_locked "$sam" || die "$sam is not locked out after 5 failed binds"
}

# reset_ad_state: unlock every account the lab or its tests locked, restore the fixed roles
# (irakasle9 disabled, ikasle3 enabled with its lab password), then lock ikasle5 again.
reset_ad_state() {
  local dn ldif=""
  while read -r dn; do
    [ -n "$dn" ] && ldif+="dn: $dn"$'\nchangetype: modify\nreplace: lockoutTime\nlockoutTime: 0\n\n'
  done < <(ldap_admin ldapsearch -LLL -o ldif-wrap=no -b "$BASE_DN" "(lockoutTime>=1)" dn 2>/dev/null \
             | sed -n 's/^dn: //p')
  local pw pwb64
  pw=$(cat "$LAB/secrets/users/ikasle3.pw")
  pwb64=$(printf '"%s"' "$pw" | iconv -f UTF-8 -t UTF-16LE | base64 -w0)
  ldif+="dn: CN=ikasle3,OU=Ikasleak,$BASE_DN"$'\nchangetype: modify\nreplace: userAccountControl\nuserAccountControl: 512\n-\nreplace: unicodePwd\nunicodePwd:: '"$pwb64"$'\n-\nreplace: pwdLastSet\npwdLastSet: -1\n\n'
  ldif+="dn: CN=irakasle9,OU=Irakasleak,$BASE_DN"$'\nchangetype: modify\nreplace: userAccountControl\nuserAccountControl: 514\n'
  printf '%s' "$ldif" | ldap_admin ldapmodify >"$LAB/log/ad-reset.log" 2>&1 \
    || { cat "$LAB/log/ad-reset.log" >&2; die "resetting the AD accounts failed"; }
  ensure_locked_out ikasle5
}

# --- Zimbra SOAP emulator (written by another helper; tolerated missing) ---------------------
EMULATOR=$HERE/zimbra-emulator/zimbra_emulator.py

start_emulator() {
  local pid
  if [ ! -f "$EMULATOR" ]; then
    warn "$EMULATOR is missing: the Zimbra SOAP emulator is not started"
    return 0
  fi
  pid_of emulator >/dev/null && port_open 7071 && return 0
  if ! pid=$(pid_of emulator); then
    port_open 7071 && die "127.0.0.1:7071 is taken by a process this lab did not start"
    setsid "$PYTHON" "$EMULATOR" --listen 127.0.0.1 --port 7071 \
      --cert "$LAB/soap/cert.pem" --key "$LAB/soap/key.pem" --state-dir "$LAB/zimbra" \
      --users "$LAB/directory-users.json" --admin-user admin@tartanga.test \
      --admin-password-file "$LAB/secrets/soap-admin.pw" \
      --ldap-url ldaps://127.0.0.1:636 --ldap-ca "$LAB/ca/ca.pem" --ldap-base "$BASE_DN" \
      --audit-log /opt/zimbra/log/audit.log --mta-log /var/log/zimbra.log \
      --postqueue /usr/sbin/postqueue --postsuper /usr/sbin/postsuper \
      --log "$LAB/log/emulator.log" \
      </dev/null >>"$LAB/log/emulator.out" 2>&1 9>&- &
    echo $! > "$LAB/run/emulator.pid"
  fi
  local deadline=$(( $(date +%s) + 15 ))
  until port_open 7071; do
    pid_of emulator >/dev/null || { tail -n 20 "$LAB/log/emulator.out" >&2; die "the SOAP emulator exited (see $LAB/log/emulator.out)"; }
    [ "$(date +%s)" -lt "$deadline" ] || die "the SOAP emulator does not answer on 127.0.0.1:7071"
    sleep 0.1
  done
}

stop_pid() {  # stop_pid NAME: TERM, then KILL after 10 s; only the recorded, verified pid
  local name=$1 pid i
  pid=$(pid_of "$name") || { rm -f "$LAB/run/$name.pid"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$LAB/run/$name.pid"
}

stop_all() {  # stop_all NAME...: TERM to every recorded pid at once, then wait (KILL after 10 s)
  local name pid pids=() i
  for name in "$@"; do
    if pid=$(pid_of "$name"); then kill -TERM "$pid" 2>/dev/null || true; pids+=("$pid"); fi
  done
  for i in $(seq 100); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null; done
  for name in "$@"; do pid_of "$name" >/dev/null || rm -f "$LAB/run/$name.pid"; done
  return 0
}

# --- lab.json ------------------------------------------------------------------------------
write_lab_json() {
  local hostkey soapfp ldapfp
  hostkey=$(ssh-keygen -lf "$LAB/ssh/ssh_host_ed25519_key.pub" | awk '{print $2}')
  soapfp=$(openssl x509 -in "$LAB/soap/cert.pem" -outform DER | sha256sum | cut -d' ' -f1)
  ldapfp=$(openssl x509 -in "$LAB/samba-tls/cert.pem" -outform DER | sha256sum | cut -d' ' -f1)
  LAB="$LAB" HOSTKEY="$hostkey" SOAPFP="$soapfp" LDAPFP="$ldapfp" python3 - <<'EOF'
import json, os
lab = os.environ["LAB"]
doc = {
  "ssh": {"host": "127.0.0.1", "port": 2222, "user": "zimbra", "key": lab + "/ssh/id_ed25519",
          "known_hosts": lab + "/ssh/known_hosts", "host_key_sha256": os.environ["HOSTKEY"]},
  "mta": {"log": "/var/log/zimbra.log", "audit_log": "/opt/zimbra/log/audit.log",
          "smtp": "127.0.0.1:25", "submission": "127.0.0.1:587", "dead_relay": "127.0.0.1:2525"},
  "soap": {"url": "https://127.0.0.1:7071/service/admin/soap",
           "user_url": "https://127.0.0.1:7071/service/soap",
           "admin": "admin@tartanga.test", "password_file": lab + "/secrets/soap-admin.pw",
           "cert": lab + "/soap/cert.pem", "cert_sha256": os.environ["SOAPFP"]},
  "ldap": {"url": "ldaps://127.0.0.1:636", "bind": "Administrator@tartanga.test",
           "password_file": lab + "/secrets/ldap-admin.pw", "base": "DC=tartanga,DC=test",
           "ca_file": lab + "/ca/ca.pem", "cert_sha256": os.environ["LDAPFP"]},
  "domain": "tartanga.test", "users_file": lab + "/directory-users.json",
  "ground_truth": lab + "/ground-truth.json",
}
tmp = lab + "/lab.json.tmp"
with open(tmp, "w") as f:
    json.dump(doc, f, indent=2); f.write("\n")
os.chmod(tmp, 0o644)
os.replace(tmp, lab + "/lab.json")
EOF
}

# --- seeding -------------------------------------------------------------------------------
# flush_queue: a queue of thousands of messages is emptied by stopping Postfix and renaming
# its queue directories aside (Postfix may lose queue files only while it is stopped);
# `postfix check` recreates them with Postfix's own owners and modes (postfix-files), and the
# old files are removed in the background. `postsuper -d ALL` does the same job file by file
# and took 13-25 s for 2,800 messages here on a busy disk.
flush_queue() {
  local spool q n trash
  spool=$(postconf -h queue_directory)
  n=$(find "$spool"/{deferred,active,incoming,hold,corrupt} -type f 2>/dev/null | wc -l)
  [ "$n" -ge 500 ] || return 0
  stop_all postfix
  if postfix status >/dev/null 2>&1; then
    return 0   # not ours to stop (no pid recorded): postsuper will do it file by file
  fi
  trash=$(mktemp -d "$spool/../.zaindari-lab-trash.XXXXXX")
  for q in active bounce corrupt defer deferred flush hold incoming trace; do
    [ -d "$spool/$q" ] && mv "$spool/$q" "$trash/$q"
  done
  postfix check >>"$LAB/log/postfix-start.log" 2>&1 || { cat "$LAB/log/postfix-start.log" >&2; die "postfix check failed after the flush"; }
  setsid nice rm -rf "$trash" </dev/null >/dev/null 2>&1 9>&- &
  start_postfix
  step seed:flush-queue
}

reseed() {
  local args=("$@") soap=()
  flush_queue
  # A small remainder goes through postsuper, overlapped with the AD reset and the emulator
  # restart, which do not touch Postfix.
  postsuper -d ALL </dev/null >"$LAB/log/postsuper-flush.log" 2>&1 9>&- &
  local flush=$!
  reset_ad_state
  step seed:ad-reset
  if [ -f "$EMULATOR" ]; then
    # A fresh emulator state: lockouts and status changes from earlier tests are forgotten.
    stop_pid emulator
    rm -rf "$LAB/zimbra"; mkdir -p "$LAB/zimbra"
    : > /opt/zimbra/log/audit.log
    start_emulator
    step seed:emulator-restart
  else
    soap=(--no-soap)
  fi
  wait "$flush" || { cat "$LAB/log/postsuper-flush.log" >&2; die "postsuper -d ALL failed"; }
  : > /var/log/zimbra.log
  : > /opt/zimbra/log/audit.log
  step seed:flush
  rm -f "$LAB/ground-truth.json"
  "$PYTHON" "$HERE/seed-incident.py" --lab "$LAB" "${soap[@]}" "${args[@]}" \
    || die "seeding the incident failed"
}
