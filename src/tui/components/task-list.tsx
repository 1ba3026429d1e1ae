// The scenario's checkpoints with their live status from the last check, and the score.

import { Box, Text } from "ink";
import type { CheckReport, CheckpointView } from "../engine-adapter.js";
import { borderStyle, useTheme } from "../theme.js";
import { StatusBadge } from "./status-badge.js";

interface Props {
  checkpoints: CheckpointView[];
  report: CheckReport | undefined;
  hintsUsed: number;
  width: number;
  height?: number;
}

export function TaskList({ checkpoints, report, hintsUsed, width, height }: Props) {
  const theme = useTheme();
  const max = checkpoints.reduce((s, c) => s + c.points, 0);
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle={borderStyle(theme)} overflow="hidden">
      <Text bold wrap="truncate-end">
        Tasks — score {report ? `${report.score}/${report.max}` : `?/${max}`}
        {hintsUsed > 0 ? `, ${hintsUsed} hint${hintsUsed === 1 ? "" : "s"}` : ""}
      </Text>
      {checkpoints.map((c) => {
        const result = report?.checkpoints.find((r) => r.id === c.id);
        return (
          <Text key={c.id} wrap="truncate-end">
            <StatusBadge status={result ? (result.passed ? "pass" : "fail") : "todo"} /> {c.title} ({c.points})
            {c.question ? ` — answer ${c.id} a…` : ""}
          </Text>
        );
      })}
    </Box>
  );
}
