// A kube-proxy-style nat dump: N Services with E endpoints each, as kube-proxy would write it
// (about 11 lines per two-endpoint Service). Chain-name suffixes are deterministic stand-ins for
// kube-proxy's hashes.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function suffix(kind, i) {
  let x = Math.imul(i + 1, 2654435761) >>> 0;
  for (let k = 0; k < kind.length; k++) x = (Math.imul(x ^ kind.charCodeAt(k), 16777619) + 40503) >>> 0;
  let s = "";
  for (let k = 0; k < 16; k++) {
    // the top bits of the generator: its low 5 bits repeat every 32 steps, which once made
    // only 32 distinct names (the "10,000 Services" redeclared the same 72 chains)
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += ALPHABET[x >>> 27];
  }
  return s;
}

const ip = (n) => `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

export function kubeDump(services, endpointsPer = 2) {
  const decl = [":KUBE-SERVICES - [0:0]", ":KUBE-NODEPORTS - [0:0]", ":KUBE-POSTROUTING - [0:0]", ":KUBE-MARK-MASQ - [0:0]"];
  const rules = [
    "-A PREROUTING -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES",
    "-A OUTPUT -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES",
    "-A POSTROUTING -m comment --comment \"kubernetes postrouting rules\" -j KUBE-POSTROUTING",
    "-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN",
    "-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000",
    "-A KUBE-POSTROUTING -m comment --comment \"kubernetes service traffic requiring SNAT\" -j MASQUERADE --random-fully",
    "-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000",
  ];
  const clusterBase = (10 << 24) | (96 << 16);
  const podBase = (10 << 24) | (244 << 16);
  for (let s = 0; s < services; s++) {
    const name = `default/svc-${s}:http`;
    const vip = ip(clusterBase + 10 + s);
    const svc = `KUBE-SVC-${suffix("svc", s)}`;
    decl.push(`:${svc} - [0:0]`);
    rules.push(`-A KUBE-SERVICES -d ${vip}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport 80 -j ${svc}`);
    rules.push(`-A ${svc} ! -s 10.244.0.0/16 -d ${vip}/32 -p tcp -m comment --comment "${name} cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`);
    for (let e = 0; e < endpointsPer; e++) {
      const podIp = ip(podBase + 2 + s * endpointsPer + e);
      const sep = `KUBE-SEP-${suffix("sep" + e, s)}`;
      decl.push(`:${sep} - [0:0]`);
      const left = endpointsPer - e;
      const stat = left > 1 ? ` -m statistic --mode random --probability ${(1 / left).toFixed(10)}` : "";
      rules.push(`-A ${svc} -m comment --comment "${name} -> ${podIp}:8080"${stat} -j ${sep}`);
      rules.push(`-A ${sep} -s ${podIp}/32 -m comment --comment "${name}" -j KUBE-MARK-MASQ`);
      rules.push(`-A ${sep} -p tcp -m comment --comment "${name}" -m tcp -j DNAT --to-destination ${podIp}:8080`);
    }
  }
  rules.push("-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; NOTE: this must be the last rule in this chain\" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS");
  return ["*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]", ...decl, ...rules, "COMMIT", ""].join("\n");
}
