// Raw input events (one per key or escape sequence, a paste as one chunk), as Ink's stdin
// parser emits them. useInput would lose a pasted block's line breaks and a lone "\n".
//
// One subscription lives at the top (InputRoot) for the whole run and hands each event to the
// screen showing now: subscribing per screen would toggle raw mode off and on at every screen
// change, and Ink drops the keys that arrive in between.

import { createContext, createElement, useContext, useLayoutEffect, useRef, type ReactNode } from "react";
import { useStdin } from "ink";

type Handler = (raw: string) => void;

const InputContext = createContext<{ current: Handler | undefined }>({ current: undefined });

export function InputRoot({ children }: { children: ReactNode }) {
  const { setRawMode, internal_eventEmitter: events } = useStdin();
  const handler = useRef<Handler | undefined>(undefined);
  useLayoutEffect(() => {
    setRawMode(true);
    const listener = (raw: string) => handler.current?.(raw);
    events.on("input", listener);
    return () => {
      events.off("input", listener);
      setRawMode(false);
    };
  }, [events, setRawMode]);
  return createElement(InputContext.Provider, { value: handler }, children);
}

/** Makes `handler` receive raw input while this screen is the one rendered last. */
export function useRawInput(handler: Handler): void {
  const slot = useContext(InputContext);
  slot.current = handler;
  useLayoutEffect(() => {
    slot.current = handler;
  });
}
