import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms` (the first value at once): a search that waits
 * for typing to pause, a live region that speaks once rather than at every keystroke.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
