// The resource types this API server knows, with the names kubectl accepts for them.

export interface ResourceType {
  plural: string;
  singular: string;
  kind: string;
  shortNames: string[];
  /** API group ("" for the core group). */
  group: string;
  version: string;
  namespaced: boolean;
}

export const RESOURCE_TYPES: ResourceType[] = [
  { plural: "namespaces", singular: "namespace", kind: "Namespace", shortNames: ["ns"], group: "", version: "v1", namespaced: false },
  { plural: "nodes", singular: "node", kind: "Node", shortNames: ["no"], group: "", version: "v1", namespaced: false },
  { plural: "pods", singular: "pod", kind: "Pod", shortNames: ["po"], group: "", version: "v1", namespaced: true },
  { plural: "services", singular: "service", kind: "Service", shortNames: ["svc"], group: "", version: "v1", namespaced: true },
  { plural: "endpoints", singular: "endpoints", kind: "Endpoints", shortNames: ["ep"], group: "", version: "v1", namespaced: true },
  { plural: "endpointslices", singular: "endpointslice", kind: "EndpointSlice", shortNames: [], group: "discovery.k8s.io", version: "v1", namespaced: true },
  { plural: "configmaps", singular: "configmap", kind: "ConfigMap", shortNames: ["cm"], group: "", version: "v1", namespaced: true },
  { plural: "networkpolicies", singular: "networkpolicy", kind: "NetworkPolicy", shortNames: ["netpol"], group: "networking.k8s.io", version: "v1", namespaced: true },
  { plural: "daemonsets", singular: "daemonset", kind: "DaemonSet", shortNames: ["ds"], group: "apps", version: "v1", namespaced: true },
  // Kinds a real cluster has, listed (and storable) so `kubectl get` answers as it would.
  { plural: "deployments", singular: "deployment", kind: "Deployment", shortNames: ["deploy"], group: "apps", version: "v1", namespaced: true },
  { plural: "replicasets", singular: "replicaset", kind: "ReplicaSet", shortNames: ["rs"], group: "apps", version: "v1", namespaced: true },
  { plural: "events", singular: "event", kind: "Event", shortNames: ["ev"], group: "", version: "v1", namespaced: true },
  { plural: "serviceaccounts", singular: "serviceaccount", kind: "ServiceAccount", shortNames: ["sa"], group: "", version: "v1", namespaced: true },
  { plural: "secrets", singular: "secret", kind: "Secret", shortNames: [], group: "", version: "v1", namespaced: true },
  { plural: "ingresses", singular: "ingress", kind: "Ingress", shortNames: ["ing"], group: "networking.k8s.io", version: "v1", namespaced: true },
  { plural: "statefulsets", singular: "statefulset", kind: "StatefulSet", shortNames: ["sts"], group: "apps", version: "v1", namespaced: true },
  { plural: "jobs", singular: "job", kind: "Job", shortNames: [], group: "batch", version: "v1", namespaced: true },
  { plural: "cronjobs", singular: "cronjob", kind: "CronJob", shortNames: ["cj"], group: "batch", version: "v1", namespaced: true },
  { plural: "replicationcontrollers", singular: "replicationcontroller", kind: "ReplicationController", shortNames: ["rc"], group: "", version: "v1", namespaced: true },
  { plural: "horizontalpodautoscalers", singular: "horizontalpodautoscaler", kind: "HorizontalPodAutoscaler", shortNames: ["hpa"], group: "autoscaling", version: "v2", namespaced: true },
  { plural: "poddisruptionbudgets", singular: "poddisruptionbudget", kind: "PodDisruptionBudget", shortNames: ["pdb"], group: "policy", version: "v1", namespaced: true },
  { plural: "persistentvolumeclaims", singular: "persistentvolumeclaim", kind: "PersistentVolumeClaim", shortNames: ["pvc"], group: "", version: "v1", namespaced: true },
  { plural: "persistentvolumes", singular: "persistentvolume", kind: "PersistentVolume", shortNames: ["pv"], group: "", version: "v1", namespaced: false },
  { plural: "resourcequotas", singular: "resourcequota", kind: "ResourceQuota", shortNames: ["quota"], group: "", version: "v1", namespaced: true },
  { plural: "limitranges", singular: "limitrange", kind: "LimitRange", shortNames: ["limits"], group: "", version: "v1", namespaced: true },
  { plural: "storageclasses", singular: "storageclass", kind: "StorageClass", shortNames: ["sc"], group: "storage.k8s.io", version: "v1", namespaced: false },
  { plural: "ingressclasses", singular: "ingressclass", kind: "IngressClass", shortNames: [], group: "networking.k8s.io", version: "v1", namespaced: false },
];

/** The API server's discovery order of groups (kubectl api-resources lists groups in this order). */
export const GROUP_ORDER = ["", "apiregistration.k8s.io", "apps", "events.k8s.io", "authentication.k8s.io", "authorization.k8s.io", "autoscaling", "batch",
  "certificates.k8s.io", "networking.k8s.io", "policy", "rbac.authorization.k8s.io", "storage.k8s.io", "admissionregistration.k8s.io",
  "apiextensions.k8s.io", "scheduling.k8s.io", "coordination.k8s.io", "node.k8s.io", "discovery.k8s.io", "flowcontrol.apiserver.k8s.io"];

/** Resolve what the user typed (plural, singular, short name, kind, or "name.group"). */
export function findResourceType(typed: string): ResourceType | undefined {
  const lower = typed.toLowerCase();
  for (const rt of RESOURCE_TYPES) {
    const names = [rt.plural, rt.singular, rt.kind.toLowerCase(), ...rt.shortNames];
    if (names.includes(lower)) return rt;
    if (rt.group && names.some((n) => `${n}.${rt.group}` === lower)) return rt;
  }
  return undefined;
}

export function findResourceByKind(kind: string, apiVersion?: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((rt) => rt.kind === kind && (apiVersion === undefined || apiVersionOf(rt) === apiVersion));
}

export function apiVersionOf(rt: ResourceType): string {
  return rt.group ? `${rt.group}/${rt.version}` : rt.version;
}

/** "services", "endpointslices.discovery.k8s.io": how API errors name the resource. */
export function qualifiedPlural(rt: ResourceType): string {
  return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}

/** "service", "endpointslice.discovery.k8s.io": how kubectl names objects in its output. */
export function qualifiedSingular(rt: ResourceType): string {
  return rt.group ? `${rt.singular}.${rt.group}` : rt.singular;
}
