import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../support/process.js';

/** The data set without what differs from build to build by design: the password hashes' random salt. */
const comparable = (file: string) => {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>[]>;
  for (const user of data.users) delete user.passwordHash;
  return data;
};

describe('the demo data', () => {
  it('db.json is what its builder writes (api/cli/seed/build.ts): rebuilding it changes nothing, the draws included', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qd-seed-')), 'db.json');
    const built = await runToEnd(['api/cli/seed/build.ts', out]);
    expect(built.code, built.out).toBe(0);
    expect(comparable(out)).toEqual(comparable('db.json'));
  }, 120_000);
});
