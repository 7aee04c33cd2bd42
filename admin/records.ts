/**
 * The records the API sends, one type per resource, derived from its declaration in api/resources (zod schema,
 * computed fields, `present`, hidden columns, bookkeeping): the admin never restates them. Type-only: no server code
 * reaches the bundle.
 */
import type { RecordOf } from '../api/resources/types';
import type { archiveChanges, archives, loans } from '../api/resources/archives';
import type { audit } from '../api/resources/audit';
import type { commitments } from '../api/resources/commitments';
import type { conflicts } from '../api/resources/conflicts';
import type { departments } from '../api/resources/departments';
import type { entities } from '../api/resources/entities';
import type { holidays } from '../api/resources/holidays';
import type { inspectors } from '../api/resources/inspectors';
import type { itemPublications, itemRevisions, items } from '../api/resources/items';
import type { lines } from '../api/resources/lines';
import type { outbox, outsideSystems } from '../api/resources/outbox';
import type { planAdjustments, planExemptions, planLines, plans, planVersions } from '../api/resources/plans';
import type { assignments, dispatches, draws, replacements, tasks } from '../api/resources/tasks';
import type { evidence, referrals, results } from '../api/resources/results';
import type { units } from '../api/resources/units';
import type { users } from '../api/resources/users';

export type Unit = RecordOf<typeof units>;
export type Line = RecordOf<typeof lines>;
export type Department = RecordOf<typeof departments>;
export type User = RecordOf<typeof users>;
export type Holiday = RecordOf<typeof holidays>;
export type Item = RecordOf<typeof items>;
export type ItemRevision = RecordOf<typeof itemRevisions>;
export type ItemPublication = RecordOf<typeof itemPublications>;
export type Entity = RecordOf<typeof entities>;
export type Inspector = RecordOf<typeof inspectors>;
export type Conflict = RecordOf<typeof conflicts>;
export type Plan = RecordOf<typeof plans>;
export type PlanLine = RecordOf<typeof planLines>;
export type PlanExemption = RecordOf<typeof planExemptions>;
export type PlanVersion = RecordOf<typeof planVersions>;
export type PlanAdjustment = RecordOf<typeof planAdjustments>;
export type Task = RecordOf<typeof tasks>;
/** As GET /api/commitments lists it: no nonce, no frozen lists (public at /api/public/commitments/:taskCode). */
export type Commitment = RecordOf<typeof commitments>;
export type Draw = RecordOf<typeof draws>;
export type Dispatch = RecordOf<typeof dispatches>;
export type Assignment = RecordOf<typeof assignments>;
export type Replacement = RecordOf<typeof replacements>;
export type Result = RecordOf<typeof results>;
export type Evidence = RecordOf<typeof evidence>;
export type Referral = RecordOf<typeof referrals>;
export type Archive = RecordOf<typeof archives>;
export type ArchiveChange = RecordOf<typeof archiveChanges>;
export type Loan = RecordOf<typeof loans>;
export type AuditEntry = RecordOf<typeof audit>;
export type OutsideSystem = RecordOf<typeof outsideSystems>;
export type OutboxMessage = RecordOf<typeof outbox>;

export type ReplacementKind = Replacement['kind'];
export type { PlanLineFields } from '../api/resources/plans';
