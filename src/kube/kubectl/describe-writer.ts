// describe's output machinery: kubectl writes Go format lines (tab-separated cells, with
// PrefixWriter indents) into one tabwriter (padding 2); Writer collects them and aligns them
// the same way, plus the label/annotation and time helpers every describer shares.
import type { KubeObject } from "../types.js";
import { goTabwriter } from "./output.js";

/** describe's layout: Go format lines (tab-separated cells, PrefixWriter indent) through one tabwriter (padding 2). */
export class Writer {
  text = "";
  write(level: number, line: string): void {
    this.text += "  ".repeat(level) + line;
  }
  /** printLabelsMultiline / printAnnotationsMultiline: sorted keys, continuation lines start with a tab. */
  map(title: string, map: Record<string, string> | undefined, sep: string, skip: string[] = []): void {
    const keys = Object.keys(map ?? {}).filter((k) => !skip.includes(k)).sort();
    if (keys.length === 0) return this.write(0, `${title}:\t<none>\n`);
    keys.forEach((key, i) => {
      const value = map![key]!.replace(/\n$/, "");
      const head = i === 0 ? `${title}:\t` : "\t";
      if (sep === ": " && (value.length + key.length + 2 > 140 || value.includes("\n"))) {
        this.write(0, `${head}${key}:\n`);
        for (const part of value.split("\n")) this.write(0, `\t  ${part.length > 138 ? part.slice(0, 138) + "..." : part}\n`);
      } else this.write(0, `${head}${key}${sep}${value}\n`);
    });
  }
  events(show: boolean): void {
    if (show) this.write(0, "Events:\t<none>\n");
  }
  done(): string {
    return goTabwriter(this.text, 0, 2);
  }
}

export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

export function header(w: Writer, obj: KubeObject): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ""}\n`);
  w.map("Labels", obj.metadata.labels, "=");
  w.map("Annotations", obj.metadata.annotations, ": ", [LAST_APPLIED]);
}

/** RFC1123Z, as Go formats times in describe output. */
export function rfc1123z(iso: string | undefined): string {
  if (!iso) return "<unknown>";
  return new Date(iso).toUTCString().replace("GMT", "+0000");
}
