// Port and protocol names, resolved the way glibc does through /etc/services and /etc/protocols
// (Debian 12 netbase 6.4, shipped verbatim in data/).
import { ETC_PROTOCOLS } from "./data/protocols.js";
import { ETC_SERVICES } from "./data/services.js";

interface ServiceTables {
  byName: Map<string, number>; // "proto/name" → port (aliases included)
  byPort: Map<string, string>; // "proto/port" → first name listed
}

let services: ServiceTables | undefined;

function loadServices(): ServiceTables {
  if (services) return services;
  const byName = new Map<string, number>();
  const byPort = new Map<string, string>();
  for (const raw of ETC_SERVICES.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [name, portProto, ...aliases] = line.split(/\s+/);
    const m = /^(\d+)\/(\w+)$/.exec(portProto ?? "");
    if (!name || !m) continue;
    const port = Number(m[1]);
    const proto = m[2]!;
    for (const n of [name, ...aliases]) if (!byName.has(`${proto}/${n}`)) byName.set(`${proto}/${n}`, port);
    if (!byPort.has(`${proto}/${port}`)) byPort.set(`${proto}/${port}`, name);
  }
  services = { byName, byPort };
  return services;
}

/** getservbyname(name, proto): the port, or undefined. */
export function serviceToPort(name: string, proto: string): number | undefined {
  return loadServices().byName.get(`${proto}/${name}`);
}

/** getservbyport(port, proto): the service name, or undefined. */
export function portToService(port: number, proto: string): string | undefined {
  return loadServices().byPort.get(`${proto}/${port}`);
}

interface ProtocolTables {
  byName: Map<string, number>;
  byNumber: Map<number, string>;
}

let protocols: ProtocolTables | undefined;

function loadProtocols(): ProtocolTables {
  if (protocols) return protocols;
  const byName = new Map<string, number>();
  const byNumber = new Map<number, string>();
  for (const raw of ETC_PROTOCOLS.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [name, num, ...aliases] = line.split(/\s+/);
    const n = Number(num);
    if (!name || !Number.isInteger(n)) continue;
    for (const a of [name, ...aliases]) if (!byName.has(a)) byName.set(a, n);
    if (!byNumber.has(n)) byNumber.set(n, name);
  }
  protocols = { byName, byNumber };
  return protocols;
}

/** getprotobyname: the protocol number, or undefined. */
export function protocolNumber(name: string): number | undefined {
  return loadProtocols().byName.get(name);
}

/** getprotobynumber: the protocol name, or undefined. */
export function protocolName(num: number): string | undefined {
  return loadProtocols().byNumber.get(num);
}
