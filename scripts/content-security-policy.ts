import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build. Every script, style, worker and font comes from the
 * app's own origin; nothing inline and nothing evaluated from a string may run.
 *
 * - style-src 'self' without 'unsafe-inline': React writes `style={...}` props and d3 writes `.style()` through
 *   the CSSOM (element.style.setProperty), which CSP does not govern; only style *attributes* parsed from markup
 *   or set with setAttribute('style') and <style> elements would need 'unsafe-inline', and the app has none.
 * - worker-src 'self': Vite emits the training worker as its own file; the service worker is 'self' too.
 * - img-src data: blob: for chart exports (an SVG drawn into an image for PNG, object URLs for downloads).
 * - frame-ancestors, report-uri and sandbox are ignored in a <meta> policy: a host that can send headers should
 *   send this same policy as a header with `frame-ancestors 'none'` added (a header also covers the worker
 *   scripts, which a <meta> policy does not reach).
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

export function serializePolicy(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Puts the policy into the built index.html as the first element of <head>, so it governs everything after
 * it. Build only: the dev server injects inline scripts for hot reload.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'neuron-lab:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: serializePolicy(CONTENT_SECURITY_POLICY) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
