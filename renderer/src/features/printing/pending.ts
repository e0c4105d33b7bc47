import { create } from 'zustand';
import type { PrintJobInput } from '../../../../shared/print/jobs';

interface PendingState {
  /** A document another page asked to print (e.g. a session's attendance report). */
  pending: { job: PrintJobInput; label: string } | null;
  set(p: { job: PrintJobInput; label: string } | null): void;
}

export const usePendingPrint = create<PendingState>((set) => ({ pending: null, set: (pending) => set({ pending }) }));

/**
 * Open the print center on a ready-made job: it shows the preview and the
 * print settings for it. Call with react-router's navigate:
 * `openInPrintCenter({ kind: 'signin', data }, '签到表：…', navigate)`.
 */
export function openInPrintCenter(job: PrintJobInput, label: string, navigate: (to: string) => void): void {
  usePendingPrint.getState().set({ job, label });
  navigate('/printing');
}
