/**
 * The dashboard's and the annual summary's answers, as the API sends them (the admin imports these types). A figure is
 * a count and the list that holds exactly its rows: GET /api/<resource>?filter=<filter> answers that many.
 */
export interface FigureQuery {
  resource: string;
  filter: Record<string, unknown>;
}

export interface Figure extends FigureQuery {
  count: number;
}

export type FigureKey =
  | 'plansOnTime'
  | 'plansLate'
  | 'plansUnpublished'
  | 'library'
  | 'inspected'
  | 'tasksOverdue'
  | 'resultsUnconfirmed'
  | 'resultsUnpublished'
  | 'crimesUnreferred'
  | 'referralsOpen'
  | 'loansOverdue'
  | 'entitiesLate'
  | 'inspectorsLate';

export interface DashboardAnswer {
  year: number;
  /** The unit asked for; null = every unit the reader supervises (the city's lead, chiefs and leaders). */
  unit: { id: number; name: string; level: 'city' | 'district' } | null;
  /** Today in China: what deadlines are measured against. */
  today: string;
  /** §13.2b the configured working days, and the last entry / confirmation day still late today. */
  deadlines: { confirmWorkdays: number; publishWorkdays: number; confirmLateIfEnteredBy: string; publishLateIfConfirmedBy: string };
  /** §8.3 what the year's published plans set out to inspect (their counts and ratios of the library). */
  planned: number;
  figures: Record<FigureKey, Figure>;
  /** The year's tasks by state (draft … published). */
  tasks: Record<string, Figure>;
}

/** One line (implementing office) of one unit in the annual summary. */
export interface SummaryRow {
  unitName: string;
  departmentName: string;
  lineName: string | null;
  tasks: number;
  tasksOverdue: number;
  inspected: number;
  problemsFound: number;
  problemsRectified: number;
  resultsUnconfirmed: number;
  resultsUnpublished: number;
  crimesUnreferred: number;
  referrals: number;
}

export interface SummaryAnswer extends DashboardAnswer {
  /** The year's confirmed and published results by category. */
  categories: Record<string, Figure>;
  problemsFound: Figure;
  problemsRectified: Figure;
  /** The year's referrals by kind (internal, authority, police). */
  referrals: Record<string, Figure>;
  rows: SummaryRow[];
}
