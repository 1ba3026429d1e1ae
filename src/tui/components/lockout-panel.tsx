// Shown when a guard breaks: the session froze, why (which rule dropped the keystroke's
// packet), and the two ways back.

import { Box, Text } from "ink";
import { wrapWords } from "../markdown/render-markdown.js";
import { borderStyle, useTheme } from "../theme.js";

interface Props {
  explanation: string;
  penalty: number;
  choice: string;
  width: number;
  height?: number;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The explanation as wrapped rows, shared with lockoutPanelHeight so layout and render agree. */
function explanationRows(explanation: string, width: number, plain: boolean): string[] {
  return wrapWords(explanation, Math.max(10, width - (plain ? 0 : 2)));
}

/** Rows the panel needs at this width: title, explanation, blank, two choices, prompt, border. */
export function lockoutPanelHeight(explanation: string, width: number, plain: boolean): number {
  return 1 + explanationRows(capitalised(explanation), width, plain).length + 4 + (plain ? 0 : 2);
}

export function LockoutPanel({ explanation, penalty, choice, width, height }: Props) {
  const theme = useTheme();
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
      <Text bold>{theme.plain ? "Locked out: your SSH session stopped answering." : "⚠ Locked out: your SSH session stopped answering."}</Text>
      {explanationRows(capitalised(explanation), width, theme.plain).map((row, i) => (
        <Text key={i}>{row}</Text>
      ))}
      <Text> </Text>
      <Text wrap="truncate-end">c  open the out-of-band console and continue (−{penalty} points)</Text>
      <Text wrap="truncate-end">r  reset the world to its starting state</Text>
      <Text>
        Type c or r, then Enter: {choice}
        <Text inverse> </Text>
      </Text>
    </Box>
  );
}
