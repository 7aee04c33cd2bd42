import { WithdrawReplacementButton } from '../../replacements/WithdrawReplacementButton';
import { listTodo } from '../listTodo';
import { ReplacementRow } from './ReplacementRow';

const Row = () => <ReplacementRow actions={<WithdrawReplacementButton />} />;

/** The user's own replacement and recusal requests still waiting for the head's decision; withdrawable. */
export const myReplacementRequests = listTodo({
  id: 'myReplacementRequests',
  roles: ['officer', 'chief', 'inspector'],
  resource: 'replacements',
  // Waiting on the head, not on the user: shown, not counted in the badges.
  counted: false,
  filter: (me) => ({ status: 'pending', requestedBy: me.id }),
  Row,
});
