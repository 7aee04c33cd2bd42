import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { Result } from '../records';
import { lazyView } from '../common/lazyView';

const ResultList = lazyView(() => import('./ResultList'), 'ResultList');
const ResultEdit = lazyView(() => import('./ResultEdit'), 'ResultEdit');
const ResultCreate = lazyView(() => import('./ResultCreate'), 'ResultCreate');

/** 检查结果 (§9.3): entered by the team as steps, confirmed, reviewed and published by the office's head. */
export default {
  list: ResultList,
  edit: ResultEdit,
  create: ResultCreate,
  icon: FactCheckIcon,
  recordRepresentation: (r: Result) => `${r.entityName} ${r.taskCode}`,
};
