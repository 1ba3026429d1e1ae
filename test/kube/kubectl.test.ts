// kubectl output as kubectl prints it, and its errors (message, exit status, nothing changed).
import { describe, expect, it } from "vitest";
import { kubectlNode } from "./kubectl-fixture.js";

describe("kubectl get", () => {
  const n = kubectlNode();

  it("applied every manifest", () => {
    expect(n.applied.stdout).toBe(
      "pod/web-1 created\npod/web-2 created\npod/client created\nservice/web created\nservice/web-np created\nservice/web-lb created\nnetworkpolicy.networking.k8s.io/web-allow-client created\n",
    );
  });

  it.each([
    ["kubectl get pods", "NAME     READY   STATUS    RESTARTS   AGE\nclient   1/1     Running   0          2m5s\nweb-1    1/1     Running   0          2m5s\nweb-2    0/1     Running   0          2m5s\n"],
    [
      "kubectl get po -o wide --show-labels",
      "NAME     READY   STATUS    RESTARTS   AGE    IP           NODE     NOMINATED NODE   READINESS GATES   LABELS\n" +
        "client   1/1     Running   0          2m5s   10.244.1.9   node-1   <none>           <none>            app=client\n" +
        "web-1    1/1     Running   0          2m5s   10.244.1.5   node-1   <none>           <none>            app=web,tier=front\n" +
        "web-2    0/1     Running   0          2m5s   10.244.1.6   node-1   <none>           <none>            app=web\n",
    ],
    [
      "kubectl get svc -o wide",
      "NAME         TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)                      AGE    SELECTOR\n" +
        "kubernetes   ClusterIP      10.96.0.1     <none>        443/TCP                      2m5s   <none>\n" +
        "web          ClusterIP      10.96.0.100   <none>        80/TCP                       2m5s   app=web\n" +
        "web-lb       LoadBalancer   10.96.0.102   <pending>     443:30443/TCP,53:30053/UDP   2m5s   app=web\n" +
        "web-np       NodePort       10.96.0.101   <none>        80:30080/TCP                 2m5s   app=web\n",
    ],
    ["k get ep web web-np", "NAME     ENDPOINTS         AGE\nweb      10.244.1.5:8080   2m5s\nweb-np   10.244.1.5:8080   2m5s\n"],
    ["kubectl get endpointslices -l kubernetes.io/service-name=web", "NAME        ADDRESSTYPE   PORTS   ENDPOINTS               AGE\nweb-ngmcc   IPv4          8080    10.244.1.5,10.244.1.6   2m5s\n"],
    ["kubectl get nodes", "NAME     STATUS   ROLES           AGE    VERSION\nnode-1   Ready    control-plane   2m5s   v1.31.4\n"],
    ["kubectl get configmap -n kube-system", "NAME         DATA   AGE\nkube-proxy   2      2m5s\n"],
    ["kubectl get networkpolicy", "NAME               POD-SELECTOR   AGE\nweb-allow-client   app=web        2m5s\n"],
    ["kubectl get pods -l 'app in (web),tier' -o name", "pod/web-1\n"],
    ["kubectl get svc/web pod/web-1 -o name", "service/web\npod/web-1\n"],
    ["kubectl get svc web -o jsonpath='{.spec.ports[0].targetPort}'", "http"],
    ["kubectl -n kube-system get ds", "NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE\nkube-proxy   1         1         1       1            1           kubernetes.io/os=linux   2m5s\n"],
    ["kubectl -n kube-system get ds -o wide --no-headers", "kube-proxy   1     1     1     1     1     kubernetes.io/os=linux   2m5s   kube-proxy   registry.k8s.io/kube-proxy:v1.31.4   k8s-app=kube-proxy\n"],
    ["kubectl get pods -l app=web -o custom-columns=NAME:.metadata.name,IP:.status.podIP,NODE:.spec.nodeName,PORTS:.spec.containers[*].ports[*].containerPort,X:.nope",
      "NAME    IP           NODE     PORTS   X\nweb-1   10.244.1.5   node-1   8080    <none>\nweb-2   10.244.1.6   node-1   8080    <none>\n"],
    ["kubectl version --client", "Client Version: v1.31.4\nKustomize Version: v5.4.2\n"],
    ["kubectl config current-context", "kubernetes-admin@kubernetes\n"],
  ])("%s", (line, stdout) => {
    expect(n.sh(line)).toEqual({ stdout, stderr: "", rc: 0 });
  });

  it("-A adds the NAMESPACE column", () => {
    const out = n.sh("kubectl get pods -A").stdout.split("\n");
    expect(out[0]).toBe("NAMESPACE     NAME               READY   STATUS    RESTARTS   AGE");
    expect(out[4]).toMatch(/^kube-system   kube-proxy-\w{5}   1\/1     Running   0          2m5s$/);
  });

  it("-o yaml prints the stored object with sorted keys", () => {
    const yaml = n.sh("kubectl get svc web-np -o yaml").stdout;
    expect(yaml).toContain("apiVersion: v1\nkind: Service\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n");
    expect(yaml).toContain("spec:\n  clusterIP: 10.96.0.101\n  clusterIPs:\n  - 10.96.0.101\n  externalTrafficPolicy: Local\n");
    expect(yaml).toContain("  ports:\n  - name: http\n    nodePort: 30080\n    port: 80\n    protocol: TCP\n    targetPort: 8080\n");
    expect(yaml).toContain('  creationTimestamp: "2026-11-26T09:00:00Z"\n');
  });

  it("an empty namespace says so on stderr", () => {
    expect(n.sh("kubectl get pods -n kube-public")).toEqual({ stdout: "", stderr: "No resources found in kube-public namespace.\n", rc: 0 });
  });
});

describe("kubectl describe", () => {
  const n = kubectlNode();

  it("describes a Service the way kubectl does", () => {
    expect(n.sh("kubectl describe svc web-np").stdout).toBe(
      [
        "Name:                     web-np",
        "Namespace:                default",
        "Labels:                   <none>",
        "Annotations:              <none>",
        "Selector:                 app=web",
        "Type:                     NodePort",
        "IP Family Policy:         SingleStack",
        "IP Families:              IPv4",
        "IP:                       10.96.0.101",
        "IPs:                      10.96.0.101",
        "Port:                     http  80/TCP",
        "TargetPort:               8080/TCP",
        "NodePort:                 http  30080/TCP",
        "Endpoints:                10.244.1.5:8080",
        "Session Affinity:         None",
        "External Traffic Policy:  Local",
        "Internal Traffic Policy:  Cluster",
        "Events:                   <none>",
        "",
      ].join("\n"),
    );
  });

  it("describes Endpoints with ready and not-ready addresses", () => {
    expect(n.sh("kubectl describe ep web").stdout).toBe(
      "Name:         web\nNamespace:    default\nLabels:       app=web\nAnnotations:  <none>\nSubsets:\n" +
        "  Addresses:          10.244.1.5\n  NotReadyAddresses:  10.244.1.6\n  Ports:\n" +
        "    Name  Port  Protocol\n    ----  ----  --------\n    http  8080  TCP\n\nEvents:  <none>\n",
    );
  });

  it("describes a NetworkPolicy", () => {
    expect(n.sh("kubectl describe netpol web-allow-client").stdout).toBe(
      [
        "Name:         web-allow-client",
        "Namespace:    default",
        "Created on:   2026-11-26 09:00:00 +0000 UTC",
        "Labels:       <none>",
        "Annotations:  <none>",
        "Spec:",
        "  PodSelector:     app=web",
        "  Allowing ingress traffic:",
        "    To Port: <any> (traffic allowed to all ports)",
        "    From:",
        "      PodSelector: app=client",
        "  Not affecting egress traffic",
        "  Policy Types: Ingress",
        "",
      ].join("\n"),
    );
  });

  it("describes a pod", () => {
    const out = n.sh("kubectl describe pod web-1").stdout;
    expect(out).toContain("Name:             web-1\nNamespace:        default\n");
    expect(out).toContain("Labels:           app=web\n                  tier=front\n");
    expect(out).toContain("IP:               10.244.1.5\nIPs:\n  IP:  10.244.1.5\n");
    expect(out).toContain("    Port:           8080/TCP (http)\n");
  });
});

describe("kubectl changes", () => {
  it("patches a Service (strategic merge on the port), and kube-proxy follows", () => {
    const n = kubectlNode();
    expect(n.sh(`kubectl patch svc web -p '{"spec":{"ports":[{"port":80,"targetPort":9090}]}}'`)).toEqual({ stdout: "service/web patched\n", stderr: "", rc: 0 });
    expect(n.sh("kubectl get svc web -o jsonpath='{.spec.ports[0].name}/{.spec.ports[0].targetPort}'").stdout).toBe("http/9090");
    expect(n.sh("iptables-save -t nat").stdout).toContain("-j DNAT --to-destination 10.244.1.5:9090");
    expect(n.sh(`kubectl patch svc web -p '{"spec":{"ports":[{"port":80,"targetPort":9090}]}}'`).stdout).toBe("service/web patched (no change)\n");
    expect(n.sh(`kubectl patch svc web --type=json -p '[{"op":"replace","path":"/spec/type","value":"NodePort"}]'`).stdout).toBe("service/web patched\n");
    expect(n.sh("kubectl get svc web").stdout).toMatch(/NodePort\s+10\.96\.0\.100\s+<none>\s+80:3\d{4}\/TCP/);
    expect(n.sh(`kubectl patch svc web --type=merge -p '{"metadata":{"labels":{"app":null}}}'`).stdout).toBe("service/web patched\n");
    expect(n.sh("kubectl get svc web --show-labels --no-headers").stdout).toMatch(/<none>\n$/);
  });

  it("turning a NodePort back into a ClusterIP drops the node port and the external policy", () => {
    const n = kubectlNode();
    expect(n.sh(`kubectl patch svc web-np -p '{"spec":{"type":"ClusterIP"}}'`).stdout).toBe("service/web-np patched\n");
    expect(n.sh("kubectl get svc web-np --no-headers").stdout).toMatch(/^web-np\s+ClusterIP\s+10\.96\.0\.101\s+<none>\s+80\/TCP\s/);
    expect(n.sh("kubectl get svc web-np -o jsonpath='{.spec.externalTrafficPolicy}{.spec.ports[0].nodePort}'").stdout).toBe("");
    expect(n.sh("iptables-save -t nat").stdout).not.toContain("30080");
  });

  it("labels and annotates, refusing to overwrite without --overwrite", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl label pod web-2 tier=back").stdout).toBe("pod/web-2 labeled\n");
    expect(n.sh("kubectl label pod web-2 tier=front")).toEqual({ stdout: "", stderr: "error: 'tier' already has a value (back), and --overwrite is false\n", rc: 1 });
    expect(n.sh("kubectl label pod web-2 tier=front --overwrite").stdout).toBe("pod/web-2 labeled\n");
    expect(n.sh("kubectl label pod web-2 tier-").stdout).toBe("pod/web-2 unlabeled\n");
    expect(n.sh("kubectl annotate svc web team=netops").stdout).toBe("service/web annotated\n");
    expect(n.sh("kubectl get svc web -o jsonpath='{.metadata.annotations.team}'").stdout).toBe("netops");
  });

  it("relabelling a pod out of the selector removes its endpoint and kube-proxy's rules for it", () => {
    const n = kubectlNode();
    expect(n.sh("iptables-save -t nat").stdout).toContain("--to-destination 10.244.1.5:8080");
    n.sh("kubectl label pod web-1 app=other --overwrite");
    // The Endpoints keep a subset with web-2 as not ready: the ENDPOINTS cell is empty, not <none>.
    expect(n.sh("kubectl get ep web").stdout).toMatch(/^web {16}2m5s$/m);
    const nat = n.sh("iptables-save -t nat").stdout;
    expect(nat).not.toContain("--to-destination 10.244.1.5:8080");
    expect(n.sh("iptables-save -t filter").stdout).toContain('-A KUBE-SERVICES -d 10.96.0.100/32 -p tcp -m comment --comment "default/web:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable');
  });

  it("delete --wait=false leaves the pod Terminating: its endpoint is a serving fallback until the grace period ends", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl delete pod web-1 --wait=false").stdout).toBe('pod "web-1" deleted\n');
    expect(n.sh("kubectl get pod web-1 --no-headers").stdout).toMatch(/^web-1\s+1\/1\s+Terminating\s/);
    expect(n.sh("kubectl get endpointslice web-ngmcc -o jsonpath='{.endpoints[0].conditions}'").stdout).toBe('{"ready":false,"serving":true,"terminating":true}');
    // No ready endpoint is left (web-2 is unready), so kube-proxy keeps the serving, terminating one.
    expect(n.sh("iptables-save -t nat").stdout).toContain("--to-destination 10.244.1.5:8080");
    expect(n.sh("kubectl get ep web --no-headers").stdout).toBe("web         2m5s\n");
    n.world.clock += 31_000;
    expect(n.sh("kubectl get pod web-1").stderr).toBe('Error from server (NotFound): pods "web-1" not found\n');
    expect(n.sh("iptables-save -t nat").stdout).not.toContain("10.244.1.5:8080");
    expect(n.sh("iptables-save -t filter").stdout).toContain('"default/web:http has no endpoints"');
  });

  it("apply reports configured / unchanged, delete removes", () => {
    const n = kubectlNode();
    const svc = "apiVersion: v1\nkind: Service\nmetadata: { name: web, namespace: default, labels: { app: web } }\nspec:\n  clusterIP: 10.96.0.100\n  selector: { app: web }\n  ports: [{ name: http, port: 80, targetPort: http }]\n";
    expect(n.sh("kubectl apply -f -", svc).stdout).toBe("service/web unchanged\n");
    expect(n.sh("kubectl apply -f -", svc.replace("targetPort: http", "targetPort: 8081")).stdout).toBe("service/web configured\n");
    const twoPorts = svc.replace("ports: [{ name: http, port: 80, targetPort: http }]", "ports: [{ name: http, port: 80, targetPort: http }, { name: alt, port: 8080, targetPort: http }]");
    expect(n.sh("kubectl apply -f -", twoPorts).stdout).toBe("service/web configured\n");
    expect(n.sh("kubectl get svc web --no-headers").stdout).toMatch(/80\/TCP,8080\/TCP/);
    expect(n.sh("kubectl apply -f -", svc).stdout).toBe("service/web configured\n");
    expect(n.sh("kubectl get svc web -o jsonpath='{.spec.ports[*].name}'").stdout).toBe("http");
    expect(n.sh("kubectl delete svc web")).toEqual({ stdout: 'service "web" deleted\n', stderr: "", rc: 0 });
    expect(n.sh("iptables-save -t nat").stdout).not.toContain("default/web:http");
    expect(n.sh("kubectl get ep web").stderr).toBe('Error from server (NotFound): endpoints "web" not found\n');
  });
});

describe("kubectl bad input: kubectl's message and exit status, nothing changed", () => {
  const n = kubectlNode();
  const state = () => JSON.stringify([n.world["kube"] && (n.world["kube"] as { store: unknown }).store, n.sh("iptables-save").stdout]);

  it.each([
    ["kubectl get foo", 'error: the server doesn\'t have a resource type "foo"\n'],
    ["kubectl get svc nope", 'Error from server (NotFound): services "nope" not found\n'],
    ["kubectl describe svc nope", 'Error from server (NotFound): services "nope" not found\n'],
    ["kubectl get endpointslice nope", 'Error from server (NotFound): endpointslices.discovery.k8s.io "nope" not found\n'],
    ["kubectl delete svc nope", 'Error from server (NotFound): services "nope" not found\n'],
    [`kubectl patch svc nope -p '{"spec":{}}'`, 'Error from server (NotFound): services "nope" not found\n'],
    [`kubectl patch svc web -p '{"spec":{"ports":[{"port":"eighty"}]}}'`, "Error from server (BadRequest): json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32\n"],
    [`kubectl patch svc web -p '{"spec":{"type":"Magic"}}'`, 'The Service "web" is invalid: spec.type: Unsupported value: "Magic": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"\n'],
    [`kubectl patch svc web -p '{"spec":{"clusterIP":"10.96.0.200"}}'`, 'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.200"}: may not change once set\n'],
    [`kubectl patch svc web -p '{"spec":{"ports":[{"port":80,"nodePort":30100}]}}'`, "The Service \"web\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'\n"],
    [`kubectl patch svc web --type=json -p '{"op":"replace"}'`, "The request is invalid: json: cannot unmarshal object into Go value of type jsonpatch.Patch\n"],
    [`kubectl patch svc web --type=json -p '[{"op":"replace","path":"/spec/nothere","value":1}]'`, 'The request is invalid: replace operation does not apply: doc is missing path: "/spec/nothere": missing value\n'],
    [`kubectl patch svc web --type=foo -p '{}'`, 'error: --type must be one of [json merge strategic], not "foo"\n'],
    [`kubectl patch svc web -p '{"spec":{'`, `error: unable to parse "{\\"spec\\":{": yaml: line 1: did not find expected ',' or '}'\n`],
    ["kubectl frobnicate", "error: unknown command \"frobnicate\" for \"kubectl\"\nRun 'kubectl --help' for usage.\n"],
    ["kubectl apply -f /nope.yaml", 'error: the path "/nope.yaml" does not exist\n'],
  ])("%s", (line, stderr) => {
    const before = state();
    const r = n.sh(line);
    expect(r).toEqual({ stdout: "", stderr, rc: 1 });
    expect(state()).toBe(before);
  });

  it("get without a type explains what is missing", () => {
    const r = n.sh("kubectl get");
    expect(r.rc).toBe(1);
    expect(r.stderr).toContain("error: Required resource not specified.");
  });

  it("edit is explained, with the patch alternative", () => {
    const r = n.sh("kubectl edit svc web");
    expect(r.rc).toBe(1);
    expect(r.stderr).toContain("kubectl patch svc web -p");
  });
});

describe("kubectl without a cluster", () => {
  it("cannot reach an API server", async () => {
    const { createWorld } = await import("../../src/net/world.js");
    const { Session } = await import("../../src/shell/session.js");
    const s = new Session(createWorld(), { mode: "script" });
    expect(s.run("kubectl get pods")).toEqual({ stdout: "", stderr: "The connection to the server localhost:8080 was refused - did you specify the right host or port?\n", rc: 1 });
    expect(s.run("kubectl version --client").rc).toBe(0);
  });
});
