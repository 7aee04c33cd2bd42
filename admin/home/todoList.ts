import type { ComponentType } from 'react';
import { useGetList, type SortPayload } from 'react-admin';
import type { Role } from '../../api/permissions/roles';
import type { Me } from './todoKind';

// What a list kind of 我的待办 shows, and the one query its card and its menu badge share.

/** How many waiting records a card shows. */
export const TODO_PREVIEW = 5;

export interface ListTodoSpec {
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
