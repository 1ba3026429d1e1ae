// Raw input events (one per key or escape sequence, a paste as one chunk), as Ink's stdin
// parser emits them. useInput would lose a pasted block's line breaks and a lone "\n".

import { useEffect, useRef } from "react";
import { useStdin } from "ink";

export function useRawInput(handler: (raw: string) => void, active = true): void {
  const { setRawMode, internal_eventEmitter: events } = useStdin();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!active) return;
    setRawMode(true);
    const listener = (raw: string) => latest.current(raw);
    events.on("input", listener);
    return () => {
      events.off("input", listener);
      setRawMode(false);
    };
  }, [active, events, setRawMode]);
}
