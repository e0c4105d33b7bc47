import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { parsePrintRequest } from '../../../shared/print/jobs';
import type { PrintPageAnswer } from '../../../shared/print/print-page';
import { PrintDocument } from './PrintDocument';
import { BUNDLED_FAMILIES } from './fonts';
import { whenAssetsReady } from './ready';
import { BASE_CSS } from './styles';

/**
 * print.html: the host opens this page, hands it a job with
 * window.cdPrint(request) and prints once the answer is { ok: true }, which
 * comes only after fonts and images have loaded. A malformed or unknown job
 * shows its error on the page and answers { ok: false, message }.
 */
const el = document.getElementById('print-root')!;
// Shared styles and font faces go in once, so fonts are decoded once per page, not once per job.
const base = document.createElement('style');
base.textContent = BASE_CSS;
document.head.appendChild(base);
const fontsLoaded = Promise.all(BUNDLED_FAMILIES.map((f) => document.fonts.load(`16px '${f}'`, '政协').catch(() => []))).then(() => undefined);

let renderError: unknown = null;
const root = createRoot(el, { onUncaughtError: (e) => (renderError = e) });
const state = (s: 'waiting' | 'ready' | 'error') => (document.documentElement.dataset.printState = s);

function fail(message: string): PrintPageAnswer {
  flushSync(() => root.render(<div className="print-error" role="alert">无法打印：{message}</div>));
  state('error');
  return { ok: false, message };
}

window.cdPrint = async (raw) => {
  const parsed = parsePrintRequest(raw);
  if (!parsed.ok) return fail(parsed.message);
  await fontsLoaded;
  renderError = null;
  flushSync(() => root.render(<PrintDocument request={parsed.request} />));
  if (renderError) return fail(`排版出错：${(renderError as Error).message ?? String(renderError)}`);
  await whenAssetsReady(document);
  document.title = parsed.request.job.kind;
  state('ready');
  return { ok: true };
};

state('waiting');
