import fs from 'node:fs';
import readline from 'node:readline';
import type { Db } from '../store/db.js';
import type { AuditRow } from './log.js';

const COLUMNS = 'id, at, "actorId", "actorName", "unitId", action, resource, "recordId", reason, entry, "prevHash", hash';
const BATCH = 5_000;

/** The live log in id order, read in batches so a long log does not sit in memory at once. */
export async function* readAuditLog(db: Db): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = await db.query<AuditRow>(`SELECT ${COLUMNS} FROM audit WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, [after]);
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].id;
  }
}

/** An exported log (JSON Lines, one stored row per line). A line that does not parse is reported as broken. */
export async function* readAuditFile(file: string): AsyncGenerator<AuditRow> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as AuditRow;
    } catch {
      yield { id: -n, entry: line } as AuditRow;
    }
  }
}
