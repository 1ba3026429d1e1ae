// kubectl describe pod (describePod in kubectl's describe.go): header, IPs, containers with
// their state, conditions, tolerations.
import type { Pod } from "../types.js";
import { humanDuration } from "./output.js";
import { LAST_APPLIED, rfc1123z, Writer } from "./describe-writer.js";

type ContainerStatus = { name: string; ready: boolean; restartCount?: number; containerID?: string; imageID?: string; state?: Record<string, Record<string, string | number>>; lastState?: Record<string, Record<string, string | number>> };

function describeState(w: Writer, title: string, state: Record<string, Record<string, string | number>> | undefined): void {
  if (state?.["running"]) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(String(state["running"]["startedAt"] ?? ""))}\n`);
  } else if (state?.["terminated"]) {
    const t = state["terminated"];
    w.write(2, `${title}:\tTerminated\n`);
    if (t["reason"]) w.write(3, `Reason:\t${t["reason"]}\n`);
    if (t["message"]) w.write(3, `Message:\t${t["message"]}\n`);
    w.write(3, `Exit Code:\t${t["exitCode"] ?? 0}\n`);
    if (Number(t["signal"] ?? 0) > 0) w.write(3, `Signal:\t${t["signal"]}\n`);
    w.write(3, `Started:\t${rfc1123z(t["startedAt"] as string | undefined)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t["finishedAt"] as string | undefined)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
    const reason = state?.["waiting"]?.["reason"];
    if (reason) w.write(3, `Reason:\t${reason}\n`);
  }
}

interface Toleration {
  key?: string;
  value?: string;
  effect?: string;
  operator?: string;
  tolerationSeconds?: number;
}

/** printTolerationsMultilineWithIndent's text for one toleration. */
function formatToleration(t: Toleration): string {
  let text = t.key ?? "";
  if (t.value) text += `=${t.value}`;
  if (t.effect) text += `:${t.effect}`;
  if (t.operator === "Exists" && !t.value) text += t.key || t.effect ? " op=Exists" : "op=Exists";
  if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
  return text;
}

export function describePod(pod: Pod, showEvents: boolean, nowMs: number): string {
  const st = (pod.status ?? {}) as NonNullable<Pod["status"]> & { startTime?: string; reason?: string; message?: string };
  const spec = pod.spec as Pod["spec"] & { priority?: number; serviceAccountName?: string; nodeSelector?: Record<string, string> };
  const w = new Writer();
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace ?? ""}\n`);
  w.write(0, `Priority:\t${spec.priority ?? 0}\n`);
  const priorityClass = (spec as { priorityClassName?: string }).priorityClassName;
  if (priorityClass) w.write(0, `Priority Class Name:\t${priorityClass}\n`);
  w.write(0, `Service Account:\t${spec.serviceAccountName ?? "default"}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${st.hostIP ?? ""}\n` : "Node:\t<none>\n");
  const start = st.startTime ?? pod.metadata.creationTimestamp;
  if (start) w.write(0, `Start Time:\t${rfc1123z(start)}\n`);
  w.map("Labels", pod.metadata.labels, "=");
  w.map("Annotations", pod.metadata.annotations, ": ", [LAST_APPLIED]);
  const terminal = st.phase === "Succeeded" || st.phase === "Failed";
  const deletion = pod.metadata.deletionTimestamp;
  if (deletion && !terminal) {
    w.write(0, `Status:\tTerminating (lasts ${humanDuration(nowMs - Date.parse(deletion))})\n`);
    w.write(0, `Termination Grace Period:\t${(pod.metadata as { deletionGracePeriodSeconds?: number }).deletionGracePeriodSeconds ?? 30}s\n`);
  } else w.write(0, `Status:\t${st.phase ?? ""}\n`);
  if (st.reason) w.write(0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(0, `Message:\t${st.message}\n`);
  w.write(0, `IP:\t${st.podIP ?? ""}\n`);
  const ips = st.podIPs ?? [];
  if (ips.length === 0) w.write(0, "IPs:\t<none>\n");
  else {
    w.write(0, "IPs:\n");
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const owner = ((pod.metadata as { ownerReferences?: { kind: string; name: string; controller?: boolean }[] }).ownerReferences ?? []).find((o) => o.controller);
  if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  const containers = spec.containers ?? [];
  w.write(0, `Containers:${containers.length ? "" : " <none>"}\n`);
  for (const c of containers) {
    const cs = (st.containerStatuses ?? []).find((x) => x.name === c.name) as ContainerStatus | undefined;
    w.write(1, `${c.name}:\n`);
    if (cs) w.write(2, `Container ID:\t${cs.containerID ?? ""}\n`);
    w.write(2, `Image:\t${c.image ?? ""}\n`);
    if (cs) w.write(2, `Image ID:\t${cs.imageID ?? ""}\n`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}${p.name ? ` (${p.name})` : ""}`).join(", ");
    const hostPorts = (c.ports ?? []).map((p) => `${(p as { hostPort?: number }).hostPort ?? 0}/${p.protocol ?? "TCP"}${p.name ? ` (${p.name})` : ""}`).join(", ");
    w.write(2, ports.includes(",") ? `Ports:\t${ports}\n` : `Port:\t${ports || "<none>"}\n`);
    w.write(2, hostPorts.includes(",") ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || "<none>"}\n`);
    // describeContainerCommand: each word (each line of a word) on its own line.
    for (const [title, words] of [["Command", (c as { command?: string[] }).command], ["Args", (c as { args?: string[] }).args]] as const) {
      if (!words?.length) continue;
      w.write(2, `${title}:\n`);
      for (const word of words) for (const line of word.split("\n")) w.write(3, `${line}\n`);
    }
    if (cs) {
      // A status without a state is a container the kubelet runs since the pod started.
      const state = cs.state ?? (st.phase === "Running" ? { running: { startedAt: start ?? "" } } : undefined);
      describeState(w, "State", state);
      if (cs.lastState?.["terminated"]) describeState(w, "Last State", cs.lastState);
      w.write(2, `Ready:\t${cs.ready ? "True" : "False"}\n`);
      w.write(2, `Restart Count:\t${cs.restartCount ?? 0}\n`);
    }
    w.write(2, "Environment:\t<none>\n");
    w.write(2, "Mounts:\t<none>\n");
  }
  if (st.conditions?.length) {
    w.write(0, "Conditions:\n  Type\tStatus\n");
    for (const c of st.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  w.write(0, "Volumes:\t<none>\n");
  w.write(0, "QoS Class:\tBestEffort\n");
  w.map("Node-Selectors", spec.nodeSelector, "=");
  const tolerations = [...((spec as { tolerations?: Toleration[] }).tolerations ?? [])].sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0));
  if (tolerations.length === 0) w.write(0, "Tolerations:\t<none>\n");
  tolerations.forEach((t, i) => w.write(0, `${i === 0 ? "Tolerations:" : ""}\t${formatToleration(t)}\n`));
  w.events(showEvents);
  return w.done();
}
