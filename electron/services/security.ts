/**
 * Security decisions as pure functions, unit-tested without Electron
 * (after Actual Budget's desktop-electron): which pages may call main, where
 * a window may navigate, and the Content-Security-Policy of every page.
 */

/** The app's own origin in each host: app:// in Electron; a routed, never-resolving https origin in the browser host. */
export const ELECTRON_ORIGIN = 'app://desk';
export const BROWSER_HOST_ORIGIN = 'https://committee-desk.invalid';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI (emotion) injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    // app:// is registered as a standard scheme, so its origin is scheme://host.
    return u.protocol === 'app:' ? `app://${u.host}` : u.origin;
  } catch {
    return null;
  }
}

export function isAppUrl(url: string, origin: string): boolean {
  return originOf(url) === origin;
}

/** Only pages of the app itself may call the handler table. */
export function makeSenderCheck(origin: string): (url: string) => boolean {
  return (url) => isAppUrl(url, origin);
}

/** A window may move within the app; anything else (links, drag-dropped files) is refused. */
export function isNavigationAllowed(url: string, origin: string): boolean {
  return isAppUrl(url, origin);
}
