import { describe, expect, it } from "vitest";
import { commonPrefix, complete, type CompletionSource } from "../../src/tui/terminal/completion.js";
import { decodeKey } from "../../src/tui/terminal/keys.js";

const src: CompletionSource = {
  commands: () => ["iptables", "iptables-save", "iptables-restore", "ip", "kubectl"],
  chains: (t) => (t === "nat" ? ["PREROUTING", "POSTROUTING", "KUBE-SERVICES", "KUBE-SVC-ABC"] : ["INPUT", "FORWARD", "OUTPUT", "MINE"]),
  namespaces: () => ["client", "server"],
  resources: (k) => (k === "services" || k === "svc" ? ["kubernetes", "web"] : []),
};

describe("tab completion", () => {
  it("completes command names in first position, also after sudo", () => {
    expect(complete("iptables-r", src)).toEqual({ from: 0, candidates: ["iptables-restore"] });
    expect(complete("sudo kub", src).candidates).toEqual(["kubectl"]);
  });

  it("completes iptables options, tables and existing chains of the chosen table", () => {
    expect(complete("iptables --li", src).candidates).toEqual(["--line-numbers", "--list", "--list-rules"]);
    expect(complete("iptables -t ", src).candidates).toEqual(["filter", "mangle", "nat", "raw", "security"]);
    expect(complete("iptables -A ", src).candidates).toEqual(["FORWARD", "INPUT", "MINE", "OUTPUT"]);
    expect(complete("iptables -t nat -I KUBE-", src).candidates).toEqual(["KUBE-SERVICES", "KUBE-SVC-ABC"]);
  });

  it("offers targets and user chains after -j, matches after -m, protocols after -p", () => {
    const j = complete("iptables -A INPUT -j ", src).candidates;
    expect(j).toContain("DROP");
    expect(j).toContain("MINE");
    expect(j).not.toContain("INPUT");
    expect(complete("iptables -A INPUT -m conn", src).candidates).toEqual(["connmark", "conntrack"]);
    expect(complete("iptables -A INPUT -p u", src).candidates).toEqual(["udp"]);
  });

  it("completes ip objects, verbs and namespaces, and the command run inside a namespace", () => {
    expect(complete("ip ro", src).candidates).toEqual(["route"]);
    expect(complete("ip netns ", src).candidates).toContain("exec");
    expect(complete("ip netns exec c", src).candidates).toEqual(["client"]);
    expect(complete("ip netns exec client ipt", src).candidates).toEqual(["iptables", "iptables-restore", "iptables-save"]);
  });

  it("completes kubectl verbs, kinds and object names", () => {
    expect(complete("kubectl g", src).candidates).toEqual(["get"]);
    expect(complete("kubectl get serv", src).candidates).toEqual(["services"]);
    expect(complete("kubectl get services w", src).candidates).toEqual(["web"]);
    expect(complete("kubectl describe svc ", src).candidates).toEqual(["kubernetes", "web"]);
  });

  it("computes a common prefix", () => {
    expect(commonPrefix(["KUBE-SERVICES", "KUBE-SVC-ABC"])).toBe("KUBE-S");
    expect(commonPrefix([])).toBe("");
  });
});

describe("key decoding", () => {
  it("tells keys, typed text and pastes apart", () => {
    expect(decodeKey("\r")).toEqual({ kind: "enter" });
    expect(decodeKey("\n")).toEqual({ kind: "enter" });
    expect(decodeKey("\t")).toEqual({ kind: "tab" });
    expect(decodeKey("\u007f")).toEqual({ kind: "backspace" });
    expect(decodeKey("\u0012")).toEqual({ kind: "ctrl", key: "r" });
    expect(decodeKey("\u001b[A")).toEqual({ kind: "up" });
    expect(decodeKey("\u001b[5~")).toEqual({ kind: "pageUp" });
    expect(decodeKey("\u001bOQ")).toEqual({ kind: "fn", n: 2 });
    expect(decodeKey("\u001b")).toEqual({ kind: "escape" });
    expect(decodeKey("x")).toEqual({ kind: "text", text: "x" });
    expect(decodeKey("abc")).toEqual({ kind: "text", text: "abc" });
    expect(decodeKey("ls\r")).toEqual({ kind: "paste", text: "ls\r" });
    expect(decodeKey("a\u0000b\nc")).toEqual({ kind: "paste", text: "ab\nc" });
  });
});

describe("kubectl resource completion by namespace", () => {
  const pods: Record<string, string[]> = { default: ["client", "web-1"], "kube-system": ["kube-proxy-b9q8p"] };
  const nsSrc: CompletionSource = {
    ...src,
    resources: (k, ns) => {
      if (k === "namespaces") return Object.keys(pods);
      if (k !== "pods") return [];
      return ns === "*" ? Object.values(pods).flat() : (pods[ns ?? "default"] ?? []);
    },
  };
  it("lists the default namespace's objects, those of -n NS, or every namespace's with -A", () => {
    expect(complete("kubectl get pods ", nsSrc).candidates).toEqual(["client", "web-1"]);
    expect(complete("kubectl -n kube-system get pods ", nsSrc).candidates).toEqual(["kube-proxy-b9q8p"]);
    expect(complete("kubectl get pods --namespace=kube-system k", nsSrc).candidates).toEqual(["kube-proxy-b9q8p"]);
    expect(complete("kubectl get pods -A ", nsSrc).candidates).toEqual(["client", "kube-proxy-b9q8p", "web-1"]);
    expect(complete("kubectl get -o wide pods w", nsSrc).candidates).toEqual(["web-1"]);
    expect(complete("kubectl get pods -n ", nsSrc).candidates).toEqual(["default", "kube-system"]);
  });
});

describe("chain completion before any rule exists", () => {
  it("offers the table's built-in chains even when the kernel has none yet", () => {
    const empty: CompletionSource = { ...src, chains: () => [] };
    expect(complete("iptables -A IN", empty).candidates).toEqual(["INPUT"]);
    expect(complete("iptables -t raw -I ", empty).candidates).toEqual(["OUTPUT", "PREROUTING"]);
  });
});
