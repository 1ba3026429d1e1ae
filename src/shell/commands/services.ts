// systemctl and service as they answer inside the oracle's sandbox: a fresh PID namespace where
// systemd is not PID 1 and /etc/init.d has no firewall services (iptables-persistent is not installed).
import type { Command } from "../types.js";
import { done } from "./util.js";

const NO_SYSTEMD = "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n";

export const systemctl: Command = {
  name: "systemctl",
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === "--version") return done("systemd 252 (252.38-1~deb12u1)\n+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified\n");
    return done("", NO_SYSTEMD, 1);
  },
};

const SERVICE_USAGE = "Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n";

export const service: Command = {
  name: "service",
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) return done("", SERVICE_USAGE, 1);
    if (args[0] === "--help" || args[0] === "-h") return done("", SERVICE_USAGE, 0);
    if (args[0] === "--version") return done("service ver. 1.65.2\n");
    if (args[0].startsWith("-") && args[0] !== "--status-all") return done("", SERVICE_USAGE, 1);
    if (args[0] === "--status-all") return done("");
    return done("", `${args[0]}: unrecognized service\n`, 1);
  },
};
