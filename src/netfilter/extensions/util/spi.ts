// esp and ah share one shape: a range of Security Parameter Index values.
import type { MatchExtension } from "../../extension.js";
import type { Packet } from "../../types.js";
import { checkOption } from "./errors.js";
import { parseUintRange } from "./ranges.js";

export interface SpiData {
  spis: [number, number];
  invert: boolean;
  seen: string[];
}

const FULL = 0xffffffff;

/** An IPsec packet's SPI, when the packet path models one. */
type WithSpi = Packet & { spi?: number };

export function spiMatch(name: "esp" | "ah", option: "espspi" | "ahspi", proto: number): MatchExtension<SpiData> {
  const isFull = (d: SpiData) => d.spis[0] === 0 && d.spis[1] === FULL;
  const rangeText = (d: SpiData) => (d.spis[0] === d.spis[1] ? `${d.spis[0]}` : `${d.spis[0]}:${d.spis[1]}`);
  return {
    name,
    options: [{ name: option, args: 1, invertible: true }],
    init: () => ({ spis: [0, FULL], invert: false, seen: [] }),
    parse(d, call) {
      checkOption(name, d.seen, call.option, call.invert, { invertible: true });
      d.spis = parseUintRange(name, option, call.args[0]!, FULL);
      d.invert = call.invert;
    },
    checkEntry: (_d, { rule }) => rule.proto === proto && !rule.protoInvert,
    save: (d) => (isFull(d) ? "" : `${d.invert ? "! " : ""}--${option} ${rangeText(d)}`),
    print(d) {
      // libxt_ah prints " ah " before its spis, so an empty ah match ends in a space.
      if (isFull(d) && !d.invert) return name === "ah" ? "ah " : name;
      const inv = d.invert ? "!" : "";
      return d.spis[0] === d.spis[1] ? `${name} spi:${inv}${d.spis[0]}` : `${name} spis:${inv}${d.spis[0]}:${d.spis[1]}`;
    },
    match(d, pkt: WithSpi) {
      if (pkt.proto !== proto || pkt.fragOffset !== 0) return false;
      const spi = pkt.spi ?? 0;
      return (spi >= d.spis[0] && spi <= d.spis[1]) !== d.invert;
    },
  };
}
