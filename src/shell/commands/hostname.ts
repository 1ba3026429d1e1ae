// hostname [NAME]: prints (or, as root, sets) the host name.
import type { Command } from "../types.js";
import { done, unknownOption } from "./util.js";
import { formatIpv4 } from "../../netfilter/ip.js";

const USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit

Program name:
       {yp,nis,}domainname=hostname -y
       dnsdomainname=hostname -d

Program options:
    -a, --alias            alias names
    -A, --all-fqdns        all long host names (FQDNs)
    -b, --boot             set default hostname if none available
    -d, --domain           DNS domain name
    -f, --fqdn, --long     long host name (FQDN)
    -F, --file             read host name or NIS domain name from given file
    -i, --ip-address       addresses for the host name
    -I, --all-ip-addresses all addresses for the host
    -s, --short            short host name
    -y, --yp, --nis        NIS/YP domain name

Description:
   This command can get or set the host name or the NIS domain name. You can
   also get the DNS domain or the FQDN (fully qualified domain name).
   Unless you are using bind or NIS for host lookups you can change the
   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is
   part of the FQDN) in the /etc/hosts file.
`;

export const hostname: Command = {
  name: "hostname",
  run(ctx) {
    // net-tools hostname: the usage on stdout, the complaint on stderr, status 255
    const bad = unknownOption("hostname", ctx.argv.slice(1), {
      short: "aAbdfFiIsyVh", long: ["alias", "all-fqdns", "boot", "domain", "fqdn", "long", "file", "ip-address", "all-ip-addresses", "short", "yp", "nis", "version", "help"], usage: "", rc: 255,
    });
    if (bad) return done(USAGE, bad.stderr, 255);
    const args = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
    // -I: every address of the up, non-loopback devices, each followed by a space
    if (ctx.argv.slice(1).some((a) => a === "-I" || a === "--all-ip-addresses")) {
      const space = ctx.world.namespaces[ctx.netns];
      const shown = (space?.addrs ?? []).filter((a) => {
        const link = space!.links.find((l) => l.ifindex === a.ifindex);
        return link !== undefined && link.kind !== "loopback" && link.adminUp;
      });
      // (the kernel lists addresses device by device, in ifindex order)
      const ordered = [...shown].sort((x, y) => x.ifindex - y.ifindex);
      return done(ordered.map((a) => `${formatIpv4(a.addr)} `).join("") + "\n");
    }
    if (args.length === 0) return done(ctx.world.hostname + "\n");
    ctx.world.hostname = args[0]!;
    return done();
  },
};
