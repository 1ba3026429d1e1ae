// What kube-proxy remembers between syncs (plain data on the cluster state).

export interface ProxyState {
  /** kube-proxy has done its startup (first full) sync. */
  started: boolean;
  /** world.clock of the last successful sync / full sync; -1 = never. */
  lastSyncMs: number;
  lastFullSyncMs: number;
  /** world.clock of the last canary poll. */
  lastCanaryCheckMs: number;
  /** The next sync must be a full one (startup, failed restore, canary gone, forced). */
  needFullSync: boolean;
  /** An API change is waiting for the next sync. */
  pendingSync: boolean;
  /** kube-proxy's inputs at the last successful sync (see proxyInputsChanged). */
  lastInputs: string;
  /** Per service (namespace/name): the nat chain lines last written, to skip unchanged ones. */
  serviceFingerprints: Record<string, string>;
  /** table → chain → rules (without counters, JSON) as they stood right after our last write. */
  written: Record<string, Record<string, string>>;
  /** klog lines, as `kubectl logs` on the kube-proxy pod shows them. */
  logs: string[];
  /** Messages for the learner (a resync replaced their edits); drained by the tutor. */
  notices: string[];
  /** nf_conntrack_tcp_be_liberal was non-zero when kube-proxy started (no INVALID drop rule). */
  conntrackTCPLiberal?: boolean;
}

export function newProxyState(): ProxyState {
  return {
    started: false,
    lastSyncMs: -1,
    lastFullSyncMs: -1,
    lastCanaryCheckMs: 0,
    needFullSync: true,
    pendingSync: false,
    lastInputs: "",
    serviceFingerprints: {},
    written: {},
    logs: [],
    notices: [],
  };
}

/** kube-proxy's timing defaults (KubeProxyConfiguration iptables.*). */
export const SYNC_PERIOD_MS = 30_000;
/** proxyutil.FullSyncPeriod: a full sync at least once an hour. */
export const FULL_SYNC_PERIOD_MS = 3_600_000;
export const MASQUERADE_MARK = "0x00004000";
