import { renderToStaticMarkup } from 'react-dom/server';
import type { PrintRequest } from '../../../shared/print/jobs';
import { PrintDocument } from './PrintDocument';

/** The document as HTML without a browser (unit tests). */
export function renderPrintHtml(request: PrintRequest): string {
  return renderToStaticMarkup(<PrintDocument request={request} />);
}
