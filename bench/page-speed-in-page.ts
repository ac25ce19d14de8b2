/**
 * Functions the page benchmarks run inside extension pages (Playwright serialises each one, so each
 * is self-contained). Times are the page's own clock (performance.now(), from its navigation start).
 */

export interface Probe {
  /** Texts that all show once the page shows what it is for. */
  expect: string[];
  satisfied: boolean;
  /** The frame (requestAnimationFrame, just before paint) in which the expected texts first showed. */
  meaningfulAt?: number;
  /** The frame after the latest change to the page. */
  lastChangeAt: number;
  /** Input events (click, keydown, input, change) since the probe was armed. */
  inputs: number[];
  longTasks: number[];
  arm(expect: string[]): void;
}

/**
 * Installed before the page's own scripts: watches the DOM for the expected texts and notes the
 * frame they first paint in, the frame after each change, input events and long tasks.
 */
export function installProbe({ expect }: { expect: string[] }): void {
  const probe: Probe = {
    expect,
    satisfied: false,
    lastChangeAt: 0,
    inputs: [],
    longTasks: [],
    arm(texts) {
      probe.expect = texts;
      probe.satisfied = false;
      probe.meaningfulAt = undefined;
      probe.inputs = [];
      armed += 1;
      check();
    },
  };
  let armed = 0;
  (window as unknown as { __probe: Probe }).__probe = probe;
  for (const type of ['click', 'keydown', 'input', 'change']) addEventListener(type, () => probe.inputs.push(performance.now()), true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ entryTypes: ['longtask'] });
  } catch {
    // No long task timing in this browser: none are reported.
  }
  function check() {
    requestAnimationFrame(() => (probe.lastChangeAt = performance.now()));
    if (probe.satisfied || !document.body) return;
    const text = document.body.textContent ?? '';
    if (!probe.expect.every((expected) => text.includes(expected))) return;
    probe.satisfied = true;
    const round = armed;
    requestAnimationFrame(() => {
      if (round === armed) probe.meaningfulAt = performance.now();
    });
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

export function readProbe(): Omit<Probe, 'arm'> & { now: number } {
  const { arm: _arm, ...probe } = (window as unknown as { __probe: Probe }).__probe;
  return { ...probe, now: performance.now() };
}

export function armProbe(expect: string[]): void {
  (window as unknown as { __probe: Probe }).__probe.arm(expect);
}
