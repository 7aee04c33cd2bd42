import { SelectField, useRecordContext, useTranslate } from 'react-admin';
import { DISTRICT_CHOICES } from '../../common/libraryChoices';
import { ReceiveDispatchButton } from '../../dispatches/ReceiveDispatchButton';
import { TaskReferenceField } from '../../tasks/TaskReferenceField';
import { listTodo } from '../listTodo';
import { listLink } from '../listLink';
import { TodoRow } from '../TodoRow';

const EntityCount = () => {
  const dispatch = useRecordContext();
  const translate = useTranslate();
  return <span>{translate('qd.home.dispatchesToReceive.entities', { n: dispatch?.entityCount ?? 0 })}</span>;
};

const Row = () => (
  <TodoRow
    primary={
      <>
        <TaskReferenceField />
        <SelectField source="district" choices={DISTRICT_CHOICES} />
      </>
    }
    secondary={<EntityCount />}
    actions={<ReceiveDispatchButton />}
  />
);

/** §9.1.1 shares of the city's tasks sent to this unit, waiting for 查收. */
export const dispatchesToReceive = listTodo({
  id: 'dispatchesToReceive',
  roles: ['officer', 'chief'],
  resource: 'dispatches',
  filter: (me) => ({ status: 'sent', unitId: me.unitId }),
  Row,
  link: (me) => listLink('dispatches', { status: 'sent', unitId: me.unitId }),
});
