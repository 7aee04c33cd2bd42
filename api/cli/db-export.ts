/** npm run db:export [-- <file>]: writes the live data in db.json's layout (default: stdout). */
import fs from 'node:fs';
import { configFromEnv, openDatabase } from '../store/open.js';
import { exportDataSet } from '../store/seed.js';

try {
  const db = await openDatabase(configFromEnv(), { seed: false });
  const json = JSON.stringify(await exportDataSet(db), null, 2) + '\n';
  await db.close();
  const file = process.argv[2];
  if (file) {
    fs.writeFileSync(file, json);
    console.error(`wrote ${file}`);
  } else process.stdout.write(json);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
