/** npm run audit:export -- <file>: writes the audit log as JSON Lines, for keeping a copy off the server. */
import fs from 'node:fs';
import { once } from 'node:events';
import { configFromEnv, openDatabase } from '../store/open.js';
import { readAuditLog } from '../audit/read.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run audit:export -- <file.jsonl>');
  process.exit(2);
}
try {
  const db = await openDatabase(configFromEnv(), { seed: false });
  const out = fs.createWriteStream(file, 'utf8');
  let n = 0;
  for await (const row of readAuditLog(db)) {
    if (!out.write(JSON.stringify(row) + '\n')) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  await db.close();
  console.log(`exported ${n} audit entries to ${file}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
