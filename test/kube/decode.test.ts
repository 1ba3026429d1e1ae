import { describe, expect, it } from "vitest";
import { decodeError } from "../../src/kube/decode.js";

describe("API decoding errors (encoding/json wording)", () => {
  it.each([
    [{ kind: "Service", spec: { ports: [{ port: "eighty" }] } }, "json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32"],
    [{ kind: "Service", spec: { ports: 5 } }, "json: cannot unmarshal number into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort"],
    [{ kind: "Service", spec: { selector: "x" } }, "json: cannot unmarshal string into Go struct field ServiceSpec.spec.selector of type map[string]string"],
    [{ kind: "Service", metadata: 7 }, "json: cannot unmarshal number into Go struct field Service.metadata of type v1.ObjectMeta"],
    [{ kind: "Pod", metadata: { name: "p", labels: { a: 5 } } }, "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string"],
    [{ kind: "Pod", spec: { containers: 5 } }, "json: cannot unmarshal number into Go struct field PodSpec.spec.containers of type []v1.Container"],
    [{ kind: "Pod", spec: { containers: [{ ports: [{ containerPort: "x" }] }] } }, "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"],
    [{ kind: "Pod", status: { podIP: 7 } }, "json: cannot unmarshal number into Go struct field PodStatus.status.podIP of type string"],
  ])("%j", (obj, message) => {
    expect(decodeError(obj)).toBe(message);
  });

  it("accepts well-typed objects", () => {
    expect(decodeError({ kind: "Service", metadata: { name: "x", labels: { a: "b" } }, spec: { ports: [{ port: 80, targetPort: "http" }] } })).toBeUndefined();
  });
});
