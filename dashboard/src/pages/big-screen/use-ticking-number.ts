import { useEffect, useRef, useState } from "react";
import { TICK_MS, tickValue } from "./big-screen-data.ts";

const prefersReducedMotion = () =>
  typeof window.matchMedia === "function" &&
  window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * A figure that ticks from what is on screen to `target` (frame by frame), as a wall display's
 * running total does; it jumps straight there for people who asked for reduced motion.
 */
export function useTickingNumber(target: number, durationMs = TICK_MS): number {
  const shown = useRef(0);
  const [value, setValue] = useState(0);

  useEffect(() => {
    const from = shown.current;
    if (from === target || prefersReducedMotion()) {
      shown.current = target;
      setValue(target);
      return;
    }
    const start = performance.now();
    let frame = requestAnimationFrame(function step(now: number) {
      const next = tickValue(from, target, now - start, durationMs);
      shown.current = next;
      setValue(next);
      if (next !== target) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [target, durationMs]);

  return value;
}
