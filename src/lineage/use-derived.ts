import { useState } from "react";

/**
 * `derive(input, previous)` once per new `input` (by identity), given the result for the previous
 * input: for results that reuse parts of the previous one. The previous result is state, updated
 * during render (React's pattern for information from previous renders), so a render React throws
 * away leaves nothing behind.
 */
export function useDerived<I, O>(input: I, derive: (input: I, previous: O) => O, initial: O): O {
  const [memo, setMemo] = useState(() => ({ input, out: derive(input, initial) }));
  if (memo.input === input) return memo.out;
  const out = derive(input, memo.out);
  setMemo({ input, out });
  return out;
}
