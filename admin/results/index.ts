import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { RecordOf } from '../../api/resources/types';
import type { results } from '../../api/resources/results';
import { ResultList } from './ResultList';
import { ResultEdit } from './ResultEdit';
import { ResultCreate } from './ResultCreate';

/** 检查结果 (§9.3): entered by the team as steps, confirmed, reviewed and published by the office's head. */
export default {
  list: ResultList,
  edit: ResultEdit,
  create: ResultCreate,
  icon: FactCheckIcon,
  recordRepresentation: (r: RecordOf<typeof results>) => `${r.entityName} ${r.taskCode}`,
};
