/**
 * Every bound the exchange puts on what a bundle or a backup file may hold,
 * in one place (issue 11, item 5). Each is tested (tests/unit/sync/limits.test.ts);
 * a breach refuses the file with a Chinese message, never an exception.
 */

const MiB = 1024 * 1024;

/** A bundle file larger than this is refused before it is copied to local disk. */
export const MAX_BUNDLE_BYTES = 1024 * MiB;
/** A backup file larger than this is refused before it is opened. */
export const MAX_BACKUP_BYTES = 2048 * MiB;
/** One chunk of a backup (a gzip member of up to 5,000 rows) may not inflate to more than this. */
export const MAX_BACKUP_CHUNK_INFLATED = 128 * MiB;
/** The whole of a backup may not inflate to more than this (format 1 is held in memory whole: its own, smaller cap). */
export const MAX_BACKUP_INFLATED = 8192 * MiB;
export const MAX_BACKUP_V1_INFLATED = 256 * MiB;
/** A backup's JSON header (the chunk list). */
export const MAX_BACKUP_HEADER_BYTES = 16 * MiB;
/** Rows in one backup chunk: the renderer writes pages of 5,000; a little room for older writers. */
export const MAX_BACKUP_ROWS_PER_CHUNK = 50_000;

/** Ops per NDJSON entry of a bundle; also the size of one apply transaction. */
export const OPS_PER_CHUNK = 5000;
/** An ops entry's bytes (5,000 ops of ordinary records are a few MB). */
export const MAX_OPS_ENTRY_BYTES = 256 * MiB;
/** A single string inside an op's fields, in UTF-16 units (about 1 MB of text). */
export const MAX_FIELD_CHARS = 1024 * 1024;
/** Fields known to hold more than that, with their own bound (none yet: a long-text field is declared here). A Map: no field name reaches Object's prototype. */
export const LARGE_FIELDS: ReadonlyMap<string, number> = new Map();
/** Fields one op may set. */
export const MAX_FIELDS_PER_OP = 500;
/** How deeply any value inside an op may nest (objects and arrays); checked without recursion. */
export const MAX_VALUE_DEPTH = 32;
/** A record id. */
export const MAX_ID_CHARS = 100;

/**
 * scrypt cost a header may ask for. The header is not signed (only
 * authenticated as AES-GCM's associated data, which needs the key first), so
 * its N·r·p is what a forged file makes this machine spend: 2^20 is about
 * 0.4 s on a desktop (2^18, the default, about 0.1 s), 128 MiB of memory.
 */
export const SCRYPT_MAX_WORK = 1 << 20;
export const SCRYPT_MAX_MEMORY = 128 * MiB;

/** One file or folder name inside the attachments area, in UTF-8 bytes (ext4 allows 255, less the temporary name's 18). */
export const MAX_NAME_BYTES = 200;
/** An attachment's whole relative path, in characters (Windows paths stay under 260 with the data folder in front). */
export const MAX_ATTACHMENT_PATH_CHARS = 240;
/** Folders deep inside the attachments area. */
export const MAX_ATTACHMENT_DEPTH = 8;
