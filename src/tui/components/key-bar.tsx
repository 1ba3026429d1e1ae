// The bottom row listing the keys that work on the current screen.

import { Text } from "ink";
import { useTheme } from "../theme.js";

export interface KeyHint {
  key: string;
  label: string;
}

export function KeyBar({ keys, width }: { keys: KeyHint[]; width: number }) {
  const theme = useTheme();
  const text = keys.map((k) => `${k.key} ${k.label}`).join(theme.plain ? ", " : "  ");
  return (
    <Text inverse={theme.color} wrap="truncate-end">
      {text.padEnd(Math.max(0, width))}
    </Text>
  );
}
