#!/usr/bin/env python3
"""The lab's directory users: one JSON file that AD, Postfix's sasldb and the SOAP emulator
all mirror (contract: notes/lab-contract.md, "Users").

  lab_users.py generate FILE          write ~100 users with random test-only passwords
  lab_users.py secrets FILE DIR       one DIR/<sam>.pw file per user (mode 0600)
  lab_users.py ldif FILE BASE_DN      LDIF that creates the OUs and users in Samba AD
  lab_users.py sasl FILE              "login<TAB>password" lines for saslpasswd2
"""
import base64
import json
import os
import secrets
import sys

DOMAIN = "tartanga.test"
TEACHERS = 20
STUDENTS = 76
STAFF = [("idazkaria", "Miren", "Etxeberria"), ("zuzendaria", "Josu", "Agirre"),
         ("informatika", "Unai", "Larrañaga"), ("atezaina", "Koldo", "Iturbe")]
GIVEN = ["Ane", "Mikel", "Itziar", "Jon", "Leire", "Aitor", "Nerea", "Iker", "Maite", "Gorka",
         "Amaia", "Asier", "Irati", "Eneko", "Uxue", "Oier", "June", "Xabier", "Nahia", "Julen"]
SURNAMES = ["Agirre", "Etxeberria", "Garmendia", "Urkiola", "Zubizarreta", "Arrieta",
            "Goikoetxea", "Lasa", "Mendizabal", "Olano", "Txurruka", "Uranga", "Zabala",
            "Ibarra", "Elorza", "Beitia", "Aranburu", "Otegi", "Salaberria", "Yarza", "Landa"]
OU = {"teacher": "Irakasleak", "student": "Ikasleak", "staff": "Langileak"}
DISABLED = "irakasle9"      # userAccountControl 514
LOCKED = "ikasle5"          # locked by 5 failed LDAPS binds (lab-up.sh)
CAPTURED = "ikasle3"        # the phished account of the incident


def password():
    # AD complexity: upper, lower, digit and symbol; long enough for any default policy.
    return "Lab-" + secrets.token_hex(6) + "-Qw3!"


def generate(path):
    users = []
    for i in range(1, TEACHERS + 1):
        users.append(("irakasle%d" % i, GIVEN[i % len(GIVEN)], SURNAMES[i % len(SURNAMES)],
                      "teacher"))
    for i in range(1, STUDENTS + 1):
        users.append(("ikasle%d" % i, GIVEN[(i * 7) % len(GIVEN)],
                      SURNAMES[(i * 3) % len(SURNAMES)], "student"))
    for sam, given, sn in STAFF:
        users.append((sam, given, sn, "staff"))
    out = {"domain": DOMAIN, "users": [
        {"sam": sam, "mail": "%s@%s" % (sam, DOMAIN), "given": given, "sn": sn, "role": role,
         "password": password(), "enabled": sam != DISABLED, "locked_out": sam == LOCKED}
        for sam, given, sn, role in users]}
    tmp = path + ".tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, path)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_secrets(path, directory):
    os.makedirs(directory, mode=0o700, exist_ok=True)
    for u in load(path)["users"]:
        target = os.path.join(directory, u["sam"] + ".pw")
        try:
            with open(target, encoding="utf-8") as f:
                if f.read() == u["password"]:
                    continue
        except OSError:
            pass
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(u["password"])


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def ldif(path, base):
    data = load(path)
    out = []
    for ou in OU.values():
        out.append("dn: OU=%s,%s\nobjectClass: organizationalUnit\nou: %s\n" % (ou, base, ou))
    for u in data["users"]:
        # unicodePwd is the quoted password in UTF-16LE ([MS-ADTS] 3.1.1.3.1.5.1); AD accepts
        # it only over an encrypted connection, which LDAPS is.
        pw = base64.b64encode(('"%s"' % u["password"]).encode("utf-16-le")).decode("ascii")
        cn = u["sam"]
        out.append("\n".join([
            "dn: CN=%s,OU=%s,%s" % (cn, OU[u["role"]], base),
            "objectClass: user",
            "sAMAccountName: " + u["sam"],
            "userPrincipalName: " + u["mail"],
            "mail: " + u["mail"],
            "givenName:: " + b64(u["given"]),
            "sn:: " + b64(u["sn"]),
            "displayName:: " + b64("%s %s" % (u["given"], u["sn"])),
            "description: " + u["role"],
            "unicodePwd:: " + pw,
            "userAccountControl: " + ("512" if u["enabled"] else "514"),
        ]) + "\n")
    sys.stdout.write("\n".join(out))


def sasl(path):
    for u in load(path)["users"]:
        sys.stdout.write("%s\t%s\n" % (u["sam"], u["password"]))


def main(argv):
    if len(argv) >= 3 and argv[1] == "generate":
        generate(argv[2])
    elif len(argv) >= 4 and argv[1] == "secrets":
        write_secrets(argv[2], argv[3])
    elif len(argv) >= 4 and argv[1] == "ldif":
        ldif(argv[2], argv[3])
    elif len(argv) >= 3 and argv[1] == "sasl":
        sasl(argv[2])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
