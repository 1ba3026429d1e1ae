import { describe, expect, it } from "vitest";
import { isCompleteInput } from "../../src/tui/terminal/continuation.js";

const complete = (s: string) => isCompleteInput(s.split("\n"));

describe("when bash asks for more input", () => {
  it("treats ordinary lines as complete", () => {
    expect(complete("iptables -L -n")).toBe(true);
    expect(complete("echo 'a b' \"c\" # don't")).toBe(true);
    expect(complete("")).toBe(true);
  });

  it("waits for a heredoc terminator, quoted or not, with <<- stripping tabs", () => {
    expect(complete("cat <<EOF")).toBe(false);
    expect(complete("cat <<EOF\nx\nEOF")).toBe(true);
    expect(complete("cat <<'EOF' > /tmp/f\n$x\nEOF")).toBe(true);
    expect(complete('cat << "END"\nEOF\n')).toBe(false);
    expect(complete("cat <<-EOF\n\tx\n\tEOF")).toBe(true);
    expect(complete("cat <<EOF\n\tEOF")).toBe(false);
    expect(complete("iptables-restore <<EOF\n*filter\n-A INPUT -j ACCEPT\nCOMMIT\nEOF")).toBe(true);
  });

  it("does not take <<< (a here-string) for a heredoc", () => {
    expect(complete("cat <<< hello")).toBe(true);
  });

  it("waits for two heredocs on one line in order", () => {
    expect(complete("cat <<A <<B\na\nA")).toBe(false);
    expect(complete("cat <<A <<B\na\nA\nb\nB")).toBe(true);
  });

  it("continues after an open quote, a trailing backslash or a trailing operator", () => {
    expect(complete("echo 'abc")).toBe(false);
    expect(complete("echo 'abc\ndef'")).toBe(true);
    expect(complete('echo "a\\"')).toBe(false);
    expect(complete("iptables -A INPUT \\")).toBe(false);
    expect(complete("iptables -A INPUT \\\n -j DROP")).toBe(true);
    expect(complete("iptables -S |")).toBe(false);
    expect(complete("true &&")).toBe(false);
    expect(complete("true && false")).toBe(true);
  });

  it("waits for the end of if, for, while and { blocks", () => {
    expect(complete("for i in 1 2; do")).toBe(false);
    expect(complete("for i in 1 2; do\n echo $i\ndone")).toBe(true);
    expect(complete("if true; then echo y; fi")).toBe(true);
    expect(complete("if true; then")).toBe(false);
    expect(complete("while true; do echo; done")).toBe(true);
    expect(complete("{ echo a;")).toBe(false);
    expect(complete("echo done")).toBe(true);
    expect(complete("echo if")).toBe(true);
  });
});
