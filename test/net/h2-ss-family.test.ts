import { describe, expect, it } from "vitest";
import { sh } from "../shell/helpers.js";

describe("ss -4/-6 and -H", () => {
  it("lists the IPv4 listeners for -4, none for -6, and -H drops the header and the padding it made", () => {
    expect(sh("serve tcp 8080", "ss -4 -ltn").stdout).toBe(
      "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\nLISTEN 0      64           0.0.0.0:8080      0.0.0.0:*          \n",
    );
    expect(sh("serve tcp 8080", "ss --ipv6 -ltn").stdout).toBe("State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n");
    expect(sh("serve udp 53", "ss -lunH").stdout).toBe("UNCONN 0      0      0.0.0.0:53 0.0.0.0:*\n");
    expect(sh("serve udp 53", "ss -6 -ln").stderr).toBe("RTNETLINK answers: Invalid argument\n");
  });
});
