import { makeUscc } from '../../api/cli/seed/library.js';
import { rng } from '../../api/cli/seed/random.js';
import type { EntityType } from '../../api/domain/uscc.js';

const r = rng(4242);
/** A fresh valid 统一社会信用代码 for tests. */
export const newUscc = (type: EntityType = 'enterprise', district = '370202') => makeUscc(type, district, r);

/** A valid new 市南区 entity as the API takes it, active on line 1; `over` changes any field. */
export const entityInput = (over: Record<string, unknown> = {}) => ({
  uscc: newUscc(),
  name: '青岛测试科技有限公司',
  type: 'enterprise',
  district: '370202',
  address: '青岛市市南区香港中路1号',
  lineIds: [1],
  status: 'active',
  changedOn: '2026-02-27',
  ...over,
});
