import InsightsIcon from '@mui/icons-material/Insights';
import { lazyView } from '../common/lazyView';

const DashboardPage = lazyView(() => import('./DashboardPage'), 'DashboardPage');

/** 监督看板 (§4.1.1c, §13.2): a page, not a list of records; its figures open the lists behind them. */
export default { list: DashboardPage, icon: InsightsIcon };
