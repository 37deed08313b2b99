/**
 * Column types that differ between the two engines. The engine of a process is fixed by
 * DATABASE_URL before any entity module loads, so decorators can read it here.
 */
const isPostgres = /^postgres(ql)?:\/\//.test((process.env.DATABASE_URL ?? '').trim());

/** Timestamps with zone on PostgreSQL; SQLite stores ISO text through TypeORM's datetime. */
export const TIMESTAMP_TYPE = isPostgres ? 'timestamptz' : 'datetime';

/**
 * Rank keys compare by bytes on both engines: SQLite's default BINARY collation does,
 * PostgreSQL needs `COLLATE "C"` (its default locale collation would interleave cases).
 */
export const RANK_COLLATION: string | undefined = isPostgres ? 'C' : undefined;
