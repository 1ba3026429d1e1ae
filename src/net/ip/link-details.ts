// `ip -d link|addr`: the details print_linkinfo adds after the link-layer line (promiscuity, MTU
// bounds, link kind and bridge/bridge_slave data, queues and offload sizes) and their JSON form.
import { bridgePorts, isOperUp, linkByIndex } from "../links.js";
import type { Link } from "../types.js";
import { linkMac, type IpOptions } from "./common.js";
import { bridgeSettings } from "./bridge-options.js";
import { portCost, portFlag, portMcastRouter, portPriority, portState } from "../bridge-port.js";
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
  const b = bridgeSettings(link);
  return `bridge forward_delay ${b.forward_delay} hello_time ${b.hello_time} max_age ${b.max_age} ageing_time ${b.ageing_time} stp_state ${b.stp_state} priority ${b.priority} vlan_filtering ${b.vlan_filtering} bridge_id ${id} designated_root ${id} ` +
    "root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 hello_timer    0.00 tcn_timer    0.00 topology_change_timer    0.00 gc_timer    0.00 " +
    `group_fwd_mask 0 group_address 01:80:c2:00:00:00 mcast_snooping ${b.mcast_snooping} no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 ` +
    "mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 " +
    "mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 " +
    `mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables ${b.nf_call_iptables} nf_call_ip6tables ${b.nf_call_ip6tables} nf_call_arptables ${b.nf_call_arptables} `;
}

/** The bridge's -d data in JSON (the text's names, several shortened: _cnt, _intvl, group_addr). */
function bridgeJson(o: IpOptions, link: Link): Json {
  const id = bridgeId(o, link);
  const b = bridgeSettings(link);
  const timer = rawJsonNumber("0.00");
  return {
    forward_delay: b.forward_delay, hello_time: b.hello_time, max_age: b.max_age, ageing_time: b.ageing_time, stp_state: b.stp_state,
    priority: b.priority, vlan_filtering: b.vlan_filtering, bridge_id: id, root_id: id, root_port: 0, root_path_cost: 0,
    topology_change: 0, topology_change_detected: 0, hello_timer: timer, tcn_timer: timer, topology_change_timer: timer, gc_timer: timer,
    group_fwd_mask: "0", group_addr: "01:80:c2:00:00:00", mcast_snooping: b.mcast_snooping, no_linklocal_learn: 0, mcast_vlan_snooping: 0,
    mcast_router: 1, mcast_query_use_ifaddr: 0, mcast_querier: 0, mcast_hash_elasticity: 16, mcast_hash_max: 4096,
    mcast_last_member_cnt: 2, mcast_startup_query_cnt: 2, mcast_last_member_intvl: 100, mcast_membership_intvl: 26000,
    mcast_querier_intvl: 25500, mcast_query_intvl: 12500, mcast_query_response_intvl: 1000, mcast_startup_query_intvl: 3124,
    mcast_stats_enabled: 0, mcast_igmp_version: 2, mcast_mld_version: 1,
    nf_call_iptables: b.nf_call_iptables, nf_call_ip6tables: b.nf_call_ip6tables, nf_call_arptables: b.nf_call_arptables,
  };
}

/** Port numbers follow the order ports joined; the emulator keeps them in ifindex order. */
function portNumber(o: IpOptions, bridge: Link, port: Link): number {
  return bridgePorts(o.world, o.netns, bridge).indexOf(port) + 1;
}

const onOff = (port: Link, name: string) => (portFlag(port, name) ? "on" : "off");

function slaveText(o: IpOptions, port: Link, bridge: Link): string {
  const no = portNumber(o, bridge, port);
  const id = bridgeId(o, bridge);
  return `bridge_slave state ${portState(o.world, o.netns, port, bridge)} priority ${portPriority(port)} cost ${portCost(port)} hairpin ${onOff(port, "hairpin")} guard ${onOff(port, "guard")} root_block ${onOff(port, "root_block")} fastleave ${onOff(port, "fastleave")} learning ${onOff(port, "learning")} flood ${onOff(port, "flood")} ` +
    `port_id 0x${(0x8000 + no).toString(16)} port_no 0x${no.toString(16)} designated_port ${0x8000 + no} designated_cost 0 designated_bridge ${id} designated_root ${id} ` +
    "hold_timer    0.00 message_age_timer    0.00 forward_delay_timer    0.00 topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off " +
    `mcast_router ${portMcastRouter(port)} mcast_fast_leave ${onOff(port, "fastleave")} mcast_flood ${onOff(port, "mcast_flood")} bcast_flood ${onOff(port, "bcast_flood")} mcast_to_unicast ${onOff(port, "mcast_to_unicast")} neigh_suppress ${onOff(port, "neigh_suppress")} group_fwd_mask 0 group_fwd_mask_str 0x0 ` +
    `vlan_tunnel ${onOff(port, "vlan_tunnel")} isolated ${onOff(port, "isolated")} locked ${onOff(port, "locked")} `;
}

const masterOf = (o: IpOptions, link: Link) => (link.master !== undefined ? linkByIndex(o.world, o.netns, link.master) : undefined);

/** Text appended to the link/ether line; `withGenMode`: `ip link` prints addrgenmode, `ip addr` not. */
/** dev->promiscuity and dev->allmulti: one for a bridge port, one for the flag set by hand. */
function counters(link: Link): { promiscuity: number; allmulti: number } {
  const port = link.master !== undefined ? 1 : 0;
  const set = link.extraFlags?.set ?? 0;
  return { promiscuity: port + (set & 0x100 ? 1 : 0), allmulti: port + (set & 0x200 ? 1 : 0) };
}

export function detailsText(o: IpOptions, link: Link, withGenMode: boolean): string {
  const { promiscuity, allmulti } = counters(link);
  const mtus = link.kind === "loopback" ? "minmtu 0 maxmtu 0" : "minmtu 68 maxmtu 65535";
  let out = ` promiscuity ${promiscuity}  allmulti ${allmulti} ${mtus} `;
  if (link.kind === "veth") out += "\n    veth ";
  if (link.kind === "bridge") out += `\n    ${bridgeText(o, link)}`;
  const master = masterOf(o, link);
  if (master) out += `\n    ${slaveText(o, link, master)}`;
  if (withGenMode) out += `addrgenmode ${link.addrGenMode ?? "eui64"} `;
  const q = queues(link);
  return `${out}numtxqueues ${q} numrxqueues ${q} gso_max_size 65536 gso_max_segs 65535 tso_max_size ${tsoMax(o, link)} tso_max_segs 65535 gro_max_size 65536 `;
}

function slaveJson(o: IpOptions, port: Link, bridge: Link): Json {
  const no = portNumber(o, bridge, port);
  const id = bridgeId(o, bridge);
  return {
    state: portState(o.world, o.netns, port, bridge), priority: portPriority(port), cost: portCost(port), hairpin: portFlag(port, "hairpin"), guard: portFlag(port, "guard"),
    root_block: portFlag(port, "root_block"), fastleave: portFlag(port, "fastleave"), learning: portFlag(port, "learning"), flood: portFlag(port, "flood"),
    id: `0x${(0x8000 + no).toString(16)}`, no: `0x${no.toString(16)}`, designated_port: 0x8000 + no, designated_cost: 0, bridge_id: id, root_id: id,
    hold_timer: rawJsonNumber("0.00"), message_age_timer: rawJsonNumber("0.00"), forward_delay_timer: rawJsonNumber("0.00"), topology_change_ack: 0, config_pending: 0, proxy_arp: false, proxy_arp_wifi: false,
    multicast_router: portMcastRouter(port), mcast_flood: portFlag(port, "mcast_flood"), bcast_flood: portFlag(port, "bcast_flood"), mcast_to_unicast: portFlag(port, "mcast_to_unicast"),
    neigh_suppress: portFlag(port, "neigh_suppress"), group_fwd_mask: "0", group_fwd_mask_str: "0x0",
    vlan_tunnel: portFlag(port, "vlan_tunnel"), isolated: portFlag(port, "isolated"), locked: portFlag(port, "locked"),
  };
}

export function detailsJson(o: IpOptions, link: Link, withGenMode: boolean): Json {
  const { promiscuity, allmulti } = counters(link);
  const loopback = link.kind === "loopback";
  const master = masterOf(o, link);
  const info: Json = {};
  if (!loopback) info.info_kind = link.kind;
  if (link.kind === "bridge") info.info_data = bridgeJson(o, link);
  if (master) { info.info_slave_kind = "bridge"; info.info_slave_data = slaveJson(o, link, master); }
  const q = queues(link);
  return {
    promiscuity, allmulti, min_mtu: loopback ? 0 : 68, max_mtu: loopback ? 0 : 65535,
    ...(Object.keys(info).length > 0 ? { linkinfo: info } : {}), ...(withGenMode ? { inet6_addr_gen_mode: link.addrGenMode ?? "eui64" } : {}),
    num_tx_queues: q, num_rx_queues: q, gso_max_size: 65536, gso_max_segs: 65535, tso_max_size: tsoMax(o, link), tso_max_segs: 65535, gro_max_size: 65536,
  };
}

