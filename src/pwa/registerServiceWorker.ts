/**
 * Production only: registers the service worker that vite-plugin-pwa generates (dist/sw.js), which precaches
 * the whole build so the app works offline after the first visit. The dev server has no service worker, and
 * there this module does nothing (import.meta.env.PROD is false).
 *
 * Updates: the browser checks sw.js on every navigation (and we ask again every hour for a tab left open all
 * day). A new sw.js installs, takes over at once (skipWaiting + clientsClaim) and drops the old precache, so
 * the next load runs the new version. A page still running the old version may then ask for one of its old
 * lazily loaded chunks that no longer exists anywhere: Vite reports that as `vite:preloadError`, and we reload
 * once into the new version (the lesson's state lives in the URL, so nothing is lost).
 */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
const RELOAD_MARK = 'neuron-lab:reloaded-for-stale-chunk';
const RELOAD_GUARD_MS = 30_000;

function register(): void {
  // Relative to the page, so the app works from any sub-path; the scope is the folder index.html sits in.
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((registration) => {
      setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    })
    .catch((error: unknown) => {
      // Without a service worker the app still works online; offline use is what is lost.
      console.warn('Neuron Lab: offline use is unavailable, the service worker did not register.', error);
    });
}

function reloadOnceForStaleChunk(event: Event): void {
  const last = Number(sessionStorage.getItem(RELOAD_MARK) ?? 0);
  // A chunk that fails again right after a reload is a real failure: let it surface rather than loop.
  if (Date.now() - last < RELOAD_GUARD_MS) return;
  sessionStorage.setItem(RELOAD_MARK, String(Date.now()));
  event.preventDefault();
  window.location.reload();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('vite:preloadError', reloadOnceForStaleChunk);
  // After the load event, so installing the precache never competes with the first load for bandwidth.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
