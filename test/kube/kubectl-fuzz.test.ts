// Bad input never crashes kubectl: random command lines and patches get kubectl-style
// answers (exit 0 or 1), never an internal error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kubectlNode } from "./kubectl-fixture.js";

const WORDS = ["get", "describe", "patch", "label", "annotate", "apply", "create", "delete", "logs", "config", "rollout", "edit",
  "pods", "svc", "svc/web", "pod/web-1", "web", "web-1", "ep", "endpointslices", "nodes", "cm", "netpol", "ds", "ns", "all", "foo",
  "-n", "kube-system", "-A", "-o", "yaml", "json", "wide", "name", "jsonpath={.items[0].metadata.name}", "-l", "app=web", "app!=x",
  "--show-labels", "--overwrite", "a=b", "a-", "-p", "{}", "[]", "--type", "json", "merge", "-f", "-", "--tail=2", "restart",
  "current-context", "--", "x=", "=y", "/", "svc/", "--no-headers", "--all"];

describe("kubectl fuzz", () => {
  const n = kubectlNode();

  it("random command lines never crash", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }), (words) => {
        const line = "kubectl " + words.map((w) => `'${w}'`).join(" ");
        const r = n.sh(line, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: fuzz}\ndata: {a: b}\n");
        expect(r.stderr).not.toMatch(/internal error|TypeError|undefined/);
        expect([0, 1]).toContain(r.rc);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("random JSON patches never crash", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom("strategic", "merge", "json"), (patch, type) => {
        const text = JSON.stringify(patch).replace(/'/g, "");
        const r = n.sh(`kubectl patch svc web --type=${type} -p '${text}'`);
        expect(r.stderr).not.toMatch(/internal error|TypeError/);
        expect([0, 1]).toContain(r.rc);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
