// Error texts, streams and exit codes, as recorded from iptables 1.8.9 (nf_tables) and legacy.
import { describe, expect, it } from "vitest";
import { MiniShell } from "../oracle/mini-shell.js";

const TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";
const P = "iptables v1.8.9 (nf_tables): ";

function run(setup: string[], cmd: string) {
  const sh = new MiniShell();
  for (const c of setup) sh.run(c);
  return sh.run(cmd);
}

const cases: [string[], string, string, number][] = [
  [[], "iptables", `${P}no command specified\n${TRY}`, 2],
  [[], "iptables -A", `${P}option "-A" requires an argument\n${TRY}`, 2],
  [[], "iptables -A INPUT -j ACCEPT extra", `Bad argument \`extra'\n${TRY}`, 2],
  [[], "iptables -L -n INPUT", `Bad argument \`INPUT'\n${TRY}`, 2],
  [[], "iptables -A INPUT !", `${P}nothing appropriate following !\n${TRY}`, 2],
  [[], "iptables -A INPUT ! ! -s 1.1.1.1", `${P}multiple consecutive ! not allowed\n${TRY}`, 2],
  [[], "iptables -A INPUT ! -j ACCEPT", `${P}cannot have ! before -j\n${TRY}`, 2],
  [[], "iptables -A INPUT -j ACCEPT -g FOO", `${P}multiple -j flags not allowed\n${TRY}`, 2],
  [[], "iptables -A INPUT -p tcp -p udp", `${P}multiple -p flags not allowed\n${TRY}`, 2],
  [[], "iptables -A INPUT ! -p all", `${P}rule would never match protocol\n${TRY}`, 2],
  [[], "iptables -A INPUT -i '' -j ACCEPT", `${P}Empty interface is likely to be undesired\n${TRY}`, 2],
  [[], "iptables -A INPUT -i veth1234567890ab", `${P}interface name \`veth1234567890ab' must be shorter than IFNAMSIZ (15)\n${TRY}`, 2],
  [[], "iptables -A INPUT -o eth0", `${P}Can't use -o with INPUT\n\n${TRY}`, 2],
  [[], "iptables -A INPUT -s 1.1.1.1,2.2.2.2 ! -d 3.3.3.3", `${P}! not allowed with multiple source or destination IP addresses\n${TRY}`, 2],
  [[], "iptables -A INPUT -s 10.0.0.0/33", `${P}invalid mask \`33' specified\n${TRY}`, 2],
  [[], "iptables -A INPUT -s 300.1.1.1", `${P}host/network \`300.1.1.1' not found\n${TRY}`, 2],
  [[], "iptables -A INPUT -c x 6 -j ACCEPT", `${P}-c packet counter not numeric\n${TRY}`, 2],
  [[], "iptables -C INPUT -c 1 2 -j ACCEPT", `${P}Illegal option \`-c' with this command\n${TRY}`, 2],
  [[], "iptables -S INPUT -n", `${P}Illegal option \`-n' with this command\n${TRY}`, 2],
  [[], "iptables -L -F", `${P}Cannot use -F with -L\n${TRY}`, 2],
  [[], "iptables -A INPUT -- -j ACCEPT", `${P}unknown arguments found on commandline\n${TRY}`, 2],
  [[], "iptables -N 'a b'", `${P}Invalid chain name \`a b'\n${TRY}`, 2],
  [[], "iptables -N ACCEPT", `${P}chain name may not clash with target name\n${TRY}`, 2],
  [[], "iptables -N ABCDEFGHIJKLMNOPQRSTUVWXYZ012", `${P}chain name \`ABCDEFGHIJKLMNOPQRSTUVWXYZ012' too long (must be under 29 chars)\n${TRY}`, 2],
  [[], "iptables -A INPUT -j ''", `${P}Invalid target name (too short)\n${TRY}`, 2],
  [[], "iptables -A INPUT -j NOPE", `${P}Chain 'NOPE' does not exist\n${TRY}`, 2],
  [[], "iptables -A INPUT -j OUTPUT", `${P} RULE_APPEND failed (No such file or directory): rule in chain INPUT\n`, 4],
  [[], "iptables -A INPUT ! -d 0.0.0.0/0", `${P} RULE_APPEND failed (Invalid argument): rule in chain OUTPUT\n`.replace("OUTPUT", "INPUT"), 4],
  [[], "iptables -t bogus -L", `${P}table 'bogus' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`, 3],
  [[], "iptables -L NOPE", `${P}chain \`NOPE' in table \`filter' is incompatible, use 'nft' tool.\n`, 1],
  [[], "iptables -A NOPE -j ACCEPT", "iptables: No chain/target/match by that name.\n", 1],
  [[], "iptables -D OUTPUT 1", "iptables: No chain/target/match by that name.\n", 1],
  [["iptables -A INPUT -j ACCEPT"], "iptables -D INPUT 2", "iptables: Index of deletion too big.\n", 1],
  [[], "iptables -I INPUT 2 -j ACCEPT", "iptables: Index of insertion too big.\n", 1],
  [["iptables -A INPUT -j ACCEPT"], "iptables -R INPUT 2 -j ACCEPT", "iptables: Index of replacement too big.\n", 1],
  [[], "iptables -R OUTPUT 1 -j ACCEPT", "iptables: No chain/target/match by that name.\n", 1],
  [[], "iptables -Z FORWARD", "iptables: No chain/target/match by that name.\n", 1],
  [[], "iptables -Z FORWARD 1", "iptables: Bad rule (does a matching rule exist in that chain?).\n", 1],
  [[], "iptables -v -Z NOPE 1", "iptables: Bad rule (does a matching rule exist in that chain?).\n", 1],
  [["iptables -t nat -A PREROUTING -j ACCEPT"], "iptables -t nat -Z NOPE 1", "iptables: Incompatible with this kernel.\n", 1],
  [[], "iptables -X INPUT", "iptables: No chain/target/match by that name.\n", 1],
  [[], "iptables -C INPUT -j DROP", "iptables: Bad rule (does a matching rule exist in that chain?).\n", 1],
  [[], "iptables -N INPUT", "iptables: Chain already exists.\n", 1],
  [["iptables -N A", "iptables -N B"], "iptables -E A B", "iptables: File exists.\n", 1],
  [["iptables -N A"], "iptables -P A DROP", "iptables: Bad built-in chain name.\n", 1],
  [[], "iptables -P INPUT RETURN", "iptables: Bad policy name. Run `dmesg' for more information.\n", 1],
  [["iptables -N A", "iptables -A INPUT -j A"], "iptables -X A", `${P} CHAIN_DEL failed (Device or resource busy): chain A\n`, 4],
  [["iptables -N A", "iptables -A A -j ACCEPT", "iptables -N B"], "iptables -X", `${P} CHAIN_DEL failed (Device or resource busy): chain A\n`, 4],
  [[], "iptables -t nat -A PREROUTING -j DROP", `${P}\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n\n${TRY}`, 2],
  [[], "iptables -W 100 -L INPUT", `Ignoring deprecated --wait-interval option.\n${P}--wait-interval only makes sense with --wait\n\n${TRY}`, 2],
  [[], "iptables-legacy -A INPUT --bogus", `iptables v1.8.9 (legacy): unknown option "--bogus"\n${TRY}`, 2],
  [["iptables-legacy -N A", "iptables-legacy -A INPUT -j A"], "iptables-legacy -X A", "iptables: Too many links.\n", 1],
  [["iptables-legacy -N A", "iptables-legacy -A A -j ACCEPT"], "iptables-legacy -X A", "iptables: Directory not empty.\n", 1],
  [[], "iptables-legacy -L NOPE", "iptables: No chain/target/match by that name.\n", 1],
  [[], "iptables-save -x", "iptables-save: invalid option -- 'x'\nLook at manual page `iptables-save.8' for more information.\n", 1],
  [[], "iptables-save -t bogus", "Table `bogus' does not exist\n", 1],
  [[], "iptables-restore --bogus", "iptables-restore: unrecognized option '--bogus'\nTry `iptables-restore -h' for more information.\n", 1],
  [[], "iptables-restore /tmp/nope", "Can't open /tmp/nope: No such file or directory\n", 1],
];

describe("error messages", () => {
  for (const [setup, cmd, stderr, rc] of cases) {
    it(cmd, () => {
      const r = run(setup, cmd);
      expect(r.stderr).toBe(stderr);
      expect(r.rc).toBe(rc);
      expect(r.stdout).toBe("");
    });
  }

  it("a failed command changes nothing", () => {
    const sh = new MiniShell();
    sh.run("iptables -A INPUT -j DNAT --to-destination 1.2.3.4");
    sh.run("iptables -A INPUT -s 1.1.1.1,2.2.2.2 -j NOPE");
    expect(sh.run("iptables-save").stdout).toBe("");
  });

  it("-V and ! -V", () => {
    expect(run([], "iptables -V").stdout).toBe("iptables v1.8.9 (nf_tables)\n");
    expect(run([], "iptables ! -V").stdout).toBe("Not 1.8.9 (nf_tables) ;-)\n");
    expect(run([], "iptables-legacy --version").stdout).toBe("iptables v1.8.9 (legacy)\n");
    expect(run([], "iptables-legacy-save --version").stdout).toBe("iptables-save v1.8.9 (legacy)\n");
  });
});
