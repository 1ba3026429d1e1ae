// The scenario: task list with live checkpoint status and score, the terminal, a packet-path
// pane on wide terminals, the lockout panel when a guard breaks, and the key bar.

import { useSyncExternalStore } from "react";
import { Box } from "ink";
import { KeyBar } from "../components/key-bar.js";
import { LockoutPanel, lockoutPanelHeight } from "../components/lockout-panel.js";
import { PacketPathPane } from "../components/packet-path-pane.js";
import { TaskList } from "../components/task-list.js";
import { useRawInput } from "../hooks/use-raw-input.js";
import type { Size } from "../hooks/use-terminal-size.js";
import { scenarioLayout } from "../layout.js";
import type { ScenarioSession } from "../scenario-session.js";
import { TerminalView } from "../terminal/terminal-view.js";
import { borderStyle, useTheme } from "../theme.js";

const KEYS = [
  { key: "F1", label: "help" },
  { key: "F2", label: "check" },
  { key: "F3", label: "hint" },
  { key: "F4", label: "path" },
  { key: "F5", label: "undo" },
  { key: "F10", label: "quit" },
];
const LOCKOUT_KEYS = [
  { key: "c Enter", label: "console" },
  { key: "r Enter", label: "reset" },
  { key: "F10", label: "quit" },
];

export function ScenarioScreen({ session, size }: { session: ScenarioSession; size: Size }) {
  const theme = useTheme();
  const view = useSyncExternalStore(session.subscribe, session.getSnapshot);
  useRawInput((raw) => session.controller.feed(raw));
  const layout = scenarioLayout(size.cols, size.rows, theme.plain, session.doc.checkpoints.length);
  // Stacked, the lockout panel takes the rows it needs from the terminal below it.
  const lockoutRows = view.lockout && layout.mode === "stacked" ? lockoutPanelHeight(view.lockout.explanation, session.doc.consolePenalty, layout.taskWidth, theme.plain, view.lockoutChoice) : 0;
  const side = view.lockout ? (
    <LockoutPanel explanation={view.lockout.explanation} penalty={session.doc.consolePenalty} choice={view.lockoutChoice} width={layout.taskWidth} height={layout.mode === "stacked" ? lockoutRows : layout.taskHeight} />
  ) : (
    <TaskList checkpoints={session.doc.checkpoints} report={view.report} hintsUsed={view.hintsUsed} width={layout.taskWidth} height={layout.taskHeight} wrap={layout.mode !== "stacked"} />
  );
  const terminalInnerHeight = lockoutRows > 0 ? layout.terminalHeight + layout.taskHeight - lockoutRows - layout.border : layout.terminalHeight - layout.border;
  const terminal = (
    <Box borderStyle={borderStyle(theme)} width={layout.terminalWidth} flexDirection="column">
      <TerminalView controller={session.controller} width={layout.terminalWidth - layout.border} height={Math.max(3, terminalInnerHeight)} />
    </Box>
  );
  return (
    <Box flexDirection="column" width={size.cols}>
      {layout.mode === "stacked" ? (
        <Box flexDirection="column">
          {side}
          {terminal}
        </Box>
      ) : (
        <Box flexDirection="row">
          {side}
          {terminal}
          {layout.mode === "wide" && <PacketPathPane trace={view.trace} width={layout.pathWidth} height={layout.terminalHeight} />}
        </Box>
      )}
      <KeyBar keys={view.lockout ? LOCKOUT_KEYS : KEYS} width={size.cols} />
    </Box>
  );
}
