import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { isInside } from './paths';
import { CSP } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Serve the built renderer for app:// (Electron) and the routed origin (browser
 * host) alike: files inside `root` only, the CSP header on every response,
 * index.html for app routes without an extension.
 */
export async function serveStatic(root: string, pathname: string): Promise<StaticResponse> {
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
  let rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (rel === '' || !path.extname(rel)) rel = 'index.html';
  const abs = path.resolve(root, rel);
  if (!isInside(root, abs)) return { status: 403, headers, body: Buffer.from('forbidden') };
  try {
    const body = await fsp.readFile(abs);
    return { status: 200, headers: { ...headers, 'Content-Type': TYPES[path.extname(abs)] ?? 'application/octet-stream' }, body };
  } catch {
    return { status: 404, headers, body: Buffer.from('not found') };
  }
}
