import { describe, expect, it } from "vitest";
import { parseScript } from "../../src/shell/parser.js";
import { ShellSyntaxError } from "../../src/shell/lexer.js";
import { out, sh } from "./helpers.js";

describe("quoting and words", () => {
  it("keeps quoted spaces and joins adjacent quoted parts", () => {
    expect(out(`printf '[%s]' 'a  b' "c  d" e\\ f 'g'"h"i; echo`)).toBe("[a  b][c  d][e f][ghi]\n");
  });
  it("expands variables in double quotes only", () => {
    expect(out(`x=1; echo "$x" '$x' \\$x "\\$x"`)).toBe("1 $x $x $x\n");
  });
  it("keeps backslashes in double quotes unless they escape $ \` \" \\", () => {
    expect(out(`echo "a\\nb" "q\\"q" "b\\\\s"`)).toBe("a\\nb q\"q b\\s\n");
  });
  it("splits unquoted expansions on blanks and drops empty ones", () => {
    expect(out(`a="1  2"; e=; printf '<%s>' $a "$a" $e "$e"; echo`)).toBe("<1><2><1  2><>\n");
  });
  it("supports ${VAR}, ${#VAR}, defaults and $?", () => {
    expect(out(`v=abc; echo \${v}d \${#v} \${u:-dflt} \${v:+set}; false; echo $?`)).toBe("abcd 3 dflt set\n1\n");
  });
  it("decodes $'…' ANSI-C strings", () => {
    expect(out(`printf '%s' $'a\\tb'`)).toBe("a\tb");
  });
  it("expands ~ to HOME at the start of a word", () => {
    expect(out("echo ~ ~/x a~")).toBe("/root /root/x a~\n");
  });
  it("treats # as a comment only at the start of a word", () => {
    expect(out("echo a#b # comment")).toBe("a#b\n");
  });
  it("runs command substitution and arithmetic", () => {
    expect(out(`echo "$(echo hi)" $(printf 'a\\nb\\n') \`echo t\` $((2 * (3 + 4)))`)).toBe("hi a b t 14\n");
  });
});

describe("heredocs", () => {
  it("expands unquoted heredocs", () => {
    expect(out("x=5; cat <<EOF\nvalue $x \\$x\nEOF")).toBe("value 5 $x\n");
  });
  it("does not expand quoted delimiters", () => {
    expect(out("cat <<'EOF'\n$HOME `x`\nEOF")).toBe("$HOME `x`\n");
    expect(out('cat <<"EOF"\n$HOME\nEOF')).toBe("$HOME\n");
  });
  it("strips leading tabs with <<-", () => {
    expect(out("cat <<-EOF\n\tindented\n\tEOF")).toBe("indented\n");
  });
  it("pipes a heredoc and continues the line after it", () => {
    expect(out("cat <<EOF | grep -c b; echo after\na\nb\nbb\nEOF")).toBe("2\nafter\n");
  });
  it("warns like bash when the terminator is missing", () => {
    const r = sh("cat <<EOF\nbody");
    expect(r.stdout).toBe("body\n");
    expect(r.stderr).toBe("/bin/bash: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n");
  });
  it("feeds here-strings", () => {
    expect(out('cat <<< "hello there"')).toBe("hello there\n");
  });
});

describe("syntax errors", () => {
  it("prints bash -c's two lines for an unexpected token", () => {
    const r = sh("echo a | ; echo b");
    expect(r.rc).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("/bin/bash: -c: line 1: syntax error near unexpected token `;'\n/bin/bash: -c: line 1: `echo a | ; echo b'\n");
  });
  it("reports a missing redirect target as `newline'", () => {
    expect(sh("echo >").stderr).toContain("syntax error near unexpected token `newline'");
  });
  it("reports end of file one line past the input", () => {
    expect(sh("echo a &&").stderr).toBe("/bin/bash: -c: line 2: syntax error: unexpected end of file\n");
  });
  it("reports unterminated quotes", () => {
    expect(sh('echo "abc').stderr).toBe("/bin/bash: -c: line 1: unexpected EOF while looking for matching `\"'\n");
  });
  it("uses the interactive wording in the tutor", () => {
    expect(() => parseScript("| x")).toThrow(ShellSyntaxError);
  });
});

describe("interactive continuation", async () => {
  const { inputIncomplete } = await import("../../src/shell/parser.js");
  it("asks for more input like bash's PS2", () => {
    for (const src of ['echo "abc', "cat <<EOF\nline", "echo a |", "true &&", "if true; then", "for i in 1; do", "{ echo", "echo a \\"]) {
      expect(inputIncomplete(src), src).toBe(true);
    }
    for (const src of ["echo a", "cat <<EOF\nx\nEOF", "echo a | ;", "echo 'a' \\\\", "if true; then echo; fi"]) {
      expect(inputIncomplete(src), src).toBe(false);
    }
  });
});

describe("parameter expansion operators (checked against bash 5.2)", () => {
  it("takes substrings and removes or replaces patterns", () => {
    expect(out("echo ${HOME:0:3} ${HOME:1} ${HOME: -2} ${HOME:1:-1}")).toBe("/ro root ot roo\n");
    expect(out("echo ${HOME/root/x} ${HOME//o/0} ${HOME/#\\//X} ${HOME/%t/T}")).toBe("/x /r00t Xroot /rooT\n");
    expect(out("f=archive.tar.gz; echo ${f%.*} ${f%%.*} ${f#*.} ${f##*.}")).toBe("archive.tar archive tar.gz gz\n");
    expect(out('x="a b c"; echo ${x// /_} ${#x}')).toBe("a_b_c 5\n");
  });
  it("reads octal in arithmetic and rejects bad digits", () => {
    expect(out("echo $((010)) $((0x10))")).toBe("8 16\n");
    expect(sh("echo $((08))").stderr).toBe('/bin/bash: line 1: 08: value too great for base (error token is "08")\n');
  });
  it("exec ends a script with the command's status", () => {
    expect(sh("exec echo replaced; echo never")).toEqual({ stdout: "replaced\n", stderr: "", rc: 0 });
  });
});
