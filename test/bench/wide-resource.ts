/**
 * A bench-only resource shaped like the coming entity library (检查对象名录库, §3.3 / §7.2): ~20 fields,
 * declared exactly like api/resources/*.ts, so the generic simple-rest router serves it unchanged.
 *
 * The permission rules only know the real subjects, so it borrows 'Unit' (admin has `manage` on Unit).
 */
import { z } from 'zod';
import { defineResource } from '../../api/resources/types.js';
import { META } from '../../api/store/migrations/index.js';
import { ENTITY_TYPES } from '../../api/domain/uscc.js';

export const BENCH_TABLE = 'bench_entities';

/** 主体类型: the real entity library's eight codes (enterprise, individual, …). */
export { ENTITY_TYPES };

/** Qingdao's ten districts (GB/T 2260). */
export const DISTRICTS = ['370202', '370203', '370211', '370212', '370213', '370214', '370215', '370281', '370283', '370285'] as const;

export const STATUSES = ['active', 'cancelled', 'revoked', 'moved_out'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const CREDIT_RATINGS = ['A', 'B', 'C', 'D'] as const;
/** Business lines (the codes of db.json's `lines`). */
export const LINES = ['labor_inspection', 'labor_relations', 'si_fund', 'hr_market', 'skills'] as const;

export const benchEntities = defineResource({
  name: BENCH_TABLE,
  subject: 'Unit',
  schema: z.object({
    uscc: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '应为 18 位统一社会信用代码'),
    name: z.string().trim().min(1).max(100),
    type: z.enum(ENTITY_TYPES),
    district: z.enum(DISTRICTS),
    address: z.string().trim().min(1).max(200),
    lines: z.array(z.enum(LINES)).max(LINES.length),
    status: z.enum(STATUSES),
    changedOn: z.iso.date(),
    recordedOn: z.iso.date(),
    establishedOn: z.iso.date(),
    legalRep: z.string().trim().min(1).max(50),
    phone: z.string().regex(/^[0-9-]{7,20}$/),
    email: z.string().max(100).nullable().optional(),
    employees: z.int().min(0),
    registeredCapital: z.number().min(0),
    industry: z.string().trim().min(1).max(50),
    riskLevel: z.enum(RISK_LEVELS),
    creditRating: z.enum(CREDIT_RATINGS),
    lastInspectedOn: z.iso.date().nullable().optional(),
    remarks: z.string().max(500).nullable().optional(),
  }),
  search: ['name', 'uscc'],
  defaultSort: ['name', 'ASC'],
});

/** The table, with the META block every resource table has; loaded without secondary indexes (see BENCH_INDEXES). */
export const BENCH_TABLE_SQL = `
CREATE TABLE ${BENCH_TABLE} (${META},
  uscc text NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  district text NOT NULL,
  address text NOT NULL,
  lines text[] NOT NULL DEFAULT '{}',
  status text NOT NULL,
  "changedOn" date NOT NULL,
  "recordedOn" date NOT NULL,
  "establishedOn" date NOT NULL,
  "legalRep" text NOT NULL,
  phone text NOT NULL,
  email text,
  employees integer NOT NULL,
  "registeredCapital" numeric(14, 2) NOT NULL,
  industry text NOT NULL,
  "riskLevel" text NOT NULL,
  "creditRating" text NOT NULL,
  "lastInspectedOn" date,
  remarks text
)`;

/**
 * The indexes a real deployment would have (those of the real `entities` table in migration 2, plus a trigram
 * index on uscc, which `q` also searches), built after the bulk load as one would for an import:
 * - unique USCC (one record per entity);
 * - (district, type, name, id): the list screen's filter + its sort (with the router's id tie-break), so a page is
 *   an ordered index range and the count an index-only scan;
 * - (district, name, id), (name, id), (status): the other common filters and the unfiltered sort;
 * - trigram GIN on name and uscc: `q` is `name ILIKE '%…%' OR uscc ILIKE '%…%'` (pg_trgm comes with migration 1);
 *   an OR can only use indexes when both sides have one.
 */
export const BENCH_INDEXES = [
  `CREATE UNIQUE INDEX ${BENCH_TABLE}_uscc ON ${BENCH_TABLE} (uscc)`,
  `CREATE INDEX ${BENCH_TABLE}_district_type_name ON ${BENCH_TABLE} (district, type, name, id)`,
  `CREATE INDEX ${BENCH_TABLE}_district_name ON ${BENCH_TABLE} (district, name, id)`,
  `CREATE INDEX ${BENCH_TABLE}_name ON ${BENCH_TABLE} (name, id)`,
  `CREATE INDEX ${BENCH_TABLE}_status ON ${BENCH_TABLE} (status)`,
  `CREATE INDEX ${BENCH_TABLE}_name_trgm ON ${BENCH_TABLE} USING gin (name gin_trgm_ops)`,
  `CREATE INDEX ${BENCH_TABLE}_uscc_trgm ON ${BENCH_TABLE} USING gin (uscc gin_trgm_ops)`,
];
