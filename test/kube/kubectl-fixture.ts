// A small cluster for kubectl tests: two web pods (one unready), a client, Services of each
// type, a NetworkPolicy; built through `kubectl apply -f -` like a scenario does.
import { createClusterState } from "../../src/kube/cluster.js";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

export const MANIFESTS = `apiVersion: v1
kind: Pod
metadata: { name: web-1, namespace: default, labels: { app: web, tier: front } }
spec:
  nodeName: node-1
  containers:
    - name: web
      image: nginx:1.27
      ports: [{ name: http, containerPort: 8080, protocol: TCP }]
status: { phase: Running, podIP: 10.244.1.5, hostIP: 192.168.1.10, conditions: [{ type: Ready, status: "True" }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-2, namespace: default, labels: { app: web } }
spec:
  nodeName: node-1
  containers:
    - name: web
      image: nginx:1.27
      ports: [{ name: http, containerPort: 8080, protocol: TCP }]
status: { phase: Running, podIP: 10.244.1.6, conditions: [{ type: Ready, status: "False" }] }
---
apiVersion: v1
kind: Pod
metadata: { name: client, namespace: default, labels: { app: client } }
spec:
  nodeName: node-1
  containers: [{ name: client, image: curlimages/curl }]
status: { phase: Running, podIP: 10.244.1.9 }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: default, labels: { app: web } }
spec:
  clusterIP: 10.96.0.100
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }]
---
apiVersion: v1
kind: Service
metadata: { name: web-np, namespace: default }
spec:
  type: NodePort
  clusterIP: 10.96.0.101
  externalTrafficPolicy: Local
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: 8080, nodePort: 30080 }]
---
apiVersion: v1
kind: Service
metadata: { name: web-lb, namespace: default }
spec:
  type: LoadBalancer
  clusterIP: 10.96.0.102
  selector: { app: web }
  ports: [{ name: https, port: 443, targetPort: 8080, nodePort: 30443 }, { name: dns, port: 53, protocol: UDP, targetPort: 53, nodePort: 30053 }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web-allow-client, namespace: default }
spec:
  podSelector: { matchLabels: { app: web } }
  ingress: [{ from: [{ podSelector: { matchLabels: { app: client } } }] }]
`;

export function kubectlNode() {
  const world = createWorld();
  const session = new Session(world, { mode: "script" });
  session.run("ip link add eth0 type veth peer name eth1");
  session.run("ip addr add 192.168.1.10/24 dev eth0");
  createClusterState(world, { nodeName: "node-1", clusterCIDR: "10.244.0.0/16" });
  const applied = session.run("kubectl apply -f -", MANIFESTS);
  if (applied.rc !== 0) throw new Error(applied.stderr);
  world.clock += 125_000;
  return { world, session, applied, sh: (line: string, stdin?: string) => session.run(line, stdin) };
}
