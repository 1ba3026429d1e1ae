// Shown when a guard breaks: the session froze, why (which rule dropped the keystroke's
// packet), and the two ways back.

import { Box, Text } from "ink";
import { borderStyle, useTheme } from "../theme.js";

interface Props {
  explanation: string;
  penalty: number;
  choice: string;
  width: number;
  height?: number;
}

export function LockoutPanel({ explanation, penalty, choice, width, height }: Props) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle={borderStyle(theme)} borderColor={theme.color ? "red" : undefined} overflow="hidden">
      <Text bold>{theme.plain ? "Locked out: your SSH session stopped answering." : "⚠ Locked out: your SSH session stopped answering."}</Text>
      <Text wrap="wrap">{explanation}</Text>
      <Text> </Text>
      <Text>c  open the out-of-band console and continue (−{penalty} points)</Text>
      <Text>r  reset the world to its starting state</Text>
      <Text>
        Type c or r, then Enter: {choice}
        <Text inverse> </Text>
      </Text>
    </Box>
  );
}
