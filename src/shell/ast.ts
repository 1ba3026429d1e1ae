// The shell's syntax tree: what the parser produces and the interpreter walks.

/** A piece of a word. `quoted` parts are never field-split or globbed. */
export type WordPart =
  | { t: "lit"; v: string; quoted: boolean }
  /** op: "len" (${#x}), ":-" "-" ":=" "=" ":+" "+" ":?" "?", "substr", "#" "##" "%" "%%", "/" "//" "/#" "/%", "^^" "^" ",," ",". */
  | { t: "var"; name: string; quoted: boolean; op?: string; arg?: Word; arg2?: Word; index?: string }
  | { t: "sub"; src: string; quoted: boolean; line: number; backtick?: boolean }
  /**
   * `<(list)`: process substitution, expands to a /dev/fd path holding the list's output;
   * `>(list)` (out): a /dev/fd path whose text the list reads once the command has written it.
   */
  | { t: "procsub"; src: string; line: number; out?: boolean }
  | { t: "arith"; src: string; quoted: boolean }
  | { t: "tilde" };

export type Word = WordPart[];

export type RedirectOp = ">" | ">>" | ">|" | "<" | "<<" | "<<-" | "<<<" | ">&" | "<&" | "&>" | "&>>" | "<>";

export interface Redirect {
  /** File descriptor redirected (defaults: 1 for output, 0 for input). */
  fd: number;
  op: RedirectOp;
  target: Word;
  /** Filled in once the body lines are read (`text`: the body as written, for printing). */
  heredoc?: { body: Word; text?: string };
  /** The target as written (print-command.ts shows functions as bash does). */
  text?: string;
  /** The 2>&1 bash's `|&` stands for (dash has no |&). */
  pipeAmp?: boolean;
}

export interface Assignment {
  name: string;
  value: Word;
  /** `name=(w1 w2 …)` / `name+=(…)`: an array literal (each word expanded into elements). */
  array?: Word[];
  /** The array literal's words as written (set -x shows them so). */
  arrayTexts?: string[];
  append?: boolean;
  /** `name[INDEX]=value`: the subscript's text (arithmetic). */
  index?: string;
}

export interface SimpleCommand {
  kind: "simple";
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
  line: number;
  /** `[[ … ]]`: words are expanded without field splitting or globbing. */
  conditional?: boolean;
  /** The words (assignments included) as written, in order, for printing. */
  texts?: string[];
}

export interface GroupCommand {
  kind: "group";
  subshell: boolean;
  body: List;
  redirects: Redirect[];
}

export interface IfCommand {
  kind: "if";
  branches: { cond: List; body: List }[];
  elseBody?: List;
  redirects: Redirect[];
}

export interface ForCommand {
  kind: "for";
  name: string;
  /** undefined: iterate over "$@" (always empty here). */
  items?: Word[];
  /** The items as written, for printing. */
  itemTexts?: string[];
  /** `select NAME in …`: a menu on stderr, NAME set from each line read. */
  select?: boolean;
  body: List;
  redirects: Redirect[];
}

/** for (( INIT; COND; STEP )): each part is arithmetic text ($vars expanded first). */
export interface ArithForCommand {
  kind: "arithfor";
  init: Word;
  cond: Word;
  step: Word;
  /** INIT, COND and STEP as written, for printing. */
  texts?: string[];
  body: List;
  redirects: Redirect[];
}

export interface LoopCommand {
  kind: "while";
  until: boolean;
  cond: List;
  body: List;
  redirects: Redirect[];
}

export interface FunctionDef {
  kind: "func";
  name: string;
  /** Defined with bash's `function` keyword: "paren" for `function f()`, "brace" for `function f`. */
  keyword?: "paren" | "brace";
  body: Command;
  redirects: Redirect[];
}

export interface CaseCommand {
  kind: "case";
  word: Word;
  /** end: how the item ended when not `;;` (`;&` falls through, `;;&` tests on). */
  items: { patterns: Word[]; body: List; patternTexts?: string[]; end?: ";&" | ";;&" }[];
  /** The word as written, for printing. */
  wordText?: string;
  redirects: Redirect[];
}

export type Command = SimpleCommand | GroupCommand | IfCommand | ForCommand | ArithForCommand | LoopCommand | FunctionDef | CaseCommand;

export interface Pipeline {
  negate: boolean;
  cmds: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: "&&" | "||"; pipeline: Pipeline }[];
  /** Ended by `&`: runs as a background job. */
  background?: boolean;
  /** Ended by a line break rather than `;` (a re-printed $(…) keeps the break). */
  newline?: boolean;
}

export type List = AndOr[];
