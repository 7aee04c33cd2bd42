/**
 * npm run audit:verify                 checks the live log (same DATA_DIR / DATABASE_URL as the server)
 * npm run audit:verify -- --file <f>   checks an exported one
 * Exit 0 when intact; 1 naming the first broken entry; 2 when it could not check.
 */
import { configFromEnv, openDatabase } from '../store/open.js';
import { readAuditFile, readAuditLog } from '../audit/read.js';
import { verifyChain } from '../audit/verify.js';

const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
const file = fileAt >= 0 ? args[fileAt + 1] : undefined;
if (fileAt >= 0 && !file) {
  console.error('usage: npm run audit:verify [-- --file <file.jsonl>]');
  process.exit(2);
}
try {
  let result;
  if (file) result = await verifyChain(readAuditFile(file));
  else {
    const db = await openDatabase(configFromEnv(), { seed: false });
    result = await verifyChain(readAuditLog(db));
    await db.close();
  }
  if (result.ok) {
    console.log(`audit log intact: ${result.count} entries`);
    process.exit(0);
  }
  console.error(`audit log BROKEN at entry ${result.brokenId}: ${result.reason} (${result.count} entries before it are intact)`);
  process.exit(1);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
