// kubectl describe as describe.go lays it out: one Go tabwriter (padding 2) over format lines,
// so alignment follows column blocks; Events only for a single object; prefix matching.
import { describe, expect, it } from "vitest";
import { goTabwriter } from "../../src/kube/kubectl/output.js";
import { kubectlNode } from "./kubectl-fixture.js";

describe("goTabwriter", () => {
  it("aligns each column block on its own; lines without a tab end a block", () => {
    expect(goTabwriter("a:\t1\nlonger:\t2\nplain\nx:\t3\n", 0, 2)).toBe("a:       1\nlonger:  2\nplain\nx:  3\n");
  });
  it("pads a cell even when nothing follows it", () => {
    expect(goTabwriter("Endpoints:\t\nIP:\t1\n", 0, 2)).toBe("Endpoints:  \nIP:         1\n");
  });
  it("aligns inner columns only across lines that have them", () => {
    expect(goTabwriter("Port:\thttp\t80/TCP\nTargetPort:\t8080/TCP\n", 0, 2)).toBe("Port:        http  80/TCP\nTargetPort:  8080/TCP\n");
  });
});

describe("kubectl describe", () => {
  const n = kubectlNode();

  it("several objects: no Events lines, documents separated by a blank line", () => {
    const out = n.sh("kubectl describe svc web web-np").stdout;
    expect(out).not.toContain("Events:");
    expect(out).toContain("Internal Traffic Policy:  Cluster\n\n\nName:                     web-np\n");
  });

  it("--show-events=true brings them back", () => {
    expect(n.sh("kubectl describe svc web web-np --show-events=true").stdout.match(/Events:/g)).toHaveLength(2);
  });

  it("TYPE NAME that does not exist describes the objects whose names start with NAME", () => {
    const r = n.sh("kubectl describe pod web");
    expect(r.rc).toBe(0);
    expect(r.stdout).toMatch(/^Name: +web-1\n/);
    expect(r.stdout).toContain("\n\nName:             web-2\n");
    expect(r.stdout).not.toContain("Events:");
    expect(n.sh("kubectl describe pod zzz")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "zzz" not found\n', rc: 1 });
  });

  it("a LoadBalancer lists its policies in kubectl's order, HealthCheck NodePort after the internal policy", () => {
    n.sh(`kubectl patch svc web-lb -p '{"spec":{"externalTrafficPolicy":"Local"}}'`);
    const out = n.sh("kubectl describe svc web-lb").stdout;
    expect(out).toMatch(/External Traffic Policy: +Local\nInternal Traffic Policy: +Cluster\nHealthCheck NodePort: +\d+\nEvents: +<none>\n$/);
    expect(out).toContain("Port:                     https  443/TCP\n");
    expect(out).toContain("NodePort:                 dns  30053/UDP\n");
  });

  it("a Service without a selector has no EndpointSlices: Endpoints <none>", () => {
    n.sh("kubectl apply -f -", "apiVersion: v1\nkind: Service\nmetadata: { name: manual }\nspec: { clusterIP: 10.96.0.150, ports: [{ port: 80 }] }\n");
    expect(n.sh("kubectl describe svc manual").stdout).toContain("Endpoints:                <none>\n");
  });

  it("pod conditions keep kubectl's trailing space and share a block with what follows", () => {
    const out = n.sh("kubectl describe pod web-2").stdout;
    expect(out).toContain("Conditions:\n  Type           Status\n  Ready          False \nVolumes:         <none>\nQoS Class:       BestEffort\n");
    expect(out).toContain("    State:          Running\n      Started:      Thu, 26 Nov 2026 09:00:00 +0000\n    Ready:          False\n");
  });

  it("describes an EndpointSlice", () => {
    const out = n.sh("kubectl describe endpointslice web-ngmcc").stdout;
    expect(out).toContain("AddressType:  IPv4\nPorts:\n  Name  Port  Protocol\n  ----  ----  --------\n  http  8080  TCP\nEndpoints:\n  - Addresses:  10.244.1.5\n    Conditions:\n      Ready:    true\n    Hostname:   <unset>\n    TargetRef:  Pod/web-1\n    NodeName:   node-1\n");
  });
});

describe("pod defaults the API server fills in", () => {
  const n = kubectlNode();
  it("spec and container defaults, admission tolerations, QoS class", () => {
    const yaml = n.sh("kubectl get pod web-1 -o yaml").stdout;
    expect(yaml).toContain("    imagePullPolicy: IfNotPresent\n");
    expect(yaml).toContain("  dnsPolicy: ClusterFirst\n  enableServiceLinks: true\n  nodeName: node-1\n  preemptionPolicy: PreemptLowerPriority\n  priority: 0\n  restartPolicy: Always\n");
    expect(yaml).toContain("  tolerations:\n  - effect: NoExecute\n    key: node.kubernetes.io/not-ready\n    operator: Exists\n    tolerationSeconds: 300\n");
    expect(yaml).toContain("  qosClass: BestEffort\n");
    expect(n.sh("kubectl get pod client -o jsonpath={.spec.containers[0].imagePullPolicy}").stdout).toBe("Always");
  });
  it("describe prints the tolerations the pod has", () => {
    n.sh(`kubectl apply -f -`, "apiVersion: v1\nkind: Pod\nmetadata: { name: tol }\nspec:\n  tolerations: [{ key: dedicated, value: db, effect: NoSchedule, operator: Equal }]\n  containers: [{ name: c, image: busybox }]\n");
    expect(n.sh("kubectl describe pod tol").stdout).toContain(
      "  PodReadyToStartContainers   True \n  Initialized                 True \n" +
        "  Ready                       True \n  ContainersReady             True \n  PodScheduled                True \n" +
        "Volumes:                      <none>\nQoS Class:                    BestEffort\nNode-Selectors:               <none>\n" +
        "Tolerations:                  dedicated=db:NoSchedule\n                              node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n" +
        "                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:                       <none>\n",
    );
  });
});

describe("kubectl describe configmap and namespace", () => {
  const n = kubectlNode();
  it("a ConfigMap lists its data under Data/====, then BinaryData", () => {
    n.sh("kubectl apply -f -", "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: small }\ndata: { b: \"two\", a: \"one\\n\" }\n");
    expect(n.sh("kubectl describe cm small").stdout).toBe(
      "Name:         small\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\na:\n----\none\n\n\nb:\n----\ntwo\n\n\nBinaryData\n====\n\nEvents:  <none>\n",
    );
  });
  it("a Namespace shows its phase and the quota/limit lines", () => {
    expect(n.sh("kubectl describe ns kube-public").stdout).toBe(
      "Name:         kube-public\nLabels:       kubernetes.io/metadata.name=kube-public\nAnnotations:  <none>\nStatus:       Active\n\nNo resource quota.\n\nNo LimitRange resource.\n",
    );
  });
});

describe("kubectl describe of the kube-proxy pod", () => {
  it("priority class, controller, command, node selector and its tolerate-all toleration", () => {
    const n = kubectlNode();
    const out = n.sh("kubectl describe pod -n kube-system -l k8s-app=kube-proxy").stdout;
    expect(out).toContain("Priority:             2000001000\nPriority Class Name:  system-node-critical\nService Account:      kube-proxy\n");
    expect(out).toContain("IPs:\n  IP:           192.168.1.10\nControlled By:  DaemonSet/kube-proxy\n");
    expect(out).toContain("    Command:\n      /usr/local/bin/kube-proxy\n      --config=/var/lib/kube-proxy/config.conf\n");
    expect(out).toMatch(/Node-Selectors: +kubernetes\.io\/os=linux\nTolerations: +op=Exists\nEvents: +<none>\n$/);
  });
});
