// Lets the browser paint a progress message before a burst of synchronous crypto (about half a
// second in Tor Browser "Safer", where there is no JIT). Falls back to a short timer, because
// animation frames never come while the tab is in the background. Without a page (the server's
// no-JavaScript renderer) it does not wait at all.
export function nextPaint(): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      );
    }
  });
}
