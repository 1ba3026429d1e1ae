// The x_tables extensions /proc/net/{ip,ip6,arp}_tables_{matches,targets} list on the Debian host
// the oracle runs on: machine-wide (every namespace sees them), newest-registered first, one per
// line (a module registering several revisions or families shows a name once per registration).
// A snapshot: the real lists grow as modules are loaded.

export const XT_PROC_LISTS: Record<string, string> = {
  "/proc/net/ip_tables_matches": lines(`
    u32 time string statistic state rateest quota pkttype cgroup cgroup cgroup nfacct nfacct
    limit helper devgroup cpu conntrack conntrack conntrack connlabel connbytes comment bpf
    bpf connmark mark rpfilter ah tcpmss socket socket socket socket sctp recent recent realm
    policy physdev owner osf multiport mac length l2tp iprange ipcomp ttl hashlimit hashlimit
    hashlimit esp ecn tos dscp dccp connlimit cluster addrtype addrtype set set set set set
    icmp udplite udp tcp`),
  "/proc/net/ip_tables_targets": lines(`
    NFQUEUE NFQUEUE NFQUEUE NFQUEUE AUDIT DNAT SNAT DNAT SNAT SYNPROXY REJECT ECN ERROR
    IDLETIMER IDLETIMER TRACE TEE TCPOPTSTRIP TCPMSS TPROXY TPROXY SECMARK SECMARK MASQUERADE
    REDIRECT RATEEST NFLOG NETMAP LOG HMARK TTL TOS DSCP CT CT CT NOTRACK CONNSECMARK CLASSIFY
    CHECKSUM DNAT SNAT SET SET SET SET CONNMARK CONNMARK MARK`),
  "/proc/net/ip6_tables_matches": lines(`
    u32 time string statistic state rateest quota pkttype cgroup cgroup cgroup nfacct nfacct
    limit helper devgroup cpu conntrack conntrack conntrack connlabel connbytes comment bpf
    bpf connmark mark srh srh rt rpfilter dst hbh mh ipv6header frag eui64 ah tcpmss socket
    socket socket sctp recent recent policy physdev owner multiport mac length l2tp iprange
    ipcomp hl hashlimit hashlimit hashlimit esp ecn tos dscp dccp connlimit cluster addrtype
    set set set set icmp6 udplite udp tcp`),
  "/proc/net/ip6_tables_targets": lines(`
    NFQUEUE NFQUEUE NFQUEUE NFQUEUE AUDIT DNAT SNAT DNAT SNAT SYNPROXY REJECT DNPT SNPT ERROR
    IDLETIMER IDLETIMER TRACE TEE TCPOPTSTRIP TCPMSS TPROXY SECMARK SECMARK MASQUERADE
    REDIRECT RATEEST NFLOG NETMAP LOG HMARK HL TOS DSCP CT CT CT NOTRACK CONNSECMARK CLASSIFY
    CHECKSUM SET SET SET CONNMARK CONNMARK MARK`),
  "/proc/net/arp_tables_matches": lines(`
    u32 time string statistic state rateest quota pkttype cgroup cgroup cgroup nfacct nfacct
    limit helper devgroup cpu conntrack conntrack conntrack connlabel connbytes comment bpf
    bpf connmark mark`),
  "/proc/net/arp_tables_targets": lines(`
    NFQUEUE NFQUEUE NFQUEUE NFQUEUE AUDIT DNAT SNAT DNAT SNAT mangle ERROR CLASSIFY MARK`),
};

function lines(names: string): string {
  return names.trim().split(/\s+/).map((n) => n + "\n").join("");
}
