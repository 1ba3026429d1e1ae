// Which iptables variant prints rules right now. libiptc's listing (legacy) prints "NAME " for a
// match without a print function where iptables-nft prints nothing; print() gets no backend,
// so the front end sets it for each command.
let legacy = false;

export function setPrintBackend(backend: "nft" | "legacy" | undefined): void {
  legacy = backend === "legacy";
}

export function printingLegacy(): boolean {
  return legacy;
}
