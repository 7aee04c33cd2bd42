import { TodoListCard } from './TodoListCard';
import type { Me, TodoKind } from './todoKind';
import { useTodoList, type ListTodoSpec } from './todoList';

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

export type { ListTodoSpec } from './todoList';
