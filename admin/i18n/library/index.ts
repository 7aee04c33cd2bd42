import { calendarEn, calendarZh } from './calendar';
import { commonEn, commonZh } from './common';
import { entitiesEn, entitiesZh } from './entities';
import { inspectorsEn, inspectorsZh } from './inspectors';
import { itemsEn, itemsZh } from './items';

/** 一单两库 screens' translations, merged over the app's own in zh.ts and en.ts. */
export const libraryZh = [commonZh, calendarZh, itemsZh, entitiesZh, inspectorsZh];
export const libraryEn = [commonEn, calendarEn, itemsEn, entitiesEn, inspectorsEn];
