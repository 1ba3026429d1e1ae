// nl: number lines (body, header and footer sections, styles, formats).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines, withPlacedErrors } from "./util.js";

export const nl: Command = {
  name: "nl",
  run(ctx) {
    const p = parseOptions("nl", ctx.argv.slice(1), {
      withArg: "bwsvinh",
      flags: "p",
      long: { "body-numbering=": "b", "number-width=": "w", "number-separator=": "s", "starting-line-number=": "v", "line-increment=": "i", "number-format=": "n" },
    });
    if (isResult(p)) return p;
    const style = lastValue(p, "b") ?? "t";
    const width = Number(lastValue(p, "w") ?? "6");
    const sep = lastValue(p, "s") ?? "\t";
    const format = lastValue(p, "n") ?? "rn";
    let number = Number(lastValue(p, "v") ?? "1");
    const step = Number(lastValue(p, "i") ?? "1");
    if (!["a", "t", "n"].includes(style)) return done("", `nl: invalid body numbering style: '${style}'\n`, 1);
    if (!Number.isInteger(width) || width < 1) return done("", `nl: invalid line number field width: '${lastValue(p, "w")}'\n`, 1);
    const { sources, errors, errorSlots } = readSources(ctx, "nl", p.args);
    let out = "";
    const bytesAfter: number[] = [];
    for (const source of sources) {
      bytesAfter.push(Buffer.byteLength(out));
      for (const line of splitLines(source.data)) {
        const numbered = style === "a" || (style === "t" && line !== "");
        if (!numbered) {
          out += `${" ".repeat(width + sep.length)}${line}\n`;
          continue;
        }
        const text = String(number);
        const field = format === "ln" ? text.padEnd(width) : format === "rz" ? text.padStart(width, "0") : text.padStart(width);
        out += `${field}${sep}${line}\n`;
        number += step;
      }
    }
    return withPlacedErrors(out, errors, errorSlots, bytesAfter, errors.length ? 1 : 0);
  },
};
