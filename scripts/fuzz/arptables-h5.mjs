// Seeded arptables command generator (helper H5): node scripts/fuzz/arptables-h5.mjs SEED > case.sh, then
// record with run-real and compare. Mixes valid and invalid matches, targets and chain commands.
// With a second argument --restore the rule commands become four arptables-restore batches.
const seed = Number(process.argv[2] ?? 6501);
let s = seed >>> 0;
const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chains = ["INPUT", "OUTPUT", "INPUT", "OUTPUT", "u1", "u2", "FORWARD", "nope"];
const ips = ["10.0.0.1", "10.0.0.0/8", "192.168.1.0/24", "1.2.3.4/255.255.0.0", "0.0.0.0/0", "localhost", "1.1.1.1,2.2.2.2", "300.1.1.1", "10.1.2.3/31"];
const macs = ["00:11:22:33:44:55", "Broadcast", "Unicast", "aa:bb:cc:dd:ee:ff/ff:ff:ff:ff:ff:00", "01:00:00:00:00:00/01:00:00:00:00:00", "zz:zz", "0:1:2:3:4:5"];
const opcodes = ["1", "2", "Request", "reply", "9", "10", "InARP_Request", "2/255", "bogus", "0"];
const htypes = ["1", "Ethernet", "6", "0x10", "ffff", "1/1", "x"];
const ptypes = ["0x800", "IPv4", "0x86dd", "2048", "0x806/0xff00", "bad"];
const ifs = ["eth0", "eth+", "lo", "veth0", "+", "ens3"];
const targets = ["ACCEPT", "DROP", "RETURN", "u1", "u2", "CONTINUE", "mangle --mangle-ip-s 10.9.9.9", "mangle --mangle-mac-d 00:00:00:00:00:01 --mangle-target CONTINUE", "MARK --set-mark 0x10", "MARK --or-mark 3", "MARK --and-mark f", "CLASSIFY --set-class 1:10", "TRACE", "QUEUE"];
function match() {
  const parts = [];
  const n = Math.floor(rnd() * 4);
  const used = new Set();
  for (let i = 0; i < n; i++) {
    const k = pick(["s", "d", "sm", "dm", "op", "ht", "pt", "i", "o", "l", "c"]);
    if (used.has(k)) continue;
    used.add(k);
    const neg = rnd() < 0.2 ? "! " : "";
    if (k === "s") parts.push(`${neg}-s ${pick(ips)}`);
    if (k === "d") parts.push(`${neg}-d ${pick(ips)}`);
    if (k === "sm") parts.push(`${neg}--source-mac ${pick(macs)}`);
    if (k === "dm") parts.push(`${neg}--destination-mac ${pick(macs)}`);
    if (k === "op") parts.push(`${neg}--opcode ${pick(opcodes)}`);
    if (k === "ht") parts.push(`${neg}--h-type ${pick(htypes)}`);
    if (k === "pt") parts.push(`${neg}--proto-type ${pick(ptypes)}`);
    if (k === "i") parts.push(`${neg}-i ${pick(ifs)}`);
    if (k === "o") parts.push(`${neg}-o ${pick(ifs)}`);
    if (k === "l") parts.push(`${neg}--h-length ${pick(["6", "6/255", "4"])}`);
    if (k === "c") parts.push(`-c ${pick(["1 2", "100000 2000000", "3,4"])}`);
  }
  return parts.join(" ");
}
const lines = ["arptables -N u1", "arptables -N u2"];
for (let i = 0; i < 70; i++) {
  const r = rnd();
  const chain = pick(chains);
  const j = rnd() < 0.9 ? ` -j ${pick(targets)}` : "";
  const v = rnd() < 0.15 ? " -v" : "";
  if (r < 0.4) lines.push(`arptables${v} -A ${chain} ${match()}${j}`);
  else if (r < 0.5) lines.push(`arptables${v} -I ${chain} ${pick(["1", "2", "3", ""])} ${match()}${j}`.replace(/  +/g, " "));
  else if (r < 0.58) lines.push(`arptables${v} -D ${chain} ${rnd() < 0.5 ? pick(["1", "2", "5"]) : match() + j}`);
  else if (r < 0.63) lines.push(`arptables${v} -C ${chain} ${match()}${j}`);
  else if (r < 0.67) lines.push(`arptables${v} -R ${chain} ${pick(["1", "2"])} ${match()}${j}`);
  else if (r < 0.75) lines.push(`arptables ${pick(["-L", "-L -n", "-L -v", "-L -n -v --line-numbers", "-L -x -v", "-S", "-S -v", "-L -Z -v"])} ${rnd() < 0.4 ? pick(chains) : ""}`.trim());
  else if (r < 0.8) lines.push(`arptables ${pick(["-P INPUT DROP", "-P OUTPUT ACCEPT", "-P u1 DROP", "-P INPUT RETURN", "-F u1", "-F", "-Z", "-Z INPUT 1", "-X u2", "-E u2 u3", "-E u3 u2", "-N u2", "-X", "-F -v"])}`);
  else if (r < 0.85) lines.push(`arptables-save${rnd() < 0.3 ? " -c" : ""}`);
  else lines.push(`arptables${v} -A ${chain} ${match()}${j}`);
}
lines.push("arptables -L -n -v --line-numbers", "arptables-save -c");
if (process.argv[3] === "--restore") {
  const rules = lines.filter((l) => /^arptables( -v)? -[AIDRNPFXZE] /.test(l)).map((l) => l.replace(/^arptables /, ""));
  const out = [];
  for (let b = 0; b < 4; b++) {
    const chunk = rules.slice(b * 12, b * 12 + 12);
    const head = b % 2 ? "*filter\n:INPUT DROP\n:u1 -\n:u2 -" : "*filter\n:u1 -\n:u2 -";
    out.push(`arptables-restore <<'X'\n${head}\n${chunk.join("\n")}\n${b === 3 ? "" : "COMMIT\n"}X`);
    out.push("arptables-save -c");
  }
  console.log(out.join("\n"));
} else console.log(lines.join("\n"));
