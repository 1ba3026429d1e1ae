// The scenario's briefing, before the terminal opens: Enter starts (or continues a saved
// attempt), r starts over, Esc goes back.

import { Box, Text } from "ink";
import { KeyBar } from "../components/key-bar.js";
import { MarkdownLine } from "../components/markdown-lines.js";
import { useSyncedState } from "../hooks/use-synced-state.js";
import { useRawInput } from "../hooks/use-raw-input.js";
import type { Size } from "../hooks/use-terminal-size.js";
import type { ScenarioDoc } from "../engine-adapter.js";
import { renderMarkdown } from "../markdown/render-markdown.js";
import { decodeKey, isLeaveKey } from "../terminal/keys.js";
import { useTheme } from "../theme.js";

interface Props {
  doc: ScenarioDoc;
  savedCommands: number;
  size: Size;
  onStart: (resume: boolean) => void;
  onBack: () => void;
}

export function BriefingScreen({ doc, savedCommands, size, onStart, onBack }: Props) {
  const theme = useTheme();
  const [top, setTop, topNow] = useSyncedState(0);
  const lines = renderMarkdown(doc.briefing, Math.min(size.cols, 100), theme.plain).flatMap((i) => (i.kind === "line" ? [i] : []));
  const room = Math.max(3, size.rows - 4);
  const maxTop = Math.max(0, lines.length - room);
  useRawInput((raw) => {
    const k = decodeKey(raw);
    const top = topNow.current;
    if (k.kind === "pageDown" || (k.kind === "text" && k.text === " ")) setTop(Math.min(maxTop, top + room - 1));
    else if (k.kind === "pageUp") setTop(Math.max(0, top - room + 1));
    else if (k.kind === "down") setTop(Math.min(maxTop, top + 1));
    else if (k.kind === "up") setTop(Math.max(0, top - 1));
    else if (k.kind === "enter") onStart(savedCommands > 0);
    else if (k.kind === "text" && k.text === "r" && savedCommands > 0) onStart(false);
    else if (isLeaveKey(k)) onBack();
  });
  const more = maxTop > 0 ? [{ key: "PgDn/PgUp", label: top < maxTop ? "read on" : "back up" }] : [];
  const keys = savedCommands > 0
    ? [{ key: "Enter", label: `continue where you left off (${savedCommands} commands)` }, { key: "r", label: "start over" }, { key: "Esc", label: "back" }]
    : [{ key: "Enter", label: "start" }, { key: "Esc", label: "back" }];
  keys.splice(1, 0, ...more);
  return (
    <Box flexDirection="column" width={size.cols}>
      <Text bold>
        {doc.title} — {doc.level}, about {doc.minutes} min
      </Text>
      <Box flexDirection="column" height={room}>
        {lines.slice(top, top + room).map((l, i) => (
          <MarkdownLine key={top + i} text={l.text} style={l.style} />
        ))}
      </Box>
      <Text>{maxTop > 0 ? `(lines ${top + 1}–${Math.min(lines.length, top + room)} of ${lines.length})` : " "}</Text>
      <KeyBar keys={keys} width={size.cols} />
    </Box>
  );
}
