import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Paper, Typography } from '@mui/material';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ps } from './strings';

GlobalWorkerOptions.workerSrc = workerUrl;

const WIDTH = 360;

/** The real PDF's pages, drawn by pdf.js into canvases: what prints is what shows. */
export function PdfPreview({ data }: { data: Uint8Array }) {
  const box = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const host = box.current;
    if (!host) return;
    host.replaceChildren();
    setError(null);
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const task = getDocument({ data: data.slice(), isEvalSupported: false, disableAutoFetch: true });
    task.promise
      .then(async (pdf) => {
        if (cancelled) return;
        setPages(pdf.numPages);
        for (let i = 1; i <= pdf.numPages && !cancelled; i++) {
          const page = await pdf.getPage(i);
          const base = page.getViewport({ scale: 1 });
          const viewport = page.getViewport({ scale: (WIDTH / base.width) * (window.devicePixelRatio || 1) });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${WIDTH}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', ps.page(i, pdf.numPages));
          canvas.dataset.page = String(i);
          const frame = document.createElement('div');
          frame.className = 'pdf-page';
          frame.append(canvas);
          const cap = document.createElement('div');
          cap.className = 'pdf-page-no';
          cap.textContent = ps.page(i, pdf.numPages);
          frame.append(cap);
          host.append(frame);
          await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
        }
      })
      .catch((e: Error) => !cancelled && setError(`预览失败：${e.message}`));
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [data]);

  return (
    <Box>
      <Typography variant="subtitle1" data-testid="preview-pages">{pages ? ps.pages(pages) : ''}</Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <Paper
        variant="outlined"
        ref={box}
        data-testid="pdf-preview"
        sx={{
          p: 2, bgcolor: 'grey.200', maxHeight: 'calc(100vh - 220px)', overflow: 'auto', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2,
          '& .pdf-page canvas': { boxShadow: 2, bgcolor: '#fff', display: 'block' },
          '& .pdf-page-no': { textAlign: 'center', fontSize: 12, color: 'text.secondary', mt: 0.5 },
        }}
      />
    </Box>
  );
}
