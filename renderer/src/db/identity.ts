/** Who this installation is: set once from app.info before any write. */
export interface Identity {
  nodeId: string;
  office: string;
  /**
   * An office's writes keep to what its bundles may carry (shared/sync/authority.ts),
   * so it never logs an op HQ would refuse; HQ writes anything. Unset: no check (tools).
   */
  role?: 'office' | 'hq';
}

let current: Identity | null = null;

export function setIdentity(identity: Identity): void {
  current = identity;
}

export function identity(): Identity {
  if (!current) throw new Error('尚未设置办公室，不能写入数据');
  return current;
}

/** Who this installation is, or null before it is set (reads may run before the first write). */
export function knownIdentity(): Identity | null {
  return current;
}

/** At HQ, new records are made for the office HQ is looking at (its office filter); null = HQ's own. */
let newRecordsFor: string | null = null;

export function setNewRecordsOffice(office: string | null): void {
  newRecordsFor = office;
}

/** The office a new record belongs to unless the caller says otherwise. */
export function newRecordOffice(): string {
  return newRecordsFor ?? identity().office;
}
