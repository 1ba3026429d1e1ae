// `ip -d link|addr`: the details print_linkinfo adds after the link-layer line (promiscuity, MTU
// bounds, link kind and bridge/bridge_slave data, queues and offload sizes) and their JSON form.
import { bridgePorts, isOperUp, linkByIndex } from "../links.js";
import type { Link } from "../types.js";
import { linkMac, type IpOptions } from "./common.js";
import { rawJsonNumber, type Json } from "./json.js";


/** veth gets one queue per possible CPU (this machine's two). */
const VETH_QUEUES = 2;

const queues = (link: Link) => (link.kind === "veth" ? VETH_QUEUES : 1);
/** A bridge offers the smallest TSO size of its ports (veths: 524280), 65536 without ports. */
const tsoMax = (o: IpOptions, link: Link) => (link.kind === "bridge" && bridgePorts(o.world, o.netns, link).length === 0 ? 65536 : 524280);

/** A bridge id: priority, then the MAC in %x groups (zero until the bridge's first port). */
function bridgeId(o: IpOptions, bridge: Link): string {
  const mac = bridge.hadPorts ? linkMac(o.world, o.netns, bridge) : "00:00:00:00:00:00";
  return `8000.${mac.split(":").map((b) => parseInt(b, 16).toString(16)).join(":")}`;
}

function bridgeText(o: IpOptions, link: Link): string {
  const id = bridgeId(o, link);
  return `bridge forward_delay 1500 hello_time 200 max_age 2000 ageing_time 30000 stp_state 0 priority 32768 vlan_filtering 0 bridge_id ${id} designated_root ${id} ` +
    "root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 hello_timer    0.00 tcn_timer    0.00 topology_change_timer    0.00 gc_timer    0.00 " +
    "group_fwd_mask 0 group_address 01:80:c2:00:00:00 mcast_snooping 1 no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 " +
    "mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 " +
    "mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 " +
    "mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 ";
}

/** Port numbers follow the order ports joined; the emulator keeps them in ifindex order. */
function portNumber(o: IpOptions, bridge: Link, port: Link): number {
  return bridgePorts(o.world, o.netns, bridge).indexOf(port) + 1;
}

/** Without STP a port forwards as soon as it and its bridge are up. */
function slaveState(o: IpOptions, port: Link, bridge: Link): string {
  return bridge.adminUp && isOperUp(o.world, o.netns, port) ? "forwarding" : "disabled";
}

function slaveText(o: IpOptions, port: Link, bridge: Link): string {
  const no = portNumber(o, bridge, port);
  const id = bridgeId(o, bridge);
  return `bridge_slave state ${slaveState(o, port, bridge)} priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on ` +
    `port_id 0x${(0x8000 + no).toString(16)} port_no 0x${no.toString(16)} designated_port ${0x8000 + no} designated_cost 0 designated_bridge ${id} designated_root ${id} ` +
    "hold_timer    0.00 message_age_timer    0.00 forward_delay_timer    0.00 topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off " +
    "mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 " +
    "vlan_tunnel off isolated off locked off ";
}

const masterOf = (o: IpOptions, link: Link) => (link.master !== undefined ? linkByIndex(o.world, o.netns, link.master) : undefined);

/** Text appended to the link/ether line; `withGenMode`: `ip link` prints addrgenmode, `ip addr` not. */
export function detailsText(o: IpOptions, link: Link, withGenMode: boolean): string {
  const port = link.master !== undefined ? 1 : 0;
  const mtus = link.kind === "loopback" ? "minmtu 0 maxmtu 0" : "minmtu 68 maxmtu 65535";
  let out = ` promiscuity ${port}  allmulti ${port} ${mtus} `;
  if (link.kind === "veth") out += "\n    veth ";
  if (link.kind === "bridge") out += `\n    ${bridgeText(o, link)}`;
  const master = masterOf(o, link);
  if (master) out += `\n    ${slaveText(o, link, master)}`;
  if (withGenMode) out += "addrgenmode eui64 ";
  const q = queues(link);
  return `${out}numtxqueues ${q} numrxqueues ${q} gso_max_size 65536 gso_max_segs 65535 tso_max_size ${tsoMax(o, link)} tso_max_segs 65535 gro_max_size 65536 `;
}

function slaveJson(o: IpOptions, port: Link, bridge: Link): Json {
  const no = portNumber(o, bridge, port);
  const id = bridgeId(o, bridge);
  return {
    state: slaveState(o, port, bridge), priority: 32, cost: 2, hairpin: false, guard: false, root_block: false, fastleave: false, learning: true, flood: true,
    id: `0x${(0x8000 + no).toString(16)}`, no: `0x${no.toString(16)}`, designated_port: 0x8000 + no, designated_cost: 0, bridge_id: id, root_id: id,
    hold_timer: rawJsonNumber("0.00"), message_age_timer: rawJsonNumber("0.00"), forward_delay_timer: rawJsonNumber("0.00"), topology_change_ack: 0, config_pending: 0, proxy_arp: false, proxy_arp_wifi: false,
    multicast_router: 1, mcast_flood: true, bcast_flood: true, mcast_to_unicast: false, neigh_suppress: false, group_fwd_mask: "0", group_fwd_mask_str: "0x0",
    vlan_tunnel: false, isolated: false, locked: false,
  };
}

export function detailsJson(o: IpOptions, link: Link, withGenMode: boolean): Json {
  const port = link.master !== undefined ? 1 : 0;
  const loopback = link.kind === "loopback";
  const master = masterOf(o, link);
  const info: Json = {};
  if (!loopback) info.info_kind = link.kind;
  if (master) { info.info_slave_kind = "bridge"; info.info_slave_data = slaveJson(o, link, master); }
  const q = queues(link);
  return {
    promiscuity: port, allmulti: port, min_mtu: loopback ? 0 : 68, max_mtu: loopback ? 0 : 65535,
    ...(Object.keys(info).length > 0 ? { linkinfo: info } : {}), ...(withGenMode ? { inet6_addr_gen_mode: "eui64" } : {}),
    num_tx_queues: q, num_rx_queues: q, gso_max_size: 65536, gso_max_segs: 65535, tso_max_size: tsoMax(o, link), tso_max_segs: 65535, gro_max_size: 65536,
  };
}

