// Rendered Markdown lines (from render-markdown.ts) with a style per kind of line.

import { Text } from "ink";
import type { MdStyle } from "../markdown/render-markdown.js";
import { useTheme } from "../theme.js";

export function MarkdownLine({ text, style }: { text: string; style: MdStyle }) {
  const theme = useTheme();
  const heading = style === "h1" || style === "h2" || style === "h3";
  const color = !theme.color ? undefined : style === "code" ? "cyan" : style === "error" ? "red" : style === "h1" ? "magenta" : undefined;
  return (
    <Text bold={heading} underline={style === "h2" && !theme.plain} color={color} wrap="truncate-end">
      {text === "" ? " " : text}
    </Text>
  );
}
