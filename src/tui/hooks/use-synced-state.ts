// State whose latest value a key handler can read at once. Keys that arrive together (a held
// key, two typed fast) are handled one after another before React renders again, so a handler
// reading the rendered value would act twice on the same old one.

import { useRef, useState } from "react";

export function useSyncedState<T>(initial: T): [T, (next: T) => void, { readonly current: T }] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = (next: T) => {
    ref.current = next;
    setValue(next);
  };
  return [value, set, ref];
}
