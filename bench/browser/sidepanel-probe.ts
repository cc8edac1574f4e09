/**
 * Runs in the side panel page before its own scripts (bundled by
 * sidepanel-bench.ts's blockProbeScript and given to addInitScript).
 */

/** What the probe has seen since it was last reset. */
export interface BlockProbe {
  /** Longest gap between two heartbeats (ms): how long the page could not answer a click. */
  gap: number;
  /** Longest task Chromium reported (ms; 0 when none passed 50 ms). */
  task: number;
  /** performance.now() when that longest task started: set beside countAt, it says what the task was. */
  taskAt: number;
  /** performance.now() when the lead count first showed each value. */
  countAt: Record<string, number>;
}

/**
 * Installed before the side panel's own scripts: a heartbeat that notes the
 * longest time the main thread went without running it, the longest task
 * Chromium reports, and when the lead count changed.
 */
function installBlockProbe(): void {
  const w = window as unknown as { blockProbe: BlockProbe; resetBlockProbe: () => void };
  let last = performance.now();
  w.blockProbe = { gap: 0, task: 0, taskAt: 0, countAt: {} };
  w.resetBlockProbe = () => {
    w.blockProbe.gap = 0;
    w.blockProbe.task = 0;
    w.blockProbe.taskAt = 0;
    w.blockProbe.countAt = {};
    last = performance.now();
  };
  // A timer heartbeat (every ~4 ms once nested): cheap, and late by exactly as long as the thread was busy.
  const beat = () => {
    const now = performance.now();
    w.blockProbe.gap = Math.max(w.blockProbe.gap, now - last);
    last = now;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration <= w.blockProbe.task) continue;
      w.blockProbe.task = entry.duration;
      w.blockProbe.taskAt = entry.startTime;
    }
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="lead-count"]')?.textContent ?? '';
    if (text && w.blockProbe.countAt[text] === undefined) w.blockProbe.countAt[text] = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

installBlockProbe();
