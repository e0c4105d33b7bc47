/** Who this installation is: set once from app.info before any write. */
export interface Identity {
  nodeId: string;
  office: string;
}

let current: Identity | null = null;

export function setIdentity(identity: Identity): void {
  current = identity;
}

export function identity(): Identity {
  if (!current) throw new Error('尚未设置办公室，不能写入数据');
  return current;
}
