// Compile-time checks of RecordOf (run by `npm run typecheck`): each @ts-expect-error must be an error.
import type { RecordOf } from '../../api/resources/types';
import type { draws, tasks } from '../../api/resources/tasks';
import type { users } from '../../api/resources/users';
import type { audit } from '../../api/resources/audit';

declare const task: RecordOf<typeof tasks>;
declare const draw: RecordOf<typeof draws>;
declare const user: RecordOf<typeof users>;
declare const entry: RecordOf<typeof audit>;

// Stored, computed and bookkeeping fields, with their types.
task.status satisfies 'draft' | 'committed' | 'drawn' | 'inspecting' | 'completed' | 'published';
task.version satisfies number;
task.ratioBp satisfies number | null | undefined;
// What `present` adds.
draw.seed satisfies string;
draw.replacementCount satisfies number;
entry.before satisfies unknown;
user.username satisfies string;

// @ts-expect-error a hidden column is never sent
void draw.record;
// @ts-expect-error a hidden column is never sent
void user.passwordHash;
// @ts-expect-error no bookkeeping columns on draws
void draw.version;
// @ts-expect-error no such field
void task.nope;
