import type Dexie from 'dexie';

/**
 * Transactions opened by a repository (or the sync importer). Any write to a
 * synced table outside one of them is refused, so no feature can change a
 * record without leaving an op in the log.
 */
const authorised = new WeakSet<object>();

export function authoriseTransaction(idbtrans: object): void {
  authorised.add(idbtrans);
}

export class UnloggedWriteError extends Error {
  constructor(table: string) {
    super(`写入 ${table} 必须经过仓库（repository），以便记录操作日志`);
  }
}

export function guardSyncedWrites(db: Dexie, tables: readonly string[]): void {
  const guarded = new Set(tables);
  db.use({
    stack: 'dbcore',
    name: 'synced-write-guard',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (!guarded.has(name)) return table;
          return {
            ...table,
            mutate(req) {
              // Schema upgrades run in Dexie's versionchange transaction and may rewrite rows.
              const mode = (req.trans as unknown as IDBTransaction).mode;
              if (mode !== 'versionchange' && !authorised.has(req.trans)) {
                return Promise.reject(new UnloggedWriteError(name));
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  });
}
