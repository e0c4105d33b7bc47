import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftFields } from '../../../../../shared/domain/proposal';
import { saveDraft } from '../data/proposals';

/** How long after the last keystroke the draft saves itself. */
export const AUTOSAVE_MS = 800;

export type SaveState = { phase: 'saved'; at: string } | { phase: 'dirty' } | { phase: 'saving' } | { phase: 'error'; message: string };

/**
 * Save the draft within a second of typing stopping (each save a revision),
 * one save at a time; on leaving the page, and when the window is hidden,
 * the pending text is saved at once. A failed save keeps the text pending
 * and says so.
 */
export function useAutosave(id: string, by: string, savedAt: string) {
  const pending = useRef<DraftFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [state, setState] = useState<SaveState>({ phase: 'saved', at: savedAt });

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const d = pending.current;
      if (!d) return;
      pending.current = null;
      setState({ phase: 'saving' });
      try {
        const rev = await saveDraft(id, d, by);
        setState(pending.current ? { phase: 'dirty' } : { phase: 'saved', at: rev?.at ?? new Date().toISOString() });
      } catch (e) {
        pending.current ??= d;
        setState({ phase: 'error', message: (e as Error).message });
      }
    });
    return chain.current;
  }, [id, by]);

  const change = useCallback((d: DraftFields) => {
    pending.current = d;
    setState({ phase: 'dirty' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  }, [flush]);

  useEffect(() => {
    const onHide = () => { if (document.visibilityState === 'hidden') void flush(); };
    const onUnload = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      void flush();
    };
  }, [flush]);

  return { state, change, flush };
}
