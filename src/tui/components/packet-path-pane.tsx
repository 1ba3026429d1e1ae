// Wide layouts: the last traced packet's path beside the terminal.

import { Box, Text } from "ink";
import type { PacketTrace } from "../engine-adapter.js";
import { borderStyle, useTheme } from "../theme.js";
import { traceLines } from "./trace-diagram.js";

export function PacketPathPane({ trace, width, height }: { trace: PacketTrace | undefined; width: number; height: number }) {
  const theme = useTheme();
  const lines = trace ? traceLines(trace, theme.plain) : ["Packet path", "", "Run a probe, then type path", "(or press F4) to see its way", "through the hooks and chains."];
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle={borderStyle(theme)} overflow="hidden">
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate-end">
          {l === "" ? " " : l}
        </Text>
      ))}
    </Box>
  );
}
