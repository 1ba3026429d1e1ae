// Target extensions for the case generator: each gives the option strings a rule may carry,
// valid and invalid (bad values, wrong option mixes, missing -p), and the tables it is meant for.
const ip = (r) => r.pick(["10.0.0.1", "192.168.1.5", "10.1.2.3", "172.16.0.9", "1.2.3.4", "10.0.0.300", "foo"]);
const port = (r) => r.pick(["80", "8080", "1", "65535", "0", "65536", "http", "abc", "-1"]);
const num = (r) => r.pick(["0", "1", "7", "8", "255", "256", "0x10", "0xff", "-1", "4294967295", "4294967296", "abc", "010", ""]);
const mark = (r) => r.pick(["0x1", "1", "0x10/0xff", "5/0xffffffff", "0xffffffff", "0x100000000", "1/", "/1", "zz", "0x1/0x1/0x1", "-1"]);
const portRange = (r) => r.pick([port(r), `${port(r)}-${port(r)}`, "1000-2000", "2000-1000", "80:90", "80-"]);
const natTo = (r) =>
  r.pick([
    ip(r),
    `${ip(r)}:${portRange(r)}`,
    `${ip(r)}-${ip(r)}`,
    `10.0.0.1-10.0.0.5:${portRange(r)}`,
    `:${port(r)}`,
    "10.0.0.1:",
    "[10.0.0.1]:80",
    "10.0.0.5-10.0.0.1",
  ]);

export const TARGETS = {
  ACCEPT: { tables: ["filter", "nat", "mangle", "raw"], opts: (r) => r.pick(["", "", "--foo"]) },
  DROP: { tables: ["filter", "mangle", "raw", "nat"], opts: (r) => r.pick(["", "", "--bar 1"]) },
  RETURN: { tables: ["filter", "nat", "mangle", "raw"], opts: () => "" },
  REJECT: {
    tables: ["filter", "filter", "mangle", "raw"],
    proto: (r) => r.pick(["", "-p tcp", "-p udp", "-p icmp", "! -p tcp", "-p all"]),
    opts: (r) =>
      r.pick([
        "",
        `--reject-with ${r.pick([
          "icmp-net-unreachable", "icmp-host-unreachable", "icmp-port-unreachable", "icmp-proto-unreachable",
          "icmp-net-prohibited", "icmp-host-prohibited", "icmp-admin-prohibited", "tcp-reset", "net-unreach",
          "host-unreach", "port-unreach", "proto-unreach", "net-prohib", "host-prohib", "admin-prohib", "tcp-rst",
          "icmp6-adm-prohibited", "bogus", "", "TCP-RESET", "icmp-echo-reply",
        ])}`,
        "--reject-with tcp-reset --reject-with icmp-net-unreachable",
        "--reject",
      ]),
  },
  LOG: {
    tables: ["filter", "nat", "mangle", "raw"],
    opts: (r) =>
      r
        .pickN(
          [
            `--log-level ${r.pick(["0", "4", "7", "8", "emerg", "alert", "crit", "err", "error", "warning", "warn", "notice", "info", "debug", "panic", "DEBUG", "-1", "x"])}`,
            `--log-prefix ${r.pick(["x", '"hello world "', "'a\"b'", '"123456789012345678901234567890"', '"12345678901234567890123456789"', '""', "\"it's\"", "\\\\x", '"a\\"b"', '"tab\there"'])}`,
            "--log-tcp-sequence",
            "--log-tcp-options",
            "--log-ip-options",
            "--log-uid",
            "--log-macdecode",
            "--log-level 3",
            "--log-pre x",
          ],
          r.int(0, 4),
        )
        .join(" "),
  },
  MARK: {
    tables: ["mangle", "mangle", "filter", "nat", "raw"],
    opts: (r) =>
      r.pick([
        `--set-mark ${mark(r)}`,
        `--set-xmark ${mark(r)}`,
        `--and-mark ${mark(r)}`,
        `--or-mark ${mark(r)}`,
        `--xor-mark ${mark(r)}`,
        `--set-mark ${mark(r)} --or-mark 1`,
        "",
        "--set-mark",
      ]),
  },
  CONNMARK: {
    tables: ["mangle", "mangle", "filter", "nat", "raw"],
    opts: (r) =>
      r.pick([
        `--set-mark ${mark(r)}`,
        `--set-xmark ${mark(r)}`,
        `--and-mark ${mark(r)}`,
        `--or-mark ${mark(r)}`,
        `--xor-mark ${mark(r)}`,
        "--save-mark",
        "--restore-mark",
        `--save-mark --mask ${mark(r)}`,
        `--restore-mark --nfmask ${num(r)} --ctmask ${num(r)}`,
        `--save-mark --ctmask 0xff`,
        `--restore-mark --mask 0xff --nfmask 0xf`,
        "--save-mark --restore-mark",
        "",
      ]),
  },
  DNAT: {
    tables: ["nat", "nat", "filter"],
    proto: (r) => r.pick(["", "-p tcp", "-p udp", "-p sctp", "-p icmp", "-p tcp"]),
    opts: (r) =>
      [`--to-destination ${natTo(r)}`, r.chance(0.2) ? "--random" : "", r.chance(0.2) ? "--persistent" : "", r.chance(0.1) ? `--to-destination ${natTo(r)}` : ""]
        .filter(Boolean)
        .join(" ") || "",
  },
  SNAT: {
    tables: ["nat"],
    proto: (r) => r.pick(["", "-p tcp", "-p udp", "-p icmp"]),
    opts: (r) =>
      r.pick([
        `--to-source ${natTo(r)}`,
        `--to-source ${natTo(r)} --random`,
        `--to-source ${natTo(r)} --random-fully --persistent`,
        `--to ${ip(r)}`,
        "",
        `--to-source ${ip(r)} --to-source ${ip(r)}`,
      ]),
  },
  MASQUERADE: {
    tables: ["nat"],
    proto: (r) => r.pick(["", "-p tcp", "-p udp", "-p icmp"]),
    opts: (r) => r.pick(["", `--to-ports ${portRange(r)}`, "--random", "--random-fully", `--to-ports ${portRange(r)} --random`, "--to-ports"]),
  },
  REDIRECT: {
    tables: ["nat"],
    proto: (r) => r.pick(["", "-p tcp", "-p udp", "-p icmp"]),
    opts: (r) => r.pick(["", `--to-ports ${portRange(r)}`, "--random", `--to-ports ${portRange(r)} --random`]),
  },
  NETMAP: {
    tables: ["nat", "mangle"],
    opts: (r) => r.pick([`--to ${r.pick(["10.0.0.0/24", "10.0.0.0/8", "10.1.2.3/32", "10.1.2.3", "10.0.0.0/33", "1.2.3.0/255.255.255.0", "x"])}`, ""]),
  },
  CT: {
    tables: ["raw", "raw", "mangle", "filter"],
    opts: (r) =>
      r.pick([
        "--notrack",
        `--zone ${num(r)}`,
        `--zone-orig ${r.pick(["1", "mark", "65535", "65536"])}`,
        `--zone-reply ${r.pick(["2", "mark"])}`,
        `--helper ${r.pick(["ftp", "tftp", "nope", "irc"])}`,
        `--ctevents ${r.pick(["new", "new,related", "destroy,reply", "bogus", "mark,label"])}`,
        `--expevents ${r.pick(["new", "x"])}`,
        `--timeout ${r.pick(["foo", "1"])}`,
        "--notrack --zone 1",
        "",
      ]),
  },
  NOTRACK: { tables: ["raw", "filter"], opts: (r) => r.pick(["", "", "--x"]) },
  TRACE: { tables: ["raw", "filter", "mangle"], opts: () => "" },
  TCPMSS: {
    tables: ["mangle", "filter"],
    proto: (r) => r.pick(["-p tcp --tcp-flags SYN,RST SYN", "-p tcp --syn", "-p tcp", "", "-p udp"]),
    opts: (r) => r.pick([`--set-mss ${r.pick(["1400", "0", "65535", "65536", "x"])}`, "--clamp-mss-to-pmtu", "--set-mss 1 --clamp-mss-to-pmtu", ""]),
  },
  TTL: {
    tables: ["mangle", "mangle", "filter"],
    opts: (r) => r.pick([`--ttl-set ${num(r)}`, `--ttl-dec ${num(r)}`, `--ttl-inc ${num(r)}`, "--ttl-set 1 --ttl-inc 1", ""]),
  },
  TOS: {
    tables: ["mangle", "mangle", "filter"],
    opts: (r) =>
      r.pick([
        `--set-tos ${r.pick(["0x10", "16", "Minimize-Delay", "Normal-Service", "0x10/0x3f", "0x100", "foo", "Maximize-Throughput"])}`,
        `--and-tos ${num(r)}`,
        `--or-tos ${num(r)}`,
        `--xor-tos ${num(r)}`,
        "",
      ]),
  },
  DSCP: {
    tables: ["mangle", "mangle", "filter"],
    opts: (r) =>
      r.pick([`--set-dscp ${r.pick(["10", "0x3f", "64", "0x40", "x"])}`, `--set-dscp-class ${r.pick(["EF", "af11", "CS0", "be", "nope"])}`, "--set-dscp 1 --set-dscp-class EF", ""]),
  },
  CLASSIFY: { tables: ["mangle", "mangle", "filter"], opts: (r) => r.pick([`--set-class ${r.pick(["1:10", "ffff:ffff", "10000:1", "1", "x:y", "0:0"])}`, ""]) },
  NFLOG: {
    tables: ["filter", "mangle", "raw", "nat"],
    opts: (r) =>
      r
        .pickN(
          [
            `--nflog-group ${r.pick(["0", "5", "65535", "65536", "x"])}`,
            `--nflog-prefix ${r.pick(["x", '"a b"', '"' + "p".repeat(64) + '"', '"' + "q".repeat(63) + '"'])}`,
            `--nflog-range ${r.pick(["1", "100"])}`,
            `--nflog-size ${r.pick(["0", "128", "x"])}`,
            `--nflog-threshold ${r.pick(["1", "0", "65535"])}`,
          ],
          r.int(0, 3),
        )
        .join(" "),
  },
  NFQUEUE: {
    tables: ["filter", "mangle", "raw"],
    opts: (r) =>
      r.pick([
        "",
        `--queue-num ${r.pick(["0", "3", "65535", "65536", "x"])}`,
        `--queue-balance ${r.pick(["0:3", "3:0", "1:1", "0:65535", "5"])}`,
        "--queue-num 1 --queue-bypass",
        "--queue-balance 0:3 --queue-cpu-fanout",
        "--queue-bypass --fail-open",
        "--queue-num 1 --queue-balance 0:1",
      ]),
  },
  SET: {
    tables: ["filter", "mangle"],
    opts: (r) => r.pick(["--add-set foo src", "--del-set foo dst,src", "--add-set foo", "", "--map-set foo src --map-mark"]),
  },
  AUDIT: { tables: ["filter", "mangle", "raw"], opts: (r) => r.pick(["--type accept", "--type drop", "--type reject", "--type bogus", ""]) },
  CHECKSUM: { tables: ["mangle", "mangle", "filter"], proto: (r) => r.pick(["", "-p udp"]), opts: (r) => r.pick(["--checksum-fill", ""]) },
  TEE: { tables: ["mangle", "mangle", "filter", "raw"], opts: (r) => r.pick([`--gateway ${ip(r)}`, "", "--gateway 10.0.0.1 --oif lo"]) },
};

export const BUILTIN_CHAINS = {
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  raw: ["PREROUTING", "OUTPUT"],
  security: ["INPUT", "FORWARD", "OUTPUT"],
};

/** Valid option sets, to exercise printing (-L, -L -n, -S, -v echo, save) rather than errors. */
export const VALID_TARGETS = {
  REJECT: (r) => r.pick(["", "--reject-with icmp-host-prohibited", "--reject-with icmp-net-unreachable", "--reject-with icmp-admin-prohibited", "--reject-with icmp-proto-unreachable", "--reject-with icmp-net-prohibited", "--reject-with host-unreach"]),
  "REJECT-tcp": (r) => `-p tcp|--reject-with ${r.pick(["tcp-reset", "tcp-rst", "icmp-port-unreachable"])}`,
  LOG: (r) =>
    r
      .pickN([`--log-level ${r.pick(["0", "1", "2", "3", "5", "6", "7", "alert", "crit", "emerg", "notice", "info", "debug", "warning", "error"])}`, `--log-prefix ${r.pick(['"DROP: "', "x", "'in '", '"a%b"'])}`, "--log-tcp-sequence", "--log-tcp-options", "--log-ip-options", "--log-uid", "--log-macdecode"], r.int(1, 4))
      .join(" "),
  MARK: (r) => r.pick(["--set-mark 0x1", "--set-mark 5/0xff", "--set-xmark 0x3/0xf", "--and-mark 0xf0", "--or-mark 0x100", "--xor-mark 7", "--set-mark 0xffffffff/0xffffffff", "--set-mark 0"]),
  CONNMARK: (r) => r.pick(["--set-mark 1", "--set-xmark 0x4/0xff", "--save-mark", "--restore-mark", "--save-mark --mask 0xff", "--restore-mark --nfmask 0xf --ctmask 0xf0", "--save-mark --nfmask 0x1 --ctmask 0x2", "--and-mark 3", "--or-mark 4", "--xor-mark 5", "--set-mark 0x10/0x10"]),
  DNAT: (r) => `${r.pick(["-p tcp", "-p udp", "-p tcp --dport 80", ""])}|--to-destination ${r.pick(["10.0.0.1", "10.0.0.1:8080", "10.0.0.1-10.0.0.3", "10.0.0.1-10.0.0.3:1000-2000", "10.0.0.1:80-90"])}${r.pick(["", " --random", " --persistent"])}`.trim(),
  SNAT: (r) => `${r.pick(["-p tcp", "-p udp", ""])}|--to-source ${r.pick(["1.2.3.4", "1.2.3.4:1024", "1.2.3.4-1.2.3.9", "1.2.3.4:1024-2048"])}${r.pick(["", " --random", " --random-fully", " --persistent"])}`.trim(),
  MASQUERADE: (r) => r.pick(["", "-p tcp|--to-ports 1024", "-p udp|--to-ports 1024-2048", "--random", "--random-fully", "-p tcp|--to-ports 5000 --random"]),
  REDIRECT: (r) => r.pick(["", "-p tcp|--to-ports 8080", "-p tcp|--to-ports 8000-8010", "--random", "-p udp|--to-ports 53 --random"]),
  NETMAP: (r) => `--to ${r.pick(["10.1.0.0/16", "192.168.5.0/24", "1.2.3.4/32", "1.2.3.4"])}`,
  CT: (r) => r.pick(["--notrack", "--zone 1", "--zone-orig 2", "--zone-reply 3", "--zone-orig mark", "-p tcp|--helper ftp", "--ctevents new,related", "--expevents new", "--zone 65535"]),
  NOTRACK: () => "",
  TRACE: () => "",
  TCPMSS: (r) => `-p tcp --tcp-flags SYN,RST SYN|${r.pick(["--set-mss 1400", "--clamp-mss-to-pmtu", "--set-mss 536"])}`,
  TTL: (r) => r.pick(["--ttl-set 64", "--ttl-dec 1", "--ttl-inc 5", "--ttl-set 0", "--ttl-set 255"]),
  TOS: (r) => r.pick(["--set-tos 0x10", "--set-tos Minimize-Delay", "--set-tos 0x08/0xff", "--and-tos 0x1f", "--or-tos 0x2", "--xor-tos 0x4", "--set-tos Normal-Service", "--set-tos 0"]),
  DSCP: (r) => r.pick(["--set-dscp 10", "--set-dscp 0x2e", "--set-dscp-class EF", "--set-dscp-class af41", "--set-dscp-class cs7", "--set-dscp 0"]),
  CLASSIFY: (r) => `--set-class ${r.pick(["1:10", "ffff:ffff", "0:0", "10:1", "abc:def"])}`,
  NFLOG: (r) => r.pickN(["--nflog-group 3", '--nflog-prefix "hi there"', "--nflog-range 64", "--nflog-size 128", "--nflog-threshold 5"], r.int(0, 3)).join(" "),
  NFQUEUE: (r) => r.pick(["", "--queue-num 5", "--queue-balance 0:3", "--queue-num 2 --queue-bypass", "--queue-balance 2:5 --queue-cpu-fanout", "--queue-bypass"]),
  AUDIT: (r) => `--type ${r.pick(["accept", "drop", "reject"])}`,
  CHECKSUM: () => "-p udp|--checksum-fill",
  TEE: (r) => `--gateway ${r.pick(["10.0.0.1", "192.168.1.254"])}`,
  SET: (r) => r.pick(["--add-set s src", "--del-set s dst"]),
  SYNPROXY: (r) => `-p tcp|${r.pick(["--sack-perm --timestamp --wscale 7 --mss 1460", "--mss 1460", ""])}`,
  ECN: (r) => `-p tcp|${r.pick(["--ecn-tcp-remove", ""])}`,
};
