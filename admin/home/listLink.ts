/** A react-admin list URL with a filter: /tasks?filter={"status":"draft"}. */
export const listLink = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
