// Review of stdin consumption: commands that must leave a read loop's input alone, and ones
// that share it the way bash and the real programs do.
import { describe, expect, it } from "vitest";
import { buildTrafficNode } from "../kube/traffic-world.js";
import { sh } from "./helpers.js";

const PODS_FILE = "printf 'client\\nclient\\nclient\\n' > /tmp/pods";

describe("kubectl exec and a read loop's input", () => {
  it("without -i the pod's command gets no stdin and the loop keeps its lines", () => {
    const node = buildTrafficNode([{ name: "client", ip: "10.244.1.9", labels: { app: "client" } }], [], 1);
    node.session.run(PODS_FILE);
    const r = node.session.run('while read p; do echo "pod=$p"; kubectl exec "$p" -- cat; done < /tmp/pods');
    expect(r.stdout).toBe("pod=client\npod=client\npod=client\n");
  });
  it("with -i the command reads (and uses up) the shared stdin", () => {
    const node = buildTrafficNode([{ name: "client", ip: "10.244.1.9", labels: { app: "client" } }], [], 1);
    node.session.run(PODS_FILE);
    const r = node.session.run('while read p; do echo "pod=$p"; kubectl exec -i "$p" -- cat; done < /tmp/pods');
    expect(r.stdout).toBe("pod=client\nclient\nclient\n");
  });
});

describe("paste reads stdin only when '-' is among its files", () => {
  it("paste FILE in a read loop leaves the loop's input", () => {
    const r = sh("printf 'x\\ny\\n' > /tmp/col", "printf '1\\n2\\n3\\n' | while read n; do paste /tmp/col /tmp/col | head -1; done");
    expect(r.stdout).toBe("x\tx\nx\tx\nx\tx\n");
  });
  it("paste - FILE still takes the loop's input", () => {
    const r = sh("printf 'x\\ny\\n' > /tmp/col", "printf '1\\n2\\n3\\n' | while read n; do echo \"n=$n\"; paste - /tmp/col; done");
    expect(r.stdout).toBe("n=1\n2\tx\n3\ty\n");
  });
});
