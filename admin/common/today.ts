import { chinaDate } from '../../api/domain/workdays';

/** Today's date in China (YYYY-MM-DD), the default day of a change. */
export const today = (): string => chinaDate(new Date());
