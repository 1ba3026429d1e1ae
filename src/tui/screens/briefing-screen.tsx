// The scenario's briefing, before the terminal opens: Enter starts (or continues a saved
// attempt), r starts over, Esc goes back.

import { Box, Text } from "ink";
import { KeyBar } from "../components/key-bar.js";
import { MarkdownLine } from "../components/markdown-lines.js";
import { useRawInput } from "../hooks/use-raw-input.js";
import type { Size } from "../hooks/use-terminal-size.js";
import type { ScenarioDoc } from "../engine-adapter.js";
import { renderMarkdown } from "../markdown/render-markdown.js";
import { decodeKey } from "../terminal/keys.js";
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
  useRawInput((raw) => {
    const k = decodeKey(raw);
    if (k.kind === "enter") onStart(savedCommands > 0);
    else if (k.kind === "text" && k.text === "r" && savedCommands > 0) onStart(false);
    else if (k.kind === "escape" || (k.kind === "text" && k.text === "q")) onBack();
  });
  const lines = renderMarkdown(doc.briefing, Math.min(size.cols, 100), theme.plain).flatMap((i) => (i.kind === "line" ? [i] : []));
  const room = Math.max(3, size.rows - 5);
  const keys = savedCommands > 0
    ? [{ key: "Enter", label: `continue where you left off (${savedCommands} commands)` }, { key: "r", label: "start over" }, { key: "Esc", label: "back" }]
    : [{ key: "Enter", label: "start" }, { key: "Esc", label: "back" }];
  return (
    <Box flexDirection="column" width={size.cols}>
      <Text bold>
        {doc.title} — {doc.level}, about {doc.minutes} min
      </Text>
      <Text> </Text>
      {lines.slice(0, room).map((l, i) => (
        <MarkdownLine key={i} text={l.text} style={l.style} />
      ))}
      <Text> </Text>
      <KeyBar keys={keys} width={size.cols} />
    </Box>
  );
}
