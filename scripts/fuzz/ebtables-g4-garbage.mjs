// Seeded ebtables word-salad generator (helper G4): random option words, to compare error texts.
let seed = Number(process.argv[2] ?? 5441);
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const words = ["-A", "-I", "-D", "-L", "-F", "-Z", "-N", "-X", "-E", "-P", "-t", "nat", "filter", "INPUT", "FORWARD", "OUTPUT",
  "PREROUTING", "U", "!", "-p", "IPv4", "ARP", "-s", "-d", "00:11:22:33:44:55", "-i", "-o", "eth0", "-j", "ACCEPT", "DROP",
  "RETURN", "CONTINUE", "--ip-src", "1.2.3.4", "--ip-proto", "tcp", "--ip-dport", "80", "--log", "--log-level", "info",
  "--Ln", "--Lc", "--Lx", "-c", "1", "2", "-V", "-h", "-v", "--concurrent", "--new-chain", "--policy", "--list", "-Lz",
  "-x", "--foo", "--ip", "--log-", "--zero", "--flush", "--delete-chain", "-vL", "-LZ", "--mark", "5", "--limit", "3/s",
  "--arp-op", "Request", "-j", "mark", "--mark-set", "0x1", "--to-dst", "0:1:2:3:4:5", "dnat", "--vlan-id", "7", "3:5"];
const lines = ["ebtables -N U", "ebtables -A U -j ACCEPT"];
for (let i = 0; i < 40; i++) {
  const n = 1 + Math.floor(rnd() * 6);
  const w = [];
  for (let k = 0; k < n; k++) w.push(pick(words));
  lines.push(`ebtables ${w.join(" ")}; echo rc=$?`);
}
lines.push("ebtables-save | grep -v '^#'", "ebtables -t nat -L");
console.log(lines.join("\n"));
