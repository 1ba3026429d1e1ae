// The API server decodes JSON into Go structs before anything else; a value of the wrong
// JSON type is a BadRequest with encoding/json's wording. This checks the fields we model.

type Shape =
  | "string"
  | "int32"
  | "int64"
  | "bool"
  | "intOrString"
  | { map: "string" }
  | { list: Shape; goType: string }
  | { struct: string; goType: string; fields: Record<string, Shape> };

const strList = { list: "string" as Shape, goType: "[]string" };
const labels = { map: "string" as const };

const META: Shape = {
  struct: "ObjectMeta",
  goType: "v1.ObjectMeta",
  fields: { name: "string", namespace: "string", labels, annotations: labels, generateName: "string" },
};

const SERVICE_PORT: Shape = {
  struct: "ServicePort",
  goType: "v1.ServicePort",
  fields: { name: "string", protocol: "string", port: "int32", nodePort: "int32", targetPort: "intOrString" },
};

const SCHEMAS: Record<string, Shape> = {
  Service: {
    struct: "Service",
    goType: "v1.Service",
    fields: {
      metadata: META,
      spec: {
        struct: "ServiceSpec",
        goType: "v1.ServiceSpec",
        fields: {
          ports: { list: SERVICE_PORT, goType: "[]v1.ServicePort" },
          selector: labels,
          clusterIP: "string",
          clusterIPs: strList,
          type: "string",
          externalIPs: strList,
          externalTrafficPolicy: "string",
          internalTrafficPolicy: "string",
          sessionAffinity: "string",
          healthCheckNodePort: "int32",
          loadBalancerSourceRanges: strList,
          publishNotReadyAddresses: "bool",
        },
      },
    },
  },
  Pod: {
    struct: "Pod",
    goType: "v1.Pod",
    fields: {
      metadata: META,
      spec: {
        struct: "PodSpec",
        goType: "v1.PodSpec",
        fields: {
          nodeName: "string",
          containers: {
            goType: "[]v1.Container",
            list: {
              struct: "Container",
              goType: "v1.Container",
              fields: {
                name: "string",
                image: "string",
                ports: {
                  goType: "[]v1.ContainerPort",
                  list: { struct: "ContainerPort", goType: "v1.ContainerPort", fields: { name: "string", containerPort: "int32", protocol: "string" } },
                },
              },
            },
          },
        },
      },
      status: {
        struct: "PodStatus",
        goType: "v1.PodStatus",
        fields: {
          phase: "string",
          podIP: "string",
          hostIP: "string",
          conditions: { goType: "[]v1.PodCondition", list: { struct: "PodCondition", goType: "v1.PodCondition", fields: { type: "string", status: "string" } } },
        },
      },
    },
  },
  ConfigMap: { struct: "ConfigMap", goType: "v1.ConfigMap", fields: { metadata: META, data: labels } },
};

function jsonType(v: unknown): string {
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "array";
  return "object";
}

function check(value: unknown, shape: Shape, owner: string, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const bad = (goType: string) => `json: cannot unmarshal ${jsonType(value)} into Go struct field ${owner}.${path} of type ${goType}`;
  if (typeof shape === "string") {
    switch (shape) {
      case "string":
        return typeof value === "string" ? undefined : bad("string");
      case "bool":
        return typeof value === "boolean" ? undefined : bad("bool");
      case "int32":
      case "int64":
        if (typeof value !== "number") return bad(shape);
        return Number.isInteger(value) ? undefined : `json: cannot unmarshal number ${value} into Go struct field ${owner}.${path} of type ${shape}`;
      case "intOrString":
        return typeof value === "string" || typeof value === "number" ? undefined : bad("intstr.IntOrString");
    }
  }
  if ("map" in shape) {
    if (jsonType(value) !== "object") return bad("map[string]string");
    for (const v of Object.values(value as object)) {
      if (v !== null && typeof v !== "string") return `json: cannot unmarshal ${jsonType(v)} into Go struct field ${owner}.${path} of type string`;
    }
    return undefined;
  }
  if ("list" in shape) {
    if (!Array.isArray(value)) return bad(shape.goType);
    for (const item of value) {
      const inner = typeof shape.list === "object" && "struct" in shape.list ? shape.list.struct : owner;
      const err = check(item, shape.list, inner, path);
      if (err) return err;
    }
    return undefined;
  }
  if (jsonType(value) !== "object") return bad(shape.goType);
  for (const [key, sub] of Object.entries(shape.fields)) {
    const inner = typeof sub === "object" && "struct" in sub ? sub.struct : shape.struct;
    const err = check((value as Record<string, unknown>)[key], sub, typeof sub === "object" && "struct" in sub ? shape.struct : inner, path ? `${path}.${key}` : key);
    if (err) return err;
  }
  return undefined;
}

/** encoding/json's complaint about the object, or undefined when it decodes. */
export function decodeError(obj: unknown): string | undefined {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return `json: cannot unmarshal ${jsonType(obj)} into Go value of type map[string]interface {}`;
  const kind = (obj as { kind?: unknown }).kind;
  const schema = typeof kind === "string" ? SCHEMAS[kind] : undefined;
  if (schema) return check(obj, schema, typeof schema === "object" && "struct" in schema ? schema.struct : "", "");
  return check((obj as { metadata?: unknown }).metadata, META, "Object", "metadata");
}
