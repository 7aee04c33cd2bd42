import type { ComponentType } from 'react';
import { useGetList, type SortPayload } from 'react-admin';
import type { Role } from '../../api/permissions/roles';
import { TodoListCard } from './TodoListCard';
import type { Me, TodoKind } from './todoKind';

export const TODO_PREVIEW = 5;

interface ListTodoSpec {
  id: string;
  roles: readonly Role[];
  appliesTo?: (me: Me) => boolean;
  menu?: string;
  /** false: the card informs (what the user waits for) and adds nothing to the badges. */
  counted?: boolean;
  resource: string;
  /** The API filter that selects the waiting records (the server limits them further to the user's scope). */
  filter: (me: Me) => Record<string, unknown>;
  sort?: SortPayload;
  /** One waiting record, inside its RecordContext; it may decide it in place. */
  Row: ComponentType;
  /** Where "查看全部" leads: the full list, filtered the same way. */
  link?: (me: Me) => string;
}

/** The query a list kind counts and shows: the card and the menu badge share it (one request). */
export const useTodoList = (spec: Pick<ListTodoSpec, 'resource' | 'filter' | 'sort'>, me: Me) =>
  useGetList(spec.resource, { filter: spec.filter(me), sort: spec.sort ?? { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: TODO_PREVIEW } });

/** A kind made of the records of one resource that wait for the user. */
export function listTodo(spec: ListTodoSpec): TodoKind {
  const Card = ({ me }: { me: Me }) => <TodoListCard spec={spec} me={me} />;
  return {
    id: spec.id,
    roles: spec.roles,
    appliesTo: spec.appliesTo,
    ...(spec.counted === false
      ? {}
      : {
          menu: spec.menu ?? spec.resource,
          useCount: function useCount(me: Me) {
            return useTodoList(spec, me).total;
          },
        }),
    Card,
  };
}

export type { ListTodoSpec };
