import { HttpError } from 'react-admin';

/** 409 draw_failed: `errors` names each entity (by USCC) that cannot be staffed, with how many could be matched. */
export const drawFailure = (error: unknown): Record<string, string> | undefined => {
  if (!(error instanceof HttpError) || error.status !== 409) return undefined;
  const body = error.body as { code?: string; errors?: Record<string, string> } | undefined;
  return body?.code === 'draw_failed' ? (body.errors ?? {}) : undefined;
};
