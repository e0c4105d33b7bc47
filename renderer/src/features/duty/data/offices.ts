import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../../app/store';
import { useExchangeStore } from '../../exchange/store';

/** Who this installation is: office name, code and role. */
export function useMe() {
  const office = useAppStore((s) => s.info?.office);
  return { name: office?.name ?? '', code: office?.code ?? '', role: (office?.role ?? 'office') as 'office' | 'hq' };
}

/** Office names by code: this office and, at HQ, every office it has met (the exchange's peers). */
export function useOfficeNames(): ReadonlyMap<string, string> {
  const me = useMe();
  const { status, load } = useExchangeStore();
  useEffect(() => {
    if (me.role === 'hq' && !status) void load();
  }, [me.role, status, load]);
  return useMemo(() => new Map([...(status?.peers ?? []).map((p) => [p.office, p.name] as [string, string]), [me.code, me.name]]), [status, me.code, me.name]);
}
