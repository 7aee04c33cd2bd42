import { HttpError, type fetchUtils } from 'react-admin';
import type { ImportReport } from '../../api/io/import';
import type { ItemPublication } from '../records';

export type { ImportReport };
export type LibraryResource = 'entities' | 'inspectors';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's type as the import endpoint wants it: by extension, since browsers disagree on CSV's MIME type. */
export const fileContentType = (file: File): string => (/\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv');

/** The 一单两库 actions of api/actions/items.ts and api/actions/library-io.ts beside simple-rest's CRUD. */
export interface LibraryMethods {
  /**
   * POST /api/<library>/import[?dryRun=true] with the file as the body. The report comes back whether the file is
   * valid or not: a real run with errors is a 400 carrying the same report, and nothing was stored.
   */
  importLibrary(resource: LibraryResource, file: File, dryRun: boolean): Promise<ImportReport>;
  /** POST /api/items/publish: the lead office publishes its unit's active items (§5.3). */
  publishItems(): Promise<ItemPublication>;
}

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

const isReport = (body: unknown): body is ImportReport => typeof body === 'object' && body !== null && 'errorCount' in body && 'errors' in body;

export const libraryMethods = (apiUrl: string, http: HttpClient): LibraryMethods => ({
  async importLibrary(resource, file, dryRun) {
    const url = `${apiUrl}/${resource}/import${dryRun ? '?dryRun=true' : ''}`;
    try {
      const { json } = await http(url, {
        method: 'POST',
        body: file,
        headers: new Headers({ 'Content-Type': fileContentType(file), Accept: 'application/json' }),
      });
      return json as ImportReport;
    } catch (error) {
      if (error instanceof HttpError && error.status === 400 && isReport(error.body)) return error.body;
      throw error;
    }
  },
  async publishItems() {
    const { json } = await http(`${apiUrl}/items/publish`, { method: 'POST', body: JSON.stringify({}) });
    return json as ItemPublication;
  },
});
