import { useEffect, useRef, useState } from 'react';

/**
 * What the person types is saved within a moment of typing stopping (and when the page
 * closes), so nothing typed is lost; a refused save leaves the text on the screen with the message.
 */
export function useSaveAsTyped<T>(initial: T, save: (v: T) => Promise<void>, delay = 700) {
  const [value, setValue] = useState<T>(initial);
  const [state, setState] = useState<{ phase: 'saved' | 'dirty' | 'error'; message?: string }>({ phase: 'saved' });
  const pending = useRef<T | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const flush = async () => {
    const v = pending.current;
    if (v === null) return;
    pending.current = null;
    try {
      await saveRef.current(v);
      setState({ phase: 'saved' });
    } catch (e) {
      setState({ phase: 'error', message: (e as Error).message });
    }
  };
  useEffect(() => {
    if (pending.current === null) return;
    const t = setTimeout(() => void flush(), delay);
    return () => clearTimeout(t);
  }, [value, delay]);
  // On leaving the page: whatever is still waiting is saved.
  useEffect(() => () => void flush(), []);
  const change = (v: T) => {
    pending.current = v;
    setValue(v);
    setState({ phase: 'dirty' });
  };
  return { value, change, state, flush };
}
