/**
 * Progress of a long build step (fifty items or more): "<what done/total>, <seconds> s",
 * at most every two seconds and at the end. Shorter steps say nothing.
 */
export function progressLog(what: (done: number, total: number) => string, log: (line: string) => void, t0 = performance.now()) {
  let last = t0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (total < 50 || (done < total && now - last < 2000)) return;
    last = now;
    log(`${what(done, total)}, ${((now - t0) / 1000).toFixed(1)} s`);
  };
}
