import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './index';
import { dataVersion } from './table-cache';

interface Stored {
  key: string;
  version: string;
  value: unknown;
}

/** Run `f` when the page is idle (after the first frame), or soon. */
export function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 1000 });
  else setTimeout(f, 50);
}

/**
 * A small summary of many records (a 首页 card's counts), kept in the local
 * meta table with the data version it was made at (table-cache.ts
 * `dataVersion`: any write or import changes it). At start the card shows the
 * kept summary at once; it reads every record again only once the data has
 * changed, and then when the page is idle: at HQ the 首页 cards would
 * otherwise read 50,000 suggestions before the first screen settles.
 * `key` names the summary and everything it depends on besides the data
 * (the office chosen at HQ). Undefined until there is a summary to show;
 * `fresh` is false while a kept one is shown and the new one is being made.
 */
export function useVersionMemo<T>(key: string, compute: () => Promise<T>): { value: T; fresh: boolean } | undefined {
  const version = useLiveQuery(() => dataVersion(), []);
  const [shown, setShown] = useState<{ key: string; version: string; value: T }>();
  useEffect(() => {
    if (version === undefined) return;
    let live = true;
    const metaKey = `memo:${key}`;
    void (async () => {
      const kept = (await db.meta.get(metaKey)) as Stored | undefined;
      if (!live) return;
      if (kept) setShown({ key, version: kept.version, value: kept.value as T });
      if (kept?.version === version) return;
      whenIdle(() => {
        if (!live) return;
        void compute().then(async (value) => {
          if (!live) return;
          setShown({ key, version, value });
          await db.meta.put({ key: metaKey, version, value } satisfies Stored);
        }, () => { /* the card stays as it was; the next change tries again */ });
      });
    })();
    return () => { live = false; };
    // `compute` is a new closure each render: `key` names what it depends on.
  }, [version, key]);
  if (shown?.key !== key) return undefined;
  return { value: shown.value, fresh: shown.version === version };
}
