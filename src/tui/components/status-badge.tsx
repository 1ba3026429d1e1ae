// A status shown as symbol (and word in plain mode), coloured only as a second cue.

import { Text } from "ink";
import { statusColor, statusLabel, useTheme, type Status } from "../theme.js";

export function StatusBadge({ status }: { status: Status }) {
  const theme = useTheme();
  return <Text color={statusColor(status, theme)}>{statusLabel(status, theme)}</Text>;
}
