// The end of a scenario: score, time, hints used, what each checkpoint proved, and what next.

import { Box, Text } from "ink";
import { KeyBar } from "../components/key-bar.js";
import { StatusBadge } from "../components/status-badge.js";
import type { CatalogueView, CheckReport, ScenarioDoc } from "../engine-adapter.js";
import { useRawInput } from "../hooks/use-raw-input.js";
import type { Size } from "../hooks/use-terminal-size.js";
import { decodeKey, isLeaveKey } from "../terminal/keys.js";

export interface FinishData {
  report: CheckReport;
  elapsedMs: number;
  hintsUsed: number;
  consoleUses: number;
  usedSolution: boolean;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}

/** Scenarios worth doing next: same level not yet done first, then the next level up. */
export function nextSuggestions(doc: ScenarioDoc, catalogue: CatalogueView, done: (id: string) => boolean): string[] {
  const order = ["beginner", "intermediate", "advanced"];
  const rank = (l: string) => order.indexOf(l);
  return catalogue.scenarios
    .filter((s) => s.id !== doc.id && !done(s.id) && rank(s.level) >= rank(doc.level))
    .sort((a, b) => rank(a.level) - rank(b.level))
    .slice(0, 3)
    .map((s) => `${s.title} (${s.level}, ${s.minutes} min)`);
}

interface Props {
  doc: ScenarioDoc;
  data: FinishData;
  suggestions: string[];
  size: Size;
  onHome: () => void;
}

export function FinishScreen({ doc, data, suggestions, size, onHome }: Props) {
  useRawInput((raw) => {
    const k = decodeKey(raw);
    if (k.kind === "enter" || isLeaveKey(k)) onHome();
  });
  const { report } = data;
  return (
    <Box flexDirection="column" width={size.cols}>
      <Text bold>Finished: {doc.title}</Text>
      <Text> </Text>
      <Text>
        Score {report.score}/{report.max} · time {formatDuration(data.elapsedMs)} · hints used {data.hintsUsed}
        {data.consoleUses > 0 ? ` · console used ${data.consoleUses}×` : ""}
        {data.usedSolution ? " · solution shown" : ""}
      </Text>
      <Text> </Text>
      <Text bold>What each checkpoint proved</Text>
      {report.checkpoints.map((c) => (
        <Box key={c.id} flexDirection="column">
          <Text>
            <StatusBadge status={c.passed ? "pass" : "fail"} /> {c.title} ({c.earned}/{c.points})
          </Text>
          {c.details.map((d, i) => (
            <Text key={i} wrap="truncate-end">
              {"    "}
              {d}
            </Text>
          ))}
        </Box>
      ))}
      <Text> </Text>
      <Text bold>Next</Text>
      {suggestions.length === 0 ? <Text>  You have done every scenario at this level and above.</Text> : suggestions.map((s, i) => <Text key={i}>  {s}</Text>)}
      <Text> </Text>
      <KeyBar keys={[{ key: "Enter", label: "home" }]} width={size.cols} />
    </Box>
  );
}
