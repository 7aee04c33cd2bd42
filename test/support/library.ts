import { makeUscc } from '../../api/cli/seed/library.js';
import { rng } from '../../api/cli/seed/random.js';
import type { EntityType } from '../../api/domain/uscc.js';

const r = rng(4242);
/** A fresh valid 统一社会信用代码 for tests. */
export const newUscc = (type: EntityType = 'enterprise', district = '370202') => makeUscc(type, district, r);
