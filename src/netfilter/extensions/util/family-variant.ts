// One match name, two implementations: libipt_NAME for iptables and libip6t_NAME for
// ip6tables (e.g. ah). The rule's data remembers which family parsed it, so save, print and
// the kernel check use the same variant; an option only the other family knows is unknown.
import type { ExtOption, MatchExtension } from "../../extension.js";
import { paramProblem } from "../../xtables-error.js";

export interface VariantData<D4, D6> {
  ipv6: boolean;
  v4: D4;
  v6: D6;
}

export function familyVariants<D4, D6>(v4: MatchExtension<D4>, v6: MatchExtension<D6>): MatchExtension<VariantData<D4, D6>> {
  const options: ExtOption[] = v4.options.map((o) => ({ ...o, invertible: o.invertible || v6.options.some((p) => p.name === o.name && p.invertible) }));
  // an option of the other family only must reach parse, which calls it unknown (before any
  // complaint about "!"); the variant that has it checks inversion itself
  for (const o of v6.options) if (!options.some((p) => p.name === o.name)) options.push({ ...o, invertible: true });
  const pick = (d: VariantData<D4, D6>) => (d.ipv6 ? { ext: v6 as MatchExtension<unknown>, data: d.v6 as unknown } : { ext: v4 as MatchExtension<unknown>, data: d.v4 as unknown });
  return {
    name: v4.name,
    options,
    help: v4.help,
    init: () => ({ ipv6: false, v4: v4.init(), v6: v6.init() }),
    parse(d, call) {
      d.ipv6 = call.family === 6;
      const { ext, data } = pick(d);
      if (!ext.options.some((o) => o.name === call.option)) throw paramProblem(`unknown option "--${call.option}"`);
      ext.parse(data, call);
    },
    finalCheck(d, call) {
      d.ipv6 = call.family === 6;
      const { ext, data } = pick(d);
      ext.finalCheck?.(data, call);
    },
    checkEntry(d, call) {
      const { ext, data } = pick(d);
      return ext.checkEntry ? ext.checkEntry(data, call) : true;
    },
    save: (d) => pick(d).ext.save(pick(d).data),
    print: (d, opts) => pick(d).ext.print(pick(d).data, opts),
    match: (d, pkt, ctx) => pick(d).ext.match(pick(d).data, pkt, ctx),
  };
}
