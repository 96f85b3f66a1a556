// Lets the browser paint a progress message before a burst of synchronous crypto (about half a
// second in Tor Browser "Safer", where there is no JIT). Falls back to a short timer, because
// animation frames never come while the tab is in the background.
export function nextPaint(): Promise<void> {
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
