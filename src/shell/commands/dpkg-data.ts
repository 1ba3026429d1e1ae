// dpkg's database as the oracle host (Debian 12) has it, for a fixed set of network packages:
// each package's status stanza (dpkg -s) and file list (dpkg -L), verbatim. Generated from the
// host's /var/lib/dpkg; other packages are unknown to the tutor.

export interface InstalledPackage {
  /** The stanza dpkg -s prints (without the blank line after it). */
  status: string;
  /** dpkg -L's lines. */
  files: string;
}

export const INSTALLED: Readonly<Record<string, InstalledPackage>> = {
  "iproute2": {
    status: `Package: iproute2
Status: install ok installed
Priority: important
Section: net
Installed-Size: 3516
Maintainer: Debian Kernel Team <debian-kernel@lists.debian.org>
Architecture: amd64
Multi-Arch: foreign
Version: 6.1.0-3
Replaces: iproute
Provides: arpd
Depends: debconf (>= 0.5) | debconf-2.0, libbpf1 (>= 1:0.6.0), libbsd0 (>= 0.0), libc6 (>= 2.34), libcap2 (>= 1:2.10), libdb5.3, libelf1 (>= 0.131), libmnl0 (>= 1.0.3-4~), libselinux1 (>= 3.1~), libtirpc3 (>= 1.0.2), libxtables12 (>= 1.6.0+snapshot20161117), libcap2-bin
Recommends: libatm1 (>= 2.4.1-17~)
Suggests: iproute2-doc, python3:any
Conflicts: arpd, iproute (<< 20130000-1)
Conffiles:
 /etc/iproute2/bpf_pinning fd070252e6e9996bd04d9d59e4ce21eb
 /etc/iproute2/ematch_map 0e0f36cafc6a9cf76bc704cfd8f96ece
 /etc/iproute2/group 3aea2c0e0dd75e13a5f8f48f2936915f
 /etc/iproute2/nl_protos 393e42fa549d0974eb66d576675779c2
 /etc/iproute2/rt_dsfield 4c80d267a84d350d89d88774efe48a0f
 /etc/iproute2/rt_protos 35b7f1673d1d0486c4188fd06b46a410
 /etc/iproute2/rt_protos.d/README 88e45597012c565f9a10ffef1bc14312
 /etc/iproute2/rt_realms 7137bdf40e8d58c87ac7e3bba503767f
 /etc/iproute2/rt_scopes 6298b8df09e9bda23ea7da49021ca457
 /etc/iproute2/rt_tables a1313318d6778fe6b8c680248ef5a463
 /etc/iproute2/rt_tables.d/README 18bfdabbd4d5b14eae350720ea5ff431
Description: networking and traffic control tools
 The iproute2 suite is a collection of utilities for networking and
 traffic control.
 .
 These tools communicate with the Linux kernel via the (rt)netlink
 interface, providing advanced features not available through the
 legacy net-tools commands 'ifconfig' and 'route'.
Homepage: https://wiki.linuxfoundation.org/networking/iproute2`,
    files: `/.
/bin
/bin/ip
/bin/ss
/etc
/etc/iproute2
/etc/iproute2/bpf_pinning
/etc/iproute2/ematch_map
/etc/iproute2/group
/etc/iproute2/nl_protos
/etc/iproute2/rt_dsfield
/etc/iproute2/rt_protos
/etc/iproute2/rt_protos.d
/etc/iproute2/rt_protos.d/README
/etc/iproute2/rt_realms
/etc/iproute2/rt_scopes
/etc/iproute2/rt_tables
/etc/iproute2/rt_tables.d
/etc/iproute2/rt_tables.d/README
/sbin
/sbin/bridge
/sbin/dcb
/sbin/devlink
/sbin/rtacct
/sbin/rtmon
/sbin/tc
/sbin/tipc
/sbin/vdpa
/usr
/usr/bin
/usr/bin/lnstat
/usr/bin/nstat
/usr/bin/rdma
/usr/bin/routel
/usr/include
/usr/include/iproute2
/usr/include/iproute2/bpf_elf.h
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/tc
/usr/lib/x86_64-linux-gnu/tc/experimental.dist
/usr/lib/x86_64-linux-gnu/tc/m_xt.so
/usr/lib/x86_64-linux-gnu/tc/normal.dist
/usr/lib/x86_64-linux-gnu/tc/pareto.dist
/usr/lib/x86_64-linux-gnu/tc/paretonormal.dist
/usr/lib/x86_64-linux-gnu/tc/q_atm.so
/usr/sbin
/usr/sbin/arpd
/usr/sbin/genl
/usr/share
/usr/share/bash-completion
/usr/share/bash-completion/completions
/usr/share/bash-completion/completions/devlink
/usr/share/bash-completion/completions/tc
/usr/share/doc
/usr/share/doc/iproute2
/usr/share/doc/iproute2/README.Debian
/usr/share/doc/iproute2/changelog.Debian.gz
/usr/share/doc/iproute2/copyright
/usr/share/lintian
/usr/share/lintian/overrides
/usr/share/lintian/overrides/iproute2
/usr/share/man
/usr/share/man/man3
/usr/share/man/man3/libnetlink.3.gz
/usr/share/man/man7
/usr/share/man/man7/tc-hfsc.7.gz
/usr/share/man/man8
/usr/share/man/man8/arpd.8.gz
/usr/share/man/man8/bridge.8.gz
/usr/share/man/man8/dcb-app.8.gz
/usr/share/man/man8/dcb-buffer.8.gz
/usr/share/man/man8/dcb-dcbx.8.gz
/usr/share/man/man8/dcb-ets.8.gz
/usr/share/man/man8/dcb-maxrate.8.gz
/usr/share/man/man8/dcb-pfc.8.gz
/usr/share/man/man8/dcb.8.gz
/usr/share/man/man8/devlink-dev.8.gz
/usr/share/man/man8/devlink-dpipe.8.gz
/usr/share/man/man8/devlink-health.8.gz
/usr/share/man/man8/devlink-lc.8.gz
/usr/share/man/man8/devlink-monitor.8.gz
/usr/share/man/man8/devlink-port.8.gz
/usr/share/man/man8/devlink-rate.8.gz
/usr/share/man/man8/devlink-region.8.gz
/usr/share/man/man8/devlink-resource.8.gz
/usr/share/man/man8/devlink-sb.8.gz
/usr/share/man/man8/devlink-trap.8.gz
/usr/share/man/man8/devlink.8.gz
/usr/share/man/man8/genl.8.gz
/usr/share/man/man8/ip-address.8.gz
/usr/share/man/man8/ip-addrlabel.8.gz
/usr/share/man/man8/ip-fou.8.gz
/usr/share/man/man8/ip-ioam.8.gz
/usr/share/man/man8/ip-l2tp.8.gz
/usr/share/man/man8/ip-link.8.gz
/usr/share/man/man8/ip-macsec.8.gz
/usr/share/man/man8/ip-maddress.8.gz
/usr/share/man/man8/ip-monitor.8.gz
/usr/share/man/man8/ip-mptcp.8.gz
/usr/share/man/man8/ip-mroute.8.gz
/usr/share/man/man8/ip-neighbour.8.gz
/usr/share/man/man8/ip-netconf.8.gz
/usr/share/man/man8/ip-netns.8.gz
/usr/share/man/man8/ip-nexthop.8.gz
/usr/share/man/man8/ip-ntable.8.gz
/usr/share/man/man8/ip-route.8.gz
/usr/share/man/man8/ip-rule.8.gz
/usr/share/man/man8/ip-sr.8.gz
/usr/share/man/man8/ip-stats.8.gz
/usr/share/man/man8/ip-tcp_metrics.8.gz
/usr/share/man/man8/ip-token.8.gz
/usr/share/man/man8/ip-tunnel.8.gz
/usr/share/man/man8/ip-vrf.8.gz
/usr/share/man/man8/ip-xfrm.8.gz
/usr/share/man/man8/ip.8.gz
/usr/share/man/man8/lnstat.8.gz
/usr/share/man/man8/rdma-dev.8.gz
/usr/share/man/man8/rdma-link.8.gz
/usr/share/man/man8/rdma-resource.8.gz
/usr/share/man/man8/rdma-statistic.8.gz
/usr/share/man/man8/rdma-system.8.gz
/usr/share/man/man8/rdma.8.gz
/usr/share/man/man8/routel.8.gz
/usr/share/man/man8/rtacct.8.gz
/usr/share/man/man8/rtmon.8.gz
/usr/share/man/man8/ss.8.gz
/usr/share/man/man8/tc-actions.8.gz
/usr/share/man/man8/tc-basic.8.gz
/usr/share/man/man8/tc-bfifo.8.gz
/usr/share/man/man8/tc-bpf.8.gz
/usr/share/man/man8/tc-cake.8.gz
/usr/share/man/man8/tc-cbq-details.8.gz
/usr/share/man/man8/tc-cbq.8.gz
/usr/share/man/man8/tc-cbs.8.gz
/usr/share/man/man8/tc-cgroup.8.gz
/usr/share/man/man8/tc-choke.8.gz
/usr/share/man/man8/tc-codel.8.gz
/usr/share/man/man8/tc-connmark.8.gz
/usr/share/man/man8/tc-csum.8.gz
/usr/share/man/man8/tc-ct.8.gz
/usr/share/man/man8/tc-ctinfo.8.gz
/usr/share/man/man8/tc-drr.8.gz
/usr/share/man/man8/tc-ematch.8.gz
/usr/share/man/man8/tc-etf.8.gz
/usr/share/man/man8/tc-ets.8.gz
/usr/share/man/man8/tc-flow.8.gz
/usr/share/man/man8/tc-flower.8.gz
/usr/share/man/man8/tc-fq.8.gz
/usr/share/man/man8/tc-fq_codel.8.gz
/usr/share/man/man8/tc-fq_pie.8.gz
/usr/share/man/man8/tc-fw.8.gz
/usr/share/man/man8/tc-gate.8.gz
/usr/share/man/man8/tc-hfsc.8.gz
/usr/share/man/man8/tc-htb.8.gz
/usr/share/man/man8/tc-ife.8.gz
/usr/share/man/man8/tc-matchall.8.gz
/usr/share/man/man8/tc-mirred.8.gz
/usr/share/man/man8/tc-mpls.8.gz
/usr/share/man/man8/tc-mqprio.8.gz
/usr/share/man/man8/tc-nat.8.gz
/usr/share/man/man8/tc-netem.8.gz
/usr/share/man/man8/tc-pedit.8.gz
/usr/share/man/man8/tc-pfifo_fast.8.gz
/usr/share/man/man8/tc-pie.8.gz
/usr/share/man/man8/tc-police.8.gz
/usr/share/man/man8/tc-prio.8.gz
/usr/share/man/man8/tc-red.8.gz
/usr/share/man/man8/tc-route.8.gz
/usr/share/man/man8/tc-sample.8.gz
/usr/share/man/man8/tc-sfb.8.gz
/usr/share/man/man8/tc-sfq.8.gz
/usr/share/man/man8/tc-simple.8.gz
/usr/share/man/man8/tc-skbedit.8.gz
/usr/share/man/man8/tc-skbmod.8.gz
/usr/share/man/man8/tc-skbprio.8.gz
/usr/share/man/man8/tc-stab.8.gz
/usr/share/man/man8/tc-taprio.8.gz
/usr/share/man/man8/tc-tbf.8.gz
/usr/share/man/man8/tc-tcindex.8.gz
/usr/share/man/man8/tc-tunnel_key.8.gz
/usr/share/man/man8/tc-u32.8.gz
/usr/share/man/man8/tc-vlan.8.gz
/usr/share/man/man8/tc-xt.8.gz
/usr/share/man/man8/tc.8.gz
/usr/share/man/man8/tipc-bearer.8.gz
/usr/share/man/man8/tipc-link.8.gz
/usr/share/man/man8/tipc-media.8.gz
/usr/share/man/man8/tipc-nametable.8.gz
/usr/share/man/man8/tipc-node.8.gz
/usr/share/man/man8/tipc-peer.8.gz
/usr/share/man/man8/tipc-socket.8.gz
/usr/share/man/man8/tipc.8.gz
/usr/share/man/man8/vdpa-dev.8.gz
/usr/share/man/man8/vdpa-mgmtdev.8.gz
/usr/share/man/man8/vdpa.8.gz
/sbin/ip
/usr/bin/ctstat
/usr/bin/rtstat
/usr/lib/x86_64-linux-gnu/tc/m_ipt.so
/usr/share/man/man8/ctstat.8.gz
/usr/share/man/man8/ip-gue.8.gz
/usr/share/man/man8/nstat.8.gz
/usr/share/man/man8/rtstat.8.gz
/usr/share/man/man8/tc-pfifo.8.gz
`,
  },
  "iptables": {
    status: `Package: iptables
Status: install ok installed
Priority: optional
Section: net
Installed-Size: 2408
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: foreign
Version: 1.8.9-2
Replaces: iptables-nftables-compat (<< 1.6.2~)
Depends: libip4tc2 (= 1.8.9-2), libip6tc2 (= 1.8.9-2), libxtables12 (= 1.8.9-2), netbase (>= 6.0), libc6 (>= 2.34), libmnl0 (>= 1.0.3-4~), libnetfilter-conntrack3 (>= 1.0.6), libnfnetlink0 (>= 1.0.2), libnftnl11 (>= 1.1.5)
Recommends: nftables
Suggests: firewalld, kmod
Breaks: iptables-nftables-compat (<< 1.6.2~)
Description: administration tools for packet filtering and NAT
 The iptables/xtables framework has been replaced by nftables. You should
 consider migrating now.
 .
 iptables is the userspace command line program used to configure
 the Linux packet filtering and NAT ruleset. It is targeted towards systems
 and networks administrators.
 .
 This package contains several different utilities, the most important ones:
 .
 iptables-nft, iptables-nft-save, iptables-nft-restore (nft-based version)
 .
 iptables-legacy, iptables-legacy-save, iptables-legacy-restore (legacy version)
 .
 ip6tables-nft, ip6tables-nft-save, ip6tables-nft-restore (nft-based version)
 .
 ip6tables-legacy, ip6tables-legacy-save, ip6tables-legacy-restore (legacy
 version)
 .
 arptables-nft, arptables-nft-save, arptables-nft-restore (nft-based version)
 .
 ebtables-nft, ebtables-nft-save, ebtables-nft-restore (nft-based version)
Homepage: https://www.netfilter.org/`,
    files: `/.
/usr
/usr/bin
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/xtables
/usr/lib/x86_64-linux-gnu/xtables/libarpt_mangle.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_802_3.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_among.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_arp.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_arpreply.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_dnat.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_ip.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_ip6.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_log.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_mark.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_mark_m.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_nflog.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_pkttype.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_redirect.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_snat.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_stp.so
/usr/lib/x86_64-linux-gnu/xtables/libebt_vlan.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_DNPT.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_HL.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_NETMAP.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_REJECT.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_SNPT.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_ah.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_dst.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_eui64.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_frag.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_hbh.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_hl.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_icmp6.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_ipv6header.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_mh.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_rt.so
/usr/lib/x86_64-linux-gnu/xtables/libip6t_srh.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_CLUSTERIP.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_ECN.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_NETMAP.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_REJECT.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_TTL.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_ULOG.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_ah.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_icmp.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_realm.so
/usr/lib/x86_64-linux-gnu/xtables/libipt_ttl.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_AUDIT.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_CHECKSUM.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_CLASSIFY.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_CONNMARK.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_CONNSECMARK.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_CT.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_DSCP.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_HMARK.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_IDLETIMER.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_LED.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_LOG.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_MARK.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_NAT.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_NFLOG.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_NFQUEUE.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_RATEEST.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_SECMARK.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_SET.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_SYNPROXY.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_TCPMSS.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_TCPOPTSTRIP.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_TEE.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_TOS.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_TPROXY.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_TRACE.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_addrtype.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_bpf.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_cgroup.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_cluster.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_comment.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_connbytes.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_connlabel.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_connlimit.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_connmark.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_conntrack.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_cpu.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_dccp.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_devgroup.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_dscp.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_ecn.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_esp.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_hashlimit.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_helper.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_ipcomp.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_iprange.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_ipvs.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_length.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_limit.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_mac.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_mark.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_multiport.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_nfacct.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_osf.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_owner.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_physdev.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_pkttype.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_policy.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_quota.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_rateest.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_recent.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_rpfilter.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_sctp.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_set.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_socket.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_standard.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_statistic.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_string.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_tcp.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_tcpmss.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_time.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_tos.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_u32.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_udp.so
/usr/sbin
/usr/sbin/iptables-apply
/usr/sbin/nfnl_osf
/usr/sbin/xtables-legacy-multi
/usr/sbin/xtables-nft-multi
/usr/share
/usr/share/doc
/usr/share/doc/iptables
/usr/share/doc/iptables/NEWS.Debian.gz
/usr/share/doc/iptables/README.Debian
/usr/share/doc/iptables/changelog.Debian.gz
/usr/share/doc/iptables/copyright
/usr/share/iptables
/usr/share/iptables/iptables.xslt
/usr/share/man
/usr/share/man/man1
/usr/share/man/man1/iptables-xml.1.gz
/usr/share/man/man8
/usr/share/man/man8/arptables-nft-restore.8.gz
/usr/share/man/man8/arptables-nft-save.8.gz
/usr/share/man/man8/arptables-nft.8.gz
/usr/share/man/man8/ebtables-nft.8.gz
/usr/share/man/man8/iptables-apply.8.gz
/usr/share/man/man8/iptables-extensions.8.gz
/usr/share/man/man8/iptables-restore.8.gz
/usr/share/man/man8/iptables-save.8.gz
/usr/share/man/man8/iptables.8.gz
/usr/share/man/man8/nfnl_osf.8.gz
/usr/share/man/man8/xtables-legacy.8.gz
/usr/share/man/man8/xtables-monitor.8.gz
/usr/share/man/man8/xtables-nft.8.gz
/usr/share/man/man8/xtables-translate.8.gz
/usr/bin/iptables-xml
/usr/lib/x86_64-linux-gnu/xtables/libxt_DNAT.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_MASQUERADE.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_NOTRACK.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_REDIRECT.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_SNAT.so
/usr/lib/x86_64-linux-gnu/xtables/libxt_state.so
/usr/sbin/arptables-nft
/usr/sbin/arptables-nft-restore
/usr/sbin/arptables-nft-save
/usr/sbin/ebtables-nft
/usr/sbin/ebtables-nft-restore
/usr/sbin/ebtables-nft-save
/usr/sbin/ebtables-translate
/usr/sbin/ip6tables-apply
/usr/sbin/ip6tables-legacy
/usr/sbin/ip6tables-legacy-restore
/usr/sbin/ip6tables-legacy-save
/usr/sbin/ip6tables-nft
/usr/sbin/ip6tables-nft-restore
/usr/sbin/ip6tables-nft-save
/usr/sbin/ip6tables-restore-translate
/usr/sbin/ip6tables-translate
/usr/sbin/iptables-legacy
/usr/sbin/iptables-legacy-restore
/usr/sbin/iptables-legacy-save
/usr/sbin/iptables-nft
/usr/sbin/iptables-nft-restore
/usr/sbin/iptables-nft-save
/usr/sbin/iptables-restore-translate
/usr/sbin/iptables-translate
/usr/sbin/xtables-monitor
/usr/share/man/man8/ebtables-nft-restore.8.gz
/usr/share/man/man8/ebtables-nft-save.8.gz
/usr/share/man/man8/ebtables-translate.8.gz
/usr/share/man/man8/ip6tables-apply.8.gz
/usr/share/man/man8/ip6tables-legacy-restore.8.gz
/usr/share/man/man8/ip6tables-legacy-save.8.gz
/usr/share/man/man8/ip6tables-legacy.8.gz
/usr/share/man/man8/ip6tables-nft-restore.8.gz
/usr/share/man/man8/ip6tables-nft-save.8.gz
/usr/share/man/man8/ip6tables-nft.8.gz
/usr/share/man/man8/ip6tables-restore-translate.8.gz
/usr/share/man/man8/ip6tables-restore.8.gz
/usr/share/man/man8/ip6tables-save.8.gz
/usr/share/man/man8/ip6tables-translate.8.gz
/usr/share/man/man8/ip6tables.8.gz
/usr/share/man/man8/iptables-legacy-restore.8.gz
/usr/share/man/man8/iptables-legacy-save.8.gz
/usr/share/man/man8/iptables-legacy.8.gz
/usr/share/man/man8/iptables-nft-restore.8.gz
/usr/share/man/man8/iptables-nft-save.8.gz
/usr/share/man/man8/iptables-nft.8.gz
/usr/share/man/man8/iptables-restore-translate.8.gz
/usr/share/man/man8/iptables-translate.8.gz
/usr/share/man/man8/xtables-legacy-multi.8.gz
/usr/share/man/man8/xtables-nft-multi.8.gz
`,
  },
  "libip4tc2": {
    status: `Package: libip4tc2
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 66
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: iptables
Version: 1.8.9-2
Depends: libc6 (>= 2.28)
Description: netfilter libip4tc library
 The iptables/xtables framework has been replaced by nftables. You should
 consider migrating now.
 .
 This package contains the user-space iptables (IPv4) C library from the
 Netfilter xtables framework.
 .
 iptables IPv4 ruleset ADT and kernel interface.
 .
 This library has been considered private for years (and still is), in the
 sense of changing symbols and backward compatibility not guaranteed.
Homepage: https://www.netfilter.org/`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libip4tc.so.2.0.0
/usr/share
/usr/share/doc
/usr/share/doc/libip4tc2
/usr/share/doc/libip4tc2/NEWS.Debian.gz
/usr/share/doc/libip4tc2/changelog.Debian.gz
/usr/share/doc/libip4tc2/copyright
/usr/lib/x86_64-linux-gnu/libip4tc.so.2
`,
  },
  "libip6tc2": {
    status: `Package: libip6tc2
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 66
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: iptables
Version: 1.8.9-2
Depends: libc6 (>= 2.28)
Description: netfilter libip6tc library
 The iptables/xtables framework has been replaced by nftables. You should
 consider migrating now.
 .
 This package contains the user-space iptables (IPv6) C library from the
 Netfilter xtables framework.
 .
 iptables IPv6 ruleset ADT and kernel interface.
 .
 This library has been considered private for years (and still is), in the
 sense of changing symbols and backward compatibility not guaranteed.
Homepage: https://www.netfilter.org/`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libip6tc.so.2.0.0
/usr/share
/usr/share/doc
/usr/share/doc/libip6tc2
/usr/share/doc/libip6tc2/NEWS.Debian.gz
/usr/share/doc/libip6tc2/changelog.Debian.gz
/usr/share/doc/libip6tc2/copyright
/usr/lib/x86_64-linux-gnu/libip6tc.so.2
`,
  },
  "libmnl0": {
    status: `Package: libmnl0
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 46
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: libmnl
Version: 1.0.4-3
Depends: libc6 (>= 2.14)
Description: minimalistic Netlink communication library
 libmnl is a minimalistic user-space library oriented to Netlink developers.
 There are a lot of common tasks in parsing, validating, constructing of
 both the Netlink header and TLVs that are repetitive and easy to get wrong.
 This library aims to provide simple helpers that allows you to re-use code
 and to avoid re-inventing the wheel.
 .
 The main features of this library are:
 .
 Small: the shared library requires around 30KB for an x86-based computer.
 .
 Simple: this library avoids complexity and elaborated abstractions that
 tend to hide Netlink details.
 .
 Easy to use: the library simplifies the work for Netlink-wise developers.
 It provides functions to make socket handling, message building,
 validating, parsing and sequence tracking, easier.
 .
 Easy to re-use: you can use the library to build your own abstraction
 layer on top of this library.
 .
 Decoupling: the interdependency of the main bricks that compose the
 library is reduced, i.e. the library provides many helpers, but the
 programmer is not forced to use them.
 .
 This package contains the shared libraries needed to run programs that use
 the minimalistic Netlink communication library.
Homepage: https://netfilter.org/projects/libmnl/`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libmnl.so.0.2.0
/usr/share
/usr/share/doc
/usr/share/doc/libmnl0
/usr/share/doc/libmnl0/changelog.Debian.gz
/usr/share/doc/libmnl0/copyright
/usr/lib/x86_64-linux-gnu/libmnl.so.0
`,
  },
  "libnetfilter-conntrack3": {
    status: `Package: libnetfilter-conntrack3
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 139
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: libnetfilter-conntrack
Version: 1.0.9-3
Depends: libc6 (>= 2.14), libmnl0 (>= 1.0.3-4~), libnfnetlink0 (>= 1.0.2)
Description: Netfilter netlink-conntrack library
 libnetfilter_conntrack is a userspace library providing a programming
 interface (API) to the in-kernel connection tracking state table.
Homepage: https://www.netfilter.org/projects/libnetfilter_conntrack/`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libnetfilter_conntrack.so.3.8.0
/usr/share
/usr/share/doc
/usr/share/doc/libnetfilter-conntrack3
/usr/share/doc/libnetfilter-conntrack3/changelog.Debian.gz
/usr/share/doc/libnetfilter-conntrack3/copyright
/usr/lib/x86_64-linux-gnu/libnetfilter_conntrack.so.3
`,
  },
  "libnfnetlink0": {
    status: `Package: libnfnetlink0
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 51
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: libnfnetlink
Version: 1.0.2-2
Depends: libc6 (>= 2.14)
Description: Netfilter netlink library
 libnfnetlink is the low-level library for netfilter related
 kernel/userspace communication. It provides a generic messaging
 infrastructure for in-kernel netfilter subsystems (such as
 nfnetlink_log, nfnetlink_queue, nfnetlink_conntrack) and their
 respective users and/or management tools in userspace.
Homepage: https://git.netfilter.org/libnfnetlink`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libnfnetlink.so.0.2.0
/usr/share
/usr/share/doc
/usr/share/doc/libnfnetlink0
/usr/share/doc/libnfnetlink0/changelog.Debian.gz
/usr/share/doc/libnfnetlink0/copyright
/usr/lib/x86_64-linux-gnu/libnfnetlink.so.0
`,
  },
  "libnftables1": {
    status: `Package: libnftables1
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 920
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: nftables
Version: 1.0.6-2+deb12u2
Depends: libc6 (>= 2.34), libgmp10 (>= 2:6.2.1+dfsg1), libjansson4 (>= 2.14), libmnl0 (>= 1.0.3-4~), libnftnl11 (>= 1.2.2), libxtables12 (>= 1.6.0+snapshot20161117)
Description: Netfilter nftables high level userspace API library
 This library provides high level semantics to interact with the nftables
 framework by Netfilter project.
 .
 nftables replaces the old popular iptables, ip6tables, arptables and ebtables.
 .
 Netfilter software and nftables in particular are used in applications such
 as Internet connection sharing, firewalls, IP accounting, transparent
 proxying, advanced routing and traffic control.
 .
 A Linux kernel >= 3.13 is required. However, >= 4.14 is recommended.
 .
 This package contains the libnftables library.
Homepage: https://www.netfilter.org/`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libnftables.so.1.1.0
/usr/share
/usr/share/doc
/usr/share/doc/libnftables1
/usr/share/doc/libnftables1/changelog.Debian.gz
/usr/share/doc/libnftables1/copyright
/usr/share/man
/usr/share/man/man3
/usr/share/man/man3/libnftables.3.gz
/usr/share/man/man5
/usr/share/man/man5/libnftables-json.5.gz
/usr/lib/x86_64-linux-gnu/libnftables.so.1
`,
  },
  "libnftnl11": {
    status: `Package: libnftnl11
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 233
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: libnftnl
Version: 1.2.4-2
Depends: libc6 (>= 2.34), libmnl0 (>= 1.0.3-4~)
Description: Netfilter nftables userspace API library
 libnftnl is the low-level library for Netfilter 4th generation
 framework nftables.
 .
 Is the user-space library for low-level interaction with
 nftables Netlink's API over libmnl.
Homepage: https://git.netfilter.org/libnftnl`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libnftnl.so.11.6.0
/usr/share
/usr/share/doc
/usr/share/doc/libnftnl11
/usr/share/doc/libnftnl11/changelog.Debian.gz
/usr/share/doc/libnftnl11/copyright
/usr/lib/x86_64-linux-gnu/libnftnl.so.11
`,
  },
  "libxtables12": {
    status: `Package: libxtables12
Status: install ok installed
Priority: optional
Section: libs
Installed-Size: 101
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: same
Source: iptables
Version: 1.8.9-2
Replaces: libxtables11 (>= 1.6.0+snapshot20161117-1)
Depends: libc6 (>= 2.34)
Breaks: libxtables11 (>= 1.6.0+snapshot20161117-1)
Description: netfilter xtables library
 The iptables/xtables framework has been replaced by nftables. You should
 consider migrating now.
 .
 However, even if a given system may be fully running on native nftables,
 there are other reasons why libxtables might be installed. For one, nftables
 itself uses it to be able to display old rulesets that were created using
 xtables extensions (to help folks migrate). Other third-party software might
 also be linked to this library.
 .
 This library being installed in the system should be harmless in any case.
 .
 This package contains the user-space interface to the Netfilter xtables
 kernel framework.
Homepage: https://www.netfilter.org/`,
    files: `/.
/usr
/usr/lib
/usr/lib/x86_64-linux-gnu
/usr/lib/x86_64-linux-gnu/libxtables.so.12.7.0
/usr/share
/usr/share/doc
/usr/share/doc/libxtables12
/usr/share/doc/libxtables12/NEWS.Debian.gz
/usr/share/doc/libxtables12/changelog.Debian.gz
/usr/share/doc/libxtables12/copyright
/usr/lib/x86_64-linux-gnu/libxtables.so.12
`,
  },
  "netbase": {
    status: `Package: netbase
Status: install ok installed
Priority: important
Section: admin
Installed-Size: 36
Maintainer: Marco d'Itri <md@linux.it>
Architecture: all
Multi-Arch: foreign
Version: 6.4
Replaces: ebtables (<< 2.0.11-2)
Breaks: ebtables (<< 2.0.11-2)
Conffiles:
 /etc/ethertypes cd7fa874d85f7587e2ed11174d58cf83
 /etc/protocols 0c247591a720f534fe543401bd4844d6
 /etc/rpc 2d7748cd0feba2e43ee52d4d7f834188
 /etc/services 3975f0d8c4e1ecb25f035edfb1ba27ac
Description: Basic TCP/IP networking system
 This package provides the necessary infrastructure for basic TCP/IP based
 networking.
 .
 In particular, it supplies common name-to-number mappings in /etc/services,
 /etc/rpc, /etc/protocols and /etc/ethertypes.`,
    files: `/.
/etc
/etc/ethertypes
/etc/protocols
/etc/rpc
/etc/services
/usr
/usr/share
/usr/share/doc
/usr/share/doc/netbase
/usr/share/doc/netbase/changelog.gz
/usr/share/doc/netbase/copyright
`,
  },
  "nftables": {
    status: `Package: nftables
Status: install ok installed
Priority: important
Section: net
Installed-Size: 176
Maintainer: Debian Netfilter Packaging Team <pkg-netfilter-team@lists.alioth.debian.org>
Architecture: amd64
Version: 1.0.6-2+deb12u2
Depends: libnftables1 (= 1.0.6-2+deb12u2), libc6 (>= 2.34), libedit2 (>= 3.1-20130611-0)
Recommends: netbase
Suggests: firewalld
Conffiles:
 /etc/nftables.conf 4d4241fcd44b9a69b74f69d571f35a20
Description: Program to control packet filtering rules by Netfilter project
 This software provides an in-kernel packet classification framework that is
 based on a network-specific Virtual Machine (VM) and the nft userspace
 command line tool. The nftables framework reuses the existing Netfilter
 subsystems such as the existing hook infrastructure, the connection tracking
 system, NAT, userspace queueing and logging subsystem.
 .
 nftables replaces the old popular iptables, ip6tables, arptables and ebtables.
 .
 Netfilter software and nftables in particular are used in applications such
 as Internet connection sharing, firewalls, IP accounting, transparent
 proxying, advanced routing and traffic control.
 .
 A Linux kernel >= 3.13 is required. However, >= 4.14 is recommended.
Homepage: https://www.netfilter.org/`,
    files: `/.
/etc
/etc/nftables.conf
/lib
/lib/systemd
/lib/systemd/system
/lib/systemd/system/nftables.service
/usr
/usr/sbin
/usr/sbin/nft
/usr/share
/usr/share/doc
/usr/share/doc/nftables
/usr/share/doc/nftables/README.Debian
/usr/share/doc/nftables/changelog.Debian.gz
/usr/share/doc/nftables/copyright
/usr/share/doc/nftables/examples
/usr/share/doc/nftables/examples/README
/usr/share/doc/nftables/examples/all-in-one.nft
/usr/share/doc/nftables/examples/arp-filter.nft
/usr/share/doc/nftables/examples/bridge-filter.nft
/usr/share/doc/nftables/examples/ct_helpers.nft
/usr/share/doc/nftables/examples/inet-filter.nft
/usr/share/doc/nftables/examples/inet-nat.nft
/usr/share/doc/nftables/examples/ipv4-filter.nft
/usr/share/doc/nftables/examples/ipv4-mangle.nft
/usr/share/doc/nftables/examples/ipv4-nat.nft
/usr/share/doc/nftables/examples/ipv4-raw.nft
/usr/share/doc/nftables/examples/ipv6-filter.nft
/usr/share/doc/nftables/examples/ipv6-mangle.nft
/usr/share/doc/nftables/examples/ipv6-nat.nft
/usr/share/doc/nftables/examples/ipv6-raw.nft
/usr/share/doc/nftables/examples/load_balancing.nft
/usr/share/doc/nftables/examples/nat.nft
/usr/share/doc/nftables/examples/netdev-ingress.nft
/usr/share/doc/nftables/examples/overview.nft
/usr/share/doc/nftables/examples/pf.os
/usr/share/doc/nftables/examples/secmark.nft
/usr/share/doc/nftables/examples/sets_and_maps.nft
/usr/share/doc/nftables/examples/sysvinit
/usr/share/doc/nftables/examples/sysvinit/README
/usr/share/doc/nftables/examples/sysvinit/nftables.init
/usr/share/doc/nftables/examples/workstation.nft
/usr/share/man
/usr/share/man/man8
/usr/share/man/man8/nft.8.gz
/usr/share/man/man8/nftables.8.gz
`,
  },
};

/**
 * Names dpkg knows only from other packages' relations (Replaces, Breaks, Suggests …): listed
 * by dpkg -l as "un" when named, never installed.
 */
export const KNOWN_NOT_INSTALLED: readonly string[] = ["arpd", "arptables", "ebtables", "firewalld", "iproute", "iproute2-doc", "iptables-nftables-compat", "kmod", "libxtables11"];

/** dpkg -l without patterns sizes its columns over every installed package of the host. */
export const FULL_LIST_WIDTHS = { name: 41, version: 30, arch: 12, description: 80 };

/** dpkg --help and dpkg-query --help (1.21.22). */
export const DPKG_HELP = "Usage: dpkg [<option>...] <command>\n\nCommands:\n  -i|--install       <.deb file name>... | -R|--recursive <directory>...\n  --unpack           <.deb file name>... | -R|--recursive <directory>...\n  -A|--record-avail  <.deb file name>... | -R|--recursive <directory>...\n  --configure        <package>... | -a|--pending\n  --triggers-only    <package>... | -a|--pending\n  -r|--remove        <package>... | -a|--pending\n  -P|--purge         <package>... | -a|--pending\n  -V|--verify [<package>...]       Verify the integrity of package(s).\n  --get-selections [<pattern>...]  Get list of selections to stdout.\n  --set-selections                 Set package selections from stdin.\n  --clear-selections               Deselect every non-essential package.\n  --update-avail [<Packages-file>] Replace available packages info.\n  --merge-avail [<Packages-file>]  Merge with info from file.\n  --clear-avail                    Erase existing available info.\n  --forget-old-unavail             Forget uninstalled unavailable pkgs.\n  -s|--status [<package>...]       Display package status details.\n  -p|--print-avail [<package>...]  Display available version details.\n  -L|--listfiles <package>...      List files 'owned' by package(s).\n  -l|--list [<pattern>...]         List packages concisely.\n  -S|--search <pattern>...         Find package(s) owning file(s).\n  -C|--audit [<package>...]        Check for broken package(s).\n  --yet-to-unpack                  Print packages selected for installation.\n  --predep-package                 Print pre-dependencies to unpack.\n  --add-architecture <arch>        Add <arch> to the list of architectures.\n  --remove-architecture <arch>     Remove <arch> from the list of architectures.\n  --print-architecture             Print dpkg architecture.\n  --print-foreign-architectures    Print allowed foreign architectures.\n  --assert-help                    Show help on assertions.\n  --assert-<feature>               Assert support for the specified feature.\n  --validate-<thing> <string>      Validate a <thing>'s <string>.\n  --compare-versions <a> <op> <b>  Compare version numbers - see below.\n  --force-help                     Show help on forcing.\n  -Dh|--debug=help                 Show help on debugging.\n\n  -?, --help                       Show this help message.\n      --version                    Show the version.\n\nValidatable things: pkgname, archname, trigname, version.\n\nUse dpkg with -b, --build, -c, --contents, -e, --control, -I, --info,\n  -f, --field, -x, --extract, -X, --vextract, --ctrl-tarfile, --fsys-tarfile\non archives (type dpkg-deb --help).\n\nOptions:\n  --admindir=<directory>     Use <directory> instead of /var/lib/dpkg.\n  --root=<directory>         Install on a different root directory.\n  --instdir=<directory>      Change installation dir without changing admin dir.\n  --pre-invoke=<command>     Set a pre-invoke hook.\n  --post-invoke=<command>    Set a post-invoke hook.\n  --path-exclude=<pattern>   Do not install paths which match a shell pattern.\n  --path-include=<pattern>   Re-include a pattern after a previous exclusion.\n  -O|--selected-only         Skip packages not selected for install/upgrade.\n  -E|--skip-same-version     Skip packages with same installed version/arch.\n  -G|--refuse-downgrade      Skip packages with earlier version than installed.\n  -B|--auto-deconfigure      Install even if it would break some other package.\n  --[no-]triggers            Skip or force consequential trigger processing.\n  --verify-format=<format>   Verify output format (supported: 'rpm').\n  --no-pager                 Disables the use of any pager.\n  --no-debsig                Do not try to verify package signatures.\n  --no-act|--dry-run|--simulate\n                             Just say what we would do - don't do it.\n  -D|--debug=<octal>         Enable debugging (see -Dhelp or --debug=help).\n  --status-fd <n>            Send status change updates to file descriptor <n>.\n  --status-logger=<command>  Send status change updates to <command>'s stdin.\n  --log=<filename>           Log status changes and actions to <filename>.\n  --ignore-depends=<package>[,...]\n                             Ignore dependencies involving <package>.\n  --force-<thing>[,...]      Override problems (see --force-help).\n  --no-force-<thing>[,...]   Stop when problems encountered.\n  --refuse-<thing>[,...]     Ditto.\n  --abort-after <n>          Abort after encountering <n> errors.\n  --robot                    Use machine-readable output on some commands.\n\nComparison operators for --compare-versions are:\n  lt le eq ne ge gt       (treat empty version as earlier than any version);\n  lt-nl le-nl ge-nl gt-nl (treat empty version as later than any version);\n  < << <= = >= >> >       (only for compatibility with control file syntax).\n\nUse 'apt' or 'aptitude' for user-friendly package management.\n";
export const DPKG_QUERY_HELP = "Usage: dpkg-query [<option>...] <command>\n\nCommands:\n  -s, --status [<package>...]      Display package status details.\n  -p, --print-avail [<package>...] Display available version details.\n  -L, --listfiles <package>...     List files 'owned' by package(s).\n  -l, --list [<pattern>...]        List packages concisely.\n  -W, --show [<pattern>...]        Show information on package(s).\n  -S, --search <pattern>...        Find package(s) owning file(s).\n      --control-list <package>     Print the package control file list.\n      --control-show <package> <file>\n                                   Show the package control file.\n  -c, --control-path <package> [<file>]\n                                   Print path for package control file.\n\n  -?, --help                       Show this help message.\n      --version                    Show the version.\n\nOptions:\n  --admindir=<directory>           Use <directory> instead of /var/lib/dpkg.\n  --root=<directory>               Use <directory> instead of /.\n  --load-avail                     Use available file on --show and --list.\n  --no-pager                       Disables the use of any pager.\n  -f|--showformat=<format>         Use alternative format for --show.\n\nFormat syntax:\n  A format is a string that will be output for each package. The format\n  can include the standard escape sequences \\n (newline), \\r (carriage\n  return) or \\\\ (plain backslash). Package information can be included\n  by inserting variable references to package fields using the ${var[;width]}\n  syntax. Fields will be right-aligned unless the width is negative in which\n  case left alignment will be used.\n";
