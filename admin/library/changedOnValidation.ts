import { today } from '../common/today';

/** §7.2.2 / §7.3.2: a change is recorded after it happened, never before — a 变动日期 after today is refused. */
export const changedOnProblem = (value: unknown): string | undefined =>
  typeof value === 'string' && value > today() ? 'qd.library.changed_on_future' : undefined;

/** react-admin validator for the 变动日期 input. */
export const validateChangedOn = (value: unknown) => changedOnProblem(value);
