// The terminal's size, following resizes (state elsewhere survives the re-layout). Tests and
// callers may pin a size.

import { useEffect, useState } from "react";
import { useStdout } from "ink";

export interface Size {
  cols: number;
  rows: number;
}

export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const read = (): Size => fixed ?? { cols: stdout.columns || 80, rows: stdout.rows || 24 };
  const [size, setSize] = useState<Size>(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, fixed?.cols, fixed?.rows]);
  return fixed ?? size;
}
