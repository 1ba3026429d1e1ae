// kubectl's flag errors (pflag via templater.FlagErrorFunc), and the order in which patch,
// label, annotate and delete check their input (patch.go, label.go, annotate.go, delete.go,
// cmdutil.GetResourcesAndPairs, the resource builder): message, exit status, nothing changed.
import { describe, expect, it } from "vitest";
import { kubectlNode } from "./kubectl-fixture.js";

describe("kubectl flag errors", () => {
  const n = kubectlNode();
  const state = () => JSON.stringify((n.world["kube"] as { store: unknown }).store);

  it.each([
    ["kubectl --bogus", "error: unknown flag: --bogus\nSee 'kubectl --help' for usage.\n"],
    ["kubectl -n", "error: flag needs an argument: 'n' in -n\nSee 'kubectl --help' for usage.\n"],
    ["kubectl --bogus get pods", 'error: unknown command "pods" for "kubectl"\nRun \'kubectl --help\' for usage.\n'],
    ["kubectl get pods --overwrite", "error: unknown flag: --overwrite\nSee 'kubectl get --help' for usage.\n"],
    ["kubectl describe svc web -o yaml", "error: unknown shorthand flag: 'o' in -o\nSee 'kubectl describe --help' for usage.\n"],
    ["kubectl label pod web-1 a=b --show-labels", "error: unknown flag: --show-labels\nSee 'kubectl label --help' for usage.\n"],
    ["kubectl label pod web-1 a=b --overwrite=maybe", "error: invalid argument \"maybe\" for \"--overwrite\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax\nSee 'kubectl label --help' for usage.\n"],
    ["kubectl get pods -o", "error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n"],
    // (Object.prototype's names are no subcommands)
    ["kubectl toString", 'error: unknown command "toString" for "kubectl"\nRun \'kubectl --help\' for usage.\n'],
    ["kubectl __proto__ pods", 'error: unknown command "__proto__" for "kubectl"\nRun \'kubectl --help\' for usage.\n'],
  ])("%s", (line, stderr) => {
    const before = state();
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 1 });
    expect(state()).toBe(before);
  });

  it("names of Object.prototype's properties anywhere on the line give kubectl's own errors", () => {
    const subcommands = ["", "get", "describe", "delete", "label", "annotate", "patch", "expose", "scale", "logs", "explain", "rollout", "config", "exec"];
    const words = ["toString", "constructor", "__proto__", "hasOwnProperty", "svc/constructor", "-o=toString", "--toString", "-l=__proto__=1", "jsonpath={.constructor}"];
    for (const sub of subcommands) {
      for (const word of words) {
        for (const line of [`kubectl ${sub} ${word}`, `kubectl ${sub} pods ${word}`, `kubectl ${sub} ${word} web -o yaml`]) {
          expect(n.sh(line).stderr, line).not.toMatch(/internal error/);
        }
      }
    }
  });

  it("global flags are accepted before and after the subcommand", () => {
    expect(n.sh("kubectl --request-timeout=5s -v=0 get svc web --no-headers").rc).toBe(0);
    expect(n.sh("kubectl get svc web --no-headers -s https://127.0.0.1:6443 --insecure-skip-tls-verify").rc).toBe(0);
  });
});

describe("kubectl patch checks the patch before the resources", () => {
  const n = kubectlNode();
  it.each([
    ["kubectl patch svc", "error: must specify --patch or --patch-file containing the contents of the patch\n"],
    ["kubectl patch foo x", "error: must specify --patch or --patch-file containing the contents of the patch\n"],
    ["kubectl patch svc web -p '{}' --patch-file p.json", "error: cannot specify --patch and --patch-file together\n"],
    ["kubectl patch svc -p '{}'", "error: resource(s) were provided, but no name was specified\n"],
    ["kubectl patch -p '{}'", "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"],
    ["kubectl patch svc web --patch-file /nope.json", "error: unable to read patch file: open /nope.json: no such file or directory\n"],
    ["kubectl patch svc/web/x -p '{}'", "error: arguments in resource/name form may not have more than one slash\n"],
  ])("%s", (line, stderr) => {
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 1 });
  });

  it("--type is case-insensitive", () => {
    expect(n.sh(`kubectl patch svc web --type=Merge -p '{"metadata":{"labels":{"x":"y"}}}'`)).toEqual({ stdout: "service/web patched\n", stderr: "", rc: 0 });
  });
});

describe("kubectl label and annotate", () => {
  it.each([
    ["kubectl label pod web-1", "error: at least one label update is required\n"],
    ["kubectl label app=x", "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n"],
    ["kubectl label pod a=b web-1", "error: all resources must be specified before label changes: web-1\n"],
    ["kubectl label pod web-1 a=b=c", "error: invalid label spec: a=b=c\n"],
    ["kubectl label pod web-1 a=b a-", "error: can not both modify and remove a label in the same command\n"],
    ["kubectl label pods a=b", "error: resource(s) were provided, but no name was specified\n"],
    ["kubectl label pods a=b --all -l app=web", "error: cannot set --all and --selector at the same time\n"],
    ["kubectl annotate pod web-1", "error: at least one annotation update is required\n"],
    ["kubectl annotate pod web-1 a=1 a-", "error: can not both modify and remove the following annotation(s) in the same command: a\n"],
  ])("%s", (line, stderr) => {
    const n = kubectlNode();
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 1 });
  });

  it("a bad label value is refused with the validation message", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl label pod web-1 a=b@d").stderr).toBe(
      `error: invalid label value: "a=b@d": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n`,
    );
  });

  it("says modified when it adds and removes, and reports a missing key on stdout", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl label pod web-1 x=1 tier-")).toEqual({ stdout: "pod/web-1 modified\n", stderr: "", rc: 0 });
    expect(n.sh("kubectl label pod web-1 nothere-")).toEqual({ stdout: 'label "nothere" not found.\npod/web-1 not labeled\n', stderr: "", rc: 0 });
    expect(n.sh("kubectl annotate pod web-1 note=hi")).toEqual({ stdout: "pod/web-1 annotated\n", stderr: "", rc: 0 });
    expect(n.sh("kubectl annotate pod web-1 note=hi")).toEqual({ stdout: "pod/web-1 annotated\n", stderr: "", rc: 0 });
  });

  it("a missing object is an error, the others still change", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl label pod nope web-1 x=1")).toEqual({ stdout: "pod/web-1 labeled\n", stderr: 'Error from server (NotFound): pods "nope" not found\n', rc: 1 });
  });
});

describe("kubectl delete", () => {
  it("a selector matching nothing says so on stdout", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl delete pods -l app=none")).toEqual({ stdout: "No resources found\n", stderr: "", rc: 0 });
  });

  it("--force --grace-period=0 warns and force-deletes", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl delete pod client --force --grace-period=0")).toEqual({
      stdout: 'pod "client" force deleted\n',
      stderr: "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n",
      rc: 0,
    });
  });

  it.each([
    ["kubectl delete pod client --now --grace-period=5", "error: --now and --grace-period cannot be specified together\n"],
    ["kubectl delete pod client --force --grace-period=5", "error: --force and --grace-period greater than 0 cannot be specified together\n"],
    ["kubectl delete pod client -o yaml", "error: unexpected -o output mode: yaml. We only support '-o name'\n"],
  ])("%s", (line, stderr) => {
    const n = kubectlNode();
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 1 });
  });

  it("a missing name is reported after the others are deleted", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl delete svc nope web")).toEqual({ stdout: 'service "web" deleted\n', stderr: 'Error from server (NotFound): services "nope" not found\n', rc: 1 });
    expect(n.sh("kubectl get svc web").rc).toBe(1);
  });
});

describe("kubectl apply/delete -f", () => {
  it("an empty manifest is refused", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl apply -f -", "")).toEqual({ stdout: "", stderr: "error: no objects passed to apply\n", rc: 1 });
    expect(n.sh("kubectl create -f -", "---\n")).toEqual({ stdout: "", stderr: "error: no objects passed to create\n", rc: 1 });
  });

  it("deleting what a file names, when it is gone, names the file", () => {
    const n = kubectlNode();
    const manifest = "apiVersion: v1\nkind: Service\nmetadata: { name: nope }\nspec: { ports: [{ port: 80 }] }\n";
    expect(n.sh("kubectl delete -f -", manifest)).toEqual({ stdout: "", stderr: 'Error from server (NotFound): error when deleting "STDIN": services "nope" not found\n', rc: 1 });
  });
});

describe("kubectl patch with a patch that is not a map", () => {
  const n = kubectlNode();
  it.each([
    ["kubectl patch svc web -p 'not json'", "Error from server (BadRequest): json: cannot unmarshal string into Go value of type map[string]interface {}\n"],
    ["kubectl patch svc web -p 42", "Error from server (BadRequest): json: cannot unmarshal number into Go value of type map[string]interface {}\n"],
    ["kubectl patch svc web -p '[1]'", "Error from server (BadRequest): json: cannot unmarshal array into Go value of type map[string]interface {}\n"],
    ["kubectl patch svc nope -p 'not json'", 'Error from server (NotFound): services "nope" not found\n'],
    ["kubectl patch svc web --type=json -p '\"x\"'", "The request is invalid: json: cannot unmarshal string into Go value of type jsonpatch.Patch\n"],
  ])("%s", (line, stderr) => {
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 1 });
  });
  it("null changes nothing", () => {
    expect(n.sh("kubectl patch svc web -p null")).toEqual({ stdout: "service/web patched (no change)\n", stderr: "", rc: 0 });
  });
});

describe("commands learners type often still parse", () => {
  const n = kubectlNode();
  it.each([
    "kubectl config set-context --current --namespace=kube-system",
    "kubectl config set-context --current --namespace=default",
    "kubectl config view --minify",
    "kubectl exec -it web-1 -- true",
    "kubectl logs -n kube-system -l k8s-app=kube-proxy --tail=5",
    "kubectl apply --dry-run=client -o yaml -f -",
    "kubectl get pods -A -o wide --show-labels",
    "kubectl delete pod client --grace-period=0 --force",
  ])("%s", (line) => {
    const r = n.sh(line, "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n");
    expect(r.stderr).not.toMatch(/unknown (shorthand )?flag/);
  });
});

describe("kubectl apply -o", () => {
  const cm = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: out, namespace: default }\ndata: { v: "${v}" }\n`;
  it("-o name prints TYPE/NAME only; -o yaml prints the object; --dry-run=client changes nothing", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl apply -f - -o name", cm("1"))).toEqual({ stdout: "configmap/out\n", stderr: "", rc: 0 });
    const yaml = n.sh("kubectl apply -f - -o yaml --dry-run=client", cm("2")).stdout;
    expect(yaml).toMatch(/^apiVersion: v1\ndata:\n  v: "2"\nkind: ConfigMap\n/);
    expect(n.sh("kubectl get cm out -o jsonpath={.data.v}").stdout).toBe("1");
  });
  it("several objects: YAML documents separated by ---", () => {
    const n = kubectlNode();
    const two = cm("1") + "---\n" + cm("1").replace("name: out", "name: out2");
    expect(n.sh("kubectl apply -f - -o yaml", two).stdout.split("\n").filter((l) => l === "---")).toHaveLength(1);
  });
  it("an unknown format is refused", () => {
    const n = kubectlNode();
    expect(n.sh("kubectl apply -f - -o wide", cm("1")).stderr).toBe('error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n');
  });
});
