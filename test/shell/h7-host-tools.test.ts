import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";
import { posixCrc } from "../../src/shell/commands/cksum.js";

describe("chown and chgrp", () => {
  it("records owners that ls -l and stat show", () => {
    expect(out("touch f", "chown nobody:nogroup f", "stat -c '%U %G %u %g' f")).toBe("nobody nogroup 65534 65534\n");
    expect(out("touch f", "chown daemon f", "ls -l f")).toMatch(/^-rw-r--r-- 1 daemon root 0 /);
    expect(out("touch f", "chown 4242:4343 f", "ls -l f; stat -c '%U %u' f")).toMatch(/^-rw-r--r-- 1 4242 4343 0 .*\nUNKNOWN 4242\n$/);
    expect(out("touch f", "chown nobody: f", "chgrp adm f", "stat -c '%U:%G' f")).toBe("nobody:adm\n");
  });
  it("words -v/-c lines and errors as GNU does", () => {
    expect(out("touch f", "chown -v nobody f; chown -v nobody f")).toBe("changed ownership of 'f' from root to nobody\nownership of 'f' retained as nobody\n");
    expect(out("touch f", "chgrp -c adm f; chgrp -c adm f")).toBe("changed group of 'f' from root to adm\n");
    expect(sh("touch f", "chown bogus:root f")).toEqual({ stdout: "", stderr: "chown: invalid user: 'bogus:root'\n", rc: 1 });
    expect(sh("touch f", "chown root:bogus f").stderr).toBe("chown: invalid group: 'root:bogus'\n");
    expect(sh("chown root").stderr).toBe("chown: missing operand after 'root'\nTry 'chown --help' for more information.\n");
    expect(sh("chgrp adm /nope")).toEqual({ stdout: "", stderr: "chgrp: cannot access '/nope': No such file or directory\n", rc: 1 });
  });
  it("-R changes what a directory holds before the directory", () => {
    expect(out("mkdir -p d/s; touch d/s/x", "chown -Rv nobody d")).toBe(
      "changed ownership of 'd/s/x' from root to nobody\nchanged ownership of 'd/s' from root to nobody\nchanged ownership of 'd' from root to nobody\n",
    );
  });
  it("names what -v prints as chown 9.1 does: numbers as given, ':GROUP' as ownership", () => {
    expect(out("touch f; chown nobody f", "chown -v :adm f; chown -v :adm f")).toBe("changed ownership of 'f' from nobody:root to :adm\nownership of 'f' retained as nobody:adm\n");
    expect(out("touch f", "chown -v :0 f; chown -v +65534:+0 f")).toBe("group of 'f' retained as root\nchanged ownership of 'f' from root:root to 65534:0\n");
  });
  it("shows owners in ls -n, find -user and id", () => {
    expect(out("touch a b; chown 4242:nogroup a", "ls -ln a b | sed 's/ [A-Z][a-z][a-z] .*//'")).toBe("-rw-r--r-- 1 4242 65534 0\n-rw-r--r-- 1    0     0 0\n");
    expect(out("touch a b; chown nobody a", "find . -user nobody; find . -uid 0 -name b")).toBe("./a\n./b\n");
    expect(out("id nobody; id -Gn daemon")).toBe("uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\ndaemon\n");
  });
  it("forgets the owner of a removed file", () => {
    expect(out("touch f", "chown nobody f", "rm f; touch f", "stat -c %U f")).toBe("root\n");
  });
});

describe("dpkg and dpkg-query", () => {
  it("lists packages with columns sized to the matches", () => {
    const text = out("dpkg -l iptables");
    expect(text.split("\n")[3]).toBe("||/ Name           Version      Architecture Description");
    expect(text.split("\n")[5]).toBe("ii  iptables       1.8.9-2      amd64        administration tools for packet filtering and NAT");
    expect(out("dpkg -l 'libxtables*'")).toContain("un  libxtables11       <none>       <none>       (no description available)\nii  libxtables12:amd64 1.8.9-2");
  });
  it("reports unknown packages", () => {
    expect(sh("dpkg -l nosuch")).toEqual({ stdout: "", stderr: "dpkg-query: no packages found matching nosuch\n", rc: 1 });
    expect(sh("dpkg -s nosuch").stderr).toBe(
      "dpkg-query: package 'nosuch' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n",
    );
  });
  it("shows status, files and formats", () => {
    expect(out("dpkg -s iptables | grep ^Version")).toBe("Version: 1.8.9-2\n");
    expect(out("dpkg -L netbase | head -3")).toBe("/.\n/etc\n/etc/ethertypes\n");
    expect(out("dpkg-query -W -f='${Package} ${Version}\\n' nftables")).toBe("nftables 1.0.6-2+deb12u2\n");
  });
});

describe("lsb_release", () => {
  it("reads /etc/os-release", () => {
    expect(out("lsb_release -a")).toBe("Distributor ID:\tDebian\nDescription:\tDebian GNU/Linux 12 (bookworm)\nRelease:\t12\nCodename:\tbookworm\n");
    expect(out("lsb_release -cs")).toBe("bookworm\n");
    expect(sh("lsb_release --bogus")).toEqual({ stdout: "", stderr: "lsb_release: unrecognized option '--bogus'\n", rc: 2 });
  });
});

describe("cksum, unexpand, split, fmt", () => {
  it("computes the POSIX CRC", () => {
    expect(posixCrc(Buffer.from("hello\n"))).toBe(3015617425);
    expect(posixCrc(Buffer.alloc(0))).toBe(4294967295);
    expect(out("printf 'hello\\n' > a", "cksum a; cksum -a sysv a; cksum -a bsd a")).toBe("3015617425 6 a\n542 1 a\n36979     1 a\n");
  });
  it("unexpand keeps a lone blank before a tab stop", () => {
    expect(out("printf 'ab      cd\\nab       cd\\n' | unexpand -a")).toBe("ab\tcd\nab\t cd\n");
    expect(out("printf '        a        b\\n' | unexpand")).toBe("\ta        b\n");
  });
  it("split names pieces aa, ab … or 00, 01 …", () => {
    expect(out("seq 1 5 | split -l 2 - p_; ls p_*; cat p_ac")).toBe("p_aa\np_ab\np_ac\n5\n");
    expect(out("seq 1 5 | split -d -l 2 --verbose - n")).toBe("creating file 'n00'\ncreating file 'n01'\ncreating file 'n02'\n");
    expect(sh("split -l 0 x").stderr).toBe("split: invalid number of lines: '0': Numerical result out of range\n");
  });
  it("fmt prefers breaks at sentence ends", () => {
    expect(out("printf 'Hello world.  This is a test.  Another sentence here to wrap the line around nicely please.\\n' | fmt -w 30")).toBe(
      "Hello world.  This is a test.\nAnother sentence here to\nwrap the line around nicely\nplease.\n",
    );
    expect(out("printf 'a\\nb\\nc\\n\\nd e\\n  f g\\n' | fmt")).toBe("a b c\n\nd e\n  f g\n");
  });
});

describe("dpkg --compare-versions and sum", () => {
  it("orders Debian versions", async () => {
    const { compareVersions, parseVersion } = await import("../../src/shell/commands/dpkg-version.js");
    const v = (s: string) => parseVersion(s).version;
    expect(compareVersions(v("1.8.9-2"), v("1.8.10"))).toBeLessThan(0);
    expect(compareVersions(v("1.0~rc1"), v("1.0"))).toBeLessThan(0);
    expect(compareVersions(v("2:1.0"), v("3.0"))).toBeGreaterThan(0);
    expect(compareVersions(v("1.0+b1"), v("1.0"))).toBeGreaterThan(0);
    expect(parseVersion("a:1").error).toBe("epoch in version is empty");
    expect(sh("dpkg --compare-versions 1.0 '<' 1.1")).toEqual({ stdout: "", stderr: "dpkg: warning: --compare-versions used with obsolete relation operator '<'\n", rc: 0 });
    expect(sh("dpkg --compare-versions 1.8.9 ne 1.8.9").rc).toBe(1);
    expect(sh("dpkg --compare-versions 1.0 lt-nl ''").rc).toBe(0);
  });
  it("sums as BSD and System V did", () => {
    expect(out("printf 'hello\\n' > a; sum a; sum -s a; sum < a")).toBe("36979     1 a\n542 1 a\n36979     1\n");
  });
});

describe("chmod modes", () => {
  it("applies octal and symbolic modes that ls -l and stat show", async () => {
    const { applyChmod } = await import("../../src/shell/file-modes.js");
    expect(applyChmod("u+x,g=u", 0o600, false)).toBe(0o770);
    expect(applyChmod("-w", 0o222, false)).toBe(0o022);
    expect(applyChmod("755", 0o2700, true)).toBe(0o2755);
    expect(applyChmod("00755", 0o2700, true)).toBe(0o755);
    expect(applyChmod("u+q", 0o644, false)).toBeUndefined();
    expect(out("touch f; chmod 600 f; ls -l f | cut -c1-10; stat -c '%a %A' f")).toBe("-rw-------\n600 -rw-------\n");
    expect(sh("touch f; chmod 222 f; chmod -w f")).toEqual({ stdout: "", stderr: "chmod: f: new permissions are ----w--w-, not ---------\n", rc: 1 });
    expect(out("mkdir d; chmod -v 1777 d")).toBe("mode of 'd' changed from 0755 (rwxr-xr-x) to 1777 (rwxrwxrwt)\n");
  });
});

describe("install", () => {
  it("copies with mode, owner and group, and makes directories", () => {
    expect(out("printf 'x\\n' > r", "install -m 600 -o nobody -g adm r out; stat -c '%a %U %G' out")).toBe("600 nobody adm\n");
    expect(out("printf 'x\\n' > r", "install r out2; stat -c %a out2")).toBe("755\n");
    expect(out("install -v -d /tmp/y/z")).toBe("install: creating directory '/tmp/y'\ninstall: creating directory '/tmp/y/z'\n");
    expect(sh("install -o bogus r x")).toEqual({ stdout: "", stderr: "install: invalid user 'bogus'\n", rc: 1 });
    expect(sh("printf 'x\\n' > r; install r r").stderr).toBe("install: 'r' and 'r' are the same file\n");
  });
});

describe("hard links", () => {
  it("share content, mode and a link count until one name is left", () => {
    expect(out("printf 'v1\\n' > a; ln a b; echo v2 >> b; cat a; stat -c '%h' a")).toBe("v1\nv2\n2\n");
    expect(out("printf 'v1\\n' > a; ln a b; chmod 600 b; stat -c '%a %h' a; rm b; stat -c '%a %h' a")).toBe("600 2\n600 1\n");
  });
});
