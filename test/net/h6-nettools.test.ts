// ifconfig, arp and wget through the shell, checked against what net-tools 2.10 / Wget 1.21.3
// print (texts taken from the recorded h6-* oracle cases).
import { describe, expect, it } from "vitest";
import { execScript } from "../../src/commands/exec.js";
import { nstrcmp, scaledBytes } from "../../src/net/nettools/ifconfig-show.js";

function run(script: string) {
  return execScript(script.trim() + "\n");
}

const TOPOLOGY = `
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add v1 type veth peer name v2 netns a
ip link set v1 address 02:00:00:00:00:01
ip -n a link set v2 address 02:00:00:00:00:02
ifconfig v1 10.0.0.1 netmask 255.255.255.0 up
ip netns exec a ifconfig v2 10.0.0.2/24 up
ip netns exec a ifconfig lo up
`;

describe("ifconfig", () => {
  it("lists lo as net-tools does and counts loopback packets without the Ethernet header", () => {
    const out = run("ifconfig lo\nprobe icmp 127.0.0.1\nifconfig -s lo");
    expect(out[0]!.stdout).toBe(
      "lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n" +
      "        inet 127.0.0.1  netmask 255.0.0.0\n" +
      "        inet6 ::1  prefixlen 128  scopeid 0x10<host>\n" +
      "        loop  txqueuelen 1000  (Local Loopback)\n" +
      "        RX packets 0  bytes 0 (0.0 B)\n" +
      "        RX errors 0  dropped 0  overruns 0  frame 0\n" +
      "        TX packets 0  bytes 0 (0.0 B)\n" +
      "        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n\n");
    expect(out[2]!.stdout).toBe(
      "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n" +
      "lo              65536        2      0      0 0             2      0      0      0 LRU\n");
  });

  it("gives a new address its class prefix and follows the netmask with the broadcast", () => {
    const out = run(`${TOPOLOGY}\nifconfig v1 10.1.2.3\nifconfig v1 | head -2\nifconfig v1 netmask 255.255.0.0\nifconfig v1 | sed -n 2p`);
    const n = out.length;
    expect(out[n - 3]!.stdout).toBe("v1: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n        inet 10.1.2.3  netmask 255.0.0.0  broadcast 10.255.255.255\n");
    expect(out[n - 1]!.stdout).toBe("        inet 10.1.2.3  netmask 255.255.0.0  broadcast 10.1.255.255\n");
  });

  it("counts veth frames with their header: one ARP exchange and one echo each way", () => {
    const out = run(`${TOPOLOGY}\nprobe icmp 10.0.0.2\nifconfig v1 | grep packets`);
    expect(out.at(-1)!.stdout).toBe("        RX packets 2  bytes 100 (100.0 B)\n        TX packets 2  bytes 100 (100.0 B)\n");
  });

  it("reports unknown devices and options with the real texts and codes", () => {
    const out = run("ifconfig eth0\nifconfig nope up\nifconfig -z\nifconfig lo mtu");
    expect(out[0]).toMatchObject({ stderr: "eth0: error fetching interface information: Device not found\n", rc: 1 });
    expect(out[1]).toMatchObject({ stderr: "nope: ERROR while getting interface flags: No such device\n", rc: 255 });
    expect(out[2]).toMatchObject({ stderr: "ifconfig: option `-z' not recognised.\nifconfig: `--help' gives usage information.\n", rc: 1 });
    expect(out[3]!.rc).toBe(3);
    expect(out[3]!.stderr.startsWith("Usage:\n  ifconfig [-a] [-v] [-s] <interface>")).toBe(true);
  });

  it("sorts names as nstrcmp does and scales byte counts like ife_unit", () => {
    expect(["eth10", "eth2", "lo:1", "lo", "eth2:10", "eth2:9"].sort(nstrcmp)).toEqual(["eth2", "eth2:9", "eth2:10", "eth10", "lo", "lo:1"]);
    expect(scaledBytes(1024)).toBe("1024.0 B");
    expect(scaledBytes(1536)).toBe("1.5 KiB");
    expect(scaledBytes(5 * 1048576 + 1)).toBe("5.0 MiB");
  });
});

describe("arp", () => {
  it("shows learnt and static entries in both styles and deletes them", () => {
    const out = run(`${TOPOLOGY}\nprobe icmp 10.0.0.2\narp -n\narp -a\narp -s 10.0.0.7 02:00:00:00:00:07\narp -n 10.0.0.7\narp -d 10.0.0.7\narp -d 10.0.0.7\narp -n 10.0.0.7`);
    const n = out.length;
    expect(out[n - 7]!.stdout).toBe("Address                  HWtype  HWaddress           Flags Mask            Iface\n10.0.0.2                 ether   02:00:00:00:00:02   C                     v1\n");
    expect(out[n - 6]!.stdout).toBe("? (10.0.0.2) at 02:00:00:00:00:02 [ether] on v1\n");
    expect(out[n - 4]!.stdout).toContain("10.0.0.7                 ether   02:00:00:00:00:07   CM                    v1\n");
    expect(out[n - 3]).toMatchObject({ stdout: "", rc: 0 });
    expect(out[n - 2]).toMatchObject({ stdout: "No ARP entry for 10.0.0.7\n", rc: 255 });
    expect(out[n - 1]).toMatchObject({ stdout: "10.0.0.7 (10.0.0.7) -- no entry\n", rc: 0 });
  });

  it("refuses addresses off-link and bad options", () => {
    const out = run("arp -s 192.168.5.5 02:00:00:00:00:07\narp -z");
    expect(out[0]).toMatchObject({ stderr: "SIOCSARP: Network is unreachable\n", rc: 255 });
    expect(out[1]!.rc).toBe(3);
    expect(out[1]!.stderr.startsWith("arp: invalid option -- 'z'\nUsage:\n")).toBe(true);
  });
});

describe("neighbours without an answer", () => {
  it("are INCOMPLETE while asked for, FAILED after 3 s, and arp shows both as incomplete", () => {
    const out = run(`${TOPOLOGY}\nprobe icmp 10.0.0.9\nip neigh show 10.0.0.9\nsleep 3\nip neigh show 10.0.0.9\narp -an\narp -d 10.0.0.9\nip neigh show 10.0.0.9`);
    const n = out.length;
    expect(out[n - 6]!.stdout).toBe("10.0.0.9 dev v1 INCOMPLETE \n");
    expect(out[n - 4]!.stdout).toBe("10.0.0.9 dev v1 FAILED \n");
    expect(out[n - 3]!.stdout).toBe("? (10.0.0.9) at <incomplete> on v1\n");
    expect(out[n - 1]!.stdout).toBe("");
  });
});

describe("IFF_RUNNING after bring-up", () => {
  it("waits for linkwatch when both veth ends have the same ifindex", () => {
    const out = run("ip netns add a\nip link add v1 type veth peer name v2 netns a\nip link set v1 up\nip -n a link set v2 up\nip netns exec a ifconfig v2 | head -1\nsleep 1\nip netns exec a ifconfig v2 | head -1");
    expect(out[4]!.stdout).toBe("v2: flags=4099<UP,BROADCAST,MULTICAST>  mtu 1500\n");
    expect(out[6]!.stdout).toBe("v2: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n");
  });
});

describe("wget", () => {
  it("fetches a serve line quietly and fails with exit status 4 when refused", () => {
    const out = run(`${TOPOLOGY}\nip netns exec a serve tcp 80\nwget -qO- http://10.0.0.2/\nwget -O - http://10.0.0.2:81/`);
    const n = out.length;
    expect(out[n - 2]).toMatchObject({ stdout: '{"served_by": "a", "seen_src": "10.0.0.1"}\n', rc: 0 });
    expect(out[n - 1]!.rc).toBe(4);
    expect(out[n - 1]!.stderr).toMatch(/^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--  http:\/\/10\.0\.0\.2:81\/\nConnecting to 10\.0\.0\.2:81\.\.\. failed: Connection refused\.\n$/);
  });

  it("gives up after --tries connect timeouts", () => {
    const out = run(`${TOPOLOGY}\niptables -A OUTPUT -p tcp --dport 8080 -j DROP\nwget -T 1 -t 2 -O - http://10.0.0.2:8080/ 2>&1 | grep -v '^--'`);
    expect(out.at(-1)!.stdout).toBe("Connecting to 10.0.0.2:8080... failed: Connection timed out.\nRetrying.\n\nConnecting to 10.0.0.2:8080... failed: Connection timed out.\nGiving up.\n\n");
  });

  it("needs a URL", () => {
    expect(run("wget")[0]).toMatchObject({ stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", rc: 1 });
  });
});
