// How iptables-xml 1.8.9 prints one rule's words (do_rule_part): options before a "-m NAME"
// go into a <match> element, each "-m NAME" opens an element of its own, every "--opt value"
// becomes <opt >value</opt>, and a jump to a declared chain becomes <call> or <goto>.
// Words are printed as they come, so odd input gives odd (but the real program's) XML.
import { type XmlWord, xmlEncode } from "./xml-words.js";

/** What a rule part needs from the converter: its output and the chains it knows. */
export interface RulePartEnv {
  out: string;
  existsChain(name: string): boolean;
}

/** -j, --jump, -g or --goto. */
export function isTargetWord(word: string): boolean {
  return word === "-j" || word === "--jump" || word === "-g" || word === "--goto";
}

function isModuleWord(word: string): boolean {
  return word === "-m" || word === "--module";
}

const INDENT1 = "        ";
const INDENT2 = "          ";

/** The words from the third up to the first unquoted jump (the rule's <conditions>). */
export function writeRuleConditions(env: RulePartEnv, words: XmlWord[]): void {
  writeRulePart(env, words, false);
}

/** The words from the first unquoted jump on (the rule's <actions>). */
export function writeRuleActions(env: RulePartEnv, words: XmlWord[]): void {
  writeRulePart(env, words, true);
}

function writeRulePart(env: RulePartEnv, words: XmlWord[], actions: boolean): void {
  const argc = words.length;
  const text = (i: number): string => words[i]!.text;
  const plain = (i: number): boolean => !words[i]!.quoted;
  let out = "";
  let level1: string | undefined; // the open match/target element
  let level2: string | undefined; // the open option element
  let invertNext = false;
  let spacer = "";
  const close2 = (): void => {
    if (level2 !== undefined) out += `</${level2}>\n`;
    level2 = undefined;
  };
  const close1 = (): void => {
    if (level1 !== undefined) out += `${INDENT1}</${level1}>\n`;
    level1 = undefined;
  };

  let arg = 2; // past "-A CHAIN"
  if (actions) while (arg < argc && (!plain(arg) || !isTargetWord(text(arg)))) arg++;
  // built-in options (-s, -p ...) first: they go into a <match> element of their own
  const first = arg < argc && text(arg) === "!" ? arg + 1 : arg;
  if (first < argc && text(first).startsWith("-") && !isTargetWord(text(first)) && text(first) !== "-m") {
    level1 = "match";
    out += `${INDENT1}<match >\n`;
  }
  for (; arg < argc; arg++) {
    const word = text(arg);
    if (!actions && plain(arg) && isTargetWord(word)) break;
    if (plain(arg) && word === "!") {
      // "!" before an option inverts it; anywhere else it is data
      if (arg + 1 < argc && text(arg + 1).startsWith("-")) invertNext = true;
      else out += spacer + word;
      spacer = " ";
    } else if (plain(arg) && isTargetWord(word) && arg + 1 < argc && env.existsChain(text(arg + 1))) {
      close2();
      close1();
      spacer = "";
      invertNext = false;
      level1 = word === "-g" || word === "--goto" ? "goto" : "call";
      out += `${INDENT1}<${level1} >\n`;
      arg++;
      out += `${INDENT2}<${text(arg)} />\n`;
    } else if (plain(arg) && (isTargetWord(word) || isModuleWord(word))) {
      if (arg + 1 >= argc) break; // "-m" or "-j" with nothing after it
      close2();
      close1();
      spacer = "";
      invertNext = false;
      arg++;
      out += `${INDENT1}<${text(arg)} `;
      const next = arg + 1;
      if (next >= argc || (plain(next) && (isTargetWord(text(next)) || isModuleWord(text(next))))) out += " />\n";
      else {
        level1 = text(arg);
        out += ">\n";
      }
    } else if (plain(arg) && word.startsWith("-")) {
      close2();
      const tag = word.replace(/^-+/, "");
      spacer = "";
      out += `${INDENT2}<${tag} `;
      if (invertNext) out += ' invert="1"';
      invertNext = false;
      // an option followed by another (quoted or not) has no value
      if (arg + 1 >= argc || text(arg + 1).startsWith("-")) out += " />\n";
      else {
        level2 = tag;
        out += ">";
      }
    } else {
      const wrap = !plain(arg) || word.includes(" ");
      out += wrap ? `${spacer}&quot;${xmlEncode(word)}&quot;` : spacer + xmlEncode(word);
      spacer = " ";
    }
  }
  close2();
  close1();
  env.out += out;
}
