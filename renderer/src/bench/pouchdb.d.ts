// The few PouchDB calls the bench makes (no maintained types for pouchdb-browser 9).
declare module 'pouchdb-browser' {
  interface PouchDoc {
    _id: string;
    _rev: string;
    [k: string]: unknown;
  }
  class PouchDB {
    constructor(name: string, opts?: { adapter?: string; auto_compaction?: boolean });
    readonly adapter: string;
    bulkDocs(docs: PouchDoc[], opts?: { new_edits?: boolean }): Promise<unknown[]>;
    allDocs(opts?: { include_docs?: boolean }): Promise<{ total_rows: number; rows: unknown[] }>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<unknown>;
  }
  export default PouchDB;
}
