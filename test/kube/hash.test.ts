import { describe, expect, it } from "vitest";
import { base32, endpointChainName, portProtoHash, serviceChainName, sha256 } from "../../src/kube/hash.js";

describe("kube-proxy chain-name hash (facts A5 worked example)", () => {
  it("matches the intermediate sha256/base32 values", () => {
    const digest = sha256("default/my-svc:httptcp");
    expect(Buffer.from(digest).toString("hex")).toBe("d326173e6bcadc3379baf876026f801e099e7de8a3aff1a61433f186f6ba47cd");
    expect(base32(digest)).toBe("2MTBOPTLZLODG6N27B3AE34ADYEZ47PIUOX7DJQUGPYYN5V2I7GQ====");
  });

  it.each([
    ["default/my-svc:http", "tcp", "2MTBOPTLZLODG6N2"],
    ["default/my-svc:http", "udp", "UV3PVHODTWONNPMA"],
    ["default/my-svc", "tcp", "YTHR5N3CTTRMKUWU"],
    ["default/web:http", "tcp", "CDGGSHYLG3RE2FKL"],
    ["default/kubernetes:https", "tcp", "NPX46M4PTMTKRN6Y"],
    ["kube-system/kube-dns:dns", "udp", "TCOU7JCQXEZGVUNU"],
    ["kube-system/kube-dns:dns-tcp", "tcp", "ERIFXISQEP7F7OF4"],
    ["kube-system/kube-dns:metrics", "tcp", "JD5MR3NA4I4DYORP"],
    ["ns1/svc1:p80", "tcp", "XPGD46QRK7WJZT7O"],
  ])("portProtoHash(%s, %s) = %s", (spn, proto, hash) => {
    expect(portProtoHash(spn, proto)).toBe(hash);
    expect(portProtoHash(spn, proto.toUpperCase())).toBe(hash);
  });

  it("builds service and endpoint chain names", () => {
    expect(serviceChainName("KUBE-SVC-", "default/my-svc:http", "TCP")).toBe("KUBE-SVC-2MTBOPTLZLODG6N2");
    expect(serviceChainName("KUBE-FW-", "default/my-svc:http", "TCP")).toBe("KUBE-FW-2MTBOPTLZLODG6N2");
    expect(endpointChainName("default/my-svc:http", "TCP", "10.244.1.5:8080")).toBe("KUBE-SEP-A6YLZV7HQI33JNA3");
    expect(endpointChainName("default/my-svc:http", "tcp", "10.244.2.7:8080")).toBe("KUBE-SEP-PYGFXWD4Q7O75FKZ");
    expect(endpointChainName("default/my-svc:http", "tcp", "10.244.3.9:8080")).toBe("KUBE-SEP-GIWDV6IWNYFPVULM");
    expect(endpointChainName("default/my-svc:http", "tcp", "[fd00:10:244::5]:8080")).toBe("KUBE-SEP-XLN5BEXZMQJXKGKW");
    expect(endpointChainName("default/web:http", "tcp", "10.244.1.6:80")).toBe("KUBE-SEP-PKFFQ5FQAXIKWM2A");
    expect(endpointChainName("ns1/svc1:p80", "tcp", "10.180.0.1:80")).toBe("KUBE-SEP-SXIVWICOYRO3J4NJ");
  });
});
