// Label selector text (`a=b,c!=d,e in (x,y),!f,g>3`) parsed the way the API server parses it
// (k8s.io/apimachinery/pkg/labels): a lexer of identifiers and operator symbols, then a
// parser whose error texts the server returns for a bad -l.

export type Requirement =
  | { key: string; op: "=" | "!="; value: string }
  | { key: string; op: "in" | "notin"; values: string[] }
  | { key: string; op: "exists" | "!exists" }
  | { key: string; op: "gt" | "lt"; value: number };

type Tok = "id" | "end" | "error" | "(" | ")" | "," | "!" | "==" | "=" | ">" | "<" | "!=" | "in" | "notin";

const SYMBOLS = new Set(["=", "!", "(", ")", ",", ">", "<"]);
const KEYWORDS: Record<string, Tok> = { ")": ")", ",": ",", "!": "!", "==": "==", "=": "=", ">": ">", "in": "in", "<": "<", "!=": "!=", "notin": "notin", "(": "(" };
const WHITESPACE = new Set([" ", "\t", "\r", "\n"]);

function lex(text: string): { tok: Tok; lit: string }[] {
  const out: { tok: Tok; lit: string }[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    if (i >= text.length) {
      out.push({ tok: "end", lit: "" });
      return out;
    }
    if (SYMBOLS.has(text[i]!)) {
      // Longest run of symbols that still spells an operator.
      let buf = "";
      let last: { tok: Tok; lit: string } | undefined;
      while (i < text.length && SYMBOLS.has(text[i]!)) {
        buf += text[i];
        const t = KEYWORDS[buf];
        if (t) last = { tok: t, lit: buf };
        else if (last) break;
        i++;
      }
      out.push(last ?? { tok: "error", lit: `error expected: keyword found '${buf}'` });
      if (!last) return [...out, { tok: "end", lit: "" }];
      continue;
    }
    let word = "";
    while (i < text.length && !SYMBOLS.has(text[i]!) && !WHITESPACE.has(text[i]!)) word += text[i++];
    out.push({ tok: KEYWORDS[word] ?? "id", lit: word });
  }
}

const BINARY_OPERATORS = "in, notin, =, ==, !=, gt, lt";

/** The requirements, or the server's error text. */
export function parseLabelSelector(text: string): Requirement[] | string {
  const items = lex(text);
  let pos = 0;
  // In value position the keywords in/notin are plain identifiers.
  const peek = (values = true): { tok: Tok; lit: string } => {
    const it = items[Math.min(pos, items.length - 1)]!;
    return values && (it.tok === "in" || it.tok === "notin") ? { tok: "id", lit: it.lit } : it;
  };
  const next = (values = true) => {
    const it = peek(values);
    pos++;
    return it;
  };
  const reqs: Requirement[] = [];
  const requirement = (): Requirement | string => {
    let t = next();
    let negated = false;
    if (t.tok === "!") {
      negated = true;
      t = next();
    }
    if (t.tok !== "id") return `found '${t.lit}', expected: identifier`;
    const key = t.lit;
    const after = peek().tok;
    if (after === "end" || after === ",") return { key, op: negated ? "!exists" : "exists" };
    const op = next(false);
    switch (op.tok) {
      case "in":
      case "notin": {
        const open = next();
        if (open.tok !== "(") return `found '${open.lit}' expected: '('`;
        const first = peek();
        if (first.tok === ")") {
          next();
          return { key, op: op.tok, values: [""] };
        }
        if (first.tok !== "id" && first.tok !== ",") return `found '${first.lit}', expected: ',', ')' or identifier`;
        const values = new Set<string>();
        for (;;) {
          const v = next();
          if (v.tok === "id") {
            values.add(v.lit);
            const t2 = peek();
            if (t2.tok === ",") continue;
            if (t2.tok === ")") break;
            return `found '${t2.lit}', expected: ',' or ')'`;
          } else if (v.tok === ",") {
            if (values.size === 0) values.add("");
            const t2 = peek().tok;
            if (t2 === ")") {
              values.add("");
              break;
            }
            if (t2 === ",") values.add("");
          } else return `found '${v.lit}', expected: ',', or identifier`;
        }
        if (next().tok !== ")") return `found '${first.lit}', expected: ')'`;
        return { key, op: op.tok, values: [...values].sort() };
      }
      case "=":
      case "==":
      case "!=":
      case ">":
      case "<": {
        const v = peek();
        let value = "";
        if (v.tok !== "end" && v.tok !== ",") {
          next();
          if (v.tok !== "id") return `found '${v.lit}', expected: identifier`;
          value = v.lit;
        }
        if (op.tok === ">" || op.tok === "<") {
          if (!/^-?\d+$/.test(value)) return `values[0]: Invalid value: "${value}": for 'Gt', 'Lt' operators, the value must be an integer`;
          return { key, op: op.tok === ">" ? "gt" : "lt", value: Number(value) };
        }
        return { key, op: op.tok === "!=" ? "!=" : "=", value };
      }
      default:
        return `found '${op.lit}', expected: ${BINARY_OPERATORS}`;
    }
  };
  for (;;) {
    const t = peek();
    if (t.tok === "end") return reqs;
    if (t.tok !== "id" && t.tok !== "!") return `found '${t.lit}', expected: !, identifier, or 'end of string'`;
    const r = requirement();
    if (typeof r === "string") return `unable to parse requirement: ${r}`;
    reqs.push(r);
    const sep = next();
    if (sep.tok === "end") return reqs;
    if (sep.tok !== ",") return `found '${sep.lit}', expected: ',' or 'end of string'`;
    const t2 = peek().tok;
    if (t2 !== "id" && t2 !== "!") return `found '${peek().lit}', expected: identifier after ','`;
  }
}

export function matchesRequirements(reqs: Requirement[], labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.hasOwn(l, r.key);
    switch (r.op) {
      case "=": return has && l[r.key] === r.value;
      case "!=": return !has || l[r.key] !== r.value;
      case "in": return has && r.values.includes(l[r.key]!);
      case "notin": return !has || !r.values.includes(l[r.key]!);
      case "exists": return has;
      case "!exists": return !has;
      case "gt": return has && /^-?\d+$/.test(l[r.key]!) && Number(l[r.key]) > r.value;
      case "lt": return has && /^-?\d+$/.test(l[r.key]!) && Number(l[r.key]) < r.value;
    }
  });
}
