// kubectl logs, version, config, edit, rollout, api-resources, cluster-info.
import type { CommandResult } from "../../shell/types.js";
import { GROUP_ORDER, RESOURCE_TYPES, apiVersionOf, findResourceType } from "../resources.js";
import { restartKubeProxy } from "../tick.js";
import type { KubeObject } from "../types.js";
import type { Kctx } from "./context.js";
import { fail, flag, listFor, listSelected, lookup, notFoundText, ok } from "./context.js";
import { tabulate } from "./output.js";

export const CLIENT_VERSION = "v1.31.4";
const KUSTOMIZE_VERSION = "v5.4.2";
const CONTEXT = "kubernetes-admin@kubernetes";

export function clientVersionText(): string {
  return `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
}

function podLogs(k: Kctx, pod: KubeObject): string[] {
  return pod.metadata.labels?.["k8s-app"] === "kube-proxy" && pod.metadata.namespace === "kube-system" ? k.cluster.proxy.logs : [];
}

export function runLogs(k: Kctx): CommandResult {
  const selector = flag(k.args, "selector");
  const tailFlag = flag(k.args, "tail");
  const pods: KubeObject[] = [];
  const podType = findResourceType("pods")!;
  if (selector !== undefined) {
    const selected = listSelected(k, podType, selector);
    if (typeof selected === "string") return fail(selected);
    pods.push(...selected);
    if (pods.length === 0) return { stdout: "", stderr: `No resources found in ${k.namespace} namespace.\n`, rc: 0 };
  } else {
    const arg = k.args.positional[0];
    if (arg === undefined) {
      return fail("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    }
    const slash = arg.indexOf("/");
    if (slash >= 0) {
      const rt = findResourceType(arg.slice(0, slash));
      if (!rt) return fail(`error: the server doesn't have a resource type "${arg.slice(0, slash)}"`);
      const owner = lookup(k, rt, arg.slice(slash + 1));
      if (!owner) return fail(notFoundText(rt, arg.slice(slash + 1)));
      if (rt.plural === "pods") pods.push(owner);
      else {
        const sel = owner["spec"]?.selector?.matchLabels ?? owner["spec"]?.selector ?? {};
        const match = listFor(k, podType).find((p) => Object.entries(sel).every(([key, v]) => p.metadata.labels?.[key] === v));
        if (!match) return fail(`error: timed out waiting for the condition`);
        pods.push(match);
      }
    } else {
      const pod = lookup(k, podType, arg);
      if (!pod) return fail(notFoundText(podType, arg));
      pods.push(pod);
    }
  }
  // With a selector kubectl shows the last 10 lines per pod unless --tail says otherwise.
  const tail = tailFlag !== undefined ? Number(tailFlag) : selector !== undefined ? 10 : -1;
  let out = "";
  for (const pod of pods) {
    const lines = podLogs(k, pod);
    const shown = tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines;
    out += shown.map((l) => l + "\n").join("");
  }
  return ok(out);
}

export function runConfig(k: Kctx): CommandResult {
  const [sub, ...rest] = k.args.positional;
  switch (sub) {
    case "current-context":
      return ok(`${CONTEXT}\n`);
    case "get-contexts":
      return ok(tabulate([["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ["*", CONTEXT, "kubernetes", "kubernetes-admin", k.cluster.contextNamespace === "default" ? "" : k.cluster.contextNamespace]]));
    case "use-context":
      if (rest[0] !== CONTEXT) return fail(`error: no context exists with the name: "${rest[0] ?? ""}"`);
      return ok(`Switched to context "${CONTEXT}".\n`);
    case "set-context": {
      const ns = flag(k.args, "namespace");
      if (ns !== undefined) k.cluster.contextNamespace = ns;
      return ok(`Context "${CONTEXT}" modified.\n`);
    }
    case "view":
      return ok(
        `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: https://${k.cluster.config.nodeIP}:6443\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n` +
          (k.cluster.contextNamespace !== "default" ? `    namespace: ${k.cluster.contextNamespace}\n` : "") +
          `    user: kubernetes-admin\n  name: ${CONTEXT}\ncurrent-context: ${CONTEXT}\nkind: Config\npreferences: {}\nusers:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n`,
      );
    default:
      return fail(sub === undefined ? "error: Required resource not specified." : `error: unknown command "${sub}" for "kubectl config"`);
  }
}

export function runEdit(k: Kctx): CommandResult {
  const target = k.args.positional.join(" ") || "svc/NAME";
  return fail(
    `error: kubectl edit opens an interactive editor, which this tutor's terminal does not provide.\n` +
      `Change the object with kubectl patch instead, for example:\n` +
      `  kubectl patch ${target} -p '{"spec":{"ports":[{"port":80,"targetPort":8080}]}}'\n` +
      `  kubectl patch ${target} --type=json -p '[{"op":"replace","path":"/spec/type","value":"NodePort"}]'`,
  );
}

export function runRollout(k: Kctx): CommandResult {
  const [sub, ...rest] = k.args.positional;
  const ref = rest.length === 2 ? `${rest[0]}/${rest[1]}` : (rest[0] ?? "");
  const slash = ref.indexOf("/");
  const rt = slash > 0 ? findResourceType(ref.slice(0, slash)) : undefined;
  if (!rt) return fail(ref ? `error: the server doesn't have a resource type "${ref.slice(0, Math.max(slash, 0)) || ref}"` : "error: required resource not specified");
  const name = ref.slice(slash + 1);
  const obj = lookup(k, rt, name);
  if (!obj) return fail(notFoundText(rt, name));
  if (rt.plural !== "daemonsets") return fail(`error: no rollout support for this resource in this tutor`);
  if (sub === "restart") {
    if (name === "kube-proxy" && k.namespace === "kube-system") restartKubeProxy(k.world, k.cluster, k.run);
    return ok(`daemonset.apps/${name} restarted\n`);
  }
  if (sub === "status") return ok(`daemon set "${name}" successfully rolled out\n`);
  return fail(`error: unknown command "${sub ?? ""}" for "kubectl rollout"`);
}

export function runApiResources(k: Kctx): CommandResult {
  const rows = flag(k.args, "no-headers") === "true" ? [] : [["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"]];
  // Groups in discovery order, each group's resources by name.
  const rank = (rt: { group: string }) => GROUP_ORDER.indexOf(rt.group);
  for (const rt of [...RESOURCE_TYPES].sort((a, b) => rank(a) - rank(b) || (a.plural < b.plural ? -1 : 1))) {
    rows.push([rt.plural, rt.shortNames.join(","), apiVersionOf(rt), String(rt.namespaced), rt.kind]);
  }
  return ok(tabulate(rows));
}

export function runClusterInfo(k: Kctx): CommandResult {
  return ok(`Kubernetes control plane is running at https://${k.cluster.config.nodeIP}:6443\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
}
