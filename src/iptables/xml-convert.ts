// iptables-xml 1.8.9's conversion of iptables-save text to XML, as a state machine that prints
// the way the C program does: tags are closed lazily (a rule's </actions> and </rule> wait for
// the next rule or chain), chains are opened when their first rule comes and the others are
// printed empty at COMMIT, and unusual input gives the same odd but deterministic output.
import {
  CLine,
  XmlExit,
  type XmlWord,
  fgetsLines,
  scanChainCounters,
  signedText,
  splitXmlRuleWords,
  xmlCommentEscape,
  xmlEncode,
  xmlParamProblem,
} from "./xml-words.js";
import { writeRuleConditions, writeRuleActions, isTargetWord, type RulePartEnv } from "./xml-rule.js";

export interface XmlOptions {
  /** -c: a rule with the same conditions as the one before adds its action to it. */
  combine: boolean;
  /** -v: every non-comment line echoed as a comment first. */
  verbose: boolean;
}

/** XT_TABLE_MAXNAMELEN: the current table and chain names keep at most 32 bytes. */
const NAME_MAX = 32;

interface SavedChain {
  name: string;
  policy: string;
  counts: [bigint, bigint];
  created: boolean;
}

const TERMINATING = new Set(["ACCEPT", "DROP", "QUEUE", "RETURN"]);

class XmlConverter implements RulePartEnv {
  out = "";
  private line = 0;
  private curTable = "";
  private curChain = "";
  private closeActions = false;
  private closeRule = false;
  private chains: SavedChain[] = [];
  /** The C `count` variable: a chain line without counters keeps the previous values. */
  private readonly counts: [bigint, bigint] = [0n, 0n];
  private lastRule: string[] = [];

  constructor(private readonly opts: XmlOptions) {}

  run(input: string): void {
    this.out += '<iptables-rules version="1.0">\n';
    for (const raw of fgetsLines(input)) {
      this.line++;
      const buffer = raw.includes("\0") ? raw.slice(0, raw.indexOf("\0")) : raw;
      if (buffer[0] === "\n") continue;
      if (buffer[0] === "#") {
        this.comment(buffer);
        continue;
      }
      if (this.opts.verbose) this.out += `<!-- line ${this.line} ${xmlCommentEscape(buffer)} -->\n`;
      if (buffer === "COMMIT\n" && this.curTable) this.closeTable();
      else if (buffer[0] === "*") this.tableLine(buffer);
      else if (buffer[0] === ":" && this.curTable) this.chainLine(buffer);
      else if (this.curTable) this.ruleLine(buffer);
      else throw new XmlExit(1, `iptables-xml: line ${this.line} failed\n`);
    }
    if (this.curTable) throw new XmlExit(1, `iptables-xml: COMMIT expected at line ${this.line + 1}\n`);
    this.out += "</iptables-rules>\n";
  }

  existsChain(name: string): boolean {
    return name === this.curChain || this.chains.some((c) => c.name === name);
  }

  private comment(text: string): void {
    this.out += `<!-- ${xmlCommentEscape(text)} -->\n`;
  }

  private tableLine(buffer: string): void {
    const table = new CLine(buffer).strtok(" \t\n", 1);
    if (table === undefined) throw xmlParamProblem(`iptables-xml: line ${this.line} table name invalid`, this.line);
    this.closeTable();
    this.curTable = table.slice(0, NAME_MAX);
    this.out += `  <table name="${xmlEncode(this.curTable)}" >\n`;
  }

  private chainLine(buffer: string): void {
    const words = new CLine(buffer);
    const chain = words.strtok(" \t\n", 1);
    if (chain === undefined) throw xmlParamProblem(`iptables-xml: line ${this.line} chain name invalid`, this.line);
    const policy = words.strtok(" \t\n");
    if (policy === undefined) throw xmlParamProblem(`iptables-xml: line ${this.line} policy invalid`, this.line);
    scanChainCounters(words.strtok(" \t\n"), this.counts);
    this.chains.push({ name: chain, policy, counts: [this.counts[0], this.counts[1]], created: false });
  }

  private ruleLine(buffer: string): void {
    const { pcnt, bcnt, rest } = this.ruleCounters(buffer);
    const words = splitXmlRuleWords(rest, this.line);
    let chain: string | undefined;
    for (let a = 1; a < words.length; a++) {
      if (words[a - 1]!.text === "-A") {
        chain = words[a]!.text;
        break;
      }
    }
    if (chain === undefined) throw new XmlExit(1, `iptables-xml: line ${this.line} failed - no chain found\n`);
    this.needChain(chain);
    this.rule(pcnt, bcnt, words);
    this.lastRule = words.map((w) => w.text);
  }

  /** tokenize_rule_counters: "[p:b]" read with strtok, which may cut the rule short. */
  private ruleCounters(buffer: string): { pcnt?: string; bcnt?: string; rest: string } {
    if (buffer[0] !== "[") return { rest: buffer };
    const close = buffer.indexOf("]");
    if (close < 0) throw xmlParamProblem(`Bad line ${this.line}: need ]`, this.line);
    const c = new CLine(buffer);
    const pcnt = c.strtok(":", 1);
    if (pcnt === undefined) throw xmlParamProblem(`Bad line ${this.line}: need :`, this.line);
    const bcnt = c.strtok("]");
    if (bcnt === undefined) throw xmlParamProblem(`Bad line ${this.line}: need ]`, this.line);
    return { pcnt, bcnt, rest: c.stringAt(close + 1) };
  }

  private closeChain(): void {
    if (!this.curChain) return;
    if (this.closeActions) this.out += "       </actions>\n\n";
    this.closeActions = false;
    if (this.closeRule) this.out += "      </rule>\n\n";
    this.closeRule = false;
    this.out += "    </chain>\n";
    this.curChain = "";
  }

  private openChain(chain: SavedChain, empty: boolean): void {
    this.closeChain();
    this.curChain = chain.name.slice(0, NAME_MAX);
    let text = `    <chain name="${xmlEncode(this.curChain)}" `;
    if (chain.policy !== "-") text += `policy="${xmlEncode(chain.policy)}" `;
    text += `packet-count="${signedText(chain.counts[0])}" byte-count="${signedText(chain.counts[1])}" `;
    if (empty) this.curChain = "";
    this.out += `${text}${empty ? "/" : ""}>\n`;
  }

  /** Opens every chain declared under this name (once marked, it is not printed empty). */
  private needChain(name: string): void {
    if (name === this.curChain) return;
    for (const c of this.chains) {
      if (c.name !== name) continue;
      this.openChain(c, false);
      c.created = true;
    }
  }

  private closeTable(): void {
    this.closeChain();
    for (const c of this.chains) if (!c.created) this.openChain(c, true);
    this.chains = [];
    if (this.curTable) this.out += "  </table>\n";
    this.curTable = "";
  }

  private rule(pcnt: string | undefined, bcnt: string | undefined, words: XmlWord[]): void {
    const conditions = words.length > 2 && !isTargetWord(words[2]!.text);
    if (this.opts.combine && conditions && this.sameConditions(words)) this.comment("Combine action from next rule");
    else {
      if (this.closeActions) this.out += "       </actions>\n\n";
      this.closeActions = false;
      if (this.closeRule) this.out += "      </rule>\n\n";
      let open = "      <rule ";
      if (pcnt !== undefined) open += `packet-count="${xmlEncode(pcnt)}" `;
      if (bcnt !== undefined) open += `byte-count="${xmlEncode(bcnt)}" `;
      this.out += `${open}>\n`;
      this.closeRule = true;
      if (conditions) {
        this.out += "       <conditions>\n";
        writeRuleConditions(this, words);
        this.out += "       </conditions>\n";
      }
    }
    if (!this.closeActions) {
      this.out += "       <actions>\n";
      this.closeActions = true;
    }
    writeRuleActions(this, words);
  }

  /** compareRules: the same words up to a jump in both, and the earlier jump not final. */
  private sameConditions(words: XmlWord[]): boolean {
    const old = this.lastRule;
    for (let i = 0; i < words.length && i < old.length; i++) {
      if (isTargetWord(old[i]!) && isTargetWord(words[i]!.text)) {
        const jump = old[i] === "-j" || old[i] === "--jump";
        const final = (jump && i + 1 < old.length && TERMINATING.has(old[i + 1]!)) || !jump;
        return !final;
      }
      if (old[i] !== words[i]!.text) return false;
    }
    return false;
  }
}

/**
 * Converts save text (a JS string) to iptables-xml's output. Returns stdout, and the exit
 * status and stderr text of a failure (stdout then holds what was printed before it).
 */
export function convertSaveToXml(input: string, opts: XmlOptions): { stdout: string; stderr: string; rc: number } {
  const conv = new XmlConverter(opts);
  const bytes = Buffer.from(input, "utf8").toString("latin1");
  let stderr = "";
  let rc = 0;
  try {
    conv.run(bytes);
  } catch (e) {
    if (!(e instanceof XmlExit)) throw e;
    stderr = e.text;
    rc = e.rc;
  }
  const toText = (s: string): string => Buffer.from(s, "latin1").toString("utf8");
  return { stdout: toText(conv.out), stderr: toText(stderr), rc };
}
