import { useEffect, useState } from 'preact/hooks';

/**
 * False for a component's first render, true once that render has painted (Preact runs effects
 * after the frame). What lies below the first screen can wait for it, so the first meaningful paint
 * renders, lays out and paints only what the user sees first.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}
