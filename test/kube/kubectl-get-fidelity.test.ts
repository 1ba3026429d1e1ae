// kubectl get details checked against kubectl's get.go (printGeneric, the table loop) and the
// server's printers (printers.go): empty Lists, kind prefixes, separators, service, node,
// endpoints and pod cells.
import { describe, expect, it } from "vitest";
import { kubectlNode } from "./kubectl-fixture.js";

const EXTRA = `apiVersion: v1
kind: Service
metadata: { name: lb2, namespace: default }
spec:
  type: LoadBalancer
  clusterIP: 10.96.0.120
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080, nodePort: 30120 }]
status: { loadBalancer: { ingress: [{ ip: 203.0.113.20 }, { ip: 198.51.100.7 }, { ip: 203.0.113.20 }] } }
---
apiVersion: v1
kind: Pod
metadata: { name: crash, namespace: default, labels: { app: crash } }
spec:
  nodeName: node-1
  containers: [{ name: app, image: busybox }]
status:
  phase: Running
  podIP: 10.244.1.30
  conditions: [{ type: Ready, status: "False" }]
  containerStatuses:
    - name: app
      ready: false
      restartCount: 4
      state: { waiting: { reason: CrashLoopBackOff } }
      lastState: { terminated: { exitCode: 1, reason: Error, finishedAt: "2026-11-26T09:01:00Z" } }
`;

describe("kubectl get: Lists and empty results (printGeneric)", () => {
  const n = kubectlNode();

  it("-o yaml of nothing is an empty List, not a message", () => {
    expect(n.sh("kubectl get pods -n kube-public -o yaml")).toEqual({ stdout: 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n', stderr: "", rc: 0 });
  });

  it("-o json of nothing is an empty List", () => {
    expect(n.sh("kubectl get svc -n kube-public -o json").stdout).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  });

  it("one missing object by name: only the error", () => {
    expect(n.sh("kubectl get pod nope -o yaml")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "nope" not found\n', rc: 1 });
  });

  it("several names, some missing: a List of the found ones, then the errors", () => {
    const r = n.sh("kubectl get pod web-1 nope -o jsonpath={.kind}:{.items[*].metadata.name}");
    expect(r).toEqual({ stdout: "List:web-1", stderr: 'Error from server (NotFound): pods "nope" not found\n', rc: 1 });
  });

  it("custom-columns of nothing still prints its header", () => {
    expect(n.sh("kubectl get pods -n kube-public -o custom-columns=N:.metadata.name")).toEqual({ stdout: "N\n", stderr: "", rc: 0 });
  });

  it("no rows of cluster-scoped and namespaced types together: the message names no namespace", () => {
    expect(n.sh("kubectl get pods,nodes -l none=here")).toEqual({ stdout: "", stderr: "No resources found\n", rc: 0 });
    expect(n.sh("kubectl get pods,svc -l none=here").stderr).toBe("No resources found in default namespace.\n");
  });
});

describe("kubectl get: several kinds", () => {
  const n = kubectlNode();

  it("kinds prefix the names and a blank line separates the tables", () => {
    const out = n.sh("kubectl get svc,ep web").stdout;
    expect(out).toBe(
      "NAME          TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE\nservice/web   ClusterIP   10.96.0.100   <none>        80/TCP    2m5s\n\n" +
        "NAME            ENDPOINTS         AGE\nendpoints/web   10.244.1.5:8080   2m5s\n",
    );
  });

  it("--no-headers leaves out the blank line", () => {
    expect(n.sh("kubectl get svc,ep web --no-headers").stdout).toBe("service/web   ClusterIP   10.96.0.100   <none>   80/TCP   2m5s\nendpoints/web   10.244.1.5:8080   2m5s\n");
  });

  it("a missing object does not count as a kind", () => {
    expect(n.sh("kubectl get pod/nope svc/web")).toEqual({
      stdout: "NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE\nweb    ClusterIP   10.96.0.100   <none>        80/TCP    2m5s\n",
      stderr: 'Error from server (NotFound): pods "nope" not found\n',
      rc: 1,
    });
  });

  it("a listed type with no rows still counts as a kind", () => {
    expect(n.sh("kubectl get cm,svc -l app=web --no-headers").stdout).toBe("service/web   ClusterIP   10.96.0.100   <none>   80/TCP   2m5s\n");
  });
});

describe("kubectl get: printer cells", () => {
  const n = kubectlNode();
  n.sh("kubectl apply -f -", EXTRA);

  it("LoadBalancer ingress IPs are sorted, de-duplicated and clipped to 16 bytes outside -o wide", () => {
    expect(n.sh("kubectl get svc lb2 --no-headers").stdout).toBe("lb2   LoadBalancer   10.96.0.120   198.51.100.7,...   80:30120/TCP   0s\n");
    expect(n.sh("kubectl get svc lb2 --no-headers -o wide").stdout).toBe("lb2   LoadBalancer   10.96.0.120   198.51.100.7,203.0.113.20   80:30120/TCP   0s    app=web\n");
  });

  it("a waiting container names the pod's status; restarts show when the last one ended", () => {
    expect(n.sh("kubectl get pod crash --no-headers").stdout).toBe("crash   0/1   CrashLoopBackOff   4 (65s ago)   0s\n");
  });

  it("node roles include kubernetes.io/role; a cordoned node is SchedulingDisabled", () => {
    n.sh("kubectl label node node-1 kubernetes.io/role=worker");
    n.sh(`kubectl patch node node-1 -p '{"spec":{"unschedulable":true}}'`);
    expect(n.sh("kubectl get nodes --no-headers").stdout).toBe("node-1   Ready,SchedulingDisabled   control-plane,worker   2m5s   v1.31.4\n");
  });
});

describe("Endpoints as the endpoints controller writes them", () => {
  it("a terminating pod leaves the Endpoints (the EndpointSlice keeps it as terminating)", () => {
    const n = kubectlNode();
    n.sh("kubectl delete pod web-1 --wait=false");
    expect(n.sh("kubectl get ep web -o jsonpath={.subsets[*].addresses}:{.subsets[*].notReadyAddresses[*].ip}").stdout).toBe(":10.244.1.6");
    expect(n.sh("kubectl get endpointslice web-ngmcc -o jsonpath={.endpoints[*].addresses[0]}").stdout).toBe("10.244.1.5 10.244.1.6");
  });
});

describe("kubectl get -L", () => {
  it("adds a column per label, headed by the key's last segment", () => {
    const n = kubectlNode();
    n.sh("kubectl label pod web-1 app.kubernetes.io/name=shop");
    expect(n.sh("kubectl get pods -L tier -L app.kubernetes.io/name").stdout).toBe(
      "NAME     READY   STATUS    RESTARTS   AGE    TIER    NAME\nclient   1/1     Running   0          2m5s           \nweb-1    1/1     Running   0          2m5s   front   shop\nweb-2    0/1     Running   0          2m5s           \n",
    );
  });
});

describe("kubectl get flag combinations (get.go Validate)", () => {
  const n = kubectlNode();
  it.each([
    ["kubectl get pods --show-labels -o yaml", "error: --show-labels option cannot be used with yaml printer\n"],
    ["kubectl get foo --show-labels -o name", "error: --show-labels option cannot be used with name printer\n"],
    ["kubectl get pods -L app -o custom-columns=N:.metadata.name", "error: --label-columns option cannot be used with custom-columns=N:.metadata.name printer\n"],
  ])("%s", (line, stderr) => {
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 1 });
  });
});

describe("kubectl -o json is Go's encoding/json", () => {
  it("escapes <, > and & in strings, in the output and in the last-applied annotation", () => {
    const n = kubectlNode();
    n.sh("kubectl apply -f -", "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: html }\ndata: { page: \"<a href='x'>&</a>\" }\n");
    const json = n.sh("kubectl get cm html -o json").stdout;
    expect(json).toContain('"page": "\\u003ca href=\'x\'\\u003e\\u0026\\u003c/a\\u003e"');
    const lastApplied = n.sh("kubectl get cm html -o 'jsonpath={.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'").stdout;
    expect(lastApplied).toBe('{"apiVersion":"v1","data":{"page":"\\u003ca href=\'x\'\\u003e\\u0026\\u003c/a\\u003e"},"kind":"ConfigMap","metadata":{"name":"html","namespace":"default"}}\n');
    expect(n.sh("kubectl get cm html -o jsonpath={.data.page}").stdout).toBe("<a href='x'>&</a>");
  });
});

describe("kubectl -o jsonpath", () => {
  const n = kubectlNode();
  it.each([
    [`kubectl get pod web-2 -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}'`, "False"],
    [`kubectl get pods -o jsonpath='{.items[?(@.metadata.labels.tier)].metadata.name}'`, "web-1"],
    [`kubectl get pods -o jsonpath='{.items[0:2].metadata.name}'`, "client web-1"],
    [`kubectl get pods -o jsonpath='{.items[-1].metadata.name}'`, "web-2"],
    [`kubectl get pods -o jsonpath="{.items[0].metadata.labels['app']}"`, "client"],
    [`kubectl get svc web-lb -o jsonpath='{.spec.ports[?(@.port>100)].name}'`, "https"],
    [`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}'`, "client\t10.244.1.9\nweb-1\t10.244.1.5\nweb-2\t10.244.1.6\n"],
  ])("%s", (line, stdout) => {
    expect(n.sh(line)).toEqual({ stdout, stderr: "", rc: 0 });
  });
});

describe("resource types a cluster serves even when empty", () => {
  const n = kubectlNode();
  it.each([
    ["kubectl get sts", "No resources found in default namespace.\n"],
    ["kubectl get pv", "No resources found\n"],
    ["kubectl get cronjobs,jobs", "No resources found in default namespace.\n"],
  ])("%s", (line, stderr) => {
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 0 });
  });
  it("api-resources lists the core group first, then the others in discovery order", () => {
    const out = n.sh("kubectl api-resources --no-headers").stdout;
    expect(out.startsWith("NAME")).toBe(false);
    const names = out.split("\n").map((l) => l.split(/\s+/)[0]);
    expect(names.indexOf("services")).toBeLessThan(names.indexOf("daemonsets"));
    expect(names.indexOf("replicasets")).toBeLessThan(names.indexOf("jobs"));
    expect(names.indexOf("endpointslices")).toBeGreaterThan(names.indexOf("ingresses"));
  });
});

describe("kubectl get --sort-by", () => {
  it("orders rows by the field, numbers numerically", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl get pods --sort-by=.status.podIP -o name").stdout).toBe("pod/web-1\npod/web-2\npod/client\n");
    expect(n.sh("kubectl get svc --sort-by='{.spec.ports[0].port}' -o name").stdout).toBe("service/web\nservice/web-np\nservice/kubernetes\nservice/web-lb\n");
  });
});
