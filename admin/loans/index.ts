import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import { lazyView } from '../common/lazyView';

const LoanList = lazyView(() => import('./LoanList'), 'LoanList');

/** 档案借阅 (§12.4): the list, filtered as the dashboard's overdue figure asks (the loan screens come with issue 11). */
export default { list: LoanList, icon: LibraryBooksIcon };
