import type { Loan } from '../records';
import LoanIcon from '@mui/icons-material/BookOnline';
import { lazyView } from '../common/lazyView';

const LoanList = lazyView(() => import('./LoanList'), 'LoanList');
const LoanShow = lazyView(() => import('./LoanShow'), 'LoanShow');
const LoanCreate = lazyView(() => import('./LoanCreate'), 'LoanCreate');

/** 档案借阅 (§12.4). */
export default { list: LoanList, show: LoanShow, create: LoanCreate, icon: LoanIcon, recordRepresentation: (l: Loan) => `#${l.id}` };
