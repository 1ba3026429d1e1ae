// Shown when a guard breaks: the session froze, why (which rule dropped the keystroke's
// packet), and the two ways back.

import { Box, Text } from "ink";
import { wrapHanging } from "../text-wrap.js";
import { borderStyle, useTheme } from "../theme.js";

interface Props {
  explanation: string;
  penalty: number;
  choice: string;
  width: number;
  height?: number;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const TITLE = "Locked out: your SSH session stopped answering.";

/** Columns inside the border. */
const innerWidth = (width: number, plain: boolean): number => Math.max(10, width - (plain ? 0 : 2));

/**
 * Every row of text the panel shows, wrapped to its width, shared with lockoutPanelHeight so
 * layout and render agree. Choices hang under their letter, so the penalty is never cut off.
 */
function panelRows(explanation: string, penalty: number, width: number, plain: boolean) {
  const inner = innerWidth(width, plain);
  return {
    title: wrapHanging(plain ? TITLE : `⚠ ${TITLE}`, inner, "", plain ? "" : "  "),
    explanation: wrapHanging(capitalised(explanation), inner),
    consoleChoice: wrapHanging(`open the out-of-band console and continue (−${penalty} points)`, inner, "c  ", "   "),
    resetChoice: wrapHanging("reset the world to its starting state", inner, "r  ", "   "),
  };
}

/** What the learner has typed so far, after the prompt; one row more when it would not fit. */
const PROMPT = "Type c or r, then Enter: ";
const promptRows = (choice: string, width: number, plain: boolean): number => Math.ceil((PROMPT.length + choice.length + 1) / innerWidth(width, plain));

/** Rows the panel needs at this width: title, explanation, blank, both choices, prompt, border. */
export function lockoutPanelHeight(explanation: string, penalty: number, width: number, plain: boolean, choice = ""): number {
  const r = panelRows(explanation, penalty, width, plain);
  return r.title.length + r.explanation.length + 1 + r.consoleChoice.length + r.resetChoice.length + promptRows(choice, width, plain) + (plain ? 0 : 2);
}

export function LockoutPanel({ explanation, penalty, choice, width, height }: Props) {
  const theme = useTheme();
  const rows = panelRows(explanation, penalty, width, theme.plain);
  const line = (text: string, key: string, bold = false) => (
    <Text key={key} bold={bold} wrap="truncate-end">
      {text}
    </Text>
  );
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      flexShrink={0}
      borderStyle={borderStyle(theme)}
      borderColor={theme.color ? "red" : undefined}
      overflow="hidden"
    >
      {rows.title.map((t, i) => line(t, `title${i}`, true))}
      {rows.explanation.map((t, i) => line(t, `explanation${i}`))}
      <Text> </Text>
      {rows.consoleChoice.map((t, i) => line(t, `consoleChoice${i}`))}
      {rows.resetChoice.map((t, i) => line(t, `resetChoice${i}`))}
      <Text>
        {PROMPT}
        {choice}
        <Text inverse> </Text>
      </Text>
    </Box>
  );
}
