// Write limits of the per-namespace sysctls that are not plain ints (proc_dointvec takes any
// int): booleans, u8s, unsigned ints and longs, and proc_do*_minmax ranges, as the 6.x kernel
// answers in a fresh network namespace. Device keys are written "ipv4.conf.*.NAME".

import { ULONG_MAX } from "../sysctl-special.js";

/** The bridge-nf switches store 1 for any non-zero int. */
export const CLAMP_TO_ONE = new Set(["net.bridge.bridge-nf-call-arptables","net.bridge.bridge-nf-call-ip6tables","net.bridge.bridge-nf-call-iptables","net.bridge.bridge-nf-filter-pppoe-tagged","net.bridge.bridge-nf-filter-vlan-tagged","net.bridge.bridge-nf-pass-vlan-input-dev"]);

/** Milliseconds kept in jiffies (proc_dointvec_ms_jiffies): no negatives, read back in 4 ms steps. */
export const MS_JIFFIES = new Set([
  "net.ipv4.icmp_ratelimit", "net.ipv4.tcp_invalid_ratelimit", "net.ipv6.icmp.ratelimit", "net.ipv6.route.gc_min_interval_ms",
  "ipv4.neigh.*.base_reachable_time_ms", "ipv4.neigh.*.interval_probe_time_ms", "ipv4.neigh.*.retrans_time_ms",
  "ipv6.neigh.*.base_reachable_time_ms", "ipv6.neigh.*.interval_probe_time_ms", "ipv6.neigh.*.retrans_time_ms",
  "ipv6.conf.*.mldv1_unsolicited_report_interval", "ipv6.conf.*.mldv2_unsolicited_report_interval",
]);

/** [min, max] a write must fall in; other numeric keys are ints. */
export const SYSCTL_LIMITS: Record<string, readonly [number, number | bigint]> = {};

const GROUPS: [readonly [number, number | bigint], string][] = [
  [[0,1], "ipv6.conf.*.force_forwarding ipv6.conf.*.ioam6_enabled ipv6.conf.*.ndisc_evict_nocarrier ipv6.conf.*.ra_honor_pio_life ipv6.conf.*.ra_honor_pio_pflag ipv6.conf.*.rpl_seg_enabled net.core.tstamp_allow_data net.core.txrehash net.ipv4.fib_multipath_use_neigh net.ipv4.icmp_echo_enable_probe net.ipv4.icmp_echo_ignore_all net.ipv4.icmp_echo_ignore_broadcasts net.ipv4.icmp_errors_use_inbound_ifaddr net.ipv4.icmp_ignore_bogus_error_responses net.ipv4.ip_autobind_reuse net.ipv4.ip_forward_update_priority net.ipv4.nexthop_compat_mode net.ipv4.raw_l3mdev_accept net.ipv4.tcp_autocorking net.ipv4.tcp_backlog_ack_defer net.ipv4.tcp_ecn_fallback net.ipv4.tcp_fastopen_key net.ipv4.tcp_l3mdev_accept net.ipv4.tcp_migrate_req net.ipv4.tcp_no_ssthresh_metrics_save net.ipv4.tcp_plb_enabled net.ipv4.tcp_reflect_tos net.ipv4.tcp_shrink_window net.ipv4.udp_l3mdev_accept net.ipv6.icmp.error_anycast_as_unicast net.ipv6.route.skip_notify_on_dev_down net.mptcp.allow_join_initial_addr_port net.mptcp.checksum_enabled net.mptcp.enabled net.mptcp.pm_type net.netfilter.nf_conntrack_acct net.netfilter.nf_conntrack_checksum net.netfilter.nf_conntrack_tcp_be_liberal net.netfilter.nf_conntrack_tcp_ignore_invalid_rst net.netfilter.nf_conntrack_tcp_loose net.netfilter.nf_conntrack_timestamp net.netfilter.nf_hooks_lwtunnel"],
  [[0,ULONG_MAX], "ipv6.conf.*.ioam6_id_wide ipv6.conf.*.ra_defrtr_metric net.core.xfrm_aevent_etime net.core.xfrm_aevent_rseqth net.ipv4.fib_multipath_hash_seed net.ipv4.tcp_comp_sack_delay_ns net.ipv4.tcp_comp_sack_slack_ns net.ipv4.tcp_notsent_lowat net.ipv6.ioam6_id_wide net.mptcp.stale_loss_cnt"],
  [[3145728,ULONG_MAX], "net.ipv4.ipfrag_high_thresh net.ipv6.ip6frag_high_thresh net.netfilter.nf_conntrack_frag6_high_thresh"],
  [[0,3], "ipv6.conf.*.addr_gen_mode net.core.rps_default_mask net.ipv4.fib_multipath_hash_policy net.ipv4.tcp_ecn_option_beacon net.ipv6.auto_flowlabels net.ipv6.fib_multipath_hash_policy"],
  [[68,2147483647], "net.ipv4.route.min_pmtu"],
  [[1,4095], "net.ipv4.fib_multipath_hash_fields net.ipv6.fib_multipath_hash_fields"],
  [[0,2], "ipv6.conf.*.accept_untracked_na net.ipv4.fib_notify_on_flag_change net.ipv4.tcp_ecn net.ipv4.tcp_ecn_option net.ipv4.tcp_tw_reuse net.ipv6.fib_notify_on_flag_change net.netfilter.nf_conntrack_events"],
  [[0,32768], "net.ipv4.ip_unprivileged_port_start"],
  [[-31,31], "net.ipv4.tcp_adv_win_scale"],
  [[0,4], "net.ipv4.tcp_early_retrans"],
  [[48,65535], "net.ipv4.tcp_min_snd_mss net.ipv4.tcp_mtu_probe_floor"],
  [[0,1000], "net.ipv4.tcp_pacing_ca_ratio net.ipv4.tcp_pacing_ss_ratio"],
  [[0,256], "net.ipv4.tcp_plb_cong_thresh"],
  [[1,300], "net.ipv4.tcp_reordering"],
  [[1000,120000], "net.ipv4.tcp_rto_max_ms"],
  [[1,60000], "net.ipv4.tcp_tw_reuse_delay"],
  [[0,7], "net.ipv6.flowlabel_reflect"],
  [[0,65535], "ipv6.conf.*.ioam6_id"],
  [[1280,2147483647], "ipv6.conf.*.mtu"],
  [[0,2147483647], "ipv4.neigh.*.app_solicit ipv4.neigh.*.mcast_resolicit ipv4.neigh.*.mcast_solicit ipv4.neigh.*.proxy_qlen ipv4.neigh.*.ucast_solicit ipv4.neigh.*.unres_qlen_bytes ipv6.neigh.*.app_solicit ipv6.neigh.*.mcast_resolicit ipv6.neigh.*.mcast_solicit ipv6.neigh.*.proxy_qlen ipv6.neigh.*.ucast_solicit ipv6.neigh.*.unres_qlen_bytes net.core.optmem_max net.core.somaxconn net.ipv4.icmp_msgs_burst net.ipv4.icmp_msgs_per_sec net.ipv4.ipfrag_max_dist net.ipv4.tcp_fastopen_blackhole_timeout_sec net.mptcp.blackhole_timeout"],
  [[0,255], "ipv6.conf.*.ndisc_tclass net.ipv4.fwmark_reflect net.ipv4.igmp_link_local_mcast_reports net.ipv4.ip_dynaddr net.ipv4.ip_early_demux net.ipv4.ip_forward_use_pmtu net.ipv4.ip_no_pmtu_disc net.ipv4.ip_nonlocal_bind net.ipv4.tcp_abort_on_overflow net.ipv4.tcp_comp_sack_nr net.ipv4.tcp_dsack net.ipv4.tcp_early_demux net.ipv4.tcp_fack net.ipv4.tcp_frto net.ipv4.tcp_fwmark_accept net.ipv4.tcp_keepalive_probes net.ipv4.tcp_moderate_rcvbuf net.ipv4.tcp_mtu_probing net.ipv4.tcp_no_metrics_save net.ipv4.tcp_orphan_retries net.ipv4.tcp_plb_suspend_rto_sec net.ipv4.tcp_recovery net.ipv4.tcp_retrans_collapse net.ipv4.tcp_retries1 net.ipv4.tcp_retries2 net.ipv4.tcp_rfc1337 net.ipv4.tcp_sack net.ipv4.tcp_slow_start_after_idle net.ipv4.tcp_stdurg net.ipv4.tcp_synack_retries net.ipv4.tcp_syncookies net.ipv4.tcp_thin_linear_timeouts net.ipv4.tcp_timestamps net.ipv4.tcp_tso_rtt_log net.ipv4.tcp_tso_win_divisor net.ipv4.tcp_window_scaling net.ipv4.tcp_workaround_signed_windows net.ipv4.udp_early_demux net.ipv6.anycast_src_echo_reply net.ipv6.bindv6only net.ipv6.flowlabel_consistency net.ipv6.flowlabel_state_ranges net.ipv6.fwmark_reflect net.ipv6.icmp.echo_ignore_all net.ipv6.icmp.echo_ignore_anycast net.ipv6.icmp.echo_ignore_multicast net.ipv6.ip_nonlocal_bind net.mptcp.syn_retrans_before_tcp_fallback net.netfilter.nf_conntrack_log_invalid net.netfilter.nf_conntrack_tcp_max_retrans"],
  [[0,1027504], "ipv4.neigh.*.unres_qlen ipv6.neigh.*.unres_qlen"],
  [[1,2147483647], "net.ipv4.igmp_qrv net.ipv4.tcp_max_reordering net.ipv4.tcp_rto_min_us net.ipv4.udp_rmem_min net.ipv4.udp_wmem_min"],
  [[1,255], "ipv6.conf.*.hop_limit net.ipv4.ip_default_ttl net.ipv4.tcp_min_tso_segs net.ipv4.tcp_pingpong_thresh"],
  [[0,4194304], "net.ipv4.ipfrag_low_thresh net.ipv6.ip6frag_low_thresh net.netfilter.nf_conntrack_frag6_low_thresh"],
  [[0,31], "net.ipv4.tcp_app_win net.ipv4.tcp_plb_idle_rehash_rounds net.ipv4.tcp_plb_rehash_rounds"],
  [[0,16777216], "net.ipv4.tcp_child_ehash_entries"],
  [[0,86400], "net.ipv4.tcp_min_rtt_wlen"],
  [[0,17179869], "net.ipv4.tcp_probe_interval"],
  [[0,127], "net.ipv4.tcp_syn_linear_timeouts"],
  [[1,127], "net.ipv4.tcp_syn_retries"],
  [[0,65536], "net.ipv4.udp_child_hash_entries"],
  [[0,16777215], "net.ipv6.ioam6_id"],
  // proc_dointvec_jiffies: seconds kept in jiffies at HZ=250, so |value| × 250 must fit an int
  [[-8589934,8589934], "net.netfilter.nf_conntrack_frag6_timeout net.netfilter.nf_conntrack_generic_timeout net.netfilter.nf_conntrack_gre_timeout net.netfilter.nf_conntrack_gre_timeout_stream net.netfilter.nf_conntrack_icmp_timeout net.netfilter.nf_conntrack_icmpv6_timeout net.netfilter.nf_conntrack_sctp_timeout_closed net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed net.netfilter.nf_conntrack_sctp_timeout_cookie_wait net.netfilter.nf_conntrack_sctp_timeout_established net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent net.netfilter.nf_conntrack_tcp_timeout_close net.netfilter.nf_conntrack_tcp_timeout_close_wait net.netfilter.nf_conntrack_tcp_timeout_established net.netfilter.nf_conntrack_tcp_timeout_fin_wait net.netfilter.nf_conntrack_tcp_timeout_last_ack net.netfilter.nf_conntrack_tcp_timeout_max_retrans net.netfilter.nf_conntrack_tcp_timeout_syn_recv net.netfilter.nf_conntrack_tcp_timeout_syn_sent net.netfilter.nf_conntrack_tcp_timeout_time_wait net.netfilter.nf_conntrack_tcp_timeout_unacknowledged net.netfilter.nf_conntrack_udp_timeout net.netfilter.nf_conntrack_udp_timeout_stream"],
];

for (const [limits, keys] of GROUPS) for (const key of keys.split(" ")) SYSCTL_LIMITS[key] = limits;
for (const key of MS_JIFFIES) SYSCTL_LIMITS[key] = [0, 2147483647];
