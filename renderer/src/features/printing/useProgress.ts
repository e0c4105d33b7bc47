import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../../../shared/contract';
import { onHostEvent } from '../../app/api';

const PRINT_JOBS = /^(pdf|save|paper)-/;

/** The latest progress of a print job while `active`; null otherwise. */
export function usePrintProgress(active: boolean): ProgressEvent | null {
  const [last, setLast] = useState<ProgressEvent | null>(null);
  useEffect(() => {
    if (!active) {
      setLast(null);
      return;
    }
    return onHostEvent('progress', (p) => {
      const ev = p as ProgressEvent;
      if (ev && typeof ev.job === 'string' && PRINT_JOBS.test(ev.job)) setLast(ev);
    });
  }, [active]);
  return active ? last : null;
}
