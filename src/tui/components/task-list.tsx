// The scenario's checkpoints with their live status from the last check, and the score. When
// the pane is short (stacked layout), the rows that do not fit are summed up on one line.

import { Box, Text } from "ink";
import type { CheckReport, CheckpointView } from "../engine-adapter.js";
import { wrapWords } from "../markdown/render-markdown.js";
import { borderStyle, statusLabel, useTheme } from "../theme.js";
import { StatusBadge } from "./status-badge.js";

interface Props {
  checkpoints: CheckpointView[];
  report: CheckReport | undefined;
  hintsUsed: number;
  width: number;
  /** Outer height, borders included. */
  height: number;
  /** Wrap long titles (side-by-side layouts) instead of cutting them (stacked). */
  wrap?: boolean;
}

export function TaskList({ checkpoints, report, hintsUsed, width, height, wrap = false }: Props) {
  const theme = useTheme();
  const max = checkpoints.reduce((s, c) => s + c.points, 0);
  const inner = Math.max(1, height - (theme.plain ? 0 : 2));
  const badgeWidth = Math.max(statusLabel("todo", theme).length, statusLabel("pass", theme).length, statusLabel("fail", theme).length);
  // Title row, then checkpoints; the last row says how many did not fit.
  const fits = checkpoints.length <= inner - 1 ? checkpoints.length : Math.max(0, inner - 2);
  const hidden = checkpoints.slice(fits);
  const passedHidden = hidden.filter((c) => report?.checkpoints.find((r) => r.id === c.id)?.passed).length;
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0} borderStyle={borderStyle(theme)} overflow="hidden">
      <Text bold wrap="truncate-end">
        Tasks — score {report ? `${report.score}/${report.max}` : `?/${max}`}
        {hintsUsed > 0 ? `, ${hintsUsed} hint${hintsUsed === 1 ? "" : "s"}` : ""}
      </Text>
      {checkpoints.slice(0, fits).map((c) => {
        const result = report?.checkpoints.find((r) => r.id === c.id);
        const title = `${c.title} (${c.points})${c.question ? ` — answer ${c.id} a…` : ""}`;
        // Side by side there is room to wrap a long title under itself; stacked, one row each.
        return (
          <Box key={c.id} flexDirection="row" flexShrink={0}>
            <Box flexShrink={0} width={badgeWidth} marginRight={1}>
              <StatusBadge status={result ? (result.passed ? "pass" : "fail") : "todo"} />
            </Box>
            {wrap ? (
              <Box flexDirection="column">
                {wrapWords(title, Math.max(8, width - (theme.plain ? 0 : 2) - badgeWidth - 1)).map((row, i) => (
                  <Text key={i}>{row}</Text>
                ))}
              </Box>
            ) : (
              <Text wrap="truncate-end">{title}</Text>
            )}
          </Box>
        );
      })}
      {hidden.length > 0 && (
        <Text wrap="truncate-end">
          … {hidden.length} more{report ? ` (${passedHidden} passed)` : ""}: type check to see all
        </Text>
      )}
    </Box>
  );
}
