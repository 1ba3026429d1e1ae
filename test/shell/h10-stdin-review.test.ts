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

describe("a pipeline's first stage and $(…) know their stdin is a regular file", () => {
  const FILE = "printf 'a\\nb\\nc\\nd\\ne\\n' > /tmp/f";
  it("head -n1 | cat and grep -m1 | cat seek the loop's file back", () => {
    expect(sh(FILE, 'while read l; do echo "L=$l"; head -n1 | cat; done < /tmp/f').stdout).toBe("L=a\nb\nL=c\nd\nL=e\n");
    expect(sh(FILE, 'while read l; do echo "L=$l"; grep -m1 . | cat; done < /tmp/f').stdout).toBe("L=a\nb\nL=c\nd\nL=e\n");
    // from a pipe, head has read it all
    expect(sh('printf \'a\\nb\\nc\\n\' | while read l; do echo "L=$l"; head -n1 | cat; done').stdout).toBe("L=a\nb\n");
  });
  it("x=$(head -n1) takes one line per round", () => {
    expect(sh(FILE, 'while read l; do echo "L=$l"; x=$(head -n1); echo "x=$x"; done < /tmp/f').stdout).toBe("L=a\nx=b\nL=c\nx=d\nL=e\nx=\n");
  });
});

describe("a script read a command at a time keeps its line numbers", () => {
  const SCRIPT = "printf 'echo a $LINENO\\n\\nif true; then\\necho b $LINENO\\nfi\\necho c $LINENO\\nfi\\necho d\\n'";
  const ERR = "line 7: syntax error near unexpected token `fi'\n";
  it("on stdin and from a file", () => {
    const piped = sh(`${SCRIPT} | bash`);
    expect(piped.stdout).toBe("a 1\nb 4\nc 6\n");
    expect(piped.stderr).toBe(`bash: ${ERR}bash: line 7: \`fi'\n`);
    const file = sh(`${SCRIPT} > /tmp/s.sh`, "bash /tmp/s.sh");
    expect(file.stdout).toBe("a 1\nb 4\nc 6\n");
    expect(file.stderr).toBe(`/tmp/s.sh: ${ERR}/tmp/s.sh: line 7: \`fi'\n`);
  });
});

describe("a while loop reading its input is not cut off at 10,000 rounds", () => {
  it("reads a 10,001-line file to its end, from stdin or an fd", () => {
    expect(sh("seq 10001 > /tmp/n", "n=0; while read l; do n=$((n+1)); done < /tmp/n; echo $n").stdout).toBe("10001\n");
    expect(sh("seq 10001 > /tmp/n", "n=0; while read -u 3 l; do n=$((n+1)); done 3< /tmp/n; echo $n").stdout).toBe("10001\n");
  });
});

describe("iptables-apply's read -n1 takes one character of stdin", () => {
  it("leaves the rest for the commands after it", () => {
    const r = sh("iptables-save > /tmp/rules", "printf 'y\\nsecond\\n' | { iptables-apply -t 5 /tmp/rules > /dev/null; cat; }");
    expect(r.stdout).toBe("\nsecond\n");
  });
});

describe("read -t 0 and read -u on a write-only fd", () => {
  it("-t 0 only tells whether input waits and consumes none", () => {
    const r = sh("printf 'a\\nb\\n' > /tmp/r", '{ read -t 0; echo "rc=$? REPLY=[$REPLY]"; read x; echo "x=$x"; } < /tmp/r');
    expect(r.stdout).toBe("rc=0 REPLY=[]\nx=a\n");
  });
  it("-u N on an fd opened for writing is a read error", () => {
    const r = sh("exec 3> /tmp/w; read -u 3 y; echo \"rc=$?\"");
    expect(r.stdout).toBe("rc=1\n");
    expect(r.stderr).toBe("/bin/bash: line 1: read: read error: 3: Bad file descriptor\n");
  });
});
